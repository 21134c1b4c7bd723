/**
 * Shared formulas (`<f t="shared">`, ECMA-376 Part 1, 18.3.1.40): where the cells below one another
 * in a column hold the same formula moved down row by row – the levy sheet's 100,000 member rows –
 * the first cell of the run carries the formula and the range it applies to, the others only the
 * group's number. Excel and LibreOffice read them as the formula each cell would hold, and Excel
 * writes filled-down formulas the same way. The levy sheet's XML shrinks to less than half, and with
 * it the compression.
 *
 * A cell joins a group only when its formula text is exactly the first cell's with every relative
 * row number moved by the distance: whatever the reading of a reference, the text a reader rebuilds
 * is the text of the plan.
 */
import type { Zelle } from "../../workbook/plan";
import { spalte } from "../../workbook/adressen";
import { xmlText } from "./xml";

/**
 * A formula as fixed text and relative row numbers between: teile[0] zeilen[0] teile[1] … teile[n].
 * Absolute rows ($5) stay in the fixed text.
 */
interface Vorlage {
  teile: string[];
  zeilen: number[];
}

/**
 * A cell reference: optional $, one to three column letters, optional $, the row. Not preceded by a
 * letter, digit, "_", "." or "$" (a name, a number such as 1E5) and not followed by a letter, digit,
 * "_", "(", "." or "!" (a function such as LOG10(, a name, a sheet).
 */
const BEZUG = /(?<![A-Za-z0-9_.$])\$?[A-Z]{1,3}(\$?)([0-9]{1,7})(?![A-Za-z0-9_(.!])/g;

function vorlageAus(formel: string): Vorlage {
  const teile: string[] = [];
  const zeilen: number[] = [];
  let fest = "";
  // Text in quotes is fixed: split the formula at its string literals ("" is a quote inside one).
  const stuecke = formel.split(/("(?:[^"]|"")*")/);
  stuecke.forEach((stueck, k) => {
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

/** Whether `formel` is the template moved down `d` rows. */
function passt(v: Vorlage, formel: string, d: number): boolean {
  let pos = 0;
  for (let k = 0; k < v.zeilen.length; k++) {
    const t = v.teile[k];
    if (!formel.startsWith(t, pos)) return false;
    pos += t.length;
    // The row number read in place (no string per reference): digits up to the next non-digit.
    const ab = pos;
    let zahl = 0;
    for (let c = formel.charCodeAt(pos); c >= 48 && c <= 57; c = formel.charCodeAt(++pos)) zahl = zahl * 10 + c - 48;
    if (pos === ab || formel.charCodeAt(ab) === 48 || zahl !== v.zeilen[k] + d) return false;
  }
  const rest = v.teile[v.teile.length - 1];
  return formel.length === pos + rest.length && formel.startsWith(rest, pos);
}

function formelVon(zelle: Zelle | undefined): string | null {
  return zelle && "formel" in zelle ? zelle.formel : null;
}

/** The text of a formula element: en-US syntax without the leading "=". */
export function formelText(formel: string): string {
  return xmlText(formel.startsWith("=") ? formel.slice(1) : formel);
}

/**
 * The `<f>` elements of the rows `zeilen` (the first is sheet row `erste`, one-based) where a cell
 * belongs to a group of at least two; undefined elsewhere. `gruppe` numbers the groups of the sheet.
 */
export function formelgruppen(
  zeilen: readonly (readonly Zelle[])[],
  erste: number,
  gruppe: { naechste: number },
): Array<Array<string | undefined>> {
  const ergebnis = zeilen.map((): Array<string | undefined> => []);
  const breite = Math.max(0, ...zeilen.map((z) => z.length));
  for (let s = 0; s < breite; s++) {
    let k = 0;
    while (k < zeilen.length) {
      const f = formelVon(zeilen[k][s]);
      if (f === null) {
        k++;
        continue;
      }
      const v = vorlageAus(f);
      let e = k + 1;
      for (let g = formelVon(zeilen[e]?.[s]); g !== null && passt(v, g, e - k); g = formelVon(zeilen[e]?.[s])) e++;
      if (e - k >= 2) {
        const si = gruppe.naechste++;
        const sp = spalte(s);
        ergebnis[k][s] = `<f t="shared" ref="${sp}${erste + k}:${sp}${erste + e - 1}" si="${si}">${formelText(f)}</f>`;
        const folgend = `<f t="shared" si="${si}"/>`;
        for (let j = k + 1; j < e; j++) ergebnis[j][s] = folgend;
      }
      k = e;
    }
  }
  return ergebnis;
}
