/**
 * Screenshots of the "Annahmen" (and, for checking, "Kostenvergleich") sheet as the task pane
 * inserts them: the Rhein-Sieg plan goes through the real Office.js writer into the fake Excel
 * host with the BUILT KI.* functions; the displayed texts, formats, borders and column widths are
 * rendered as an HTML grid (wrapped rows grow as Excel's autofit does, text runs into empty
 * neighbours), the chart is drawn over the cells it is anchored to, and headless Chromium takes
 * the picture.
 *
 *   npx webpack --mode production && npx tsx devtools/bildschirmfotos/arbeitsmappe.ts [Zielordner]
 *
 * The Ausbau preset ("Kreis ab 2017", Ausbau posts from 2017) with a plan 2013–2022 gives
 * ausbau-annahmen.png and ausbau-mehrjahresplanung.png.
 *
 * Without a target folder, annahmen.png goes to docs/screenshots/ and the Kostenvergleich grid to
 * .tmp/ (docs/screenshots/kostenvergleich.png is made by tests/devtools/preview/vorschau.integration.test.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { starteChromium } from "../browser/chromium";
import type { FakeExcel } from "../fakeHost";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { diagrammAnker, diagrammAusMappe } from "../preview/diagrammQuelle";
import { spalte } from "../../src/workbook/adressen";
import { diagrammSvg } from "../preview/diagrammSvg";
import { baueArbeitsmappe } from "../../src/workbook";
import { setzeFeld, uebernimmSachsatz } from "../../src/taskpane/zustand";
import { DATUM, neueMappe, zugriffAuf } from "../../tests/excel/hilfen";

const WURZEL = path.resolve(__dirname, "../..");
const PX_JE_PUNKT = 96 / 72;

function escape(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function linie(l: { style: string; weight: string }): string {
  if (l.style === "None") return "";
  if (l.style === "Double") return "3px double #000";
  return `${l.weight === "Medium" ? 2 : 1}px solid #000`;
}

/** Excel's "General" alignment: numbers (and formatted amounts) right, text left. */
function istZahl(text: string): boolean {
  return /^[+-]?[\d.,]+( ?€| ?%)?$/.test(text);
}

function zellstil(fake: FakeExcel, blatt: string, adresse: string, text: string): string {
  const f = fake.format(blatt, adresse);
  const rechts = f.horizontalAlignment === "Right" || (f.horizontalAlignment === "General" && istZahl(text));
  return [
    f.bold ? "font-weight:bold" : "",
    f.italic ? "font-style:italic" : "",
    `font-size:${(f.size * PX_JE_PUNKT).toFixed(1)}px`,
    f.color && f.color !== "#000000" ? `color:${f.color}` : "",
    f.fill && f.fill !== "#FFFFFF" ? `background:${f.fill}` : "",
    rechts ? "text-align:right" : f.horizontalAlignment === "Center" ? "text-align:center" : "",
    f.wrapText ? "white-space:normal;overflow-wrap:break-word" : "",
    ...(["Top", "Bottom", "Left", "Right"] as const).map((k) => {
      const l = linie(f.borders[`Edge${k}`]);
      return l ? `border-${k.toLowerCase()}:${l}` : "";
    }),
  ]
    .filter(Boolean)
    .join(";");
}

/** The used range, extended down to the last row a chart covers. */
function sichtbarerBereich(fake: FakeExcel, blatt: string): string {
  const benutzt = fake.raster(blatt);
  const zeilen = Math.max(
    benutzt.length,
    ...fake.diagramme(blatt).map((d) => Number(/(?<!\d)(\d+)$/.exec(d.bis ?? "")?.[1] ?? 0)),
  );
  return `A1:${spalte(Math.max(...benutzt.map((z) => z.length)) - 1)}${zeilen}`;
}

