// A 5.005-formula workbook: the Rhein-Sieg cost lines (PERSONALKOSTEN from a 50-row rate table,
// QUERSCHNITTSKOSTEN, ITKOSTEN, RAUMKOSTEN, GESAMTKOSTEN, LANDESERSTATTUNG, EIGENANTEIL) in 715
// variants, written through the fake Office.js host (devtools/fakeHost) and calculated by
// HyperFormula with the BUILT KI.* functions bridged in, against the same workbook with native
// formulas in plain HyperFormula. Timings are reported, not asserted.
//
// Runs in its own process under tsx (`node --import tsx`, started by suites/arbeitsmappe.mjs) so
// the TypeScript fake host and this file share one HyperFormula instance: two instances in one
// process share chevrotain and break each other's formula lexer.
import { HyperFormula } from "hyperformula";
import { createFakeExcel } from "../devtools/fakeHost/index.ts";
import { ladeBundle } from "./ladeBundle.mjs";
import { benchSatztabelle, euroBetrag, fmt, messe, messeAsync, tabelle, zufall } from "./werkzeug.mjs";

const BASIS = "dieselbe Mappe mit nativen Formeln in HyperFormula 3 (ohne Fake-Host)";
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
    { licenseKey: "gpl-v3" },
  );
}

async function lauf({ kurz, dist }) {
  const ki = ladeBundle(dist);
  const daten = eingaben();
  const runden = kurz ? 3 : 20;

  const aufbauFake = await messeAsync(() => baueFake(ki, daten));
  const fake = aufbauFake.ergebnis;
  const syncsAufbau = fake.syncCount;
  const aufbauNativ = messe(() => baueNativ(daten));
  const nativ = aufbauNativ.ergebnis;
  const blattNativ = nativ.getSheetId("Vergleich");
  const annahmenNativ = nativ.getSheetId("Annahmen");

  // Same figures in both workbooks, to the half cent.
  const vergleiche = () => {
    const a = fake.werte("Vergleich", `F1:L${VARIANTEN}`);
    const b = nativ.getSheetValues(blattNativ).map((z) => z.slice(5, 12));
    let abw = 0;
    for (let i = 0; i < VARIANTEN; i++) {
      for (let j = 0; j < FORMELN_JE_ZEILE; j++) {
        if (typeof a[i][j] !== "number" || typeof b[i][j] !== "number" || Math.abs(a[i][j] - b[i][j]) >= 0.005) abw++;
      }
    }
    return abw;
  };
  const abweichungenAufbau = vergleiche();

  // A rate in the table changes: every PERSONALKOSTEN and everything after it recalculates.
  const neuFake = messe(() => {
    for (let k = 0; k < runden; k++) fake.setzeWert("Annahmen", "E10", 52000 + k);
  });
  const neuNativ = messe(() => {
    for (let k = 0; k < runden; k++) nativ.setCellContents({ sheet: annahmenNativ, col: 4, row: 9 }, 52000 + k);
  });
  const abweichungenNeu = vergleiche();
  nativ.destroy();

  const formeln = VARIANTEN * FORMELN_JE_ZEILE;
  const zeilen = [
    {
      schritt: "Aufbau + erste Berechnung",
      fakeMs: aufbauFake.ms,
      nativMs: aufbauNativ.ms,
    },
    {
      schritt: "Neuberechnung nach Änderung eines Tabellensatzes (ganze Mappe)",
      fakeMs: neuFake.ms / runden,
      nativMs: neuNativ.ms / runden,
    },
  ];
  const text = [
    `Basis: ${BASIS}`,
    tabelle(
      ["Schritt", "Fake-Host + KI.* (ms)", "nativ (ms)", "× Basis", "µs/Formel KI"],
      zeilen.map((z) => [
        z.schritt,
        fmt(z.fakeMs, 1),
        fmt(z.nativMs, 1),
        `${fmt(z.fakeMs / z.nativMs, 2)}×`,
        fmt((z.fakeMs * 1000) / formeln, 2),
      ]),
    ),
    `${formeln.toLocaleString("de-DE")} Formeln (${VARIANTEN} Varianten × ${FORMELN_JE_ZEILE}), Aufbau in ${syncsAufbau} sync(s); ` +
      `Abweichungen KI vs. nativ ≥ 0,5 Cent: ${abweichungenAufbau} nach Aufbau, ${abweichungenNeu} nach Neuberechnung; ` +
      `Neuberechnung gemittelt über ${runden} Änderungen.`,
  ].join("\n");
  return {
    text,
    daten: { basis: BASIS, formeln, runden, syncsAufbau, abweichungenAufbau, abweichungenNeu, schritte: zeilen },
    pruefungen: [],
  };
}

const ergebnis = await lauf({
  kurz: process.argv.includes("--short"),
  dist: process.argv[process.argv.indexOf("--dist") + 1],
});
process.stdout.write(JSON.stringify(ergebnis));
