/*
 * One shape for "could not do it, because …" (contract C): a reason that is a key in the task
 * pane's strings catalogue, and the details its sentence names. Cell errors stay in src/metrics.
 */
export interface Failure {
  /** A key in the strings catalogue (`failures` section). */
  reason: string;
  detail?: Record<string, string | number>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function succeeded<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed<T = never>(reason: string, detail?: Failure["detail"]): Outcome<T> {
  return { ok: false, failure: detail ? { reason, detail } : { reason } };
}
