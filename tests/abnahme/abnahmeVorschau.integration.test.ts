/**
 * The acceptance pane in a real browser over the fake host (development build,
 * abnahme-vorschau.html): start it, wait for the report, compare every check's status with what the
 * fake host must give, and save the screenshot abnahmetest.png (.tmp/screenshots, or docs/screenshots via `npm run screenshots`).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden } from "../../devtools/browser/chromium";
import { starteVorschau, type Vorschau } from "../helpers/vorschauImBrowser";
import { ERWARTET_IM_FAKE_HOST } from "./erwartung";
import { bildschirmfotoOrdner } from "../helpers/ausgaben";

const vorhanden = chromiumVorhanden();
if (!vorhanden) console.warn(`Browser-Test übersprungen: ${CHROMIUM} fehlt (apt-get install chromium).`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Abnahmetest im Browser über dem Fake-Host", () => {
  let vorschau: Vorschau;
  let seite: Page;

  beforeAll(async () => {
    vorschau = await starteVorschau({
      startseite: "abnahme-vorschau.html",
      fenster: { width: 360, height: 1400 },
    });
    seite = vorschau.seite;
    await seite.goto(`${vorschau.server.url}/abnahme-vorschau.html`);
  });

  afterAll(async () => {
    await vorschau?.schliesse();
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
    expect(text).toContain("Ergebnis: 14 bestanden, 0 fehlgeschlagen, 1 übersprungen");
    expect(vorschau.seitenfehler).toEqual([]);
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
