/*
 * One action at a time, through the Office.js layer on the simulated host, with a sync that Excel
 * has not answered yet: Excel.run cannot be cancelled, so a time-out must not be reported as the
 * end of the action (its write could still land, and a retry would write twice).
 */
import { succeeded, type Failure, type Outcome } from "../../src/failure";
import { actionState, onActionState, runExcel, type ActionState } from "../../src/excel/run";
import { installOfficeHost } from "../../src/workbench/host";
import { HostContext } from "../../src/workbench/host/context";
import { createWorkbook, type EditableWorkbook } from "../../src/workbench/model";

const TIMEOUT = 60_000;
const realSync = HostContext.prototype.sync;
let wb: EditableWorkbook;
let answer = () => {};

/** Every sync waits until `answer()`, as Excel on the web does while a big workbook loads. */
function delaySyncs(): void {
  const answered = new Promise<void>((resolve) => (answer = resolve));
  HostContext.prototype.sync = async function (this: HostContext) {
    await answered;
    return realSync.call(this);
  };
}

/** The states the action passes through, from now on. */
function recordStates(): ActionState[] {
  const seen: ActionState[] = [];
  unsubscribe = onActionState(() => seen.push(actionState()));
  return seen;
}
let unsubscribe = () => {};

const write = (address: string, value: number) => (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[value]];
  return context.sync().then(() => succeeded(`wrote ${address}`));
};
const value = (row: number, col: number) => wb.cell("Sheet1", row, col).value;

async function failureOf(p: Promise<Outcome<unknown>>): Promise<Failure> {
  const outcome = await p;
  if (outcome.ok) throw new Error("expected the action to fail");
  return outcome.failure;
}

beforeEach(() => {
  jest.useFakeTimers();
  wb = createWorkbook();
  if (!wb.sheetNames().includes("Sheet1")) wb.addSheet("Sheet1");
  installOfficeHost(globalThis, wb);
});

afterEach(async () => {
  answer(); // a test that failed midway leaves no action running for the next
  await jest.runAllTimersAsync();
  HostContext.prototype.sync = realSync;
  unsubscribe();
  jest.useRealTimers();
});

test("past the time-out the action is still running in Excel, and then reports what Excel did", async () => {
  delaySyncs();
  const states = recordStates();
  const action = runExcel(write("A1", 1), TIMEOUT);
  await jest.advanceTimersByTimeAsync(TIMEOUT);

  expect(actionState()).toBe("stillRunning");
  expect(value(0, 0)).toBe(""); // Excel has not written yet

  answer();
  await expect(action).resolves.toEqual(succeeded("wrote A1"));
  expect(value(0, 0)).toBe(1);
  expect(states).toEqual(["running", "stillRunning", "idle"]);
});

test("no second action starts while the first is still running in Excel, so nothing is written twice", async () => {
  delaySyncs();
  const first = runExcel(write("A1", 1), TIMEOUT);
  await jest.advanceTimersByTimeAsync(TIMEOUT);

  const retry = await failureOf(runExcel(write("B1", 2), TIMEOUT));
  expect(retry.reason).toBe("stillRunning");

  answer();
  await first;
  expect([value(0, 0), value(0, 1)]).toEqual([1, ""]);
  await expect(runExcel(write("B1", 2), TIMEOUT)).resolves.toEqual(succeeded("wrote B1"));
});

test("a failure after the time-out is reported as Excel's failure, not as a time-out", async () => {
  delaySyncs();
  const action = runExcel(async (context) => {
    context.workbook.worksheets.getItem("Gone").getRange("A1").values = [[1]];
    await context.sync();
    return succeeded(null);
  }, TIMEOUT);
  await jest.advanceTimersByTimeAsync(TIMEOUT);
  expect(actionState()).toBe("stillRunning");

  answer();
  expect((await failureOf(action)).reason).toBe("notFound");
  expect(actionState()).toBe("idle");
});

test("an action Excel answers in time is never reported as still running", async () => {
  const states = recordStates();
  await expect(runExcel(write("A1", 1), TIMEOUT)).resolves.toEqual(succeeded("wrote A1"));
  await jest.advanceTimersByTimeAsync(TIMEOUT);
  expect(states).toEqual(["running", "idle"]);
});
