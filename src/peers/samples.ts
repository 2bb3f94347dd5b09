/**
 * Sample peer statements that "Insert sample statements" puts on new sheets, so a newcomer can
 * press Compare at once. Agora and Ximalaya are FIN's two test fixtures (figures as the companies
 * reported them); the others are illustrative figures, invented for trying FIN, and say so in
 * their first cell. Each sample is data: rows as they are written on the sheet.
 */
export type SampleCell = string | number | null;

export interface SampleStatement {
  /** The sheet name wanted (FIN picks `Name (2)` if it is taken). */
  sheet: string;
  /** The first row's single cell: where the figures come from. */
  title: string;
  /** True for invented figures. */
  illustrative: boolean;
  /** The statement, from its header row; null is an empty cell. */
  rows: SampleCell[][];
}

export const sampleStatements: readonly SampleStatement[] = [
  {
    sheet: "Agora",
    title: "Agora, Inc.: figures from FIN's test fixture agora-quarterly-q1-2021-2022.csv",
    illustrative: false,
    rows: [
      ["USD in millions", "Q1 2021", "Q1 2022"],
      ["Total revenues", 40.2, 38.59],
      ["Research and development", 25.21, 31.03],
      ["Sales and marketing", 8.74, 13.86],
      ["Net loss", -14.67, -26.94],
    ],
  },
  {
    sheet: "Ximalaya",
    title: "喜马拉雅：FIN 测试样本 ximalaya-annual-2018-2020.csv 中的数字",
    illustrative: false,
    rows: [
      ["单位：亿元人民币", "2018年", "2019年", "2020年"],
      ["营业收入", 14.76, 26.77, 40.5],
      ["订阅收入", 6.44, 12.4, 17.53],
      ["广告收入", 4.19, null, 10.72],
      ["在线直播收入", null, null, 7.18],
      ["教育服务收入", null, null, 2.28],
      ["总成本", 8.29, 15.11, 20.65],
      ["带宽成本", 0.51, 0.75, 1.13],
      ["总营业费用", 13.63, 19.29, 26.33],
      ["净利润", -7.74, -7.73, -6.05],
    ],
  },
  {
    sheet: "Zoom-like",
    title: "Illustrative figures: a Zoom-like peer invented for trying FIN, not reported results",
    illustrative: true,
    rows: [
      ["USD in millions", "Q1 FY2022", "Q1 FY2023"],
      ["Total revenue", 950, 1070],
      ["Cost of revenue", 250, 270],
      ["Research and development", 60, 140],
      ["Sales and marketing", 220, 360],
      ["General and administrative", 80, 160],
      ["Total operating expenses", 360, 660],
      ["Net income", 225, 110],
    ],
  },
  {
    sheet: "Twilio-like",
    title: "Illustrative figures: a Twilio-like peer invented for trying FIN, not reported results",
    illustrative: true,
    rows: [
      ["USD in millions", "Q1 2021", "Q1 2022"],
      ["Total revenue", 590, 875],
      ["Cost of revenue", 280, 455],
      ["Research and development", 130, 220],
      ["Sales and marketing", 170, 300],
      ["General and administrative", 110, 180],
      ["Total operating expenses", 410, 700],
      ["Net loss", -190, -220],
    ],
  },
  {
    sheet: "荔枝（示意）",
    title: "示意数据：为试用 FIN 编制的荔枝类同业，并非公司披露数字",
    illustrative: true,
    rows: [
      ["单位：亿元人民币", "2018年", "2019年", "2020年"],
      ["营业收入", 11.8, 15.1, 15],
      ["营业成本", 8, 11.3, 11],
      ["带宽成本", 0.4, 0.5, 0.6],
      ["销售费用", 1.8, 2, 2.6],
      ["管理费用", 0.8, 0.9, 1],
      ["研发费用", 1.7, 2, 2.1],
      ["财务费用", 0.05, 0.02, 0.03],
      ["净利润", -0.6, -0.5, -0.3],
    ],
  },
  {
    sheet: "哔哩哔哩（示意）",
    title: "示意数据：为试用 FIN 编制的哔哩哔哩类同业，并非公司披露数字",
    illustrative: true,
    rows: [
      ["单位：亿元人民币", "2019年", "2020年"],
      ["营业收入", 68, 120],
      ["营业成本", 53, 91],
      ["带宽成本", 4.5, 7],
      ["销售费用", 13, 35],
      ["管理费用", 7, 10],
      ["研发费用", 9, 15],
      ["总营业费用", 29, 60],
      ["净利润", -13, -30.5],
    ],
  },
];

/** A sample as the cells of its sheet: the title row, then the statement. */
export function sampleGrid(sample: SampleStatement): SampleCell[][] {
  const width = Math.max(...sample.rows.map((r) => r.length));
  const title: SampleCell[] = [sample.title, ...new Array<SampleCell>(width - 1).fill(null)];
  return [
    title,
    ...sample.rows.map((r) => [...r, ...new Array<SampleCell>(width - r.length).fill(null)]),
  ];
}
