/**
 * The one way browser tests open a development page over the fake host: serve the development
 * bundle (built once per jest run for all of them, tests/helpers/einmalGebaut.ts), start Chromium
 * and collect what the page reports as errors.
 */
import type { Page } from "playwright-core";
import { starteChromium, type LaufenderBrowser } from "../../devtools/browser/chromium";
import { starteStatischenServer, type StatischerServer } from "../../devtools/browser/statischerServer";
import { entwicklungsBuild } from "./einmalGebaut";

export interface Vorschau {
  server: StatischerServer;
  browser: LaufenderBrowser;
  seite: Page;
  /** Uncaught errors, console errors and failed requests of the page, in order. */
  seitenfehler: string[];
  schliesse(): Promise<void>;
}

export async function starteVorschau(o: {
  startseite: string;
  fenster: { width: number; height: number };
}): Promise<Vorschau> {
  const server = await starteStatischenServer(await entwicklungsBuild(), o.startseite);
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
