/**
 * A workbook described as data: which sheets, cells, formats, names, charts and print settings.
 *
 * One table-building core produces this plan; two thin writers turn it into a workbook: the
 * Office.js writer (src/excel, task pane) and the .xlsx writer (src/cli, command line). That is
 * how the pane and the CLI share one layout without a second copy.
 *
 * Addresses are A1 strings relative to the sheet; formulas are en-US syntax with a leading "="
 * (comma separators, English function names), the form both Office.js `range.formulas` and the
 * OOXML file format store.
 */
import type {
  ArbeitsmappenOptionen,
  Formelmodus,
  MehrjahrOptionen,
  StaendeOptionen,
  UmlageMitglied,
  UmlageOptionen,
} from "../scenario/optionen";
import { WanderndeFormel } from "./formelvorlage";
// The options are the scenario layer's (src/scenario/optionen.ts); re-exported for the builders.
export type { ArbeitsmappenOptionen, Formelmodus, MehrjahrOptionen, StaendeOptionen, UmlageMitglied, UmlageOptionen };

export type Zelle =
  | null
  /** Literal text. Writers must keep it text even if it starts with "=", "+", "-" or "@". */
  | { text: string }
  | { zahl: number }
  /** `ergebnis` is the value the builder expects; writers may store it as the cached result. */
  | { formel: string; ergebnis?: number | string };

export type Linie = "duenn" | "mittel" | "doppelt";

export interface Format {
  /** Excel number format in en-US notation, e.g. "#,##0 €", "0%", "@". */
  zahlenformat?: string;
  fett?: boolean;
  kursiv?: boolean;
  schriftgroesse?: number;
  /** "#RRGGBB" */
  schriftfarbe?: string;
  hintergrund?: string;
  ausrichtung?: "links" | "zentriert" | "rechts";
  umbruch?: boolean;
  rahmen?: Partial<Record<"oben" | "unten" | "links" | "rechts" | "innenWaagerecht" | "innenSenkrecht", Linie>>;
}

export interface FormatBereich {
  bereich: string;
  format: Format;
}

export interface NamePlan {
  /** Workbook-level name, e.g. "KI_Querschnittssatz_1". */
  name: string;
  /** Address on this sheet, e.g. "$C$5". */
  bezug: string;
  kommentar: string;
}

export interface DiagrammPlan {
  /** Stable name, so a second insert updates instead of duplicating. */
  name: string;
  typ: "saeulen" | "balken" | "linien";
  /** Source range including header row/column, e.g. "A3:C5". */
  daten: string;
  reihenIn: "spalten" | "zeilen";
  titel: string;
  /** Top-left and bottom-right cells the chart covers. */
  von: string;
  bis: string;
}

export interface DruckPlan {
  querformat: boolean;
  papier: "A4";
  /** Fit to this many pages wide; null = no fitting. */
  seitenBreit: number | null;
  /** Fit to this many pages tall; null = as many as needed. */
  seitenHoch: number | null;
  druckbereich: string;
  /** Rows repeated on every page, e.g. "$1:$4"; null = none. */
  titelzeilen: string | null;
  /**
   * Rows (zero-based) where a block with its own heading begins; each writer places its manual page
   * breaks only there, measured with its own row heights (workbook/seiten.ts). Absent: no breaks.
   */
  blockAnfaenge?: number[];
  /** Texts for the centre header and the left/right footer; "&D" = date, "&P"/"&N" = page numbers. */
  kopfzeile: string;
  fusszeileLinks: string;
  fusszeileRechts: string;
}

export interface BlattPlan {
  name: string;
  modus: Formelmodus;
  /**
   * Rectangular block written from A1; rows may be shorter than the widest row (missing = empty).
   * On a sheet with a `zeilenblock` this is built on first read (see mitZeilenblock).
   */
  zellen: Zelle[][];
  /**
   * Rows of one shape built on demand (the levy sheet's members): the .xlsx writer reads the sheet
   * through zeileDes/zeilenzahlDes and never holds them all. Not enumerable: JSON and comparisons see
   * only `zellen`, which holds the same rows.
   */
  readonly zeilenblock?: Zeilenblock;
  formate: FormatBereich[];
  /** Column widths in characters (Excel's width unit), from column A. */
  spaltenbreiten: number[];
  namen: NamePlan[];
  diagramme: DiagrammPlan[];
  druck: DruckPlan | null;
}

