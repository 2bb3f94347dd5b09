/*
 * What npm start, npm run dev-server and npm stop share: the port, and the pid file of this
 * checkout's development server. The pid file is named for the checkout's folder, so two checkouts
 * on one machine never stop each other's servers.
 */
const { createHash } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.FIN_PORT || process.env.npm_package_config_dev_server_port || 3000);
const PID_FILE = path.join(
  os.tmpdir(),
  `fin-dev-server-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}.pid`
);

/** Records this process as the checkout's server, and forgets it when the process ends. */
function recordServerPid() {
  fs.writeFileSync(PID_FILE, String(process.pid));
  process.on("exit", () => {
    if (fs.existsSync(PID_FILE) && fs.readFileSync(PID_FILE, "utf8") === String(process.pid))
      fs.rmSync(PID_FILE, { force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
}

module.exports = { ROOT, PORT, PID_FILE, recordServerPid };
