/**
 * Screenshots of the "Mehrjahresplanung" and "Umlage" sheets for docs/screenshots/: the sheets are
 * written into the fake Excel host with the BUILT KI.* functions, rendered as an HTML grid (displayed
 * texts and cell formats) with the sheet's chart drawn as SVG from its source range, and
 * photographed with headless Chromium.
 *
 *   npx webpack --mode production && npx tsx devtools/bildschirmfotos/mehrjahr.ts
 */
import * as fs from "fs";
import * as path from "path";
import { starteChromium } from "../browser/chromium";
import { createFakeExcel, FakeExcel } from "../fakeHost";
import { diagrammAnker, diagrammAusMappe } from "../preview/diagrammQuelle";
import { spalte } from "../../src/workbook/adressen";
import { diagrammSvg } from "../preview/diagrammSvg";
import { erzeugeVorlage, erzeugeVorlagenSatz } from "../../src/scenario";
import { baueMehrjahresBlatt } from "../../src/workbook/mehrjahr/blatt";
import { baueUmlageBlatt } from "../../src/workbook/umlage/blatt";
import type { BlattPlan } from "../../src/workbook/plan";
import { ladeFunktionen } from "../../tests/helpers/ladeFunktionen";
import { fuegeBlattEin } from "../../tests/excel/hilfen";

const ZIEL = path.resolve(__dirname, "../../docs/screenshots");

