// Small helpers shared by the benchmark suites: a seeded random source (same inputs on every run),
// a timer, and number formatting for the printed tables.
import { performance } from "node:perf_hooks";

/** mulberry32: tiny, fast, and deterministic for a given seed. */
export function zufall(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whole cents between 0 and max €. */
export function euroBetrag(rnd, maxEuro) {
  return Math.round(rnd() * maxEuro * 100) / 100;
}

/** Milliseconds for fn(), which must return something so the work cannot be optimised away. */
export function messe(fn) {
  const start = performance.now();
  const ergebnis = fn();
  return { ms: performance.now() - start, ergebnis };
}

/** Like messe, for work that completes asynchronously (Excel.run batches on the fake host). */
export async function messeAsync(fn) {
  const start = performance.now();
  const ergebnis = await fn();
  return { ms: performance.now() - start, ergebnis };
}

export function fmt(z, stellen = 2) {
  if (z === null || z === undefined || Number.isNaN(z)) return "—";
  return z.toLocaleString("de-DE", { minimumFractionDigits: stellen, maximumFractionDigits: stellen });
}

export function kb(bytes) {
  return `${fmt(bytes / 1024, 1)} KB`;
}

/** Prints rows (arrays of strings) as an aligned text table. */
export function tabelle(kopf, zeilen) {
  const breiten = kopf.map((k, i) => Math.max(k.length, ...zeilen.map((z) => String(z[i]).length)));
  const zeile = (z) => z.map((x, i) => (i === 0 ? String(x).padEnd(breiten[i]) : String(x).padStart(breiten[i])));
  const linie = breiten.map((b) => "─".repeat(b)).join("──");
  return [zeile(kopf).join("  "), linie, ...zeilen.map((z) => zeile(z).join("  "))].join("\n");
}

/**
 * 50 distinct grades with invented rates, as a two-column table range: benchmarks only measure
 * speed, so the shape matters, never the figures.
 */
export function benchSatztabelle() {
  const gruppen = [];
  for (let i = 2; i <= 16; i++) gruppen.push(`A ${i}`);
  for (let i = 1; i <= 15; i++) gruppen.push(`EG ${i}`);
  for (let i = 2; i <= 18; i++) gruppen.push(`S ${i}`);
  gruppen.push("EG 9a", "EG 9b", "EG 9c");
  return gruppen.map((g, i) => [g, 40000 + i * 1250]);
}

export function median(werte) {
  const s = [...werte].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** [smallest, largest]: the spread over rounds. */
export function spanne(werte) {
  return [Math.min(...werte), Math.max(...werte)];
}
