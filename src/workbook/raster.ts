/**
 * A growing cell grid for the sheet builders: cells are placed by zero-based row/column, formats
 * by A1 range, and the result is the rectangular `zellen` block of a BlattPlan.
 */
import type { DruckPlan, Format, FormatBereich, Zelle } from "./plan";
import { bereich, zelle } from "./adressen";

export const FARBEN = {
  eingabe: "#DDEBF7",
  berechnet: "#F2F2F2",
  kopf: "#D9E1F2",
  summe: "#FFF2CC",
} as const;

/** Thin lines around and inside a table block, as the Rhein-Sieg sheet draws its tables. */
export const RAHMEN_TABELLE = {
  oben: "duenn",
  unten: "duenn",
  links: "duenn",
  rechts: "duenn",
  innenSenkrecht: "duenn",
  innenWaagerecht: "duenn",
} as const;

export const FORMAT_EURO = "#,##0 €";
export const FORMAT_EURO_CENT = "#,##0.00 €";
export const FORMAT_DIFFERENZ = "+#,##0 €;-#,##0 €;0 €";
export const FORMAT_PROZENT = "0%";
export const FORMAT_ANZAHL = "#,##0.##";
export const FORMAT_JAHR = "0";

export class Raster {
  private readonly zeilen: Zelle[][] = [];
  readonly formate: FormatBereich[] = [];

  setze(zeile: number, spalte: number, inhalt: Zelle): void {
    while (this.zeilen.length <= zeile) this.zeilen.push([]);
    const z = this.zeilen[zeile];
    while (z.length < spalte) z.push(null);
    z[spalte] = inhalt;
  }

  text(zeile: number, spalte: number, text: string): void {
    this.setze(zeile, spalte, { text });
  }

  formatiere(vonZeile: number, vonSpalte: number, bisZeile: number, bisSpalte: number, format: Format): void {
    this.formate.push({ bereich: bereich(vonZeile, vonSpalte, bisZeile, bisSpalte), format });
  }

  formatiereZelle(zeile: number, spalte: number, format: Format): void {
    this.formate.push({ bereich: zelle(zeile, spalte), format });
  }

  get zeilenzahl(): number {
    return this.zeilen.length;
  }

  /** The block with every row padded to the widest, so writers get a rectangle. */
  zellen(mindestBreite = 0): Zelle[][] {
    const breite = Math.max(mindestBreite, ...this.zeilen.map((z) => z.length));
    return this.zeilen.map((z) => [...z, ...Array<Zelle>(breite - z.length).fill(null)]);
  }
}

/** German date as printed on the sheets, independent of the machine's locale. */
export function datumText(d: Date): string {
  const zwei = (x: number) => String(x).padStart(2, "0");
  return `${zwei(d.getDate())}.${zwei(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/**
 * How the council document number reads in titles and headers. Users type either the bare number
 * ("2013/728") or it with its own label ("DS-Nr. 2013/728", "Vorlage 17/2013"); only a bare number
 * gets "Nr.", and a label that already names the document is not prefixed a second time.
 */
export function vorlageBezeichnung(nr: string | undefined): string {
  const v = (nr ?? "").trim();
  if (v === "") return "";
  if (/^\d/.test(v)) return `Vorlage Nr. ${v}`;
  if (/^\S*(vorlage|drucksache)/i.test(v)) return v;
  return `Vorlage ${v}`;
}

/** Header/footer text is parsed for "&" codes; user text must not trigger them. */
export function kopfzeilenText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** What the printed header of a sheet names: its title, the council document and the date. */
export interface Druckkopf {
  titel: string;
  datum?: Date;
  vorlageNr?: string;
}

/**
 * Council-ready print setup shared by every generated sheet: A4 landscape, one page wide, title
 * rows repeated, header "title – Vorlage – Stand date", footer with a note and page numbers.
 */
export function druckA4Quer(p: {
  druckbereich: string;
  titelzeilen: string | null;
  kopf: Druckkopf;
  fusszeileLinks: string;
}): DruckPlan {
  const titel = [p.kopf.titel, vorlageBezeichnung(p.kopf.vorlageNr)].filter((t) => t !== "").join(" – ");
  const stand = p.kopf.datum ? ` – Stand ${datumText(p.kopf.datum)}` : "";
  return {
    querformat: true,
    papier: "A4",
    seitenBreit: 1,
    seitenHoch: null,
    druckbereich: p.druckbereich,
    titelzeilen: p.titelzeilen,
    kopfzeile: `${kopfzeilenText(titel)}${stand}`,
    fusszeileLinks: kopfzeilenText(p.fusszeileLinks),
    fusszeileRechts: "Seite &P von &N",
  };
}

export function euro(cent: number): number {
  return cent / 100;
}
