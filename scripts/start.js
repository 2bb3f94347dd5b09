/*
 * npm start: serves the add-in over HTTPS on localhost for sideloading in Excel on the web, and the
 * workbench at /workbench.html to try FIN without Excel. The banner comes first, with what the
 * browser must trust; webpack's own output only when the build fails. `npm stop` ends it.
 */
const net = require("net");
const path = require("path");
const { spawn } = require("child_process");
const { CERT_DIR, certPaths, ensureCerts } = require("./devCerts");
const { PORT, ROOT } = require("./devServer");

const url = `https://localhost:${PORT}/`;

function banner() {
  const { ca } = certPaths();
  return `FIN development server: ${url} (localhost only)

  Try it without Excel:   ${url}workbench.html

  Sideload in Excel on the web:
    1. Open a workbook at https://www.office.com, then Home › Add-ins › More settings (or Get Add-ins)
       › Upload My Add-in, and choose ${path.join(ROOT, "manifest.xml")}.
    2. FIN appears on the Home tab; =FIN.GROWTH() and the other functions work in any cell.

  Your browser must trust the development certificate authority before Excel can load FIN:
    ${ca}
  (office-addin-dev-certs makes it in ${CERT_DIR}; trusting it needs administrator rights, so
  FIN leaves that to you). Import it as a trusted root in your browser or system, e.g. on Debian/Ubuntu:
    sudo cp ${ca} /usr/local/share/ca-certificates/fin-dev-ca.crt && sudo update-ca-certificates
  or open ${url}taskpane.html once and accept the certificate warning.

  Stop with Ctrl+C or npm stop.
`;
}

/** Resolves when nothing listens on localhost:port, rejects with the listen error otherwise. */
function checkPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(port, "localhost", () => probe.close(() => resolve()));
  });
}

async function main() {
  try {
    await checkPortFree(PORT);
  } catch (e) {
    if (e.code !== "EADDRINUSE") throw e;
    console.error(
      `Port ${PORT} is already in use: FIN may be running already (npm stop ends it), or another ` +
        `program has the port. Stop that program, or choose another port: FIN_PORT=3001 npm start`
    );
    process.exit(1);
  }
  console.log(banner());
  try {
    ensureCerts();
  } catch (e) {
    console.error(`Could not make the development certificates in ${CERT_DIR}: ${e.message}`);
    process.exit(1);
  }
  console.log("Building… (the first build takes a minute)");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    stdio: ["ignore", "pipe", "pipe"],
    cwd: ROOT,
    env: { ...process.env, FIN_PORT: String(PORT) },
  });
  let output = "";
  let ready = false;
  const watch = (chunk) => {
    const text = String(chunk);
    output += text;
    if (/compiled with \d+ errors?/.test(text)) {
      process.stdout.write(output);
      output = "";
    } else if (/compiled/.test(text)) {
      output = "";
      if (!ready) console.log(`Ready: ${url}workbench.html`);
      ready = true;
    }
  };
  server.stdout.on("data", watch);
  server.stderr.on("data", watch);
  server.on("exit", (code) => {
    if (output && code) process.stdout.write(output);
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
}

void main();
