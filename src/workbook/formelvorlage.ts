/**
 * A formula as Excel fills it down: fixed text with the relative row numbers between, so the same
 * formula one row further down is the template with every relative row + 1 (absolute rows, $5,
 * stay). The levy sheet's member rows are built from the first row's templates
 * (umlage/blatt.ts), and the .xlsx writer writes such columns as shared formulas (cli/xlsx).
 */

/** teile[0] zeilen[0] teile[1] … zeilen[n-1] teile[n]. */
export interface Formelvorlage {
  readonly teile: readonly string[];
  readonly zeilen: readonly number[];
}

/**
 * A cell reference: optional $, one to three column letters, optional $, the row. Not preceded by a
 * letter, digit, "_", "." or "$" (a name, a number such as 1E5) and not followed by a letter, digit,
 * "_", "(", "." or "!" (a function such as LOG10(, a name, a sheet).
 */
const BEZUG = /(?<![A-Za-z0-9_.$])\$?[A-Z]{1,3}(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!])/g;

export function formelvorlage(formel: string): Formelvorlage {
  const teile: string[] = [];
  const zeilen: number[] = [];
  let fest = "";
  // Text in quotes is fixed: split the formula at its string literals ("" is a quote inside one).
  formel.split(/("(?:[^"]|"")*")/).forEach((stueck, k) => {
    if (k % 2 === 1) {
      fest += stueck;
      return;
    }
    let ab = 0;
    for (const m of stueck.matchAll(BEZUG)) {
      if (m[1] === "$") continue;
      const zahlAb = m.index + m[0].length - m[2].length;
      teile.push(fest + stueck.slice(ab, zahlAb));
      zeilen.push(Number(m[2]));
      fest = "";
      ab = zahlAb + m[2].length;
    }
    fest += stueck.slice(ab);
  });
  teile.push(fest);
  return { teile, zeilen };
}

/** The template moved down `d` rows. */
export function verschoben(v: Formelvorlage, d: number): string {
  let text = v.teile[0];
  for (let k = 0; k < v.zeilen.length; k++) text += `${v.zeilen[k] + d}${v.teile[k + 1]}`;
  return text;
}

/** Whether `formel` is the template moved down `d` rows (read in place, no string built). */
export function passt(v: Formelvorlage, formel: string, d: number): boolean {
  let pos = 0;
  for (let k = 0; k < v.zeilen.length; k++) {
    const t = v.teile[k];
    if (!formel.startsWith(t, pos)) return false;
    pos += t.length;
    // The row number: digits up to the next non-digit, no leading zero.
    const ab = pos;
    let zahl = 0;
    for (let c = formel.charCodeAt(pos); c >= 48 && c <= 57; c = formel.charCodeAt(++pos)) zahl = zahl * 10 + c - 48;
    if (pos === ab || formel.charCodeAt(ab) === 48 || zahl !== v.zeilen[k] + d) return false;
  }
  const rest = v.teile[v.teile.length - 1];
  return formel.length === pos + rest.length && formel.startsWith(rest, pos);
}

/**
 * A formula cell whose text is its template moved down `abstand` rows, built only when read: a
 * writer that knows the template (shared formulas) never needs the text of 100,000 rows. Plain
 * data (BlattPlan.zellen, JSON) holds `{ formel, ergebnis }` instead (alsDaten).
 */
export class WanderndeFormel {
  constructor(
    readonly vorlage: Formelvorlage,
    readonly abstand: number,
    readonly ergebnis?: number | string,
  ) {}

  get formel(): string {
    return verschoben(this.vorlage, this.abstand);
  }

  alsDaten(): { formel: string; ergebnis?: number | string } {
    return this.ergebnis === undefined ? { formel: this.formel } : { formel: this.formel, ergebnis: this.ergebnis };
  }
}
