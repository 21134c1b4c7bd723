/**
 * Double-double numbers (hoch + tief, about 106 bits) for the present value's fast path: a
 * discount factor (1 + r)^k carried year by year in doubles drifts by one rounding per year and by
 * the rate's own decimal cut times k, which over thousands of years is wider than a half cent and
 * sent every such call to the exact BigInt path (quadratic in the years). In double-double both
 * are below 10⁻³⁰ per year, so the fast path's error bound no longer grows with the years.
 *
 * Dekker's and Knuth's error-free transformations (no fused multiply-add in JavaScript).
 */
import { alsDezimal } from "./dezimal";

/** hoch + tief, |tief| ≤ ulp(hoch) / 2. */
export type Dd = readonly [number, number];

const SPALTER = 134217729; // 2^27 + 1

/** a × b = p + e exactly (Dekker), for |a|, |b| below about 10^290. */
export function produktMitFehler(a: number, b: number): Dd {
  const p = a * b;
  return [p, produktFehler(a, b, p)];
}

/** a × b − p exactly for p = a × b as a double (the low part of produktMitFehler, no pair built). */
export function produktFehler(a: number, b: number, p: number): number {
  let t = SPALTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPALTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** a + b = s + e exactly (Knuth). */
function summeMitFehler(a: number, b: number): Dd {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

export function ddMal(a: Dd, b: Dd): Dd {
  const ziel = new Float64Array(2);
  ddMalNach(ziel, a[0], a[1], b[0], b[1]);
  return [ziel[0], ziel[1]];
}

/** (ah + al) × (bh + bl) into ziel[0] + ziel[1], for a loop that must not build a pair per step. */
export function ddMalNach(ziel: Float64Array, ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPALTER * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPALTER * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
  const f = e + (ah * bl + al * bh);
  const s = p + f;
  ziel[0] = s;
  ziel[1] = f - (s - p);
}

export function ddKehrwert(a: Dd): Dd {
  const q = 1 / a[0];
  const [p, e] = produktMitFehler(a[0], q);
  // 1 − a × q, with a's low part: the correction of the first quotient.
  const rest = 1 - p - e - a[1] * q;
  const s = q + rest * q;
  return [s, rest * q - (s - q)];
}

/** a^k for a whole k (negative: of the reciprocal), by squaring: about 2 log₂|k| products. */
export function ddPotenz(a: Dd, k: number): Dd {
  let basis = k < 0 ? ddKehrwert(a) : a;
  let n = Math.abs(k);
  let ergebnis: Dd = [1, 0];
  while (n > 0) {
    if (n % 2 === 1) ergebnis = ddMal(ergebnis, basis);
    n = Math.floor(n / 2);
    if (n > 0) basis = ddMal(basis, basis);
  }
  return ergebnis;
}

/**
 * 1 + r for the rate r taken as the decimal Excel shows (15 significant digits, as the exact path
 * takes it), or null where that decimal has more than 22 places (10^places is then no exact double).
 */
export function einsPlusDezimal(r: number): Dd | null {
  const d = alsDezimal(r);
  if (d.stellen > 22) return null;
  const skala = 10 ** d.stellen;
  const ziffern = Number(d.ziffern); // below 10^15: exact
  // r_dez − r = (ziffern − r × 10^k) / 10^k; the product split exactly, the difference of two
  // numbers this close exact (Sterbenz).
  const [p, e] = produktMitFehler(r, skala);
  const tief = (ziffern - p - e) / skala;
  const [s, f] = summeMitFehler(1, r);
  const t = f + tief;
  const h = s + t;
  return [h, t - (h - s)];
}
