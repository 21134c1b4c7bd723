/**
 * Months of a plan year: which months a post is filled, and a yearly amount split into months so
 * that the months add up to the yearly figure to the cent.
 */
import { KiFehler } from "../fehler";
import type { Cent } from "../geld";

export const MONATE = 12;

/** German month names for the sheets ("Januar" … "Dezember"). */
export const MONATSNAMEN: readonly string[] = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

/** Twelve values, January first. */
export type Monatswerte<T = Cent> = readonly T[];

/**
 * When a post is filled in the year: from month `abMonat` (1 = Januar; Besetzung zum 1.9. = 9) to
 * `bisMonat`, both included, without the vacancies listed (a vacancy from March to May:
 * { vonMonat: 3, bisMonat: 5 }). Absent = the whole year.
 */
export interface Besetzung {
  abMonat?: number;
  bisMonat?: number;
  vakanzen?: ReadonlyArray<{ vonMonat: number; bisMonat: number }>;
}

function pruefeMonat(m: number, was: string): void {
  if (!Number.isInteger(m) || m < 1 || m > MONATE) {
    throw new KiFehler("wert", `${was} muss ein Monat von 1 bis 12 sein, erhalten: ${String(m)}.`);
  }
}

/** The twelve months as filled (true) or vacant; German message for a month outside 1–12. */
export function besetzteMonate(b: Besetzung = {}): boolean[] {
  const ab = b.abMonat ?? 1;
  const bis = b.bisMonat ?? MONATE;
  pruefeMonat(ab, "Der erste besetzte Monat");
  pruefeMonat(bis, "Der letzte besetzte Monat");
  if (bis < ab) throw new KiFehler("wert", `Der letzte besetzte Monat (${bis}) liegt vor dem ersten (${ab}).`);
  const monate = Array.from({ length: MONATE }, (_, i) => i + 1 >= ab && i + 1 <= bis);
  for (const v of b.vakanzen ?? []) {
    pruefeMonat(v.vonMonat, "Der Beginn einer Vakanz");
    pruefeMonat(v.bisMonat, "Das Ende einer Vakanz");
    if (v.bisMonat < v.vonMonat) {
      throw new KiFehler("wert", `Die Vakanz endet (${v.bisMonat}) vor ihrem Beginn (${v.vonMonat}).`);
    }
    for (let m = v.vonMonat; m <= v.bisMonat; m++) monate[m - 1] = false;
  }
  return monate;
}

/** How many of the months are filled. */
export function anzahlBesetzt(monate: Monatswerte<boolean>): number {
  let n = 0;
  for (const m of monate) if (m) n++;
  return n;
}

/**
 * `betrag` split in proportion to non-negative whole-number `gewichte`, exactly: each part rounded
 * down, the cents left over go one each to the parts with the largest remainders, earlier parts
 * first on a tie (largest remainder method). The parts add up to `betrag`; equal weights give
 * parts that differ by at most one cent, the earlier months carrying the extra cents. All weights
 * 0: equal parts. BigInt, so amount × weight cannot lose a digit.
 */
export function verteile(betrag: Cent, gewichte: readonly number[]): Cent[] {
  if (!Number.isInteger(betrag)) throw new KiFehler("wert", "Nur ganze Cent können verteilt werden.");
  if (gewichte.length === 0) return [];
  if (gewichte.some((g) => !Number.isInteger(g) || g < 0)) {
    throw new KiFehler("wert", "Die Gewichte einer Verteilung müssen ganze Zahlen ≥ 0 sein.");
  }
  const summeG = gewichte.reduce((s, g) => s + g, 0);
  const g = summeG === 0 ? gewichte.map(() => 1) : gewichte;
  const nenner = BigInt(summeG === 0 ? g.length : summeG);
  const vorzeichen = betrag < 0 ? -1n : 1n;
  const b = BigInt(betrag) * vorzeichen;
  const teile = g.map((x) => (b * BigInt(x)) / nenner);
  const reste = g.map((x, i) => ({ i, rest: (b * BigInt(x)) % nenner }));
  let uebrig = b - teile.reduce((s, t) => s + t, 0n);
  reste.sort((x, y) => (x.rest === y.rest ? x.i - y.i : x.rest > y.rest ? -1 : 1));
  for (let k = 0; uebrig > 0n; k++, uebrig--) teile[reste[k].i] += 1n;
  return teile.map((t) => Number(t * vorzeichen) + 0);
}

/** A full post's yearly cost as twelve months (Januar–Dezember), adding up to it exactly. */
export function monatsraten(jahresbetrag: Cent): Cent[] {
  return verteile(
    jahresbetrag,
    Array.from({ length: MONATE }, () => 1),
  );
}

/** The months of a post: its monthly rate where filled, 0 where vacant. 12 filled months = the yearly figure. */
export function monatskosten(jahresbetrag: Cent, besetzt: Monatswerte<boolean>): Cent[] {
  const raten = monatsraten(jahresbetrag);
  return raten.map((r, i) => (besetzt[i] ? r : 0));
}

/** Sum of the first `bisMonat` months (0 = none). */
export function summeBis(werte: Monatswerte, bisMonat: number = MONATE): Cent {
  let s = 0;
  for (let i = 0; i < bisMonat && i < werte.length; i++) s += werte[i];
  return s;
}

/** Running totals: month m holds the sum of months 1 … m. */
export function kumuliert(werte: Monatswerte): Cent[] {
  let s = 0;
  return werte.map((w) => (s += w));
}