export function escape(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function zellstil(fake: FakeExcel, blatt: string, adresse: string, text: string): string {
  const f = fake.format(blatt, adresse);
  const zahl = /^[+-]?[\d.,]+( €|%| %)?$/.test(text);
  return [
    f.bold ? "font-weight:bold" : "",
    f.italic ? "font-style:italic" : "",
    f.size && f.size !== 11 ? `font-size:${f.size + 3}px` : "",
    f.color && f.color !== "#000000" ? `color:${f.color}` : "",
    f.fill && f.fill !== "#FFFFFF" ? `background:${f.fill}` : "",
    f.horizontalAlignment === "Right" || (f.horizontalAlignment === "General" && zahl)
      ? "text-align:right"
      : f.horizontalAlignment === "Center"
        ? "text-align:center"
        : "",
    f.wrapText ? "white-space:normal" : "",
  ]
    .filter(Boolean)
    .join(";");
}

export function tabelle(fake: FakeExcel, blatt: string, bisZeile: number): string {
  const raster = fake.raster(blatt).slice(0, bisZeile);
  const breite = Math.max(...raster.map((z) => z.length));
  const breiten = Array.from({ length: breite }, (_, j) =>
    Math.round(fake.format(blatt, `${spalte(j)}1`).columnWidth * 1.25),
  );
  const spalten = `<col style="width:36px">${breiten.map((w) => `<col style="width:${w}px">`).join("")}`;
  const kopf = breiten.map((_, j) => `<th>${spalte(j)}</th>`).join("");
  const zeilen = raster.map((zeile, i) => {
    const zellen: string[] = [];
    for (let j = 0; j < breite; j++) {
      const text = zeile[j] ?? "";
      const stil = zellstil(fake, blatt, `${spalte(j)}${i + 1}`, text);
      // Text runs on into empty neighbours, as in Excel.
      let spanne = 1;
      if (text !== "" && !/text-align:right/.test(stil) && !/white-space:normal/.test(stil)) {
        while (j + spanne < breite && (zeile[j + spanne] ?? "") === "" && spanne < 8) spanne++;
      }
      zellen.push(`<td colspan="${spanne}" style="${stil}">${escape(text)}</td>`);
      j += spanne - 1;
    }
    return `<tr><th>${i + 1}</th>${zellen.join("")}</tr>`;
  });
  const gesamt = 36 + breiten.reduce((a, b) => a + b, 0);
  return `<table style="width:${gesamt}px"><colgroup>${spalten}</colgroup><tr><th></th>${kopf}</tr>${zeilen.join("")}</table>`;
}

/** The sheet's chart below the grid, drawn as the preview draws it, at the chart's own size. */
function diagramm(fake: FakeExcel, blatt: string): string {
  return fake
    .diagramme(blatt)
    .map((d) => {
      const { breitePx, hoehePx } = diagrammAnker(d, 0);
      return `<div style="margin-top:12px">${diagrammSvg(diagrammAusMappe(fake, d), breitePx, hoehePx)}</div>`;
    })
    .join("");
}

function seite(titel: string, fake: FakeExcel, blatt: string, bisZeile: number): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escape(titel)}</title><style>
    body{font-family:Calibri,Carlito,"Liberation Sans",Arial,sans-serif;font-size:12px;margin:10px;background:#f3f3f3}
    table{border-collapse:collapse;background:white;table-layout:fixed}
    td,th{border:1px solid #d4d4d4;padding:2px 4px;white-space:nowrap;overflow:hidden;height:17px}
    th{background:#e8e8e8;color:#555;font-weight:normal;text-align:center}
    .reiter{display:inline-block;background:white;border:1px solid #bbb;border-top:none;padding:3px 14px;font-weight:bold;color:#217346}
  </style></head><body>${tabelle(fake, blatt, bisZeile)}<div class="reiter">${escape(blatt)}</div>${diagramm(fake, blatt)}</body></html>`;
}

export async function fotografiere(html: string, datei: string): Promise<void> {
  const browser = await starteChromium();
  try {
    const page = await browser.neueSeite({ width: 1600, height: 900 });
    await page.setContent(html);
    await page.screenshot({ path: datei, fullPage: true });
  } finally {
    await browser.schliesse();
  }
}

export async function blatt(plan: BlattPlan, vorbereiten?: (fake: FakeExcel) => void): Promise<FakeExcel> {
  const fake = createFakeExcel({ ki: ladeFunktionen() });
  await fuegeBlattEin(fake, plan);
  vorbereiten?.(fake);
  return fake;
}

async function main(): Promise<void> {
  fs.mkdirSync(ZIEL, { recursive: true });
  // Rhein-Sieg 2013 baseline against the KIZ extended as in the 2017 rule test (3 extra posts at 60.000 €, 40.000 € Sachausgaben).
  const kiz = erzeugeVorlage("rsk-2013-kiz");
  kiz.name = "KIZ mit Ausbau";
  kiz.stellen.push({
    id: "z",
    bezeichnung: "Zusatzstellen",
    gruppe: "EG 9b",
    anteil: 3,
    eigenerSatz: 60000,
    art: "zusatz",
  });
  kiz.projektmittel = 45000;
  kiz.erstattung.sachausgaben = 40000;
  const mehrjahr = baueMehrjahresBlatt({
    szenarien: [erzeugeVorlage("rsk-2013-derzeitig"), kiz],
    // Up to 2019: from 2020 no rule set is known to govern, "auto" would ask for a choice (issue 22).
    optionen: { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 },
    modus: "ki",
  });
  const fm = await blatt(mehrjahr);
  const bisMehrjahr = mehrjahr.zellen.length;
  await fotografiere(
    seite("Mehrjahresplanung", fm, mehrjahr.name, bisMehrjahr),
    path.join(ZIEL, "mehrjahresplanung.png"),
  );

  // Fictitious example municipalities and amounts (real Umlagegrundlagen are not public); one relieved by 50 %.
  const umlage = baueUmlageBlatt({
    szenarien: erzeugeVorlagenSatz("rhein-sieg-2013"),
    optionen: {
      mitglieder: [
        { name: "Beispielgemeinde A", grundlage: 95_000_000, minderbelastung: 0 },
        { name: "Beispielgemeinde B", grundlage: 61_500_000, minderbelastung: 0 },
        { name: "Beispielgemeinde C", grundlage: 120_250_000, minderbelastung: 0.5 },
        { name: "Beispielgemeinde D", grundlage: 33_800_000, minderbelastung: 0 },
        { name: "Beispielgemeinde E", grundlage: 47_100_000, minderbelastung: 0 },
        { name: "Beispielgemeinde F", grundlage: null, minderbelastung: 0 },
      ],
    },
    modus: "ki",
  });
  const fu = await blatt(umlage);
  await fotografiere(seite("Umlage", fu, umlage.name, umlage.zellen.length), path.join(ZIEL, "umlage.png"));
  console.log(`Gespeichert in ${ZIEL}`);
}

// Run as a script; imported by staende.ts for the renderer only.
if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
