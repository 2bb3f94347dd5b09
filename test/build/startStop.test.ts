/*
 * npm start / npm run dev-server / npm stop as a newcomer meets them, each on a free port with a
 * fresh home folder (so the development certificates are made as on a new machine): the banner
 * first, a plain answer when the port is taken, localhost only, and npm stop ending this
 * checkout's server, whichever command started it, and no other checkout's.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");
const { PID_FILE } = require("../../scripts/devServer") as { PID_FILE: string };
let home: string;
const children: ChildProcess[] = [];

jest.setTimeout(240_000);

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "fin-home-"));
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  fs.rmSync(PID_FILE, { force: true });
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "localhost", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function env(port: number): NodeJS.ProcessEnv {
  return { ...process.env, HOME: home, USERPROFILE: home, FIN_PORT: String(port) };
}

function run(args: string[], port: number): ChildProcess & { out: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: env(port) });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  children.push(child);
  return Object.assign(child, { out: () => out });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))
  );

/** Waits (no deadline of its own: the test's time-out is the limit) until `ready()` holds. */
async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((r) => setTimeout(r, 100));
}

const pidInFile = () =>
  fs.existsSync(PID_FILE) ? Number(fs.readFileSync(PID_FILE, "utf8")) : null;

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function stop(): string {
  return spawnSync(process.execPath, [path.join(ROOT, "scripts/stop.js")], {
    cwd: ROOT,
    encoding: "utf8",
  }).stdout;
}

test("npm start prints its banner first, certificate advice inside it and no Error line, and npm stop ends it", async () => {
  const port = await freePort();
  const start = run(["scripts/start.js"], port);
  await until(() => start.out().includes("Stop with Ctrl+C or npm stop."));
  const lines = start.out().split("\n");
  expect(lines[0]).toBe(`FIN development server: https://localhost:${port}/ (localhost only)`);
  expect(start.out()).toMatch(/must trust the development certificate authority/);
  expect(start.out()).not.toMatch(/^Error/m);

  await until(() => pidInFile() !== null);
  expect(stop()).toMatch(/Stopped FIN's development server/);
  await exited(start);
  expect(start.out()).not.toMatch(/^Error|^\s+at /m);
  expect(pidInFile()).toBeNull();
});

test("npm start on a port in use says what to do, without a stack trace", async () => {
  const port = await freePort();
  const taken = net.createServer().listen(port, "localhost");
  await new Promise((r) => taken.once("listening", r));
  try {
    const start = run(["scripts/start.js"], port);
    expect(await exited(start)).toBe(1);
    expect(start.out()).toMatch(new RegExp(`Port ${port} is already in use`));
    expect(start.out()).toMatch(/npm stop/);
    expect(start.out()).toMatch(/FIN_PORT=3001 npm start/);
    expect(start.out()).not.toMatch(/EADDRINUSE|^\s+at /m);
  } finally {
    taken.close();
  }
});

test("npm run dev-server listens on localhost only, and npm stop ends it; another checkout's npm stop does not", async () => {
  const port = await freePort();
  const server = run([WEBPACK_CLI, "serve", "--mode", "development"], port);
  await until(() => pidInFile() === server.pid);
  await until(() => connects("127.0.0.1", port));
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal);
  if (lan) expect(await connects(lan.address, port)).toBe(false);
  expect(server.out()).not.toMatch(/On Your Network|192\.168\.|10\.\d+\.\d+\.\d+/);

  // A second checkout of FIN: the same scripts in another folder.
  const other = fs.mkdtempSync(path.join(os.tmpdir(), "fin-other-checkout-"));
  fs.mkdirSync(path.join(other, "scripts"));
  for (const f of ["stop.js", "devServer.js"])
    fs.copyFileSync(path.join(ROOT, "scripts", f), path.join(other, "scripts", f));
  const otherStop = spawnSync(process.execPath, [path.join(other, "scripts/stop.js")], {
    encoding: "utf8",
  });
  fs.rmSync(other, { recursive: true, force: true });
  expect(otherStop.stdout).toMatch(/not running/);
  expect(server.exitCode).toBeNull();

  expect(stop()).toMatch(new RegExp(`Stopped FIN's development server \\(pid ${server.pid}\\)`));
  await exited(server);
  expect(pidInFile()).toBeNull();
});
