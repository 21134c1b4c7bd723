/**
 * Exact decimal arithmetic for the few places where a product or a power decides a cent.
 *
 * A number in a cell is a double, but the user sees (and means) the decimal Excel shows at 15
 * significant digits: 34993,645 is 34993,645, not 34993,64499999999970896. Each operand is taken
 * as that decimal, the calculation runs exactly on BigInt digits, and the result is rounded once,
 * half away from zero.
 */
import { KiFehler } from "./fehler";

/** ziffern × 10^−stellen, exactly. */
export interface Dezimal {
  ziffern: bigint;
  stellen: number;
}

/** The decimal Excel shows for x: 15 significant digits. */
export function alsDezimal(x: number): Dezimal {
  if (!Number.isFinite(x)) throw new KiFehler("wert", "Das Ergebnis ist keine endliche Zahl.");
  if (x === 0) return { ziffern: 0n, stellen: 0 };
  return kurzeDezimal(x) ?? langeDezimal(x);
}

/**
 * Fast path for the usual cell value, a decimal with few places (69800, 0,3, 1234,56): if m / 10^k
 * is exactly the double x for an integer |m| < 10^15, then m × 10^−k has at most 15 significant
 * digits and is the decimal Excel shows (a decimal of ≤ 15 digits survives the round trip through
 * a double). Same value as the string path, often with fewer digits; no string is built.
 */
function kurzeDezimal(x: number): Dezimal | null {
  const k = kurzeStellen(x);
  return k < 0 ? null : { ziffern: BigInt(Math.round(x * 10 ** k)), stellen: k };
}

/** The k of the fast path above (x = round(x·10^k) / 10^k exactly, ≤ 15 digits), or −1. */
export function kurzeStellen(x: number): number {
  let skala = 1;
  for (let k = 0; k <= 6; k++, skala *= 10) {
    const m = Math.round(x * skala);
    if (Math.abs(m) >= 1e15) return -1;
    if (m / skala === x) return k;
  }
  return -1;
}

function langeDezimal(x: number): Dezimal {
  const [mantisse, exponentText] = x.toExponential(14).split("e");
  const ziffern = BigInt(mantisse.replace(".", ""));
  // mantisse has 14 digits after the point: value = ziffern × 10^(exponent − 14).
  const stellen = 14 - Number(exponentText);
  return stellen >= 0 ? { ziffern, stellen } : { ziffern: ziffern * 10n ** BigInt(-stellen), stellen: 0 };
}

export function dezimalMal(a: Dezimal, b: Dezimal): Dezimal {
  return { ziffern: a.ziffern * b.ziffern, stellen: a.stellen + b.stellen };
}

/** zaehler / nenner rounded to a whole number, half away from zero (nenner > 0). */
export function rundeBruch(zaehler: bigint, nenner: bigint): bigint {
  const negativ = zaehler < 0n;
  const betrag = negativ ? -zaehler : zaehler;
  const q = (2n * betrag + nenner) / (2n * nenner);
  return negativ ? -q : q;
}

/** A decimal rounded to a whole number, half away from zero. */
export function rundeDezimal(d: Dezimal): bigint {
  return rundeBruch(d.ziffern, 10n ** BigInt(d.stellen));
}

/**
 * round(a × b) for two doubles taken as their 15-digit decimals. The double product is within
 * about 2·10⁻¹⁵ of the exact one; unless it lies that close to a half, it already rounds the same
 * way, and the BigInt path (most of the cost) is skipped.
 */
export function rundeProdukt(a: number, b: number): number {
  const p = a * b;
  if (!Number.isFinite(p)) throw new KiFehler("wert", "Das Ergebnis ist keine endliche Zahl.");
  const abs = Math.abs(p);
  if (Math.abs(abs - Math.floor(abs) - 0.5) > abs * 1e-13 + 1e-300) {
    const r = Math.round(abs);
    return r === 0 ? 0 : p < 0 ? -r : r;
  }
  const r = rundeKurzesProdukt(a, b) ?? Number(rundeDezimal(dezimalMal(alsDezimal(a), alsDezimal(b))));
  return r === 0 ? 0 : r;
}

/**
 * round(a × b) in integer doubles when both are short decimals whose digit product stays below
 * 2^53 (a cent amount × 0,3): m₁·m₂ / 10^(k₁+k₂) with an exact quotient and remainder, no BigInt.
 * Null when that does not hold.
 */
function rundeKurzesProdukt(a: number, b: number): number | null {
  const ka = kurzeStellen(a);
  const kb = ka < 0 ? -1 : kurzeStellen(b);
  if (kb < 0) return null;
  const p = Math.round(a * 10 ** ka) * Math.round(b * 10 ** kb);
  const stellen = ka + kb;
  if (!(Math.abs(p) <= 2 ** 52) || stellen > 15) return null;
  return teileGerundet(p, stellen);
}

/** round(p / 10^stellen), half away from zero, for an integer |p| ≤ 2^52 and stellen ≤ 15. */
export function teileGerundet(p: number, stellen: number): number {
  const nenner = 10 ** stellen;
  const abs = Math.abs(p);
  let q = Math.floor(abs / nenner);
  // The floating quotient can be one off; the integer products below are exact.
  while (q * nenner > abs) q--;
  while ((q + 1) * nenner <= abs) q++;
  const r = 2 * (abs - q * nenner) >= nenner ? q + 1 : q;
  return p < 0 ? -r : r;
}