function tabelle(fake: FakeExcel, blatt: string): string {
  const raster = fake.raster(blatt, sichtbarerBereich(fake, blatt));
  const breite = Math.max(...raster.map((z) => z.length));
  const breiten = Array.from({ length: breite }, (_, j) =>
    Math.round(fake.format(blatt, `${spalte(j)}1`).columnWidth * PX_JE_PUNKT),
  );
  const spalten = `<col style="width:36px">${breiten.map((w) => `<col style="width:${w}px">`).join("")}`;
  const kopf = breiten.map((_, j) => `<th>${spalte(j)}</th>`).join("");
  const zeilen = raster.map((zeile, i) => {
    const zellen: string[] = [];
    for (let j = 0; j < breite; j++) {
      const adresse = `${spalte(j)}${i + 1}`;
      const text = zeile[j] ?? "";
      const stil = zellstil(fake, blatt, adresse, text);
      // Text runs on into empty neighbours, as in Excel (not when right-aligned or wrapped).
      let spanne = 1;
      if (text !== "" && !/text-align:(right|center)/.test(stil) && !/white-space:normal/.test(stil)) {
        while (j + spanne < breite && (zeile[j + spanne] ?? "") === "" && !/border-right/.test(stil)) spanne++;
      }
      const inhalt = spanne > 1 ? `<div class="lauf">${escape(text)}</div>` : escape(text);
      zellen.push(`<td id="${adresse}" colspan="${spanne}" style="${stil}">${inhalt}</td>`);
      j += spanne - 1;
    }
    const hoehe = Math.round(fake.format(blatt, `A${i + 1}`).rowHeight * PX_JE_PUNKT);
    return `<tr style="height:${hoehe}px"><th>${i + 1}</th>${zellen.join("")}</tr>`;
  });
  const gesamt = 36 + breiten.reduce((a, b) => a + b, 0);
  return `<table style="width:${gesamt}px"><colgroup>${spalten}</colgroup><tr><th></th>${kopf}</tr>${zeilen.join("")}</table>`;
}

/** The preview's chart drawing at the chart's own size; the page script stretches it over its anchor cells. */
function diagramme(fake: FakeExcel, blatt: string): string {
  return fake
    .diagramme(blatt)
    .map((d) => {
      const anker = diagrammAnker(d, fake.raster(blatt).length);
      const svg = diagrammSvg(diagrammAusMappe(fake, d), anker.breitePx, anker.hoehePx);
      const bis = anker.bis ? ` data-bis="${anker.bis}"` : "";
      return `<div class="diagramm" data-von="${anker.von}"${bis} style="width:${anker.breitePx}px;height:${anker.hoehePx}px">${svg}</div>`;
    })
    .join("");
}

/** Places each chart over the cells it is anchored to, after the grid has its final row heights. */
const PLATZIERE_DIAGRAMME = `
  for (const div of document.querySelectorAll("div.diagramm")) {
    const von = document.getElementById(div.dataset.von).getBoundingClientRect();
    const bis = div.dataset.bis ? document.getElementById(div.dataset.bis).getBoundingClientRect() : null;
    Object.assign(div.style, { position: "absolute", left: von.left + scrollX + "px", top: von.top + scrollY + "px" });
    if (bis) Object.assign(div.style, { width: bis.right - von.left + "px", height: bis.bottom - von.top + "px" });
  }`;

