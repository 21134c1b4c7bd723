/**
 * The one way browser tests open a development page over the fake host: build the development
 * bundle into its own folder (each test file its own, so parallel jest workers never share one),
 * serve it, start Chromium and collect what the page reports as errors.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import type { Page } from "playwright-core";
import { starteChromium, type LaufenderBrowser } from "../../devtools/browser/chromium";
import { starteStatischenServer, type StatischerServer } from "../../devtools/browser/statischerServer";

const WURZEL = path.resolve(__dirname, "../..");

export interface Vorschau {
  server: StatischerServer;
  browser: LaufenderBrowser;
  seite: Page;
  /** Uncaught errors, console errors and failed requests of the page, in order. */
  seitenfehler: string[];
  schliesse(): Promise<void>;
}

export async function starteVorschau(o: {
  /** Build folder below the repository, e.g. ".tmp/preview". */
  ausgabe: string;
  startseite: string;
  fenster: { width: number; height: number };
}): Promise<Vorschau> {
  const ausgabe = path.join(WURZEL, o.ausgabe);
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", ausgabe],
    { cwd: WURZEL, stdio: "pipe" },
  );
  const server = await starteStatischenServer(ausgabe, o.startseite);
  const browser = await starteChromium({ fenster: o.fenster });
  const seite = browser.kontext.pages()[0] ?? (await browser.kontext.newPage());
  const seitenfehler: string[] = [];
  seite.on("pageerror", (e) => seitenfehler.push(e.message));
  seite.on("console", (m) => {
    // Failed requests are reported with their URL below.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) seitenfehler.push(m.text());
  });
  seite.on("response", (r) => {
    // The browser asks for a favicon on its own; the pages have none.
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) seitenfehler.push(`${r.status()} ${r.url()}`);
  });
  return {
    server,
    browser,
    seite,
    seitenfehler,
    async schliesse() {
      await browser.schliesse();
      await server.schliesse();
    },
  };
}
