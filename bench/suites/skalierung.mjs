// How the cost of the range-taking KI.* functions grows with the size of their ranges: rate tables
// (PERSONALKOSTEN), grade ranges (KOSTENAUFSTELLUNG), municipalities (UMLAGE) and years (BARWERT).
// ASSERTED (machine-independent, with tolerance for noise): the growth exponent fitted from the
// timings is no larger than that of n log n over the same sizes plus TOLERANZ. The times per call
// and per element are reported.
import { ladeBundle, StubFehler } from "../ladeBundle.mjs";
import { euroBetrag, fmt, median, messe, tabelle, zufall } from "../werkzeug.mjs";

/** Slack on the fitted exponent: noise on a shared machine moves single points by tens of percent. */
const TOLERANZ = 0.2;
const NI = ["A 11", "EG 6", "EG 9b", "EG 9c", "EG 14"];
const spalte = (werte) => werte.map((w) => [w]);

const FAMILIEN = [
  {
    name: "PERSONALKOSTEN: Satztabelle mit n Zeilen",
    id: "PERSONALKOSTEN",
    element: "Zeile",
    groessen: [10, 100, 1000, 10000],
    args: (n, r) => {
      const t = Array.from({ length: n }, (_, i) => [`G ${i + 1}`, 30000 + i]);
      return [[[t[Math.floor(r() * n)][0]]], [[1]], t];
    },
  },
  {
    name: "KOSTENAUFSTELLUNG: Bereich mit n Gruppen",
    id: "KOSTENAUFSTELLUNG",
    element: "Gruppe",
    groessen: [1, 10, 100, 1000],
    args: (n, r) => [
      spalte(Array.from({ length: n }, () => NI[Math.floor(r() * 5)])),
      8,
      4,
      5000,
      0,
      spalte(Array.from({ length: n }, () => 0.5)),
      [["NI2024"]],
      null,
    ],
  },
  {
    name: "UMLAGE: n Gemeinden",
    id: "UMLAGE",
    element: "Gemeinde",
    groessen: [19, 100, 1000, 10000],
    args: (n, r) => [euroBetrag(r, 100000), spalte(Array.from({ length: n }, () => euroBetrag(r, 5e8)))],
  },
  {
    name: "BARWERT: n Jahre",
    id: "BARWERT",
    element: "Jahr",
    groessen: [5, 50, 500, 1000],
    args: (n, r) => [spalte(Array.from({ length: n }, () => euroBetrag(r, 300000))), 0.03, null],
  },
];

/** Theil–Sen: the median of all pairwise slopes, robust against one disturbed point. */
export function steigung(xs, ys) {
  const s = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) s.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
  return median(s);
}

/** µs per call; every call gets its own copy of the arguments' arrays, as from Excel. */
function zeitJeAufruf(fn, vorlagen, zielMs) {
  const kopien = (k) => Array.from({ length: k }, (_, i) => globalThis.structuredClone(vorlagen[i % vorlagen.length]));
  let n = 4;
  for (;;) {
    const args = kopien(n);
    const { ms, ergebnis } = messe(() => args.map((a) => fn(...a)));
    const fehler = ergebnis.find(
      (e) => e instanceof StubFehler || (Array.isArray(e) && e.flat().some((x) => x instanceof StubFehler)),
    );
    if (fehler)
      throw new Error(
        `Fehlerwert statt Ergebnis: ${fehler.message ?? fehler.flat().find((x) => x instanceof StubFehler).message}`,
      );
    if (ms >= zielMs || n >= 4096) return (ms * 1000) / n;
    n *= 2;
  }
}

function messeFamilie(fam, fn, runden, zielMs) {
  const r = zufall(99);
  const vorlagen = fam.groessen.map((n) => Array.from({ length: 4 }, () => fam.args(n, r)));
  vorlagen.forEach((v) => zeitJeAufruf(fn, v, 1)); // warm-up
  const zeiten = fam.groessen.map(() => []);
  for (let k = 0; k < runden; k++) {
    // Sizes in a rotating order, so a slow moment of the machine does not hit one size only.
    for (let j = 0; j < fam.groessen.length; j++) {
      const i = (j + k) % fam.groessen.length;
      zeiten[i].push(zeitJeAufruf(fn, vorlagen[i], zielMs));
    }
  }
  const us = zeiten.map(median);
  const xs = fam.groessen.map(Math.log);
  const exponent = steigung(xs, us.map(Math.log));
  const nLogN = steigung(
    xs,
    fam.groessen.map((n) => Math.log(n * Math.log2(n + 1))),
  );
  return { name: fam.name, element: fam.element, groessen: fam.groessen, us, exponent, grenze: nLogN + TOLERANZ };
}

export default {
  id: "skalierung",
  titel: "Wachstum mit der Bereichsgröße (Satztabellen, Gruppen, Gemeinden, Jahre)",
  async lauf({ kurz, dist }) {
    const { funktionen } = ladeBundle(dist);
    const runden = kurz ? 3 : 7;
    const zielMs = kurz ? 3 : 10;
    const familien = FAMILIEN.map((f) => messeFamilie(f, funktionen[f.id], runden, zielMs));
    const zeilen = familien.flatMap((f) =>
      f.groessen.map((n, i) => [
        i === 0 ? f.name : "",
        fmt(n, 0),
        fmt(f.us[i], 2),
        fmt(f.us[i] / n, 3),
        i === 0 ? `${fmt(f.exponent, 2)} (≤ ${fmt(f.grenze, 2)})` : "",
      ]),
    );
    const text = [
      "Basis: dieselbe Funktion bei der kleinsten Größe; Exponent k aus t ∝ nᵏ (Theil–Sen über log n, log t),",
      `Grenze = Exponent von n log n über dieselben Größen + ${fmt(TOLERANZ, 2)} (Rauschen).`,
      tabelle(["Familie", "n", "µs/Aufruf", "µs/Element", "Exponent (Grenze)"], zeilen),
      `Median aus ${runden} verschränkten Runden je Größe.`,
    ].join("\n");
    return {
      text,
      daten: { toleranz: TOLERANZ, runden, familien },
      pruefungen: familien.map((f) => ({
        name: `${f.name} wächst höchstens wie n log n`,
        ok: f.exponent <= f.grenze,
        ist: `Exponent ${fmt(f.exponent, 2)}`,
        ziel: `≤ ${fmt(f.grenze, 2)}`,
      })),
    };
  },
};