/** Pixel width of a column `zeichen` characters wide: 7 px per character of Calibri 11 plus 5 px padding. */
export function spaltenbreitePixel(zeichen: number): number {
  return Math.trunc(zeichen * 7 + 5);
}

/** Column width in points (1 px = 0.75 pt), as Office.js `columnWidth` wants it. */
export function spaltenbreitePunkte(zeichen: number): number {
  return Math.round(spaltenbreitePixel(zeichen) * 0.75 * 100) / 100;
}

/**
 * Rows `ab` … `ab + anzahl - 1` (zero-based) of a sheet, each built when asked: a levy sheet of
 * 100,000 municipalities as 1.6 million cell objects and 1.1 million formula strings held to the
 * end cost more time in garbage collection than writing the file.
 */
export interface Zeilenblock {
  ab: number;
  anzahl: number;
  /** Row `ab + i`, a new array on every call. */
  zeile(i: number): Zelle[];
  /** Cell `spalte` (zero-based) of row `ab + i`, without building the row where the block can. */
  zelle(i: number, spalte: number): Zelle;
  /** The other rows of the sheet; the block's own rows in it are empty. */
  uebrige: readonly (readonly Zelle[])[];
  /** Widest row of the sheet, block included. */
  breite: number;
}

/**
 * A sheet whose rows in `block` are built on demand. `zellen` (every row, for the Office.js writer,
 * the tests and anyone who reads the plan as data) is built on first read and then kept.
 */
export function mitZeilenblock(blatt: Omit<BlattPlan, "zellen" | "zeilenblock">, block: Zeilenblock): BlattPlan {
  let alle: Zelle[][] | null = null;
  const plan = {
    name: blatt.name,
    modus: blatt.modus,
    get zellen(): Zelle[][] {
      alle ??= Array.from({ length: zeilenzahlDes(plan) }, (_, z) => {
        // Plain data: a formula built from a template (WanderndeFormel) spelt out as { formel, ergebnis }.
        const zeile = zeileDes(plan, z).map((c) => (c instanceof WanderndeFormel ? c.alsDaten() : c));
        while (zeile.length < block.breite) zeile.push(null);
        return zeile;
      });
      return alle;
    },
    formate: blatt.formate,
    spaltenbreiten: blatt.spaltenbreiten,
    namen: blatt.namen,
    diagramme: blatt.diagramme,
    druck: blatt.druck,
  } as BlattPlan;
  Object.defineProperty(plan, "zeilenblock", { value: block, enumerable: false });
  return plan;
}

/** Number of rows of a sheet, without building the rows of its block. */
export function zeilenzahlDes(blatt: BlattPlan): number {
  const b = blatt.zeilenblock;
  return b ? Math.max(b.uebrige.length, b.ab + b.anzahl) : blatt.zellen.length;
}

/** Widest row of a sheet, without building the rows of its block. */
export function breiteDes(blatt: BlattPlan): number {
  const b = blatt.zeilenblock;
  if (b) return b.breite;
  let breite = 0;
  for (const z of blatt.zellen) if (z.length > breite) breite = z.length;
  return breite;
}

/** Cell (z, s) of a sheet, zero-based; null when empty. Builds no row of a block where the block can help it. */
export function zelleDes(blatt: BlattPlan, z: number, s: number): Zelle {
  const b = blatt.zeilenblock;
  if (b && z >= b.ab && z < b.ab + b.anzahl) return b.zelle(z - b.ab, s);
  return zeileDes(blatt, z)[s] ?? null;
}

/** Row z (zero-based) of a sheet: from its block (built now, not kept) or from `zellen`. */
export function zeileDes(blatt: BlattPlan, z: number): readonly Zelle[] {
  const b = blatt.zeilenblock;
  if (!b) return blatt.zellen[z] ?? [];
  if (z >= b.ab && z < b.ab + b.anzahl) return b.zeile(z - b.ab);
  return b.uebrige[z] ?? [];
}

export interface ArbeitsmappenPlan {
  blaetter: BlattPlan[];
}
