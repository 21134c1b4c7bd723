/** Table parts both Stand sheets share: a header row, euro cells with signed differences, the change list. */
import type { Cent } from "../../core";
import { Raster, euro } from "../raster";
import { euroFormat, STIL, ZAHLENFORMAT, zahlenformat } from "../stil";
import type { Annahmenaenderung } from "./vergleich";

/** Signed difference with cents, for amounts that carry cents (projections, levy shares). */

export function kopfzeile(r: Raster, zeile: number, texte: readonly string[]): void {
  texte.forEach((t, s) => r.text(zeile, s, t));
  r.formatiere(zeile, 0, zeile, texte.length - 1, STIL.kopfzeileMitLinie);
}

export function euroZelle(r: Raster, zeile: number, spalte: number, c: Cent | null, differenz = false): void {
  if (c === null) {
    r.text(zeile, spalte, "—", STIL.rechtsbuendig);
    return;
  }
  const w = euro(c);
  const format = differenz
    ? Number.isInteger(w)
      ? ZAHLENFORMAT.differenz
      : ZAHLENFORMAT.differenzCent
    : euroFormat(w);
  r.zahl(zeile, spalte, w, zahlenformat(format));
}

/** The change list from row `ab`: Szenario | Annahme | alt | neu | Wirkung; returns the next free row. */
export function aenderungsliste(
  r: Raster,
  ab: number,
  aenderungen: readonly Annahmenaenderung[],
  titel: readonly [string, string],
): number {
  kopfzeile(r, ab, ["Szenario", "Annahme", titel[0], titel[1], "Wirkung auf den jährlichen Eigenanteil"]);
  if (aenderungen.length === 0) {
    r.text(ab + 1, 0, "Keine Annahme geändert.", STIL.erlaeuterung);
    return ab + 2;
  }
  aenderungen.forEach((a, i) => {
    const z = ab + 1 + i;
    r.text(z, 0, a.szenario);
    r.text(z, 1, a.feld);
    r.text(z, 2, a.alt);
    r.text(z, 3, a.neu);
    if (a.wirkungText !== undefined) r.text(z, 4, a.wirkungText);
    else if (a.wirkung === null) r.text(z, 4, a.szenario === "Allgemein" ? "keine" : "nicht berechenbar");
    else euroZelle(r, z, 4, a.wirkung, true);
  });
  const ende = ab + aenderungen.length;
  r.formatiere(ab, 0, ende, 4, STIL.tabelle);
  r.formatiere(ab + 1, 0, ende, 3, STIL.umbruch);
  return ende + 1;
}
