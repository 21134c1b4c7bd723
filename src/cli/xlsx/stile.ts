/**
 * Cell formats of the .xlsx file: the plan's format ranges resolved per cell, and the styles part
 * (xl/styles.xml) with one entry per distinct format. Resolved row by row: rows that lie in the same
 * ranges at the same place (the thousands of member rows of a levy sheet) share one resolution, so a
 * sheet of 100,000 rows costs a handful of resolutions, not a million format objects.
 */
import type { BlattPlan, Format, Linie } from "../../workbook/plan";
import { type Ausdehnung, type Bereich, zerlegeBereich } from "../adressen";
import { NS_MAIN, XML_KOPF, xmlText } from "./xml";

/**
 * A new workbook needs a font: Arial is on every Windows and Mac, and LibreOffice prints it with
 * the metric-compatible Liberation Sans, so a PDF from the command line breaks lines and columns
 * where Excel does. Calibri would be replaced by a wider font there and clip the columns.
 */
export const SCHRIFTART = "Arial";
export const GRUNDGROESSE = 10;

type Rand = "oben" | "unten" | "links" | "rechts";

/** What one cell ends up with after all format ranges covering it are applied in order. */
export interface ZellFormat extends Omit<Format, "rahmen"> {
  rahmen: Partial<Record<Rand, Linie>>;
}

const LINIENSTIL: Record<Linie, string> = { duenn: "thin", mittel: "medium", doppelt: "double" };
const AUSRICHTUNG = { links: "left", zentriert: "center", rechts: "right" } as const;
/** Number formats Excel has built in, by their code; every other code gets an id from 164 on. */
const EINGEBAUT: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
/** The workbook's default font, as exceljs wrote it before: cells nobody wrote into type in Calibri 11. */
const STANDARDSCHRIFT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

function argb(farbe: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(farbe)) throw new Error(`Ungültige Farbe im Arbeitsmappenplan: ${farbe}`);
  return `FF${farbe.slice(1).toUpperCase()}`;
}

