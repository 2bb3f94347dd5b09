/* npm stop: ends the development server that npm start began. */
const fs = require("fs");
const os = require("os");
const path = require("path");

const PID_FILE = path.join(os.tmpdir(), "fin-dev-server.pid");
if (!fs.existsSync(PID_FILE)) {
  console.log("FIN's development server is not running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped FIN's development server (pid ${pid}).`);
} catch {
  console.log("FIN's development server had already stopped.");
}
fs.rmSync(PID_FILE, { force: true });
