/**
 * Stände in the dev preview (real browser, fake workbook): load Rhein-Sieg 2013, freeze a Stand,
 * change the KIZ's Arbeitsplätze, compare — the pane shows every changed line with sign and amount
 * and the changed assumption — then insert and find "Vergleich mit Stand" in the workbook. Saves
 * the pane's comparison as staende-vergleich-taskpane.png (`npm run screenshots`: docs/screenshots/).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";
import { bildschirmfotoOrdner, nichtGelaufen } from "../../helpers/ausgaben";

const BILDER = bildschirmfotoOrdner();

const vorhanden = chromiumVorhanden();
if (!vorhanden) nichtGelaufen("staende-vorschau", `Stände in der Vorschau (${CHROMIUM} fehlt)`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Stände in der Vorschau", () => {
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

  test("festschreiben, Annahme ändern, vergleichen, einfügen", async () => {
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();
    await pane.getByRole("combobox", { name: /^Vorlage/ }).click();
    await seite.getByRole("option", { name: "Rhein-Sieg-Kreis 2013 (Vergleich)" }).click();
    await pane.getByRole("button", { name: "Vorlage laden" }).click();

    // Without a label nothing is frozen.
    await pane.getByRole("button", { name: "Stand festschreiben" }).click();
    await pane.getByText(/Bitte eine Bezeichnung eingeben/).waitFor();
    await pane.getByRole("textbox", { name: /^Bezeichnung des Stands/ }).fill("Kreisausschuss 09.12.2013");
    await pane.getByRole("textbox", { name: /^Datum der Sitzung/ }).fill("09.12.2013");
    await pane.getByRole("button", { name: "Stand festschreiben" }).click();
    await pane.getByText(/„Kreisausschuss 09.12.2013“ festgeschrieben/).waitFor();

    await pane.getByRole("button", { name: /^2\. KIZ/ }).click();
    const karte = pane.getByRole("region", { name: /^Szenario 2/ });
    const feld = karte.getByRole("textbox", { name: /^Arbeitsplätze/ });
    await feld.fill("6");
    await feld.blur();
    await pane.getByRole("button", { name: /^2\. KIZ/ }).click();

    await pane.getByRole("button", { name: "Vergleichen" }).click();
    const vergleich = pane.getByRole("region", { name: "Vergleich mit Stand" });
    await vergleich.waitFor();
    // Rows in order: a scenario's heading row, then its lines (label, now, Stand, difference).
    const zeilen = await vergleich
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
    // Labels carry soft hyphens where a narrow pane may break them; a reader sees the plain word.
    const lesbar = zeilen.map((z) => z.map((t) => t.replace(/\u00AD/g, "")));
    const zeile = (gruppe: string, text: string) => {
      const ab = lesbar.findIndex((z) => z.length === 1 && z[0] === gruppe);
      return lesbar
        .slice(ab)
        .find((z) => z[0] === text)
        ?.slice(1);
    };
    // Amounts without " €" in the cells: the header says "€" once per column.
    expect(zeile("KIZ", "IT-Standardarbeitsplatz")).toEqual(["13.608", "18.144", "-4.536"]);
    expect(zeile("KIZ", "Gesamtkosten")).toEqual(["348.558", "353.094", "-4.536"]);
    expect(zeile("KIZ", "Jährlicher Kostenanteil")).toEqual(["178.558", "183.094", "-4.536"]);
    expect(zeile("KIZ", "Raumkosten")?.[2]).toBe("0");
    expect(zeile("Derzeitige Struktur", "Jährlicher Kostenanteil")).toEqual(["102.316", "102.316", "0"]);
    expect(await vergleich.getByRole("list", { name: "Geänderte Annahmen" }).locator("li").allTextContents()).toEqual([
      "KIZ, IT-Arbeitsplätze: 8 → 6 (Eigenanteil -4.536 €)",
    ]);
    await pane
      .locator("#ki-staende")
      .locator("xpath=..")
      .screenshot({
        path: path.join(BILDER, "staende-vergleich-taskpane.png"),
      });

    await pane.getByRole("button", { name: "In Arbeitsmappe einfügen" }).click();
    await pane
      .getByText(/Vergleich mit Stand/)
      .first()
      .waitFor();
    await seite.getByRole("tab", { name: "Vergleich mit Stand", exact: true }).waitFor();

    // "In den Editor laden" asks first, keeps the current work as a backup and says how to get it back.
    await pane.getByRole("button", { name: "In den Editor laden" }).click();
    await pane.getByText("„Kreisausschuss 09.12.2013“ in den Editor laden?").waitFor();
    await pane.getByRole("button", { name: "Laden (jetzigen Stand sichern)" }).click();
    await pane.getByText(/ist jetzt im Editor\. Ihr bisheriger Arbeitsstand ist als Sicherung/).waitFor();
    await pane.getByRole("button", { name: "Vorherigen Arbeitsstand wiederherstellen" }).waitFor();
    await pane
      .locator("#ki-staende")
      .locator("xpath=..")
      .screenshot({ path: path.join(BILDER, "staende-editor-laden.png") });

    // Another window saves; this pane's next save does not go over it and asks which version goes on.
    await seite.evaluate(async () => {
      type Fake = { weiteresFenster(n: string): { run(f: (c: Excel.RequestContext) => Promise<void>): Promise<void> } };
      const fake = (window as unknown as { kiVorschau: { fake: Fake } }).kiVorschau.fake;
      await fake.weiteresFenster("Kollegin").run(async (c) => {
        // The pane saves after a pause in typing; on a busy machine that may still be ahead. The
        // colleague's window opens on what the pane stored, so it waits until something is stored.
        let e = c.workbook.settings.getItemOrNullObject("KI-Kostenplaner.Zustand");
        for (;;) {
          e.load("value");
          await c.sync();
          // eslint-disable-next-line office-addins/call-sync-before-read -- synced on the line above
          if (!e.isNullObject) break;
          await new Promise((r) => setTimeout(r, 25));
          e = c.workbook.settings.getItemOrNullObject("KI-Kostenplaner.Zustand");
        }
        // The sync above ran after the load; the rule cannot see through the evaluate callback.
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        const j = JSON.parse(String(e.value)) as { optionen: { vorlageNr: string }; revision?: string };
        j.optionen.vorlageNr = "2013/728 (Fassung der Kollegin)";
        j.revision = "anderes-fenster";
        c.workbook.settings.add("KI-Kostenplaner.Zustand", JSON.stringify(j));
        await c.sync();
      });
    });
    await pane.getByRole("textbox", { name: /Vorlage-Nr\./ }).fill("2013/728 (meine Fassung)");
    const konflikt = pane.getByLabel("Speicherkonflikt");
    await konflikt.getByRole("button", { name: "Meine Fassung behalten" }).waitFor();
    await konflikt.screenshot({ path: path.join(BILDER, "speicherkonflikt.png") });
  });
});
