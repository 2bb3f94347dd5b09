/*
 * npm run lock-metadata: records the built functions' metadata against manifest.xml's <Version>.
 * Refuses when the metadata changed under the same Version (raise it first). Reads dist/: build first.
 */
const fs = require("fs");
const path = require("path");
const { LOCK_FILE, checkLock, currentLock, readLock } = require("./build/metadataLock");

const DIST = path.resolve(__dirname, "../dist");
if (!fs.existsSync(path.join(DIST, "functions.json"))) {
  console.error("dist/functions.json is missing: run npm run build:all first.");
  process.exit(1);
}
const lock = readLock();
const now = currentLock(DIST);
const problem = checkLock(lock, now);
if (problem && lock && now.version === lock.version) {
  console.error(problem);
  process.exit(1);
}
fs.writeFileSync(LOCK_FILE, `${JSON.stringify(now, null, 2)}\n`);
console.log(
  problem ? `Recorded the functions' metadata for Version ${now.version}.` : "Already up to date."
);
