/*
 * The development HTTPS certificates made by office-addin-dev-certs. They are read from disk
 * directly: `office-addin-dev-certs install` writes them but cannot trust the CA without sudo
 * (and still exits 0), so getHttpsServerOptions() would fail its own trust check here.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function certPaths() {
  return Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, path.join(CERT_DIR, f)]));
}

function haveCerts() {
  return Object.values(certPaths()).every((p) => fs.existsSync(p));
}

/** Generates the certificates if they are missing. Trusting the CA is left to the user (see README). */
function ensureCerts() {
  if (haveCerts()) return;
  const cli = require.resolve("office-addin-dev-certs/cli.js");
  // Its output ends in "Error: Unable to install the CA certificate" without sudo, though the
  // certificates are written: npm start's banner gives that advice instead.
  let said = "";
  try {
    execFileSync(process.execPath, [cli, "install"], { stdio: "pipe" });
  } catch (e) {
    said = String(e.stderr || e.message)
      .trim()
      .split("\n")
      .pop();
  }
  if (!haveCerts())
    throw new Error(
      `office-addin-dev-certs did not write certificates to ${CERT_DIR} ${said}`.trim()
    );
}

function httpsOptions() {
  ensureCerts();
  const p = certPaths();
  return { ca: fs.readFileSync(p.ca), cert: fs.readFileSync(p.cert), key: fs.readFileSync(p.key) };
}

module.exports = { CERT_DIR, certPaths, ensureCerts, httpsOptions };
