// Random before/after comparison of two BUILT function bundles (issue 26: the speed work must not
// change a single result). Both bundles are loaded as the bench loads them and receive the same
// random Excel-shaped calls – ranges as 2-D arrays, omitted arguments as null, empty cells as null,
// "" and 0, sub-cent and near-cent amounts (200000 + 146303,33 is 346303,32999999996), half cents,
// bad input (text, WAHR, negative, too large) – for every KI.* function; every result must be the
// same number (Object.is: −0 too), the same text, or the same error code with the same message.
//
//   node bench/bundleVergleich.mjs --alt <dist> --neu <dist> [--faelle 20000] [--saat 26]
//
// Prints the calls per function and every difference (the first few in full); exit code 1 if any.
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { ladeBundle, StubFehler } from "./ladeBundle.mjs";
import { benchSatztabelle, zufall } from "./werkzeug.mjs";

function option(name, standard) {
  const i = process.argv.indexOf(name);
  return i === -1 ? standard : process.argv[i + 1];
}

const alt = ladeBundle(path.resolve(option("--alt", "dist-alt"))).funktionen;
const neu = ladeBundle(path.resolve(option("--neu", "dist"))).funktionen;
const FAELLE = Number(option("--faelle", 20000));
const r = zufall(Number(option("--saat", 26)));

const wahl = (liste) => liste[Math.floor(r() * liste.length)];
const ganz = (max) => Math.floor(r() * (max + 1));
const LEER = [null, "", 0];
const TABELLE_50 = benchSatztabelle();

/** An amount in € as a cell may hold it. */
function betrag(max = 500000, rein = false) {
  const c = ganz(max * 100);
  switch (rein && r() < 0.97 ? 6 + ganz(5) : ganz(11)) {
    case 0:
      return c / 100 + 0.005; // half a cent (as a double: near it)
    case 1:
      return 200000 + c / 100; // a sum of cents: often not the double of its decimal
    case 2:
      return Math.round(r() * max * 1000) / 1000;
    case 3:
      return r() * max; // any double
    case 4:
      return wahl(LEER);
    case 5:
      return wahl([-1, -0.01, 1e12, 1e12 + 1, 999999999999.995, "1.234,50 €", "abc", true, 0.1 + 0.2]);
    case 6:
      return ganz(max);
    case 7:
      return (c * 5) / 100; // often an exact half cent times 0,3
    case 8:
      return r() < 0.5 ? c / 100 + 0.005 : 200000 + c / 100;
    default:
      return c / 100;
  }
}

const anzahl = () => (r() < 0.85 ? ganz(20) : wahl([0.5, -1, null, "", "3", 1e15, 2.5]));
const satzZelle = () =>
  r() < 0.7 ? wahl([0.3, 0.25, 0.281, 0, 1]) : wahl([ganz(10000) / 10000, r(), 1.2, -0.1, null, "", "30 %"]);
const alsBereich = (v) => (r() < 0.9 ? [[v]] : v);
const optBereich = (f) => (r() < 0.5 ? null : [[f()]]);
const jahr = () =>
  r() < 0.85 ? wahl([2013, 2017, 2018, 2019, 2012, 2016, null]) : wahl([2011, 2020, 0, "", 2013.5, "2013"]);
const koerperschaft = () => wahl(["Kreis", "Kreis", null, "", 0, "kreisfreie Stadt", "Stadt", " kreis", "Gemeinde"]);
const POSITIONEN = ["Fachkraft", "Verwaltung", "Assistenz"];
const GRUPPEN = ["A 11", "EG 6", "EG 9b", "EG 9c", "EG 14", "A11", "E 9b", "TVöD-E 14"];
const spalte = (n, f) => Array.from({ length: n }, () => [f()]);

/** Base posts one by one: Förderposition | cost | [share], now and then a header, an empty row or a bad cell. */
function posten() {
  const breite = r() < 0.7 ? 3 : 2;
  const n = 1 + ganz(r() < 0.9 ? 6 : 30);
  const zeilen = [];
  if (r() < 0.05) zeilen.push(["Förderposition", "Kosten", "Anteil"].slice(0, breite));
  for (let i = 0; i < n; i++) {
    const z = [
      r() < 0.95 ? wahl(POSITIONEN) : wahl(["fachkraft", "", null, 0, "Leitung"]),
      r() < 0.9 ? betrag(90000, r() < 0.9) : wahl(LEER),
      r() < 0.9 ? wahl([1, 1, 0.5, 0.75, 0.25, 2, 1 / 3]) : wahl([null, 0, "", -1]),
    ].slice(0, breite);
    if (r() < 0.03) z.fill(wahl(LEER));
    zeilen.push(z);
  }
  return zeilen;
}

function gruppen() {
  if (r() < 0.6) return [[r() < 0.95 ? wahl(GRUPPEN) : wahl(["", null, 0, "X 99", 5])]];
  return spalte(1 + ganz(12), () => (r() < 0.9 ? wahl(GRUPPEN) : wahl(LEER)));
}

function anteile(g) {
  const a = () => (r() < 0.9 ? wahl([1, 0.5, 0.75, 1 / 3, 0.25]) : wahl([null, "", 0, -1, "x"]));
  if (r() < 0.3) return null;
  if (r() < 0.5 || g.length === 1) return [[a()]];
  return g.map(() => [a()]);
}

function tabelle() {
  return wahl([
    null,
    [["NI2024"]],
    [["RSK2013"]],
    [[""]],
    [[0]],
    [["BUND-AGEBV-2021"]],
    TABELLE_50.map((z) => [...z]),
    [
      ["A 11", 69800.005],
      ["EG 9b", 71600.5],
      ["EG 14", 100300.33],
      ["EG 6", 55900],
    ],
  ]);
}

