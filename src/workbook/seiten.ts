/**
 * Manual page breaks that keep a sheet's blocks (a table with its title, header and footnote, a
 * group of rows under its own header) whole on printed A4 landscape pages. Excel and LibreOffice
 * repeat one range of title rows per sheet only; a sheet with several tables instead starts a page
 * only where a block with its own header begins. The page is measured from the plan: the stored
 * row heights (zeilenhoehen.ts, both writers store them), the column widths and the fixed margins
 * (SEITENRAENDER, set by both writers), with the sheet fitted to one page wide.
 */
import { type BlattPlan, spaltenbreitePixel, zeilenzahlDes } from "./plan";
import { zeilenhoehe, zeilenhoehenDesBlatts } from "./zeilenhoehen";

/** Margins in points, set by both writers on every generated sheet: 1,8 cm left/right, 2 cm top/bottom, 0,8 cm header/footer. */
export const SEITENRAENDER = { links: 51, rechts: 51, oben: 56.7, unten: 56.7, kopf: 22.7, fuss: 22.7 } as const;

const A4_QUER = { breite: 841.89, hoehe: 595.28 };

/**
 * Share of the computed page height the blocks may fill: an unset row in Excel (Calibri 11) is
 * 15 pt, not the 14,25 pt computed, and the printers' own rounding of the zoom.
 */
const FUELLGRAD = 0.93;

/** Height of every row in points as the writer with this base font stores it (10 pt file, 11 pt Excel). */
function hoehen(blatt: BlattPlan, grundgroesse: number): number[] {
  const m = zeilenhoehenDesBlatts(blatt, grundgroesse);
  return Array.from({ length: zeilenzahlDes(blatt) }, (_, z) => m.get(z) ?? zeilenhoehe(grundgroesse));
}

/** Points of sheet height one printed page holds, with the sheet fitted to one page wide. */
export function seitenhoehe(spaltenbreiten: readonly number[]): number {
  const breite = spaltenbreiten.reduce((s, w) => s + spaltenbreitePixel(w) * 0.75, 0);
  const nutzbar = A4_QUER.breite - SEITENRAENDER.links - SEITENRAENDER.rechts;
  const zoom = Math.min(1, Math.floor((nutzbar / breite) * 100) / 100);
  return (A4_QUER.hoehe - SEITENRAENDER.oben - SEITENRAENDER.unten) / zoom;
}

/** Number of rows from the first that repeat on every page ("$1:$1" → 1); other ranges count none. */
function wiederholteZeilen(titelzeilen: string | null): number {
  const m = /^\$?1:\$?(\d+)$/.exec(titelzeilen ?? "");
  return m ? Number(m[1]) : 0;
}

/**
 * Rows (zero-based) before which a new page starts, for a writer whose rows have the heights of
 * this base font (each writer asks with its own). The plan's `blockAnfaenge` are the rows where a
 * block begins, in any order (row 0 is always one); a block runs to the row before the next. A
 * block taller than a page is broken where the page ends, as without manual breaks.
 */
export function seitenumbrueche(blatt: BlattPlan, grundgroesse: number): number[] {
  const anfaenge = blatt.druck?.blockAnfaenge;
  if (!anfaenge) return [];
  const titelzeilen = wiederholteZeilen(blatt.druck?.titelzeilen ?? null);
  const h = hoehen(blatt, grundgroesse);
  const seite = seitenhoehe(blatt.spaltenbreiten) * FUELLGRAD;
  // The repeated title rows (from row 1) stand on every page after the first as well.
  const titel = h.slice(0, titelzeilen).reduce((s, x) => s + x, 0);
  const starts = [...new Set([0, ...anfaenge])].filter((z) => z < h.length).sort((a, b) => a - b);
  const umbrueche: number[] = [];
  let belegt = 0;
  starts.forEach((von, k) => {
    const bis = k + 1 < starts.length ? starts[k + 1] : h.length;
    const block = h.slice(von, bis).reduce((s, x) => s + x, 0);
    if (belegt > 0 && belegt + block > seite) {
      umbrueche.push(von);
      belegt = titel;
    }
    belegt = (belegt + block) % seite;
  });
  return umbrueche;
}
