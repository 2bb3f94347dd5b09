/* npm stop: ends the development server this checkout started, by npm start or npm run dev-server. */
const fs = require("fs");
const { PID_FILE } = require("./devServer");

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
