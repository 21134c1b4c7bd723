/**
 * The dev preview in a real browser (Debian chromium via playwright-core): build it, serve it,
 * load the Rhein-Sieg preset in the task pane, insert, and read the computed figures from the
 * rendered grid of the fake workbook; then edit an Annahmen cell in the grid and watch the sheet
 * recalculate. Saves the screenshots in .tmp/screenshots/ (`npm run screenshots`: docs/screenshots/).
 */
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";
import { bildschirmfotoOrdner, nichtGelaufen } from "../../helpers/ausgaben";

const BILDER = bildschirmfotoOrdner();

const vorhanden = chromiumVorhanden();
if (!vorhanden) {
  console.warn(`Browser-Test übersprungen: ${CHROMIUM} fehlt (apt-get install chromium).`);
  nichtGelaufen("vorschau", `Vorschau im Browser (${CHROMIUM} fehlt; Debian-Paket chromium)`);
}
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Vorschau im Browser", () => {
  let vorschau: Vorschau;
  let seite: Page;

  beforeAll(async () => {
    vorschau = await starteVorschau({
      startseite: "preview.html",
      fenster: { width: 2000, height: 5000 },
    });
    seite = vorschau.seite;
  });

  afterAll(async () => {
    await vorschau?.schliesse();
  });

  async function zeilenDesBlatts(blatt: string): Promise<string[][]> {
    await seite.getByRole("tab", { name: blatt, exact: true }).click();
    const tabelle = seite.locator(`table[data-blatt="${blatt}"]`);
    await tabelle.waitFor();
    return tabelle
      .locator("tbody tr")
      .evaluateAll((zeilen) =>
        zeilen.map((z) => Array.from(z.querySelectorAll("td")).map((td) => (td.textContent ?? "").trim())),
      );
  }

  /** Euro amounts in the comparison row whose first cell matches; the table ends at the first empty header column. */
  function zeile(zeilen: string[][], label: RegExp): string[] {
    const kopf = zeilen.find((r) => r[0] === "Kostenart");
    if (!kopf) throw new Error(`Keine Kopfzeile „Kostenart“ in ${JSON.stringify(zeilen.slice(0, 10))}`);
    const ende = kopf.findIndex((c) => c === "");
    const z = zeilen.find((r) => label.test(r[0] ?? ""));
    if (!z) throw new Error(`Keine Zeile ${label} in ${JSON.stringify(zeilen.slice(0, 30))}`);
    return z.slice(0, ende < 0 ? undefined : ende).filter((c) => /^[+−-]?\d{1,3}(\.\d{3})*(,\d+)? €$/.test(c));
  }

  /** Values of one series' bars, in category order, with their heights checked against the values. */
  async function saeulen(diagramm: Locator, reihe: string): Promise<number[]> {
    const balken = await diagramm
      .locator(`rect.saeule[data-reihe="${reihe}"]`)
      .evaluateAll((r) =>
        r.map((e) => ({ wert: Number(e.getAttribute("data-wert")), hoehe: e.getBoundingClientRect().height })),
      );
    const jeEuro = Math.max(...balken.map((b) => b.hoehe)) / Math.max(...balken.map((b) => b.wert));
    for (const b of balken) expect(Math.abs(b.hoehe - b.wert * jeEuro)).toBeLessThan(1.5);
    return balken.map((b) => b.wert);
  }

  test("Vorlage laden, einfügen, Ergebnis im Raster lesen, Zelle ändern", async () => {
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();

    await pane.getByRole("combobox", { name: /^Vorlage/ }).click();
    await seite.getByRole("option", { name: "Rhein-Sieg-Kreis 2013 (Vergleich)" }).click();
    await pane.getByRole("button", { name: "Vorlage laden" }).click();
    await pane.getByRole("button", { name: "In Arbeitsmappe einfügen" }).click();
    await pane.getByText(/mit KI-Funktionen geschrieben/).waitFor();

    let zeilen = await zeilenDesBlatts("Kostenvergleich");
    // Derzeitige Struktur, KIZ, difference KIZ − baseline.
    expect(zeile(zeilen, /^Gesamtkosten/)).toEqual(["102.316 €", "353.094 €", "+250.778 €"]);
    expect(zeile(zeilen, /^Kostenerstattung/)).toEqual(["0 €", "170.000 €", "+170.000 €"]);
    expect(zeile(zeilen, /^Jährlicher Kostenanteil/)).toEqual(["102.316 €", "183.094 €", "+80.778 €"]);

    // Screenshots: the pane at 320 px (comparison view, then the KIZ editor) and the generated sheet.
    await pane.locator("main").screenshot({ path: path.join(BILDER, "taskpane.png") });
    await pane.getByRole("button", { name: /^2\. KIZ/ }).click();
    await pane.locator("main").screenshot({ path: path.join(BILDER, "taskpane-editor.png") });
    await pane.getByRole("button", { name: /^2\. KIZ/ }).click();

    // The inserted chart is drawn over its anchor cells below the table, with both scenarios as bars.
    const diagramm = seite.locator('[data-raster="Kostenvergleich"] [data-diagramm="KI_Kostenvergleich"] svg');
    await diagramm.waitFor();
    expect(await diagramm.locator("text.titel").textContent()).toBe("Kostenvergleich (€ je Jahr)");
    expect(await saeulen(diagramm, "Derzeitige Struktur")).toEqual([102316, 0, 102316]);
    expect(await saeulen(diagramm, "KIZ")).toEqual([353094, 170000, 183094]);
    expect(await diagramm.locator("text.achsenwert").allTextContents()).toContain("300.000 €");
    const lage = await diagramm.boundingBox();
    const a19 = await seite.locator('[data-raster="Kostenvergleich"] td[data-adresse="A19"]').boundingBox();
    if (!lage || !a19) throw new Error("Diagramm oder Zelle A19 nicht sichtbar");
    expect(Math.abs(lage.x - a19.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(lage.y - a19.y)).toBeLessThanOrEqual(2);
    expect(lage.height).toBeGreaterThan(250); // A19:E36 (below the notes naming the rule set), not a thumbnail

    await seite.locator('[data-raster="Kostenvergleich"]').screenshot({
      path: path.join(BILDER, "kostenvergleich.png"),
    });
    const breite = await pane.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(breite.scroll).toBeLessThanOrEqual(breite.client); // nothing sticks out at 320 px

    // Edit the overhead rate on the assumptions sheet in the grid: the comparison recalculates.
    await seite.getByRole("tab", { name: "Annahmen", exact: true }).click();
    const annahmen = seite.locator('table[data-blatt="Annahmen"]');
    const satzZellen = annahmen.locator("tr", { hasText: /Querschnitt/ }).locator("td", { hasText: /^30\s?%$/ });
    const anzahl = await satzZellen.count();
    expect(anzahl).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < anzahl; i++) {
      await annahmen
        .locator("tr", { hasText: /Querschnitt/ })
        .locator("td", { hasText: /^30\s?%$/ })
        .first()
        .click();
      await seite.getByLabel(/^Inhalt der Zelle/).fill("0,2");
      await seite.getByLabel(/^Inhalt der Zelle/).press("Enter");
    }
    zeilen = await zeilenDesBlatts("Kostenvergleich");
    expect(zeile(zeilen, /^Gesamtkosten/)).toEqual(["95.336 €", "329.264 €", "+233.928 €"]);
    expect(zeile(zeilen, /^Jährlicher Kostenanteil/)).toEqual(["95.336 €", "159.264 €", "+63.928 €"]);
    // The chart follows the edit.
    expect(await saeulen(diagramm, "KIZ")).toEqual([329264, 170000, 159264]);

    expect(vorschau.seitenfehler).toEqual([]);
  });
});
