// A 5.005-formula workbook: the Rhein-Sieg cost lines (PERSONALKOSTEN from a 50-row rate table,
// QUERSCHNITTSKOSTEN, ITKOSTEN, RAUMKOSTEN, GESAMTKOSTEN, LANDESERSTATTUNG, EIGENANTEIL) in 715
// variants, written through the fake Office.js host (devtools/fakeHost) and calculated by
// HyperFormula with the BUILT KI.* functions bridged in, against the same workbook with native
// formulas in plain HyperFormula. Timings are reported, not asserted.
//
// Runs in its own process under tsx (`node --import tsx`, started by suites/arbeitsmappe.mjs) so
// the TypeScript fake host and this file share one HyperFormula instance: two instances in one
// process share chevrotain and break each other's formula lexer.
import { createRequire } from "node:module";
import { createFakeExcel, EXCEL_KONFIGURATION } from "../devtools/fakeHost/index.ts";
import { ladeBundle } from "./ladeBundle.mjs";
import { benchSatztabelle, euroBetrag, fmt, median, messe, messeAsync, spanne, tabelle, zufall } from "./werkzeug.mjs";

// The CommonJS build, the one the fake host (TypeScript under tsx) loads: both sides of every ratio
// run the same HyperFormula code, not its ES build beside it.
const { HyperFormula } = createRequire(import.meta.url)("hyperformula");

const BASIS =
  "dieselbe Mappe mit nativen Formeln in HyperFormula 3 mit EXCEL_KONFIGURATION des Fake-Hosts (ohne Fake-Host)";
const VARIANTEN = 715;
const FORMELN_JE_ZEILE = 7;

function eingaben() {
  const r = zufall(2013);
  const t = benchSatztabelle();
  return Array.from({ length: VARIANTEN }, () => [
    t[Math.floor(r() * t.length)][0],
    [0.5, 1, 1.5, 2, 3.5][Math.floor(r() * 5)],
    Math.floor(r() * 10),
    Math.floor(r() * 5),
    euroBetrag(r, 10000),
  ]);
}

const TABELLE = "Annahmen!$D$1:$E$50";
const SATZ = "Annahmen!$A$1";

function kiFormeln(z) {
  return [
    `=KI.PERSONALKOSTEN(A${z},B${z},${TABELLE})`,
    `=KI.QUERSCHNITTSKOSTEN(F${z},${SATZ})`,
    `=KI.ITKOSTEN(C${z})`,
    `=KI.RAUMKOSTEN(D${z})`,
    `=KI.GESAMTKOSTEN(F${z},C${z},D${z},E${z},${SATZ})`,
    `=KI.LANDESERSTATTUNG(F${z},2013,"Kreis")`,
    `=KI.EIGENANTEIL(J${z},K${z})`,
  ];
}

function nativeFormeln(z) {
  return [
    `=ROUND(VLOOKUP(A${z},${TABELLE},2,FALSE())*B${z},2)`,
    `=ROUND(F${z}*${SATZ},2)`,
    `=ROUND(C${z}*2268,2)`,
    `=ROUND(D${z}*5040,2)`,
    `=F${z}+ROUND(F${z}*${SATZ},2)+ROUND(C${z}*2268,2)+ROUND(D${z}*5040,2)+E${z}`,
    `=MIN(F${z},170000)`,
    `=J${z}-K${z}`,
  ];
}

function annahmenBlatt() {
  const t = benchSatztabelle();
  return t.map((zeile, i) => [i === 0 ? 0.3 : null, null, null, ...zeile]).map((z) => [z[0], null, null, z[3], z[4]]);
}

async function baueFake(ki, daten) {
  const fake = createFakeExcel({ ki, blaetter: ["Annahmen"] });
  await fake.Excel.run(async (context) => {
    const annahmen = context.workbook.worksheets.getItem("Annahmen");
    annahmen.getRange("A1:E50").values = annahmenBlatt();
    const v = context.workbook.worksheets.add("Vergleich");
    v.getRange(`A1:E${VARIANTEN}`).values = daten;
    v.getRange(`F1:L${VARIANTEN}`).formulas = daten.map((_, i) => kiFormeln(i + 1));
    await context.sync();
  });
  return fake;
}

function baueNativ(daten) {
  return HyperFormula.buildFromSheets(
    {
      Annahmen: annahmenBlatt(),
      Vergleich: daten.map((z, i) => [...z, ...nativeFormeln(i + 1)]),
    },
    { ...EXCEL_KONFIGURATION },
  );
}

/** Same figures in both workbooks, to the half cent: cells that differ by more. */
function abweichungen(fake, nativ) {
  const a = fake.werte("Vergleich", `F1:L${VARIANTEN}`);
  const b = nativ.getSheetValues(nativ.getSheetId("Vergleich")).map((z) => z.slice(5, 12));
  let abw = 0;
  for (let i = 0; i < VARIANTEN; i++) {
    for (let j = 0; j < FORMELN_JE_ZEILE; j++) {
      if (typeof a[i][j] !== "number" || typeof b[i][j] !== "number" || Math.abs(a[i][j] - b[i][j]) >= 0.005) abw++;
    }
  }
  return abw;
}

