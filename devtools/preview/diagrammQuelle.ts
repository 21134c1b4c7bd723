/**
 * Reads a chart of the fake workbook into the description `diagrammSvg` draws: categories and
 * series from the chart's source range (current values, so an edited cell shows at once), the
 * unit from the number format of the data cells, and where on the sheet the chart sits.
 */
import type { Diagrammauskunft, FakeExcel } from "../fakeHost";
import { trenneBlatt, zerlegeZelle } from "../../src/workbook/adressen";
import { reihenAusBereich, type DiagrammBeschreibung, type Legendenposition } from "./diagrammSvg";

/** Splits "'Mein Blatt'!$H$4:$J$7" into sheet name and local range "H4:J7". */
export function trenneQuelle(quelle: string): { blatt: string; bereich: string } {
  const { blatt = "", lokal: bereich } = trenneBlatt(quelle);
  return { blatt, bereich: bereich.replace(/\$/g, "") };
}

function einheitAus(zahlenformat: string): string {
  // Literal text in quotes and bracketed parts ([Red], [$€-407]) can hold the sign, too.
  if (zahlenformat.includes("€")) return "€";
  if (/%/.test(zahlenformat.replace(/"[^"]*"/g, ""))) return "%";
  return "";
}

export function diagrammAusMappe(fake: FakeExcel, d: Diagrammauskunft): DiagrammBeschreibung {
  const { blatt, bereich } = trenneQuelle(d.quelle);
  const werte = fake.werte(blatt, bereich);
  const texte = fake.raster(blatt, bereich);
  const daten = reihenAusBereich(werte, texte, d.reihenNach);
  const letzteZelle = bereich.split(":").pop() ?? bereich;
  const einheit = einheitAus(fake.format(blatt, letzteZelle).numberFormat);
  return {
    ...daten,
    // "%" formats show 0.25 as 25 %: scale like the cells do.
    reihen:
      einheit === "%"
        ? daten.reihen.map((r) => ({ ...r, werte: r.werte.map((v) => (v === null ? null : v * 100)) }))
        : daten.reihen,
    name: d.name,
    typ: d.typ,
    titel: d.titelSichtbar ? d.titel : "",
    einheit,
    legende: d.legende.sichtbar ? (d.legende.position as Legendenposition) : null,
  };
}

export interface Diagrammanker {
  /** Top-left cell, e.g. "A18". */
  von: string;
  /** Bottom-right cell (inclusive), or null: then the chart keeps its own size. */
  bis: string | null;
  /** The chart's own size in px (96 dpi), for charts without an end cell. */
  breitePx: number;
  hoehePx: number;
}

function lokal(adresse: string): string {
  return trenneBlatt(adresse).lokal.replace(/\$/g, "");
}

/**
 * Where to draw the chart: the cells given to setPosition, or — for a chart that was never
 * positioned — column A two rows below the used range, so it does not hide the data.
 */
export function diagrammAnker(d: Diagrammauskunft, benutzteZeilen: number): Diagrammanker {
  const px = 96 / 72;
  return {
    von: d.von ? lokal(d.von) : `A${benutzteZeilen + 2}`,
    bis: d.von && d.bis ? lokal(d.bis) : null,
    breitePx: Math.round(d.width * px),
    hoehePx: Math.round(d.height * px),
  };
}

export function zellIndex(adresse: string): { zeile: number; spalte: number } {
  const z = zerlegeZelle(adresse);
  if (!z) throw new Error(`Keine Zelladresse: ${adresse}`);
  return z;
}