function seite(fake: FakeExcel, blatt: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escape(blatt)}</title><style>
    body{font-family:Arial,"Liberation Sans",sans-serif;margin:10px;background:#f3f3f3}
    table{border-collapse:collapse;background:white;table-layout:fixed}
    td,th{border:1px solid #e1e1e1;padding:1px 3px;white-space:nowrap;overflow:hidden;vertical-align:bottom}
    td{position:relative}
    .lauf{overflow:hidden}
    th{background:#e8e8e8;color:#555;font-weight:normal;text-align:center;font-size:12px}
    .diagramm{background:white}.diagramm svg{display:block;width:100%;height:100%}
    .reiter{display:inline-block;background:white;border:1px solid #bbb;border-top:none;padding:3px 14px;font-weight:bold;color:#217346}
  </style></head><body>${tabelle(fake, blatt)}<div class="reiter">${escape(blatt)}</div>${diagramme(fake, blatt)}
  </body></html>`;
}

/** The Ausbau preset's workbook with a plan over the years before and after the Ausbau of 2017. */
async function ausbauMappe(): Promise<FakeExcel> {
  const fake = neueMappe();
  const plan = baueArbeitsmappe(erzeugeVorlagenSatz("kreis-2017"), {
    modus: "ki",
    datum: DATUM,
    // Up to 2019: from 2020 no rule set is known to govern, "auto" would ask for a choice (issue 22).
    mehrjahr: { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 },
  });
  await zugriffAuf(fake).fuegeEin(plan);
  return fake;
}

/**
 * Issue 24: the Kreis 2017 example moved to plan year 2026, its AGebV rates carried from 2021 at
 * 2,5 % a year (the derivation and the rate visible in the table), refund off: only the rates matter.
 */
async function agebvMappe(): Promise<FakeExcel> {
  const fake = neueMappe();
  const [basis, ki] = erzeugeVorlagenSatz("kreis-2017");
  const szenarien = [basis, ki].map((s) => ({
    ...s,
    jahr: 2026,
    satztabelle: "BUND-AGEBV-2021",
    satzSteigerung: 0.025,
    erstattung: { ...s.erstattung, aktiv: false },
  }));
  await zugriffAuf(fake).fuegeEin(baueArbeitsmappe(szenarien, { modus: "nativ", datum: DATUM }));
  return fake;
}

/**
 * Issue 24, item 4: the Rhein-Sieg KIZ with the AGebV overhead rate, Lower Saxony's IT rate and an own
 * room rate, beside the unchanged current structure: per rate the source number, status and caveat.
 */
async function sachsaetzeMappe(): Promise<FakeExcel> {
  const fake = neueMappe();
  const [basis, ki] = erzeugeVorlagenSatz("rhein-sieg-2013");
  const gewaehlt = setzeFeld(
    uebernimmSachsatz(uebernimmSachsatz(ki, "querschnittssatz", "BUND-AGEBV-2021"), "itSatz", "NDS-2023"),
    "raumSatz",
    4800,
  );
  await zugriffAuf(fake).fuegeEin(baueArbeitsmappe([basis, gewaehlt], { modus: "ki", datum: DATUM }));
  return fake;
}

async function main(): Promise<void> {
  const ziel = process.argv[2] ? path.resolve(process.argv[2]) : null;
  const docs = ziel ?? path.join(WURZEL, "docs/screenshots");
  const fake = neueMappe();
  const plan = baueArbeitsmappe(erzeugeVorlagenSatz("rhein-sieg-2013"), {
    modus: "ki",
    datum: DATUM,
    vorlageNr: "DS-Nr. 2013/728",
  });
  await zugriffAuf(fake).fuegeEin(plan);
  const ausbau = await ausbauMappe();
  const agebv = await agebvMappe();
  const sachsaetze = await sachsaetzeMappe();
  const bilder: Array<[FakeExcel, string, string]> = [
    [fake, "Annahmen", path.join(docs, "annahmen.png")],
    [
      fake,
      "Kostenvergleich",
      path.join(ziel ?? path.join(WURZEL, ".tmp/bildschirmfotos"), "kostenvergleich-raster.png"),
    ],
    [ausbau, "Annahmen", path.join(docs, "ausbau-annahmen.png")],
    [ausbau, "Mehrjahresplanung", path.join(docs, "ausbau-mehrjahresplanung.png")],
    [agebv, "Annahmen", path.join(docs, "satztabelle-agebv-annahmen.png")],
    [sachsaetze, "Annahmen", path.join(docs, "sachsaetze-annahmen.png")],
  ];
  const browser = await starteChromium();
  try {
    for (const [mappe, blatt, datei] of bilder) {
      fs.mkdirSync(path.dirname(datei), { recursive: true });
      const page = await browser.neueSeite({ width: 1700, height: 900 });
      await page.setContent(seite(mappe, blatt));
      await page.evaluate(PLATZIERE_DIAGRAMME);
      await page.screenshot({ path: datei, fullPage: true });
      await page.close();
      console.log(`Gespeichert: ${datei}`);
    }
  } finally {
    await browser.schliesse();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