/**
 * A term of a sum rounded once: a × b, or a × b / c (a post funded in part counts cost × funded
 * share / share, which is no finite decimal for a share of 0,75), each operand taken as its
 * 15-digit decimal.
 */
export type Produkt = readonly [number, number] | readonly [number, number, number];

/**
 * The fast decision of rundeSummeDerProdukte: s = Σ (aᵢ × bᵢ) / cᵢ summed in doubles in the terms'
 * order, schranke = Σ |(aᵢ × bᵢ) / cᵢ|. The rounded sum where the error bound decides it, null where
 * s lies that close to a half (then rundeSummeDerProdukte on the terms). For callers with a fixed
 * number of terms, which sum them in place instead of building a list per call.
 */
export function rundeSummeSchnell(s: number, schranke: number): number | null {
  if (!Number.isFinite(s)) throw new KiFehler("wert", "Das Ergebnis ist keine endliche Zahl.");
  const abs = Math.abs(s);
  if (Math.abs(abs - Math.floor(abs) - 0.5) > schranke * 1e-13 + 1e-300) {
    const r = Math.round(abs);
    return r === 0 ? 0 : s < 0 ? -r : r;
  }
  return null;
}

/** Σ aᵢ × bᵢ (/ cᵢ) rounded once, each operand taken as its 15-digit decimal (fast path as above). */
export function rundeSummeDerProdukte(paare: ReadonlyArray<Produkt>): number {
  let s = 0;
  let schranke = 0;
  let mitTeiler = false;
  // Indexed: this runs for every total of every KI.* call, and destructuring cost more than the sum.
  for (let i = 0; i < paare.length; i++) {
    const t = paare[i];
    const c = t.length === 3 ? t[2] : 1;
    if (c !== 1) mitTeiler = true;
    const p = (t[0] * t[1]) / c;
    s += p;
    schranke += Math.abs(p);
  }
  const schnell = rundeSummeSchnell(s, schranke);
  if (schnell !== null) return schnell;
  if (mitTeiler) return rundeSummeDerBrueche(paare);
  const kurz = rundeKurzeSumme(paare as ReadonlyArray<readonly [number, number]>);
  if (kurz !== null) return kurz === 0 ? 0 : kurz;
  let summe: Dezimal = { ziffern: 0n, stellen: 0 };
  for (const [a, b] of paare) summe = dezimalPlus(summe, dezimalMal(alsDezimal(a), alsDezimal(b)));
  const r = Number(rundeDezimal(summe));
  return r === 0 ? 0 : r;
}

/** The exact path with divisors: the terms as BigInt fractions, summed, rounded once. */
function rundeSummeDerBrueche(paare: ReadonlyArray<Produkt>): number {
  let zaehler = 0n;
  let nenner = 1n;
  for (const t of paare) {
    const a = dezimalMal(alsDezimal(t[0]), alsDezimal(t[1]));
    const c = alsDezimal(t.length === 3 ? t[2] : 1);
    if (c.ziffern === 0n) throw new KiFehler("wert", "Division durch 0.");
    // a / c = (a.ziffern × 10^c.stellen) / (c.ziffern × 10^a.stellen)
    let z = a.ziffern * 10n ** BigInt(c.stellen);
    let n = c.ziffern * 10n ** BigInt(a.stellen);
    if (n < 0n) [z, n] = [-z, -n];
    zaehler = zaehler * n + z * nenner;
    nenner = nenner * n;
  }
  const r = Number(rundeBruch(zaehler, nenner));
  return r === 0 ? 0 : r;
}

/**
 * The sum near a half, in integer doubles when every operand is a short decimal and every product
 * and partial sum on the common scale stays below 2^52 (a refund's caps and half-cent costs): no
 * BigInt. Null when that does not hold.
 */
function rundeKurzeSumme(paare: ReadonlyArray<readonly [number, number]>): number | null {
  const stellen: number[] = [];
  let skala = 0;
  for (const [a, b] of paare) {
    const ka = kurzeStellen(a);
    const kb = ka < 0 ? -1 : kurzeStellen(b);
    if (kb < 0) return null;
    stellen.push(ka, kb);
    skala = Math.max(skala, ka + kb);
  }
  if (skala > 15) return null;
  let summe = 0;
  for (let i = 0; i < paare.length; i++) {
    const [ka, kb] = [stellen[2 * i], stellen[2 * i + 1]];
    const p = Math.round(paare[i][0] * 10 ** ka) * Math.round(paare[i][1] * 10 ** kb) * 10 ** (skala - ka - kb);
    summe += p;
    if (!(Math.abs(p) <= 2 ** 52) || !(Math.abs(summe) <= 2 ** 52)) return null;
  }
  return teileGerundet(summe, skala);
}

export function dezimalPlus(a: Dezimal, b: Dezimal): Dezimal {
  const stellen = Math.max(a.stellen, b.stellen);
  return {
    ziffern: a.ziffern * 10n ** BigInt(stellen - a.stellen) + b.ziffern * 10n ** BigInt(stellen - b.stellen),
    stellen,
  };
}
