/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these conformance tests read unloaded properties on purpose, to check the error Office.js raises */
import { resetSyncCounter, syncCounter, REQUEST_PAYLOAD_LIMIT } from "../../../src/workbench/host";
import { rejection, setUp } from "./officeHost";

describe("queue, load and sync", () => {
  test("reading values that were not loaded throws PropertyNotLoaded", async () => {
    const { Excel } = setUp();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load takes a list, a comma-separated string, paths and an object", async () => {
    const { Excel, wb } = setUp();
    wb.typeInput("Sheet1", 0, 0, "1");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const a = sheet.getRange("A1").load(["values", "address"]);
      const b = sheet.getRange("A1").load("values, address");
      const c = sheet.getRange("A1").load({ values: true, format: { font: { bold: true } } });
      const d = sheet.getRange("A1").load("format/fill/color");
      await context.sync();
      expect([a.values, a.address, b.values, b.address]).toEqual([
        [[1]],
        "Sheet1!A1",
        [[1]],
        "Sheet1!A1",
      ]);
      expect([c.values, c.format.font.bold, d.format.fill.color]).toEqual([
        [[1]],
        false,
        "#FFFFFF",
      ]);
    });
  });

  test("loading a property the object doesn't have fails the sync with InvalidArgument", async () => {
    const { Excel } = setUp();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("valeus");
        await context.sync();
      })
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("nothing touches the workbook until sync", async () => {
    const { Excel, wb } = setUp();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[42]];
      expect(wb.cell("Sheet1", 0, 0).value).toBe("");
      await context.sync();
      expect(wb.cell("Sheet1", 0, 0).value).toBe(42);
    });
  });

  test("a value set on a proxy reads back without a load, as Office.js proxies keep it", async () => {
    const { Excel } = setUp();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      range.values = [[7]];
      expect(range.values).toEqual([[7]]);
    });
  });

  test("a load reads the workbook as it is at its place in the queue", async () => {
    const { Excel } = setUp();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[1]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect([before.values, after.values]).toEqual([[[""]], [[1]]]);
    });
  });

  test("every sync is counted with its request bytes", async () => {
    const { Excel, host } = setUp();
    resetSyncCounter(host);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      range.values = [[1, 2]];
      await context.sync();
      const first = syncCounter(host);
      expect(first.count).toBe(1);
      range.values = [["a much longer value than before", "and another one"]];
      await context.sync();
      const second = syncCounter(host);
      expect(second.count).toBe(2);
      expect(second.bytes - first.bytes).toBeGreaterThan(first.bytes);
    });
    resetSyncCounter(host);
    expect(syncCounter(host)).toEqual({ count: 0, bytes: 0 });
  });

  test("Excel.run syncs the queue left at the end", async () => {
    const { Excel, host, wb } = setUp();
    resetSyncCounter(host);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").values = [["left queued"]];
    });
    expect(wb.cell("Sheet1", 1, 1).value).toBe("left queued");
    expect(syncCounter(host).count).toBe(1);
  });

  test("a sync with nothing queued makes no round trip", async () => {
    const { Excel, host } = setUp();
    resetSyncCounter(host);
    await Excel.run(async (context) => {
      await context.sync();
    });
    expect(syncCounter(host).count).toBe(0);
  });

  test("operations before a failing one stay applied, later ones don't run, and loads don't arrive", async () => {
    const { Excel, wb } = setUp();
    let loaded: Excel.Range | undefined;
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["before"]];
        loaded = sheet.getRange("A1").load("values");
        context.workbook.worksheets.getItem("Nowhere").getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["after"]];
        await context.sync();
      })
    );
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo).toMatchObject({ code: "ItemNotFound", errorLocation: "Range.values" });
    expect(wb.cell("Sheet1", 0, 0).value).toBe("before");
    expect(wb.cell("Sheet1", 1, 0).value).toBe("");
    expect(() => loaded!.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("a request over 5 MB is rejected with RequestPayloadSizeLimitExceeded and nothing is applied", async () => {
    const { Excel, wb } = setUp();
    const big = "x".repeat(30_000);
    const rows = Math.ceil(REQUEST_PAYLOAD_LIMIT / big.length) + 1;
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange(`B1:B${rows}`).values = Array.from({ length: rows }, () => [big]);
        await context.sync();
      })
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.cell("Sheet1", 0, 0).value).toBe("");
  });

  test("Office.js error objects carry code, message and debugInfo, and are OfficeExtension.Error", async () => {
    const { Excel, host } = setUp();
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nowhere").load("name");
        await context.sync();
      });
      throw new Error("expected ItemNotFound");
    } catch (e) {
      expect(e).toBeInstanceOf(host.OfficeExtension.Error);
      expect(e).toMatchObject({
        code: "ItemNotFound",
        message: "The requested resource doesn't exist.",
        debugInfo: { code: "ItemNotFound" },
      });
    }
  });

  test("a batch that doesn't return a promise is refused", async () => {
    const { Excel } = setUp();
    const run = Excel.run as unknown as (batch: () => unknown) => Promise<unknown>;
    expect((await rejection(run(() => 1))).code).toBe("RunMustReturnPromise");
  });

  test("suspendApiCalculationUntilNextSync, track and untrack are accepted", async () => {
    const { Excel } = setUp();
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1").track();
      range.untrack();
      context.trackedObjects.add(range);
      context.trackedObjects.remove(range);
      await context.sync();
    });
  });
});

describe("Office", () => {
  test("onReady resolves Excel on the web and calls the callback", async () => {
    const { host } = setUp("zh-CN");
    const cb = jest.fn();
    await expect(host.Office.onReady(cb)).resolves.toEqual({
      host: "Excel",
      platform: "OfficeOnline",
    });
    expect(cb).toHaveBeenCalledWith({ host: "Excel", platform: "OfficeOnline" });
    expect(host.Office.context.displayLanguage).toBe("zh-CN");
    expect(host.Office.HostType.Excel).toBe("Excel");
    expect(host.Office.PlatformType.OfficeOnline).toBe("OfficeOnline");
  });
  test("the enumerations hold Office.js's values", () => {
    const { Excel } = setUp();
    expect([
      Excel.ChartType.columnClustered,
      Excel.ChartSeriesBy.rows,
      Excel.ConditionalFormatType.colorScale,
      Excel.ErrorCodes.itemNotFound,
    ]).toEqual(["ColumnClustered", "Rows", "ColorScale", "ItemNotFound"]);
  });
});
