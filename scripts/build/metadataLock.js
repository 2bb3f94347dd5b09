/*
 * Excel caches functions.json for up to a day (office-js #4722) and fetches it again only for a new
 * manifest <Version>. functions-metadata.lock.json records which metadata belongs to which Version;
 * a test compares it with the built files, so changed metadata cannot ship under the old Version.
 */
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const { DEV_URL } = require("./urls");

const ROOT = path.resolve(__dirname, "../..");
const LOCK_FILE = path.join(ROOT, "functions-metadata.lock.json");
const METADATA = /^functions(-[\w-]+)?\.json$/;

function manifestVersion(manifestXml) {
  return /<Version>([^<]+)<\/Version>/.exec(manifestXml)[1].trim();
}

/** The next version, for the message: 1.0.0.0 → 1.0.0.1. */
function nextVersion(version) {
  const parts = version.split(".").map(Number);
  parts[parts.length - 1] += 1;
  return parts.join(".");
}

/**
 * One hash over every built functions*.json, read as JSON (layout aside) and with the build's base
 * URL put back to the development one, so where a build is hosted does not count as a change.
 */
function metadataHash(dist) {
  const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const base = /id="Taskpane\.Url" DefaultValue="([^"]+)taskpane\.html"/.exec(manifest)[1];
  const hash = createHash("sha256");
  for (const name of fs
    .readdirSync(dist)
    .filter((f) => METADATA.test(f))
    .sort()) {
    const text = fs.readFileSync(path.join(dist, name), "utf8").split(base).join(DEV_URL);
    hash.update(`${name}\n${JSON.stringify(JSON.parse(text))}\n`);
  }
  return hash.digest("hex");
}

/** What the lock would record now: the manifest's Version and the built metadata's hash. */
function currentLock(dist, manifestFile = path.join(ROOT, "manifest.xml")) {
  return {
    version: manifestVersion(fs.readFileSync(manifestFile, "utf8")),
    sha256: metadataHash(dist),
  };
}

/** null when the lock matches; else one sentence saying what to do. */
function checkLock(lock, now) {
  if (!lock) return "There is no functions-metadata.lock.json: run npm run lock-metadata.";
  if (now.sha256 === lock.sha256 && now.version === lock.version) return null;
  if (now.version === lock.version)
    return (
      `The functions' metadata changed but manifest.xml's <Version> is still ${now.version}: Excel ` +
      `would keep its cached copy for up to a day. Raise <Version> (e.g. to ${nextVersion(now.version)}), ` +
      `then run npm run lock-metadata.`
    );
  return `manifest.xml's <Version> is now ${now.version}: record it with npm run lock-metadata.`;
}

function readLock(file = LOCK_FILE) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

module.exports = { LOCK_FILE, checkLock, currentLock, metadataHash, nextVersion, readLock };
