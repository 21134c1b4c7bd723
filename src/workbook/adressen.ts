/**
 * A1 addresses, the one implementation for every writer and helper: the sheet builders, the
 * Office.js writer (src/excel), the .xlsx writer (src/cli), the fake host and the preview.
 *
 * Rows and columns are zero-based in code and become Excel's one-based A1 form only here, so no
 * caller does the +1 itself.
 */

/** Zero-based column index → letters: 0 → "A", 26 → "AA". */
export function spalte(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Letters → zero-based column index: "A" → 0, "AA" → 26. */
export function spaltenIndex(buchstaben: string): number {
  let n = 0;
  for (const ch of buchstaben.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Which part of an address is anchored with "$": both (true), none (false), only the column
 * ("$A5": the same formula text in every row) or only the row ("A$5").
 */
export type Anker = boolean | "spalte" | "zeile";

/** "C14" or, absolute, "$C$14"; "$C14" / "C$14" when only the column or the row is anchored. */
export function zelle(zeile: number, spaltenNr: number, absolut: Anker = false): string {
  const s = absolut === true || absolut === "spalte" ? "$" : "";
  const z = absolut === true || absolut === "zeile" ? "$" : "";
  return `${s}${spalte(spaltenNr)}${z}${zeile + 1}`;
}

/** Whole rows, anchored, as print titles want them: "$1:$4". */
export function zeilenSpanne(vonZeile: number, bisZeile: number): string {
  return `$${vonZeile + 1}:$${bisZeile + 1}`;
}

/** "C14" for "$C$14": an address as a reader sees it in a note, or as a host API takes it. */
export function ohneAnker(adresse: string): string {
  return adresse.replace(/\$/g, "");
}

/** A range for formatting and printing: "A1:C3", or "A1" when it is one cell. */
export function bereich(
  vonZeile: number,
  vonSpalte: number,
  bisZeile: number,
  bisSpalte: number,
  absolut: Anker = false,
): string {
  const a = zelle(vonZeile, vonSpalte, absolut);
  const b = zelle(bisZeile, bisSpalte, absolut);
  return a === b ? a : `${a}:${b}`;
}

/** A range for formulas and charts: always "A1:B2", also for one cell, so functions get a range. */
export function spanne(
  vonZeile: number,
  vonSpalte: number,
  bisZeile: number,
  bisSpalte: number,
  absolut: Anker = false,
): string {
  return `${zelle(vonZeile, vonSpalte, absolut)}:${zelle(bisZeile, bisSpalte, absolut)}`;
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier that is not a cell. */
export function blattName(blatt: string): string {
  const schlicht = /^[A-Za-zÄÖÜäöüß_][A-Za-z0-9ÄÖÜäöüß_.]*$/.test(blatt) && !/^[A-Za-z]{1,3}\d+$/.test(blatt);
  return schlicht ? blatt : `'${blatt.replace(/'/g, "''")}'`;
}

/** "Annahmen!" or "'Mehr jahre'!": the sheet part of a reference. */
export function blattPraefix(blatt: string): string {
  return `${blattName(blatt)}!`;
}

/** "Annahmen!$C$14" */
export function blattBezug(blatt: string, adresse: string): string {
  return blattPraefix(blatt) + adresse;
}

/** Splits "Blatt!A1:B2" or "'Mehr jahre'!A1" into the sheet name (unquoted) and the local part. */
export function trenneBlatt(adresse: string): { blatt?: string; lokal: string } {
  const a = adresse.trim();
  const ausrufe = a.lastIndexOf("!");
  if (ausrufe < 0) return { lokal: a };
  let blatt = a.slice(0, ausrufe);
  if (blatt.startsWith("'") && blatt.endsWith("'")) blatt = blatt.slice(1, -1).replace(/''/g, "'");
  return { blatt, lokal: a.slice(ausrufe + 1) };
}

/**
 * A parsed local A1 range, zero-based and ordered (von ≤ bis). Whole rows ("3:5") and whole
 * columns ("A:C") leave the other dimension open (null); each caller bounds it as it needs.
 */
export interface A1Bereich {
  vonZeile: number | null;
  bisZeile: number | null;
  vonSpalte: number | null;
  bisSpalte: number | null;
}

const ZELLE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ZEILE = /^\$?(\d{1,7})$/;
const SPALTE = /^\$?([A-Za-z]{1,3})$/;

function geordnet(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** "B5", "$A$1:D10", "1:3" or "A:C" → zero-based bounds; null when the text is no A1 range. */
export function zerlegeA1(lokal: string): A1Bereich | null {
  const teile = lokal.trim().split(":");
  if (teile.length > 2 || teile[0] === "") return null;
  const [a, b = a] = teile;
  const za = ZELLE.exec(a);
  const zb = ZELLE.exec(b);
  if (za && zb) {
    const [vonZeile, bisZeile] = geordnet(Number(za[2]) - 1, Number(zb[2]) - 1);
    const [vonSpalte, bisSpalte] = geordnet(spaltenIndex(za[1]), spaltenIndex(zb[1]));
    return { vonZeile, bisZeile, vonSpalte, bisSpalte };
  }
  if (teile.length !== 2) return null;
  const ra = ZEILE.exec(a);
  const rb = ZEILE.exec(b);
  if (ra && rb) {
    const [vonZeile, bisZeile] = geordnet(Number(ra[1]) - 1, Number(rb[1]) - 1);
    return { vonZeile, bisZeile, vonSpalte: null, bisSpalte: null };
  }
  const ca = SPALTE.exec(a);
  const cb = SPALTE.exec(b);
  if (ca && cb) {
    const [vonSpalte, bisSpalte] = geordnet(spaltenIndex(ca[1]), spaltenIndex(cb[1]));
    return { vonZeile: null, bisZeile: null, vonSpalte, bisSpalte };
  }
  return null;
}

/** The top-left cell of a range ("B5:D9" → "B5"); a whole row or column starts at its first cell. */
export function ersteZelle(lokal: string): string | null {
  const b = zerlegeA1(lokal);
  return b ? zelle(b.vonZeile ?? 0, b.vonSpalte ?? 0) : null;
}

/** "C14" / "$C$14" → zero-based row and column; null for anything else. */
export function zerlegeZelle(adresse: string): { zeile: number; spalte: number } | null {
  const m = ZELLE.exec(adresse.trim());
  return m ? { zeile: Number(m[2]) - 1, spalte: spaltenIndex(m[1]) } : null;
}
