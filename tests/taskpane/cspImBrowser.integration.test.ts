/**
 * The built task pane in headless Chromium, served over http from dist/: the CSP is enforced, the
 * page (React, Fluent UI, custom functions) runs without a single CSP violation, and no request
 * leaves for any host but its own origin and the office.js CDN.
 *
 * office.js itself is replaced by a minimal stand-in (this machine has no internet access, and
 * the test is about what OUR bundle loads, not about Microsoft's script).
 */
import { CHROMIUM, chromiumVorhanden, starteChromium, type LaufenderBrowser } from "../../devtools/browser/chromium";
import { starteStatischenServer, type StatischerServer } from "../../devtools/browser/statischerServer";
import { nichtGelaufen } from "../helpers/ausgaben";
import { DIST } from "../helpers/ladeFunktionen";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Just enough of office.js for the pane to start: Office.onReady, and CustomFunctions.associate. */
const OFFICE_ERSATZ = `
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "OfficeOnline" };
    if (cb) cb(info);
    return Promise.resolve(info);
  },
  context: { displayLanguage: "de-DE", contentLanguage: "de-DE", requirements: { isSetSupported: function () { return true; } } },
};
window.CustomFunctions = {
  associate: function () {},
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};
`;

interface Beobachtung {
  verstoesse: string[];
  fremdeAnfragen: string[];
  seitenfehler: string[];
}

const mitChromium = chromiumVorhanden();
if (!mitChromium) {
  console.warn(`Chromium fehlt unter ${CHROMIUM}: Browser-Test der CSP übersprungen.`);
  nichtGelaufen("csp-browser", `CSP im Browser (${CHROMIUM} fehlt; Debian-Paket chromium)`);
}
const mitBrowser = mitChromium ? describe : describe.skip;

mitBrowser("Task pane unter seiner CSP in Chromium", () => {
  let server: StatischerServer;
  let browser: LaufenderBrowser;
  let basis: string;

  beforeAll(async () => {
    server = await starteStatischenServer(DIST, "taskpane.html");
    basis = server.url;
    browser = await starteChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.schliesse();
    await server?.schliesse();
  });

  async function oeffne(nachLaden?: (seite: import("playwright-core").Page) => Promise<void>): Promise<Beobachtung> {
    const seite = await browser.neueSeite();
    const b: Beobachtung = { verstoesse: [], fremdeAnfragen: [], seitenfehler: [] };
    await seite.exposeFunction("__meldeVerstoss", (text: string) => b.verstoesse.push(text));
    await seite.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const w = window as unknown as { __meldeVerstoss: (t: string) => void };
        w.__meldeVerstoss(`${e.effectiveDirective} blockiert ${e.blockedURI || "(inline)"}`);
      });
    });
    seite.on("pageerror", (e) => b.seitenfehler.push(e.message));
    await seite.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(basis)) return route.continue();
      if (url === OFFICE_JS) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_ERSATZ });
      }
      b.fremdeAnfragen.push(url);
      return route.abort();
    });
    await seite.goto(`${basis}/taskpane.html`, { waitUntil: "load" });
    // Give the pane time to render and Fluent to inject its styles.
    await seite.waitForTimeout(800);
    if (nachLaden) await nachLaden(seite);
    await seite.close();
    return b;
  }

  it("runs without CSP violations and contacts no foreign host", async () => {
    const b = await oeffne();
    expect(b.verstoesse).toEqual([]);
    expect(b.fremdeAnfragen).toEqual([]);
    if (b.seitenfehler.length) console.warn(`Seitenfehler mit office.js-Ersatz: ${b.seitenfehler.join(" | ")}`);
  }, 60_000);

  it("blocks a script from a foreign host (the policy is really in force)", async () => {
    const b = await oeffne(async (seite) => {
      await seite.evaluate(() => {
        const s = document.createElement("script");
        s.src = "https://fremd.example.org/x.js";
        document.head.appendChild(s);
      });
      await seite.waitForTimeout(300);
    });
    expect(b.verstoesse).toEqual(expect.arrayContaining([expect.stringMatching(/script-src.*fremd\.example\.org/)]));
    expect(b.fremdeAnfragen).toEqual([]);
  }, 60_000);
});
