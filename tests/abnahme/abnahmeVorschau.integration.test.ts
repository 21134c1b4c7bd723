/**
 * The acceptance pane in a real browser over the fake host (development build,
 * abnahme-vorschau.html): start it, wait for the report, compare every check's status with what the
 * fake host must give, and save the screenshot abnahmetest.png (.tmp/screenshots, or docs/screenshots via `npm run screenshots`).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden, starteChromium, type LaufenderBrowser } from "../../devtools/browser/chromium";
import { starteStatischenServer, type StatischerServer } from "../../devtools/browser/statischerServer";
import { ERWARTET_IM_FAKE_HOST } from "./erwartung";
import { bildschirmfotoOrdner } from "../helpers/ausgaben";

const WURZEL = path.resolve(__dirname, "../..");
const AUSGABE = path.join(WURZEL, ".tmp/abnahme-vorschau");

const vorhanden = chromiumVorhanden();
if (!vorhanden) console.warn(`Browser-Test übersprungen: ${CHROMIUM} fehlt (apt-get install chromium).`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Abnahmetest im Browser über dem Fake-Host", () => {
  let server: StatischerServer;
  let browser: LaufenderBrowser;
  let seite: Page;
  const seitenfehler: string[] = [];

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", AUSGABE],
      { cwd: WURZEL, stdio: "pipe" },
    );
    server = await starteStatischenServer(AUSGABE, "abnahme-vorschau.html");
    browser = await starteChromium({ fenster: { width: 360, height: 1400 } });
    seite = browser.kontext.pages()[0] ?? (await browser.kontext.newPage());
    seite.on("pageerror", (e) => seitenfehler.push(e.message));
    seite.on("console", (m) => {
      // Failed requests are reported with their URL below.
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) seitenfehler.push(m.text());
    });
    seite.on("response", (r) => {
      // The browser asks for a favicon on its own; the page has none.
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) seitenfehler.push(`${r.status()} ${r.url()}`);
    });
    await seite.goto(`${server.url}/abnahme-vorschau.html`);
  });

  afterAll(async () => {
    await browser?.schliesse();
    await server?.schliesse();
  });

  it("runs the fixed list of checks and shows the report with every status", async () => {
    await seite.getByRole("button", { name: "Abnahmetest starten" }).click();
    await seite.getByText(/\d+ bestanden, \d+ fehlgeschlagen, \d+ übersprungen\./).waitFor({ timeout: 120_000 });
    const status = await seite
      .locator("li[data-pruefung]")
      .evaluateAll((li) =>
        Object.fromEntries(li.map((e) => [e.getAttribute("data-pruefung"), e.getAttribute("data-status")])),
      );
    expect(status).toEqual(ERWARTET_IM_FAKE_HOST);
    await seite.getByText("Bericht im Blatt „Abnahmebericht“.").waitFor();
    const text = await seite.getByLabel("Bericht (zum Versenden)").inputValue();
    expect(text).toContain("Plattform: Fake-Host (nur Entwicklung)");
    expect(text).toContain("Ergebnis: 11 bestanden, 0 fehlgeschlagen, 1 übersprungen");
    expect(seitenfehler).toEqual([]);
    await seite.locator("#aufgabenbereich").screenshot({ path: path.join(bildschirmfotoOrdner(), "abnahmetest.png") });
  });

  it("offers the report as a file to download", async () => {
    const [download] = await Promise.all([
      seite.waitForEvent("download"),
      seite.getByRole("button", { name: "Als Datei speichern" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ki-abnahmebericht-\d{4}-\d{2}-\d{2}\.txt$/);
  });
});
