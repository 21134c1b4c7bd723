/** A1 ranges of the workbook plan as row/column numbers (1-based, inclusive). */

export interface Bereich {
  oben: number;
  unten: number;
  links: number;
  rechts: number;
}

export interface Ausdehnung {
  zeilen: number;
  spalten: number;
}

export function spaltenNummer(buchstaben: string): number {
  let n = 0;
  for (const b of buchstaben.toUpperCase()) n = n * 26 + (b.charCodeAt(0) - 64);
  return n;
}

export function spaltenBuchstaben(nummer: number): string {
  let s = "";
  for (let n = nummer; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ZELLE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const SPALTE = /^\$?([A-Za-z]{1,3})$/;
const ZEILE = /^\$?(\d+)$/;

/**
 * Whole columns ("C:D") and whole rows ("3:3") are limited to the sheet's used extent: a plan
 * formats what it writes, and a million formatted rows would only bloat the file.
 */
export function zerlegeBereich(text: string, ausdehnung: Ausdehnung): Bereich {
  const [a, b = a, ...rest] = text.split(":");
  const fehler = () => new Error(`Ungültiger Bereich im Arbeitsmappenplan: „${text}“`);
  if (rest.length > 0) throw fehler();
  const za = ZELLE.exec(a);
  const zb = ZELLE.exec(b);
  if (za && zb) {
    return ordne(Number(za[2]), Number(zb[2]), spaltenNummer(za[1]), spaltenNummer(zb[1]));
  }
  const sa = SPALTE.exec(a);
  const sb = SPALTE.exec(b);
  if (sa && sb) return ordne(1, ausdehnung.zeilen, spaltenNummer(sa[1]), spaltenNummer(sb[1]));
  const ra = ZEILE.exec(a);
  const rb = ZEILE.exec(b);
  if (ra && rb) return ordne(Number(ra[1]), Number(rb[1]), 1, ausdehnung.spalten);
  throw fehler();
}

function ordne(z1: number, z2: number, s1: number, s2: number): Bereich {
  if (Math.min(z1, z2, s1, s2) < 1) throw new Error("Zeilen und Spalten beginnen bei 1.");
  return { oben: Math.min(z1, z2), unten: Math.max(z1, z2), links: Math.min(s1, s2), rechts: Math.max(s1, s2) };
}

export function* bereichsZellen(b: Bereich): Generator<{ adresse: string; zeile: number; spalte: number }> {
  for (let zeile = b.oben; zeile <= b.unten; zeile++) {
    for (let spalte = b.links; spalte <= b.rechts; spalte++) {
      yield { adresse: `${spaltenBuchstaben(spalte)}${zeile}`, zeile, spalte };
    }
  }
}
