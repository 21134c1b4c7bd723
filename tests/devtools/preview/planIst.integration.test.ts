/**
 * The Plan-Ist section in the dev preview (real browser, fake workbook; issue 27 item 4): Rhein-Sieg
 * 2013 frozen as a Stand, chosen in the section, actuals pasted with an unknown key, the key
 * corrected, forecast and refund shown; axe-core over the section (no serious or critical finding),
 * nothing wider than the pane at 320 and 450 px, and the section as plan-ist-taskpane-320.png/-450.png in
 * .tmp/screenshots/ (`npm run screenshots`: docs/screenshots/).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";
import { bildschirmfotoOrdner, nichtGelaufen } from "../../helpers/ausgaben";

const vorhanden = chromiumVorhanden();
if (!vorhanden) nichtGelaufen("plan-ist-vorschau", `Plan-Ist in der Vorschau (${CHROMIUM} fehlt)`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(600_000);

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function axeSchwer(seite: Page, selektor: string): Promise<string[]> {
  await seite.evaluate(AXE);
  return seite.evaluate(async (sel) => {
    const a = (
      window as unknown as {
        axe: {
          run: (
            e: Element,
            o: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const r = await a.run(document.querySelector(sel)!, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, selektor);
}

async function setzeBreite(seite: Page, px: number): Promise<void> {
  await seite.evaluate((breite) => {
    const el = document.getElementById("aufgabenbereich")!;
    el.style.width = `${breite}px`;
    el.style.flex = `0 0 ${breite}px`;
    el.style.height = "auto";
    el.style.overflowY = "visible";
    (el.parentElement as HTMLElement).style.height = "auto";
  }, px);
}

beschreibe("Plan-Ist in der Vorschau", () => {
  let vorschau: Vorschau;
  let seite: Page;

  beforeAll(async () => {
    vorschau = await starteVorschau({
      startseite: "preview.html",
      fenster: { width: 1400, height: 1200 },
    });
    seite = vorschau.seite;
  });

  afterAll(async () => {
    await vorschau?.schliesse();
  });

  test("Stand wählen, Ist-Werte einfügen, Schlüssel zuordnen: Prognose und Erstattung, 320 und 450 px", async () => {
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();
    await setzeBreite(seite, 320);
    await pane.getByRole("combobox", { name: /^Vorlage/ }).click();
    await seite.getByRole("option", { name: "Rhein-Sieg-Kreis 2013 (Vergleich)" }).click();
    await pane.getByRole("button", { name: "Vorlage laden" }).click();
    await pane.getByRole("textbox", { name: /^Bezeichnung des Stands/ }).fill("Kreistag 04.02.2013");
    await pane.getByRole("textbox", { name: /^Datum der Sitzung/ }).fill("04.02.2013");
    await pane.getByRole("button", { name: "Stand festschreiben" }).click();
    await pane.getByText(/„Kreistag 04.02.2013“ festgeschrieben/).waitFor();

    const bereich = pane.getByRole("region", { name: "Plan-Ist", exact: true });
    await bereich.getByRole("combobox", { name: /^Stand \(Beschluss\)/ }).click();
    await seite.getByRole("option", { name: "Kreistag 04.02.2013 (04.02.2013)" }).click();
    await bereich.getByRole("button", { name: "Besetzung der Stellen nach Monaten" }).click();
    const stellen = await bereich.locator("fieldset legend").allTextContents();
    expect(stellen.length).toBeGreaterThan(0);
    const zeilen = [
      "Schlüssel;Jan;Feb;Mär;Apr;Mai;Jun;Jul;Aug;Sep",
      `${stellen[0]};4.100,00;4.100,00;4.100,00;4.100,00;4.100,00;4.100,00;4.100,00;4.100,00;4.250,00`,
      "Leitung KIZ;3.900,00;3.900,00;3.900,00;3.900,00;3.900,00;3.900,00;3.900,00;3.900,00;3.900,00",
      "Raum;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00",
      `${stellen[0]};1;1;1;1;1;1;1;1;1`,
    ];
    await bereich.getByRole("textbox", { name: "Oder Ist-Werte einfügen" }).fill(zeilen.join("\n"));
    await bereich.getByRole("button", { name: "Eingefügte Werte einlesen" }).click();
    await bereich.getByText(/Eingefügter Text, Zeile 3: „Leitung KIZ“ passt zu keiner Stelle/).waitFor();
    await bereich.getByText(/Eingefügter Text, Zeile 5: .* steht doppelt \(zuerst in Zeile 2\)/).waitFor();
    await bereich.getByRole("combobox", { name: /^Zuordnung für „Leitung KIZ“/ }).click();
    await seite.getByRole("option", { name: "Projektmittel" }).click();
    await bereich.getByText("von Ihnen zugeordnet").waitFor();
    await bereich.getByRole("table", { name: "Landeserstattung" }).waitFor();
    await bereich.getByRole("row", { name: /^zustehend bis September/ }).waitFor();

    expect(await axeSchwer(seite, "#aufgabenbereich section[aria-labelledby='ki-plan-ist']")).toEqual([]);
    const ordner = bildschirmfotoOrdner();
    fs.mkdirSync(ordner, { recursive: true });
    for (const breite of [320, 450]) {
      await setzeBreite(seite, breite);
      const masse = await bereich.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const zuBreit = [...el.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > r.right + 0.5);
        return {
          zuBreit: zuBreit.map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
          scroll: el.scrollWidth,
          client: el.clientWidth,
        };
      });
      expect(masse.zuBreit).toEqual([]);
      expect(masse.scroll).toBeLessThanOrEqual(masse.client);
      await bereich.screenshot({ path: path.join(ordner, `plan-ist-taskpane-${breite}.png`) });
    }
    expect(vorschau.seitenfehler).toEqual([]);
  });
});
