/*
 * npm start: serves the add-in over HTTPS on port 3000 for sideloading in Excel on the web, and the
 * workbench at /workbench.html to try FIN without Excel. `npm stop` ends it.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { CERT_DIR, certPaths, ensureCerts } = require("./devCerts");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const PID_FILE = path.join(os.tmpdir(), "fin-dev-server.pid");

ensureCerts();
const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
  stdio: ["ignore", "pipe", "inherit"],
  cwd: path.resolve(__dirname, ".."),
});
fs.writeFileSync(PID_FILE, String(server.pid));

let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /compiled/.test(String(chunk))) {
    announced = true;
    const ca = certPaths().ca;
    console.log(`
FIN is being served at https://localhost:${PORT}/

  Try it without Excel:   https://localhost:${PORT}/workbench.html

  Sideload in Excel on the web:
    1. Open a workbook at https://www.office.com, then Home › Add-ins › More settings (or Get Add-ins)
       › Upload My Add-in, and choose ${path.resolve(__dirname, "..", "manifest.xml")}.
    2. FIN appears on the Home tab; =FIN.GROWTH() and the other functions work in any cell.

  The browser must trust the development certificate authority before Excel can load FIN:
    ${ca}
  (made by office-addin-dev-certs in ${CERT_DIR}; it cannot be trusted here without sudo).
  Import it as a trusted root in your browser or operating system, e.g. on Debian/Ubuntu:
    sudo cp ${ca} /usr/local/share/ca-certificates/fin-dev-ca.crt && sudo update-ca-certificates
  or open https://localhost:${PORT}/taskpane.html once and accept the certificate warning.

  Stop with Ctrl+C or npm stop.
`);
  }
});
server.on("exit", (code) => {
  fs.rmSync(PID_FILE, { force: true });
  process.exit(code ?? 0);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
