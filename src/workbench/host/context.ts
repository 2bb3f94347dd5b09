/*
 * A request context: it queues what the add-in asks for and applies it, in order, at
 * `context.sync()`. Each sync is one round trip, counted with the bytes of its request. An error
 * stops the sync where it happens: what came before stays applied (the trace of
 * OfficeExtension.Error holds the messages "executed before the error occurred"), nothing after
 * runs, and no loaded values come back.
 */
import { EditableWorkbook, isEditable } from "../model/editing";
import type { WorkbookModel } from "../model/types";
import { asHostError, HostError } from "./errors";
import {
  Operation,
  REQUEST_PAYLOAD_LIMIT,
  RESPONSE_PAYLOAD_LIMIT,
  requestBytes,
  statementOf,
} from "./queue";
import { Workbook } from "./workbook";

export interface SyncCounter {
  count: number;
  bytes: number;
  /** Bytes read back, in all and in the largest single response. */
  responseBytes: number;
  largestResponse: number;
}

export class HostContext {
  readonly workbook: Workbook;
  readonly trackedObjects = {
    add(): void {},
    remove(): void {},
  };
  private _queue: Operation[] = [];

  constructor(
    readonly model: WorkbookModel,
    private readonly _counter: SyncCounter
  ) {
    this.workbook = new Workbook(this);
  }

  /** Charts, tables, clearing and sheet settings need the full workbench workbook. */
  _editing(): EditableWorkbook {
    if (!isEditable(this.model))
      throw new HostError("NotImplemented", undefined, { message: "This workbook can't do that." });
    return this.model;
  }

  _enqueue(op: Operation): void {
    this._queue.push(op);
  }

  get _pending(): number {
    return this._queue.length;
  }

  async sync(): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    if (ops.length === 0) return; // nothing queued: no request is sent
    const bytes = requestBytes(ops);
    this._counter.count += 1;
    this._counter.bytes += bytes;
    await Promise.resolve(); // a round trip never completes synchronously
    if (bytes > REQUEST_PAYLOAD_LIMIT) {
      throw new HostError("RequestPayloadSizeLimitExceeded", undefined, {
        message: `The request is ${bytes} bytes; Excel on the web accepts at most ${REQUEST_PAYLOAD_LIMIT}.`,
      });
    }
    const commits: Array<() => void> = [];
    let responseBytes = 0;
    for (const op of ops) {
      try {
        const commit = op.apply();
        if (commit) commits.push(commit);
        responseBytes += op.responseBytes?.() ?? 0;
      } catch (e) {
        throw asHostError(e, op.location, statementOf(op));
      }
    }
    if (responseBytes > RESPONSE_PAYLOAD_LIMIT) {
      throw new HostError("ResponsePayloadSizeLimitExceeded", undefined, {
        message: `The response is ${responseBytes} bytes; Excel on the web returns at most ${RESPONSE_PAYLOAD_LIMIT}.`,
      });
    }
    this._counter.responseBytes += responseBytes; // what came back: a refused response doesn't
    this._counter.largestResponse = Math.max(this._counter.largestResponse, responseBytes);
    for (const commit of commits) commit();
  }
}
