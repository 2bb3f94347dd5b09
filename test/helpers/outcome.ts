import type { Outcome } from "../../src/failure";

/** The value of an action that must succeed; its failure, named, when it did not. */
export function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok)
    throw new Error(`failed: ${outcome.failure.reason} ${JSON.stringify(outcome.failure.detail)}`);
  return outcome.value;
}
