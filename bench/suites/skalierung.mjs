// How the cost of the range-taking KI.* functions grows with the size of their ranges: rate tables
// (PERSONALKOSTEN), grade ranges (KOSTENAUFSTELLUNG), posts (LANDESERSTATTUNG), municipalities
// (UMLAGE) and years (BARWERT, at a positive and at a negative rate), and whole columns up to
// Excel's 1,048,576 rows, a few rows filled and the rest empty as Excel passes it (null, 0 or "").
// ASSERTED (machine-independent, with tolerance for noise): the growth exponent fitted from the
// timings is no larger than that of n log n over the same sizes plus TOLERANZ. The times per call
// and per element are reported; for whole columns also the cost of one empty row, against the same
// call on the filled rows alone (time proportional to the filled cells plus a scan of the rest).
import { ladeBundle, StubFehler } from "../ladeBundle.mjs";
import { euroBetrag, fmt, median, messe, tabelle, zufall } from "../werkzeug.mjs";

/** Slack on the fitted exponent: noise on a shared machine moves single points by tens of percent. */
const TOLERANZ = 0.2;
const NI = ["A 11", "EG 6", "EG 9b", "EG 9c", "EG 14"];
const POSTEN = ["Fachkraft", "Fachkraft", "Verwaltung", "Assistenz"];
const spalte = (werte) => werte.map((w) => [w]);
/** Excel's row count: a whole column (A:A) is a range of this many rows. */
const GANZE_SPALTE = 1_048_576;
const SPALTEN_GROESSEN = [1000, 10_000, 100_000, GANZE_SPALTE];
/**
 * --short (in npm test): whole columns for two families only, the rest up to 50,000 rows; the
 * full run covers every family up to GANZE_SPALTE.
 */
const SPALTEN_KURZ = [1000, 10_000, 50_000];
/** How an empty cell arrives, per copy of the arguments: Excel on the web, Windows, a formula ="". */
const LEER = [null, 0, ""];

