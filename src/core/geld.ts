/**
 * Money arithmetic in integer cents.
 *
 * Binary floating point cannot hold most cent amounts exactly (0.1 + 0.2), so every amount is kept
 * as a whole number of cents and rounded exactly once per operation, half away from zero, as German
 * budget practice (and Excel's RUNDEN) does.
 */
import { KiFehler } from "./fehler";

export type Cent = number;

/** Amounts beyond this are certainly typing errors; it also keeps cents far below 2^53. */
export const MAX_BETRAG_EURO = 1e12;

/**
 * Rounds to a whole number, half away from zero. The value is first cut to 15 significant digits
 * so that representation noise such as 7149000.000000001 (23830000 × 0.3) does not decide the
 * rounding direction.
 */
export function rundeKaufmaennisch(x: number): number {
  if (!Number.isFinite(x)) throw new KiFehler("zahl", "Das Ergebnis ist keine endliche Zahl.");
  if (x === 0) return 0;
  const bereinigt = Number(x.toPrecision(15));
  const r = Math.sign(bereinigt) * Math.round(Math.abs(bereinigt));
  return r === 0 ? 0 : r; // no negative zero
}

export function euroZuCent(euro: number): Cent {
  if (!Number.isFinite(euro) || Math.abs(euro) > MAX_BETRAG_EURO) {
    throw new KiFehler("zahl", `Der Betrag ${String(euro)} liegt außerhalb des zulässigen Bereichs (bis 1 Billion €).`);
  }
  return rundeKaufmaennisch(euro * 100);
}

export function centZuEuro(cent: Cent): number {
  return cent / 100;
}

/** cents × factor, rounded once. */
export function centMal(cent: Cent, faktor: number): Cent {
  return rundeKaufmaennisch(cent * faktor);
}

export function summe(betraege: readonly Cent[]): Cent {
  let s = 0;
  for (const b of betraege) s += b;
  return s;
}

/** Formats cents the German way, e.g. 10231600 → "102.316 €", 12345 → "123,45 €". */
export function formatEuro(cent: Cent): string {
  const euro = cent / 100;
  const ganz = Number.isInteger(euro);
  return (
    euro.toLocaleString("de-DE", {
      minimumFractionDigits: ganz ? 0 : 2,
      maximumFractionDigits: 2,
    }) + " €"
  );
}
