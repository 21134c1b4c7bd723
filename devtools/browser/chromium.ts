/**
 * The one way the project starts a browser: Debian's chromium through playwright-core, headless, with
 * a throw-away profile. Browser tests, screenshot scripts and the start-up bench all use it, so they
 * run under the same flags (no sandbox in containers, no GPU, no background traffic that would show
 * up as a foreign request in the network tests).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Fenster {
  width: number;
  height: number;
}

export interface LaufenderBrowser {
  kontext: BrowserContext;
  /** A new tab; with `fenster`, in that size instead of the context's. */
  neueSeite(fenster?: Fenster): Promise<Page>;
  /** Closes the browser and removes its profile. */
  schliesse(): Promise<void>;
}

/** Whether the browser is installed; callers skip (not fail) without it and say so. */
export function chromiumVorhanden(): boolean {
  return fs.existsSync(CHROMIUM);
}

export interface Startoptionen {
  fenster?: Fenster;
  locale?: string;
  /** For a local https server with a self-signed certificate (the nginx test); never for real hosts. */
  zertifikatsfehlerIgnorieren?: boolean;
}

export async function starteChromium(optionen: Startoptionen = {}): Promise<LaufenderBrowser> {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), "ki-chromium-"));
  const kontext = await chromium.launchPersistentContext(profil, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(optionen.zertifikatsfehlerIgnorieren ? ["--ignore-certificate-errors"] : [])],
    ignoreHTTPSErrors: optionen.zertifikatsfehlerIgnorieren ?? false,
    viewport: optionen.fenster ?? { width: 1280, height: 900 },
    locale: optionen.locale ?? "de-DE",
  });
  return {
    kontext,
    async neueSeite(fenster) {
      const seite = await kontext.newPage();
      if (fenster) await seite.setViewportSize(fenster);
      return seite;
    },
    async schliesse() {
      await kontext.close();
      fs.rmSync(profil, { recursive: true, force: true });
    },
  };
}
