/* npm run bench: every performance figure the README quotes, as tables and as test/bench/results.json. */
import * as fs from "fs";
import * as path from "path";
import { benchAnalyze, benchLargeListing, benchPeers } from "./actionsBench";
import { benchFirstRender } from "./firstRenderBench";
import { benchMetrics } from "./metricsBench";
import { benchReader } from "../statements/readerBench";

async function main(): Promise<void> {
  const metrics = benchMetrics();
  console.log(
    "\nEvery FIN function, called as Excel calls it, vs a hand-written loop (1,000,000 values, median of 21)"
  );
  console.table(metrics.functions);

  const reader = await benchReader();
  console.log(
    "\nThe statement reader over typed cells vs a loop reading each cell with readTypedNumber (CPU ms, median of 15), and read selection (wall ms, median of 7)"
  );
  console.table([reader]);

  const analyze = await benchAnalyze();
  console.log("\nAnalyze selection in the workbench's simulated Office.js (per click)");
  console.table([
    ...analyze.read.map((f) => ({ action: "read selection", ...f })),
    ...analyze.write.map((f) => ({ action: "insert analysis", ...f })),
  ]);

  const peers = await benchPeers();
  console.log("\nCompare peers in the workbench's simulated Office.js (per click)");
  console.table([
    ...peers.list.map((f) => ({ action: "list statements", ...f })),
    ...peers.build.map((f) => ({ action: "build comparison", ...f })),
  ]);

  const listing = await benchLargeListing();
  console.log(
    "\nCompare peers, listing a large workbook (one click; Excel on the web caps a response at 5 MB)"
  );
  console.table([listing]);

  const firstRender = await benchFirstRender();
  console.log(
    `\nTask pane first render (navigation start → primary button visible, headless Chromium): ` +
      `median ${firstRender.medianMs} ms of ${firstRender.runsMs.join(", ")} ms`
  );

  const file = path.join(__dirname, "results.json");
  const results = {
    measuredAt: new Date().toISOString(),
    metrics,
    reader,
    analyze,
    peers,
    listing,
    firstRender,
  };
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nwritten ${path.relative(process.cwd(), file)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
