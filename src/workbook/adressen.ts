/**
 * A1 addresses for the plan builders. Rows and columns are zero-based inside the builders and
 * become Excel's one-based A1 form only here, so no builder does the +1 itself.
 */

export function spalte(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    s = String.fromCharCode(65 + rest) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "C14" or, absolute, "$C$14". */
export function zelle(zeile: number, spaltenIndex: number, absolut = false): string {
  const d = absolut ? "$" : "";
  return `${d}${spalte(spaltenIndex)}${d}${zeile + 1}`;
}

export function bereich(
  vonZeile: number,
  vonSpalte: number,
  bisZeile: number,
  bisSpalte: number,
  absolut = false,
): string {
  const a = zelle(vonZeile, vonSpalte, absolut);
  const b = zelle(bisZeile, bisSpalte, absolut);
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier that is not a cell. */
export function blattPraefix(blatt: string): string {
  const schlicht = /^[A-Za-zÄÖÜäöüß_][A-Za-z0-9ÄÖÜäöüß_.]*$/.test(blatt) && !/^[A-Za-z]{1,3}\d+$/.test(blatt);
  return schlicht ? `${blatt}!` : `'${blatt.replace(/'/g, "''")}'!`;
}

/** "Annahmen!$C$14" */
export function blattBezug(blatt: string, adresse: string): string {
  return blattPraefix(blatt) + adresse;
}
