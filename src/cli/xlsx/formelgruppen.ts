/**
 * Shared formulas (`<f t="shared">`, ECMA-376 Part 1, 18.3.1.40): where the cells below one another
 * in a column hold the same formula moved down row by row – the levy sheet's 100,000 member rows –
 * the first cell of the run carries the formula and the range it applies to, the others only the
 * group's number. Excel and LibreOffice read them as the formula each cell would hold, and Excel
 * writes filled-down formulas the same way. The levy sheet's XML shrinks to less than half, and with
 * it the compression.
 *
 * A cell joins a group only when its formula text is exactly the first cell's with every relative
 * row number moved by the distance (workbook/formelvorlage): whatever the reading of a reference,
 * the text a reader rebuilds is the text of the plan. A cell built from the first cell's template
 * (WanderndeFormel) is that text by construction and is not spelt out.
 */
import type { Zelle } from "../../workbook/plan";
import { spalte } from "../../workbook/adressen";
import { type Formelvorlage, formelvorlage, passt, WanderndeFormel } from "../../workbook/formelvorlage";
import { xmlText } from "./xml";

function formelVon(zelle: Zelle | undefined): string | null {
  return zelle && "formel" in zelle ? zelle.formel : null;
}

/** Whether `zelle` holds the template `v` moved down `d` rows. */
function gehoertDazu(zelle: Zelle | undefined, v: Formelvorlage, d: number): boolean {
  if (zelle instanceof WanderndeFormel && zelle.vorlage === v) return zelle.abstand === d;
  const g = formelVon(zelle);
  return g !== null && passt(v, g, d);
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
      // A cell built from a template (WanderndeFormel) is compared by its template, without its text.
      const kopf = zeilen[k][s];
      const [v, basis] = kopf instanceof WanderndeFormel ? [kopf.vorlage, kopf.abstand] : [formelvorlage(f), 0];
      let e = k + 1;
      while (e < zeilen.length && gehoertDazu(zeilen[e][s], v, basis + e - k)) e++;
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
