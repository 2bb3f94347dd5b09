/* npm stop: ends the development server this checkout started, by npm start or npm run dev-server. */
const fs = require("fs");
const { PID_FILE } = require("./devServer");

if (!fs.existsSync(PID_FILE)) {
  console.log("FIN's development server is not running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
// A stale pid file may name a process that has since taken the same number: on Linux, check it is webpack.
const cmdline = `/proc/${pid}/cmdline`;
if (
  fs.existsSync("/proc") &&
  fs.existsSync(cmdline) &&
  !/webpack/.test(fs.readFileSync(cmdline, "utf8"))
) {
  console.log("FIN's development server had already stopped.");
  fs.rmSync(PID_FILE, { force: true });
  process.exit(0);
}
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped FIN's development server (pid ${pid}).`);
} catch {
  console.log("FIN's development server had already stopped.");
}
fs.rmSync(PID_FILE, { force: true });