const GENERATOREN = {
  PERSONALKOSTEN: () => {
    const t = tabelle();
    // A grade the table lacks gives #NV; with the 50-row table, mostly its own grades.
    const eigene = t !== null && t.length === 50 && r() < 0.7;
    const rsk = (t === null || t[0][0] === "RSK2013" || t[0][0] === "" || t[0][0] === 0) && r() < 0.7;
    const g = eigene ? [[wahl(TABELLE_50)[0]]] : rsk ? spalte(1 + ganz(3), () => "A 11") : gruppen();
    return [g, anteile(g), t];
  },
  QUERSCHNITTSKOSTEN: () => [betrag(), optBereich(satzZelle)],
  ITKOSTEN: () => [anzahl(), optBereich(() => betrag(5000))],
  RAUMKOSTEN: () => [anzahl(), optBereich(() => betrag(8000))],
  GESAMTKOSTEN: () => [
    betrag(),
    anzahl(),
    anzahl(),
    r() < 0.3 ? null : betrag(20000),
    optBereich(satzZelle),
    optBereich(() => betrag(5000)),
    optBereich(() => betrag(8000)),
  ],
  LANDESERSTATTUNG: () => {
    const bereich = r() < 0.5;
    const schlicht = r() < 0.6;
    return [
      bereich ? posten() : alsBereich(betrag(400000)),
      jahr(),
      koerperschaft(),
      schlicht ? wahl([null, 0]) : wahl([null, 0, 1, 2, 3, 4, ""]),
      schlicht ? null : wahl([null, [[betrag(60000)]], spalte(3, () => betrag(60000)), [[null]]]),
      schlicht ? wahl([null, 0]) : wahl([null, 0, betrag(60000)]),
      schlicht ? null : wahl([null, [["auto"]], [["NRW-2020"]], [["NRW-AKTUELL"]], [[""]]]),
    ];
  },
  EIGENANTEIL: () => [betrag(), r() < 0.2 ? null : betrag(200000)],
  KOSTENAUFSTELLUNG: () => {
    if (r() < 0.5) {
      return [
        alsBereich(200000 + ganz(30000000) / 100),
        anzahl(),
        anzahl(),
        betrag(10000),
        betrag(170000),
        null,
        null,
        optBereich(satzZelle),
      ];
    }
    const g = gruppen();
    return [
      g,
      anzahl(),
      anzahl(),
      betrag(10000),
      r() < 0.5 ? 0 : betrag(50000),
      anteile(g),
      wahl([[["NI2024"]], null, [["BUND-AGEBV-2021"]]]),
      optBereich(satzZelle),
    ];
  },
  SATZ: () => [
    wahl(["Querschnitt", "IT", "Raum", "Landespauschale", "Zusatzstelle", "Sachausgaben", "Arbeitsplatz", "A 12", "x"]),
    jahr(),
    r() < 0.6 ? wahl([null, "", 0]) : wahl(["BUND-AGEBV-2021", "NDS-2023", "RSK2013", "NI2024"]),
  ],
  FORTSCHREIBUNG: () => [
    betrag(),
    wahl([0.025, 0.03, -0.01, 0, null, 0.5, 1.5, "x"]),
    wahl([0, 1, 5, 30, -3, null, 2.5]),
  ],
  BARWERT: () => [
    spalte(1 + ganz(25), () => betrag(300000, true)),
    wahl([0.03, 0.025, -0.01, 0, null, "", -1]),
    r() < 0.6 ? null : [[wahl([0, 1, 2, null, "", 0.5])]],
  ],
  UMLAGE: () => [
    r() < 0.9 ? betrag(100000) : -betrag(10000) || 0,
    spalte(1 + ganz(r() < 0.8 ? 25 : 400), () =>
      r() < 0.9 ? betrag(5e8, true) : wahl([null, "", 0, ganz(1e9) / 1e6, 1e11 + 0.123456, r() < 0.2 ? -1 : 0]),
    ),
  ],
};

/** A result as comparable text: numbers with Object.is precision (−0, NaN), errors as code and message. */
function form(v) {
  if (v instanceof StubFehler) return `#${v.code}: ${v.message}`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (Array.isArray(v)) return `[${v.map(form).join(", ")}]`;
  return `${typeof v}:${String(v)}`;
}

/** A deep copy per bundle (node:v8 keeps −0 and NaN), so neither sees what the other may have changed. */
const kopie = (v) => deserialize(serialize(v));

const zaehler = {};
const unterschiede = [];
const ids = Object.keys(GENERATOREN);
for (const id of Object.keys(neu)) if (!GENERATOREN[id]) console.log(`ohne Generator: ${id}`);
for (let i = 0; i < FAELLE; i++) {
  const id = ids[i % ids.length];
  const args = GENERATOREN[id]();
  const a = form(alt[id](...kopie(args)));
  const b = form(neu[id](...kopie(args)));
  zaehler[id] ??= { aufrufe: 0, fehlerwerte: 0 };
  zaehler[id].aufrufe++;
  if (a.startsWith("#") || a.startsWith("[[#")) zaehler[id].fehlerwerte++;
  if (a !== b) unterschiede.push(`${id}(${args.map((x) => JSON.stringify(x)).join("; ")}): alt ${a}, neu ${b}`);
}
for (const [id, z] of Object.entries(zaehler))
  console.log(`${id.padEnd(20)} ${z.aufrufe} Aufrufe, davon ${z.fehlerwerte} Fehlerwerte`);
console.log(`${FAELLE} Aufrufe, ${unterschiede.length} Unterschiede`);
for (const u of unterschiede.slice(0, 20)) console.log(`  ${u.length > 600 ? `${u.slice(0, 600)}…` : u}`);
process.exitCode = unterschiede.length ? 1 : 0;