/** n rows: the first `voll` from fill(i), the rest empty in the form `leer`. */
function spalteMitLeeren(n, voll, fill, leer) {
  return Array.from({ length: n }, (_, i) => (i < voll ? fill(i) : fill(-1).map(() => leer)));
}

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
    name: "LANDESERSTATTUNG: n Stellen je Förderposition",
    id: "LANDESERSTATTUNG",
    element: "Stelle",
    // From 40 on: a range of at most DIREKT_BIS (24) posts takes a direct path without a record per
    // post (src/core/foerderregeln.ts), a fixed cost ≈ 0,2 µs; mixing its sizes with larger ones
    // would measure the change of path, not the growth. The direct path is measured in `funktionen`.
    groessen: [40, 400, 4000],
    kurz: [40, 400, 4000],
    args: (n, r) => [
      Array.from({ length: n }, (_, i) => [POSTEN[i % 4], euroBetrag(r, 70000), [1, 0.5, 0.8][i % 3]]),
      2013,
      "Kreis",
      null,
      null,
      null,
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
    name: "BARWERT: n Jahre, Zins 3 %",
    id: "BARWERT",
    element: "Jahr",
    groessen: [5, 50, 500, 5000, 50000],
    kurz: [5, 50, 500, 5000],
    args: (n, r) => [spalte(Array.from({ length: n }, () => euroBetrag(r, 300000))), 0.03, null],
  },
  {
    // Negative rates: every year's factor below 1; 20,000 years at −5 % took 42 s (issue 26).
    name: "BARWERT: n Jahre, Zins −0,01 %",
    id: "BARWERT",
    element: "Jahr",
    groessen: [5, 50, 500, 5000, 20000],
    kurz: [5, 50, 500, 5000],
    args: (n, r) => [spalte(Array.from({ length: n }, () => euroBetrag(r, 3000))), -0.0001, null],
  },
  // Whole columns: n rows, a few filled at the top, the rest empty.
  {
    name: "PERSONALKOSTEN(A:A; B:B): 10 Gruppen",
    id: "PERSONALKOSTEN",
    element: "Zeile",
    voll: 10,
    groessen: SPALTEN_GROESSEN,
    kurz: SPALTEN_KURZ,
    args: (n, r, leer) => {
      const g = spalteMitLeeren(n, 10, (i) => [i < 0 ? null : NI[Math.floor(r() * 5)]], leer);
      const a = spalteMitLeeren(n, 10, (i) => [i < 0 ? null : 0.5], leer);
      return [g, a, [["NI2024"]]];
    },
  },
  {
    name: "PERSONALKOSTEN(…; D:E): Satztabelle, 50 Zeilen",
    id: "PERSONALKOSTEN",
    element: "Zeile",
    voll: 50,
    groessen: SPALTEN_GROESSEN,
    kurz: SPALTEN_KURZ,
    args: (n, r, leer) => [
      [[`G ${1 + Math.floor(r() * 50)}`]],
      [[1]],
      spalteMitLeeren(n, 50, (i) => (i < 0 ? [null, null] : [`G ${i + 1}`, 30000 + i]), leer),
    ],
  },
  {
    name: "KOSTENAUFSTELLUNG(A:A; …; B:B): 10 Gruppen",
    id: "KOSTENAUFSTELLUNG",
    element: "Zeile",
    voll: 10,
    groessen: SPALTEN_GROESSEN,
    kurz: SPALTEN_KURZ,
    args: (n, r, leer) => [
      spalteMitLeeren(n, 10, (i) => [i < 0 ? null : NI[Math.floor(r() * 5)]], leer),
      8,
      4,
      5000,
      0,
      spalteMitLeeren(n, 10, (i) => [i < 0 ? null : 1], leer),
      [["NI2024"]],
      null,
    ],
  },
  {
    name: "LANDESERSTATTUNG(A:C): 4 Stellen",
    id: "LANDESERSTATTUNG",
    element: "Zeile",
    voll: 4,
    groessen: SPALTEN_GROESSEN,
    kurz: [1000, 100_000, GANZE_SPALTE],
    args: (n, r, leer) => [
      spalteMitLeeren(n, 4, (i) => (i < 0 ? [null, null, null] : [POSTEN[i], euroBetrag(r, 70000), 1]), leer),
      2013,
      "Kreis",
      null,
      null,
      null,
      null,
    ],
  },
  {
    name: "BARWERT(A:A; 3 %): 18 Jahre",
    id: "BARWERT",
    element: "Zeile",
    voll: 18,
    groessen: SPALTEN_GROESSEN,
    kurz: SPALTEN_KURZ,
    args: (n, r, leer) => [spalteMitLeeren(n, 18, (i) => [i < 0 ? null : euroBetrag(r, 300000)], leer), 0.03, null],
  },
  {
    name: "BARWERT(A:A; −5 %): 18 Jahre",
    id: "BARWERT",
    element: "Zeile",
    voll: 18,
    groessen: SPALTEN_GROESSEN,
    kurz: [1000, 100_000, GANZE_SPALTE],
    args: (n, r, leer) => [spalteMitLeeren(n, 18, (i) => [i < 0 ? null : euroBetrag(r, 300000)], leer), -0.05, null],
  },
  {
    name: "UMLAGE(…; A:A): 19 Gemeinden",
    id: "UMLAGE",
    element: "Zeile",
    voll: 19,
    groessen: SPALTEN_GROESSEN,
    kurz: SPALTEN_KURZ,
    args: (n, r, leer) => [
      euroBetrag(r, 100000),
      spalteMitLeeren(n, 19, (i) => [i < 0 ? null : euroBetrag(r, 5e8)], leer),
    ],
  },
];

/** Theil–Sen: the median of all pairwise slopes, robust against one disturbed point. */
export function steigung(xs, ys) {
  const s = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) s.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
  return median(s);
}

/** Above this many rows the arguments are not copied per call (a copy would cost more than the call). */
const KOPIE_BIS = 20_000;

/**
 * µs per call; every call gets its own copy of the arguments' arrays, as from Excel (large ranges:
 * the prepared copies in turn, each a distinct array).
 */
