/* 任务窗格中所有面向用户的中文文字。每个功能使用自己的分区。 */
import type { Strings } from "./en";

export const zhCN: Strings = {
  appTitle: "FIN",
  appSubtitle: "利润表分析",
  tabs: { analyze: "分析所选区域", peers: "同业对比" },
  outsideExcel: "请在 Excel 中打开 FIN：开始 › FIN 分析。此页面需要一个工作簿才能工作。",
  failures: {
    protected: "工作表受保护。请先撤销保护（审阅 › 撤销工作表保护）再试。",
    tooLarge: "所选区域太大，Excel 网页版无法一次发送。请少选一些行或列。",
    invalidSelection: "请选择一个矩形区域（不要多个区域、图表或形状）。",
    timeout: "Excel 没有及时响应。请等待工作簿计算完成后再试。",
    notFound: "FIN 需要的工作表已不存在。",
    busy: "Excel 正忙（可能正在编辑单元格）。请在表格中按 Enter 或 Esc 后再试。",
    unknown: "Excel 出现问题：{detail}",
  },
  analyze: {},
  peers: {},
};
