/* The simulated Office.js host for the workbench and for tests. */
export { installOfficeHost, resetSyncCounter, syncCounter, syncResponses } from "./install";
export type { OfficeHostOptions } from "./install";
export { HostError } from "./errors";
export { REQUEST_PAYLOAD_LIMIT, RESPONSE_PAYLOAD_LIMIT } from "./queue";
