/**
 * A small grid builder for the multi-year and Kreisumlage sheets: cells addressed by zero-based
 * row/column while building, A1 strings in the resulting BlattPlan.
 */
import type { Format, FormatBereich, Zelle } from "./plan";
import { spalte as spaltenname, zelle as adresse } from "./adressen";

export { spaltenname, adresse };

export function bereich(z1: number, s1: number, z2: number, s2: number, absolut = false): string {
  return `${adresse(z1, s1, absolut)}:${adresse(z2, s2, absolut)}`;
}

export const GELD = "#,##0.00 €";
export const PROZENT = "0.00%";
export const JAHR = "0";

/** Light yellow: cells the user is expected to fill in or change. */
export const EINGABE_HINTERGRUND = "#FFF2CC";
export const KOPF_HINTERGRUND = "#DDEBF7";

export class Raster {
  readonly zellen: Zelle[][] = [];
  readonly formate: FormatBereich[] = [];

  setze(zeile: number, spalte: number, zelle: Zelle, format?: Format): void {
    while (this.zellen.length <= zeile) this.zellen.push([]);
    const z = this.zellen[zeile];
    while (z.length <= spalte) z.push(null);
    z[spalte] = zelle;
    if (format) this.formatiere(adresse(zeile, spalte), format);
  }

  text(zeile: number, spalte: number, text: string, format?: Format): void {
    this.setze(zeile, spalte, { text }, format);
  }

  zahl(zeile: number, spalte: number, zahl: number, format?: Format): void {
    this.setze(zeile, spalte, { zahl }, format);
  }

  formel(zeile: number, spalte: number, formel: string, ergebnis?: number | string, format?: Format): void {
    this.setze(zeile, spalte, ergebnis === undefined ? { formel } : { formel, ergebnis }, format);
  }

  formatiere(bereichsAdresse: string, format: Format): void {
    this.formate.push({ bereich: bereichsAdresse, format });
  }

  get zeilen(): number {
    return this.zellen.length;
  }
}
