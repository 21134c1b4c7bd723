/**
 * Money arithmetic in integer cents.
 *
 * Binary floating point cannot hold most cent amounts exactly (0.1 + 0.2), so every amount is kept
 * as a whole number of cents and rounded exactly once per operation, half away from zero, as German
 * budget practice (and Excel's RUNDEN) does.
 */
import { alsDezimal, rundeProdukt } from "./dezimal";
import { produktMitFehler } from "./doppeltGenau";
import { KiFehler } from "./fehler";
import { MAX_BETRAG_EURO } from "./grenzen";
import { deutsch } from "./zahlformat";

export type Cent = number;

/**
 * Rounds to a whole number, half away from zero. The value is first cut to 15 significant digits
 * so that representation noise such as 7149000.000000001 (23830000 × 0.3) does not decide the
 * rounding direction.
 */
export function rundeKaufmaennisch(x: number): number {
  if (!Number.isFinite(x)) throw new KiFehler("wert", "Das Ergebnis ist keine endliche Zahl.");
  if (x === 0) return 0;
  // Cutting to 15 digits moves x by at most 5e-15·|x|; unless x lies that close to a .5 boundary
  // the cut cannot change the result, and the string round trip (most of the cost of a
  // KI.* call) can be skipped.
  const abs = Math.abs(x);
  const abstandZurHaelfte = Math.abs(abs - Math.floor(abs) - 0.5);
  if (abstandZurHaelfte > abs * 1e-14) {
    const r = Math.round(abs);
    return r === 0 ? 0 : x < 0 ? -r : r;
  }
  const bereinigt = Number(x.toPrecision(15));
  const r = Math.sign(bereinigt) * Math.round(Math.abs(bereinigt));
  return r === 0 ? 0 : r; // no negative zero
}

/** A number as a German reader expects it: 1,5 not 1.5; exponent form only for absurd magnitudes. */
export function zahlText(z: number): string {
  if (!Number.isFinite(z)) return "(keine endliche Zahl)";
  const betrag = Math.abs(z);
  if (z !== 0 && (betrag >= 1e15 || betrag < 1e-6)) {
    const [mantisse, exponent] = z.toExponential(2).split("e");
    return `${mantisse.replace(".", ",")} · 10^${Number(exponent)}`;
  }
  // DIN 5008: digit groups only from five digits on, so a year reads 2013, not 2.013.
  return deutsch(z, { maximumSignificantDigits: 15, useGrouping: betrag >= 10000 });
}

export function euroZuCent(euro: number): Cent {
  if (!Number.isFinite(euro) || Math.abs(euro) > MAX_BETRAG_EURO) {
    throw new KiFehler(
      "wert",
      `Der Betrag ${zahlText(euro)} liegt außerhalb des zulässigen Bereichs (bis 1 Billion €).`,
    );
  }
  return rundeKaufmaennisch(euro * 100);
}

/**
 * An amount in € as cents WITHOUT rounding: the decimal the user sees (15 significant digits)
 * shifted by two places, so 34993,645 € is 3499364,5 cents. Products and sums of such amounts are
 * rounded once, where the result is shown.
 */
export function euroZuCentGenau(euro: number): Cent {
  if (!Number.isFinite(euro) || Math.abs(euro) > MAX_BETRAG_EURO) {
    throw new KiFehler(
      "wert",
      `Der Betrag ${zahlText(euro)} liegt außerhalb des zulässigen Bereichs (bis 1 Billion €).`,
    );
  }
  // Whole cents (nearly every amount): if r / 100 is exactly the double, r cents is its decimal
  // (at most 15 digits below the limit), and the string round trip below is not needed.
  const r = Math.round(euro * 100);
  if (r / 100 === euro || zeigtGanzeCent(euro, r)) return r === 0 ? 0 : r;
  return centUeberDezimal(euro);
}

/** The slow path of euroZuCentGenau: the 15-digit decimal shifted by two places (exported for the tests). */
export function centUeberDezimal(euro: number): Cent {
  const d = alsDezimal(euro);
  return Number(`${d.ziffern}e${2 - d.stellen}`);
}

/**
 * Whether the decimal Excel shows for `euro` (15 significant digits) is r / 100 although the double
 * is not (200000 + 146303,33 = 346303,32999999996): then it is r whole cents, without the string
 * round trip. euro × 100 is split exactly (Dekker), so the distance to r is exact up to one
 * rounding; the 15-digit grid around euro is finer than a cent below 10^13 and its half step exceeds
 * |euro| × 5·10⁻¹⁴ cents, so a distance below |euro| × 4·10⁻¹⁴ rounds to r. Anything else: false.
 */
function zeigtGanzeCent(euro: number, r: number): boolean {
  const [p, e] = produktMitFehler(euro, 100);
  const abstand = p - r + e;
  return Math.abs(abstand) < Math.abs(euro) * 4e-14;
}

export function centZuEuro(cent: Cent): number {
  return cent / 100;
}

/**
 * cents × factor, rounded once. A product beyond the amount limit is refused rather than returned:
 * it is certainly a typing error in a count, and past 2^53 cents whole cents are no longer exact.
 */
export function centMal(cent: Cent, faktor: number): Cent {
  const ergebnis = rundeProdukt(cent, faktor);
  if (Math.abs(ergebnis) > MAX_BETRAG_EURO * 100) {
    throw new KiFehler(
      "wert",
      "Das Ergebnis liegt über 1 Billion €. Bitte die Anzahl und den Satz prüfen (Tippfehler?).",
    );
  }
  return ergebnis;
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
    deutsch(euro, {
      minimumFractionDigits: ganz ? 0 : 2,
      maximumFractionDigits: 2,
    }) + " €"
  );
}