/** A list of distinct XML entries, each with its index. */
class Liste {
  readonly eintraege: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(...vorab: string[]) {
    for (const e of vorab) this.id(e);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.eintraege.length;
      this.eintraege.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

/** The styles of the whole workbook: every distinct cell format once, referenced by index (s="…"). */
export class Stilverzeichnis {
  private readonly schriften = new Liste(STANDARDSCHRIFT);
  private readonly fuellungen = new Liste(
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  );
  private readonly raender = new Liste("<border><left/><right/><top/><bottom/><diagonal/></border>");
  private readonly zahlenformate = new Map<string, number>();
  private readonly xfs = new Liste('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  private readonly jeFormat = new WeakMap<ZellFormat, [number, number]>();
  /** A written cell without a format of its own: Arial 10. */
  readonly grundstil: number;

  constructor() {
    this.grundstil = this.xfs.id(this.xf({ rahmen: {} }, true));
  }

  /** The style index of a cell: its resolved format, and whether it holds a value (then Arial at least). */
  id(f: ZellFormat | undefined, hatWert: boolean): number {
    if (!f) return hatWert ? this.grundstil : 0;
    let ids = this.jeFormat.get(f);
    if (!ids) {
      ids = [this.xfs.id(this.xf(f, false)), this.xfs.id(this.xf(f, true))];
      this.jeFormat.set(f, ids);
    }
    return ids[hatWert ? 1 : 0];
  }

  private schrift(f: ZellFormat, hatWert: boolean): number {
    const eigen = f.fett !== undefined || f.kursiv !== undefined || f.schriftgroesse !== undefined;
    if (!eigen && f.schriftfarbe === undefined && !hatWert) return 0;
    const farbe = f.schriftfarbe === undefined ? "" : `<color rgb="${argb(f.schriftfarbe)}"/>`;
    return this.schriften.id(
      `<font>${f.fett ? "<b/>" : ""}${f.kursiv ? "<i/>" : ""}<sz val="${f.schriftgroesse ?? GRUNDGROESSE}"/>` +
        `${farbe}<name val="${SCHRIFTART}"/></font>`,
    );
  }

  private zahlenformat(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in EINGEBAUT) return EINGEBAUT[code];
    let id = this.zahlenformate.get(code);
    if (id === undefined) this.zahlenformate.set(code, (id = 164 + this.zahlenformate.size));
    return id;
  }

  private xf(f: ZellFormat, hatWert: boolean): string {
    const zahl = this.zahlenformat(f.zahlenformat);
    const schrift = this.schrift(f, hatWert);
    const fuellung =
      f.hintergrund === undefined
        ? 0
        : this.fuellungen.id(
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(f.hintergrund)}"/>` +
              '<bgColor indexed="64"/></patternFill></fill>',
          );
    const linie = (tag: string, l: Linie | undefined) => (l ? `<${tag} style="${LINIENSTIL[l]}"/>` : `<${tag}/>`);
    const r = f.rahmen;
    const rand = this.raender.id(
      `<border>${linie("left", r.links)}${linie("right", r.rechts)}${linie("top", r.oben)}` +
        `${linie("bottom", r.unten)}<diagonal/></border>`,
    );
    const ausrichtung =
      (f.ausrichtung ? ` horizontal="${AUSRICHTUNG[f.ausrichtung]}"` : "") + (f.umbruch ? ' wrapText="1"' : "");
    const attribute =
      `numFmtId="${zahl}" fontId="${schrift}" fillId="${fuellung}" borderId="${rand}" xfId="0"` +
      (zahl ? ' applyNumberFormat="1"' : "") +
      (schrift ? ' applyFont="1"' : "") +
      (fuellung ? ' applyFill="1"' : "") +
      (rand ? ' applyBorder="1"' : "");
    return ausrichtung ? `<xf ${attribute} applyAlignment="1"><alignment${ausrichtung}/></xf>` : `<xf ${attribute}/>`;
  }

  /** xl/styles.xml, written after the sheets (they register the formats they use). */
  xml(): string {
    const liste = (tag: string, eintraege: readonly string[]) =>
      `<${tag} count="${eintraege.length}">${eintraege.join("")}</${tag}>`;
    const formate = [...this.zahlenformate].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      `${XML_KOPF}<styleSheet xmlns="${NS_MAIN}">` +
      (formate.length > 0 ? liste("numFmts", formate) : "") +
      liste("fonts", this.schriften.eintraege) +
      liste("fills", this.fuellungen.eintraege) +
      liste("borders", this.raender.eintraege) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      liste("cellXfs", this.xfs.eintraege) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

interface Bereichsformat {
  b: Bereich;
  eigenes: Partial<Omit<Format, "rahmen">>;
  rahmen: Format["rahmen"];
}

function ohneUndefiniert<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The outer edges go to the cells on the range's border, the inner lines to the cells inside. */
function randFuerZelle(
  rahmen: NonNullable<Format["rahmen"]>,
  b: Bereich,
  zeile: number,
  spalte: number,
): Partial<Record<Rand, Linie>> {
  const r: Partial<Record<Rand, Linie>> = {};
  const setze = (rand: Rand, linie: Linie | undefined) => {
    if (linie) r[rand] = linie;
  };
  setze("oben", zeile === b.oben ? rahmen.oben : rahmen.innenWaagerecht);
  setze("unten", zeile === b.unten ? rahmen.unten : rahmen.innenWaagerecht);
  setze("links", spalte === b.links ? rahmen.links : rahmen.innenSenkrecht);
  setze("rechts", spalte === b.rechts ? rahmen.rechts : rahmen.innenSenkrecht);
  return r;
}

/**
 * The format ranges of one sheet. Later ranges refine earlier ones property by property, the way
 * setting a range's format in Office.js only changes the properties it sets.
 */
export class Formatierung {
  private readonly bereiche: Bereichsformat[];
  private readonly jeLage = new Map<string, ReadonlyArray<ZellFormat | undefined>>();
  /** The last row any range reaches (one-based; 0 without ranges). */
  readonly letzteZeile: number;

  constructor(blatt: BlattPlan, ausdehnung: Ausdehnung) {
    this.bereiche = blatt.formate.map(({ bereich, format }) => {
      const { rahmen, ...rest } = format;
      return { b: zerlegeBereich(bereich, ausdehnung), eigenes: ohneUndefiniert(rest), rahmen };
    });
    this.letzteZeile = Math.max(0, ...this.bereiche.map((r) => r.b.unten));
  }

  /**
   * The resolved formats of row `zeile` (one-based), indexed by one-based column; undefined where no
   * range reaches. Rows covered by the same ranges, at the same edges, get the same array back.
   */
  zeile(zeile: number): ReadonlyArray<ZellFormat | undefined> {
    let lage = "";
    for (let i = 0; i < this.bereiche.length; i++) {
      const { b, rahmen } = this.bereiche[i];
      if (zeile < b.oben || zeile > b.unten) continue;
      lage += rahmen ? `${i}${zeile === b.oben ? "o" : ""}${zeile === b.unten ? "u" : ""},` : `${i},`;
    }
    let formate = this.jeLage.get(lage);
    if (!formate) this.jeLage.set(lage, (formate = this.loese(zeile)));
    return formate;
  }

  private loese(zeile: number): Array<ZellFormat | undefined> {
    const formate: Array<ZellFormat | undefined> = [];
    for (const { b, eigenes, rahmen } of this.bereiche) {
      if (zeile < b.oben || zeile > b.unten) continue;
      for (let spalte = b.links; spalte <= b.rechts; spalte++) {
        const bisher = formate[spalte] ?? { rahmen: {} };
        const neu: ZellFormat = { ...bisher, ...eigenes, rahmen: { ...bisher.rahmen } };
        if (rahmen) Object.assign(neu.rahmen, randFuerZelle(rahmen, b, zeile, spalte));
        formate[spalte] = neu;
      }
    }
    return formate;
  }
}