/** One round: both builds in the given order, then alternating recalculations after a rate change. */
async function runde({ ki, daten, aenderungen, fakeZuerst }) {
  const bauFake = () => messeAsync(() => baueFake(ki, daten));
  const bauNativ = async () => messe(() => baueNativ(daten));
  const [f, n] = fakeZuerst ? [await bauFake(), await bauNativ()] : [await bauNativ(), await bauFake()].reverse();
  const fake = f.ergebnis;
  const nativ = n.ergebnis;
  const abwAufbau = abweichungen(fake, nativ);
  const annahmen = nativ.getSheetId("Annahmen");
  let neuFake = 0;
  let neuNativ = 0;
  // A rate in the table changes: every PERSONALKOSTEN and everything after it recalculates.
  for (let k = 0; k < aenderungen; k++) {
    neuFake += messe(() => fake.setzeWert("Annahmen", "E10", 52000 + k)).ms;
    neuNativ += messe(() => nativ.setCellContents({ sheet: annahmen, col: 4, row: 9 }, 52000 + k)).ms;
  }
  const abwNeu = abweichungen(fake, nativ);
  const syncs = fake.syncCount;
  nativ.destroy();
  return { aufbau: [f.ms, n.ms], neu: [neuFake / aenderungen, neuNativ / aenderungen], abwAufbau, abwNeu, syncs };
}

function schritt(name, paare) {
  const fake = paare.map((p) => p[0]);
  const nativ = paare.map((p) => p[1]);
  const q = paare.map((p) => p[0] / p[1]);
  return { schritt: name, fakeMs: median(fake), nativMs: median(nativ), faktor: median(q), spanne: spanne(q) };
}

async function lauf({ kurz, dist }) {
  const ki = ladeBundle(dist);
  const daten = eingaben();
  const runden = kurz ? 3 : 9;
  const aenderungen = kurz ? 3 : 10;
  await runde({ ki, daten, aenderungen: 1, fakeZuerst: true }); // warm-up: JIT, HyperFormula's caches
  const r = [];
  // Builds alternate which engine goes first: the first build in a process pays for warm-up.
  for (let k = 0; k < runden; k++) r.push(await runde({ ki, daten, aenderungen, fakeZuerst: k % 2 === 0 }));
  const formeln = VARIANTEN * FORMELN_JE_ZEILE;
  const zeilen = [
    schritt(
      "Aufbau + erste Berechnung",
      r.map((x) => x.aufbau),
    ),
    schritt(
      "Neuberechnung nach Änderung eines Tabellensatzes (ganze Mappe)",
      r.map((x) => x.neu),
    ),
  ];
  const abwAufbau = Math.max(...r.map((x) => x.abwAufbau));
  const abwNeu = Math.max(...r.map((x) => x.abwNeu));
  const text = [
    `Basis: ${BASIS}`,
    tabelle(
      ["Schritt", "Fake-Host + KI.* (ms)", "nativ (ms)", "× Basis (Spanne)", "Ziel", "µs/Formel KI"],
      zeilen.map((z, i) => [
        z.schritt,
        fmt(z.fakeMs, 1),
        fmt(z.nativMs, 1),
        `${fmt(z.faktor, 2)}× (${fmt(z.spanne[0], 2)}–${fmt(z.spanne[1], 2)})`,
        i === 0 ? (z.faktor <= 1.3 ? "≤ 1,3× ✔" : "≤ 1,3× über Ziel") : z.faktor <= 1 ? "≤ 1× ✔" : "≤ 1× über Ziel",
        fmt((z.fakeMs * 1000) / formeln, 2),
      ]),
    ),
    `${formeln.toLocaleString("de-DE")} Formeln (${VARIANTEN} Varianten × ${FORMELN_JE_ZEILE}), Aufbau in ${r[0].syncs} sync(s); ` +
      `Abweichungen KI vs. nativ ≥ 0,5 Cent: ${abwAufbau} nach Aufbau, ${abwNeu} nach Neuberechnung.`,
    `Median aus ${runden} Runden (Aufbau abwechselnd Fake-Host bzw. nativ zuerst; je Runde ${aenderungen} Änderungen, ` +
      "Fake-Host und nativ im Wechsel); jedes Verhältnis innerhalb einer Runde gebildet.",
  ].join("\n");
  return {
    text,
    daten: {
      basis: BASIS,
      formeln,
      runden,
      aenderungen,
      syncsAufbau: r[0].syncs,
      abweichungenAufbau: abwAufbau,
      abweichungenNeu: abwNeu,
      schritte: zeilen,
    },
    pruefungen: [],
  };
}

const ergebnis = await lauf({
  kurz: process.argv.includes("--short"),
  dist: process.argv[process.argv.indexOf("--dist") + 1],
});
process.stdout.write(JSON.stringify(ergebnis));
