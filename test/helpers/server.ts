/*
 * A small static server for the browser tests: dist/ (the add-in as Excel loads it) and
 * dist-workbench/ (the page playing Excel) from one origin, over plain HTTP on 127.0.0.1.
 * Run it by hand to try the workbench: npx ts-node test/helpers/server.ts [port]
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
export const SERVED_FOLDERS = [path.join(ROOT, "dist-workbench"), path.join(ROOT, "dist")];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>/`, with the trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names in the first folder that has it; never a file outside the folders. */
function resolveFile(urlPath: string, folders: string[]): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (relative.endsWith("/")) relative += "workbench.html";
  for (const folder of folders) {
    const file = path.resolve(folder, "." + relative);
    if (!file.startsWith(folder + path.sep)) return null;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

export function startServer(port = 0, folders: string[] = SERVED_FOLDERS): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const file =
      req.method === "GET" || req.method === "HEAD" ? resolveFile(req.url ?? "/", folders) : null;
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`not found: ${req.url}`);
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (require.main === module) {
  startServer(Number(process.argv[2] ?? 3001)).then((s) =>
    console.log(`FIN workbench: ${s.url}workbench.html`)
  );
}
