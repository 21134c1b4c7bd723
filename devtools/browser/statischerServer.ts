/**
 * The one static file server of the project: plain http on 127.0.0.1, a free port, files from one
 * directory (never above it). Browser tests, screenshot scripts and the start-up bench serve the built
 * pages with it.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const TYPEN: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

export interface StatischerServer {
  url: string;
  schliesse(): Promise<void>;
}

/** Serves `wurzel`; a request for "/" gets `startseite`. */
export async function starteStatischenServer(wurzel: string, startseite = "index.html"): Promise<StatischerServer> {
  const basis = path.resolve(wurzel);
  const server = http.createServer((anfrage, antwort) => {
    const pfad = decodeURIComponent(new URL(anfrage.url ?? "/", "http://x").pathname);
    const datei = path.resolve(basis, "." + (pfad === "/" ? `/${startseite}` : pfad));
    if (!datei.startsWith(basis + path.sep) || !fs.existsSync(datei) || !fs.statSync(datei).isFile()) {
      antwort.writeHead(404, { "content-type": "text/plain" }).end("nicht gefunden");
      return;
    }
    antwort.writeHead(200, { "content-type": TYPEN[path.extname(datei)] ?? "application/octet-stream" });
    fs.createReadStream(datei).pipe(antwort);
  });
  await new Promise<void>((fertig) => server.listen(0, "127.0.0.1", fertig));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    schliesse: () => new Promise<void>((fertig) => server.close(() => fertig())),
  };
}
