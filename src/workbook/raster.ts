/**
 * The one cell grid of the sheet builders: cells are placed by zero-based row/column (with an
 * optional format), formats by zero-based rectangle, and the result is the rectangular `zellen`
 * block of a BlattPlan.
 */
import type { Format, FormatBereich, Zelle } from "./plan";
import { bereich, zelle } from "./adressen";

const gelesen = { zeichen: 0 };

/**
 * V8 keeps a string built by concatenation as a tree of its pieces until a character is read; then
 * it stores it flat. A formula is assembled from many pieces: held in a plan, 1.2 million formulas took
 * 650 MB as trees and 250 MB flat (measured when the levy sheet still held its member rows; they are
 * built on demand now, umlage/blatt.ts). (The character goes into a module object so the optimiser
 * cannot drop the read.)
 */
function flach(s: string): void {
  gelesen.zeichen ^= s.charCodeAt(0);
}

export class Raster {
  private readonly zeilen: Zelle[][] = [];
  readonly formate: FormatBereich[] = [];

  setze(zeile: number, spalte: number, inhalt: Zelle, format?: Format): void {
    while (this.zeilen.length <= zeile) this.zeilen.push([]);
    const z = this.zeilen[zeile];
    while (z.length < spalte) z.push(null);
    z[spalte] = inhalt;
    if (format) this.formatiereZelle(zeile, spalte, format);
  }

  text(zeile: number, spalte: number, text: string, format?: Format): void {
    this.setze(zeile, spalte, { text }, format);
  }

  zahl(zeile: number, spalte: number, zahl: number, format?: Format): void {
    this.setze(zeile, spalte, { zahl }, format);
  }

  /** `ergebnis` is the value the builder expects (see Zelle). */
  formel(zeile: number, spalte: number, formel: string, ergebnis?: number | string, format?: Format): void {
    flach(formel);
    this.setze(zeile, spalte, ergebnis === undefined ? { formel } : { formel, ergebnis }, format);
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

  /** The rows as set, unpadded (rows never set are empty). */
  get roheZeilen(): readonly (readonly Zelle[])[] {
    return this.zeilen;
  }

  /** Widest row so far. */
  get breite(): number {
    let breite = 0;
    for (const z of this.zeilen) if (z.length > breite) breite = z.length;
    return breite;
  }

  /** The block with every row padded to the widest, so writers get a rectangle. */
  zellen(mindestBreite = 0): Zelle[][] {
    const breite = Math.max(mindestBreite, ...this.zeilen.map((z) => z.length));
    return this.zeilen.map((z) => [...z, ...Array<Zelle>(breite - z.length).fill(null)]);
  }
}

export function euro(cent: number): number {
  return cent / 100;
}