function zeitJeAufruf(fn, vorlagen, zielMs, gross) {
  const kopien = (k) =>
    Array.from({ length: k }, (_, i) =>
      gross ? vorlagen[i % vorlagen.length] : globalThis.structuredClone(vorlagen[i % vorlagen.length]),
    );
  let n = gross ? 1 : 4;
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

/** The largest row count among a call's range arguments. */
function zeilenIn(args) {
  return Math.max(0, ...args.map((a) => (Array.isArray(a) ? a.length : 0)));
}

/** The same arguments with every range cut to its first `voll` rows: the filled cells alone. */
function nurGefuellt(args, voll) {
  return args.map((a) => (Array.isArray(a) && a.length > voll ? a.slice(0, voll) : a));
}

function messeFamilie(fam, fn, runden, zielMs, kurz) {
  const r = zufall(99);
  const groessen = kurz && fam.kurz ? fam.kurz : fam.groessen;
  // Three copies per size; a whole column's copies send its empty cells as null, 0 and "".
  const vorlagen = groessen.map((n) => LEER.map((leer) => fam.args(n, r, leer)));
  const gross = vorlagen.map((v) => zeilenIn(v[0]) > KOPIE_BIS);
  vorlagen.forEach((v, i) => zeitJeAufruf(fn, v, 1, gross[i])); // warm-up
  const zeiten = groessen.map(() => []);
  const gefuellt = [];
  for (let k = 0; k < runden; k++) {
    // Sizes in a rotating order, so a slow moment of the machine does not hit one size only.
    for (let j = 0; j < groessen.length; j++) {
      const i = (j + k) % groessen.length;
      zeiten[i].push(zeitJeAufruf(fn, vorlagen[i], zielMs, gross[i]));
    }
    if (fam.voll)
      gefuellt.push(
        zeitJeAufruf(
          fn,
          vorlagen[0].map((a) => nurGefuellt(a, fam.voll)),
          zielMs,
          false,
        ),
      );
  }
  const us = zeiten.map(median);
  const xs = groessen.map(Math.log);
  const exponent = steigung(xs, us.map(Math.log));
  const nLogN = steigung(
    xs,
    groessen.map((n) => Math.log(n * Math.log2(n + 1))),
  );
  const nurVoll = fam.voll ? median(gefuellt) : null;
  // ns per empty row of the whole column: (t(whole column) − t(filled rows alone)) / empty rows.
  const nsJeLeer = fam.voll ? ((us.at(-1) - nurVoll) * 1000) / (groessen.at(-1) - fam.voll) : null;
  return {
    name: fam.name,
    element: fam.element,
    groessen,
    us,
    exponent,
    grenze: nLogN + TOLERANZ,
    gefuellt: fam.voll ?? null,
    usNurGefuellt: nurVoll,
    nsJeLeereZeile: nsJeLeer,
  };
}

export default {
  id: "skalierung",
  titel: "Wachstum mit der Bereichsgröße (Satztabellen, Gruppen, Gemeinden, Jahre)",
  async lauf({ kurz, dist }) {
    const { funktionen } = ladeBundle(dist);
    const runden = kurz ? 3 : 7;
    const zielMs = kurz ? 3 : 10;
    const familien = FAMILIEN.map((f) => messeFamilie(f, funktionen[f.id], runden, zielMs, kurz));
    const zeilen = familien.flatMap((f) =>
      f.groessen.map((n, i) => [
        i === 0 ? f.name : "",
        fmt(n, 0),
        fmt(f.us[i], 2),
        fmt(f.us[i] / n, 3),
        i === 0 ? `${fmt(f.exponent, 2)} (≤ ${fmt(f.grenze, 2)})` : "",
        i === f.groessen.length - 1 && f.gefuellt
          ? `${fmt(f.usNurGefuellt, 2)} µs; ${fmt(f.nsJeLeereZeile, 2)} ns`
          : "",
      ]),
    );
    const text = [
      "Basis: dieselbe Funktion bei der kleinsten Größe; Exponent k aus t ∝ nᵏ (Theil–Sen über log n, log t),",
      `Grenze = Exponent von n log n über dieselben Größen + ${fmt(TOLERANZ, 2)} (Rauschen).`,
      `Ganze Spalten (A:A …): n Zeilen, oben die genannten gefüllt, der Rest leer (je eine Kopie mit null, 0 und ""),`,
      "„nur gefüllt“ = derselbe Aufruf mit den gefüllten Zeilen allein; „je leere Zeile“ = (ganze Spalte − nur gefüllt) / leere Zeilen.",
      tabelle(["Familie", "n", "µs/Aufruf", "µs/Element", "Exponent (Grenze)", "nur gefüllt; je leere Zeile"], zeilen),
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
