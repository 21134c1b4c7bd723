// Plan-Ist (issue 27): reading actual costs and building the sheet, each against a named baseline
// in the same round (interleaved, order alternating, ratio per round, median and spread reported):
//   - 100,000 booking rows (Windows-1252, ;, German amounts, dates) matched to 50 posts × 12 months,
//     against the levy reader on a CSV of 100,000 rows (bench/csvLauf.mjs's file);
//   - 50 posts × 12 months from the month-column layout, against the same baseline;
//   - the sheet "Plan-Ist" for 50 posts with actuals to October, against the Rhein-Sieg workbook
//     ("Kostenvergleich" + "Annahmen") built by baueArbeitsmappe.
// Runs under tsx (started by suites/planIst.mjs). ASSERTED: every booking reaches its line, the sheet
// has every line; times are reported.
import * as importModul from "../src/scenario/planIst/istImport.ts";
import * as umlageModul from "../src/cli/umlageDatei.ts";
import * as workbookModul from "../src/workbook/index.ts";
import * as coreModul from "../src/core/index.ts";
import * as vorlagenModul from "../src/scenario/vorlagen.ts";
import { euroBetrag, fmt, median, messe, spanne, tabelle, zufall } from "./werkzeug.mjs";

const { liesIstCsv } = importModul.default ?? importModul;
const { zerlegeUmlageCsv } = umlageModul.default ?? umlageModul;
const { baueArbeitsmappe, bauePlanIstBlatt } = workbookModul.default ?? workbookModul;
const { besetzteMonate, findeFoerderregelNachId } = coreModul.default ?? coreModul;
const { erzeugeVorlagenSatz } = vorlagenModul.default ?? vorlagenModul;
const kurz = process.argv.includes("--short");
const STELLEN = 50;

const ansi = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function eingabe() {
  const positionen = ["Fachkraft", "Verwaltung", "Assistenz"];
  return {
    jahr: 2013,
    koerperschaft: "Kreis",
    regel: findeFoerderregelNachId("NRW-2012"),
    querschnittssatz: 0.3,
    sachkosten: { it: 15_000_00, raum: 20_000_00, projektmittel: 50_000_00 },
    sachausgaben: 0,
    stellen: Array.from({ length: STELLEN }, (_, i) => ({
      schluessel: `Stelle ${i + 1}`,
      bezeichnung: `Stelle ${i + 1}`,
      art: "grund",
      position: positionen[i % 3],
      anteil: i % 3 === 2 ? 0.5 : 1,
      jahreskosten: 4_000_000 + i * 12_345,
      besetzt: besetzteMonate(i % 5 === 0 ? { abMonat: 9 } : {}),
    })),
  };
}

const ziele = [
  ...eingabe().stellen.map((s) => ({ schluessel: s.schluessel, bezeichnung: s.bezeichnung })),
  { schluessel: "IT", bezeichnung: "IT" },
];

function buchungen(zeilen) {
  const rnd = zufall(27);
  const text = ["Kostenstelle;Buchungsdatum;Belegnummer;Betrag"];
  let summe = 0;
  for (let i = 0; i < zeilen; i++) {
    const cent = Math.round(euroBetrag(rnd, 900) * 100);
    summe += cent;
    const monat = String(1 + (i % 10)).padStart(2, "0");
    text.push(
      `Stelle ${1 + (i % STELLEN)};28.${monat}.2013;B-${i};${(cent / 100).toLocaleString("de-DE", { minimumFractionDigits: 2 })}`,
    );
  }
  return { daten: ansi(text.join("\r\n")), summe };
}

function monatsspalten() {
  const kopf = ["Schlüssel", "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
  const zeilen = eingabe().stellen.map((s, i) =>
    [
      s.schluessel,
      ...Array.from({ length: 10 }, (_, m) => `${(3_300 + i + m).toLocaleString("de-DE")},50`),
      "",
      "",
    ].join(";"),
  );
  return ansi([kopf.join(";"), ...zeilen].join("\r\n"));
}

function umlageCsv(zeilen) {
  const rnd = zufall(12);
  const text = ["Gemeinde;Umlagegrundlage;Minderbelastung"];
  for (let i = 0; i < zeilen; i++)
    text.push(`Gemeinde ${i};${euroBetrag(rnd, 5e8).toLocaleString("de-DE", { minimumFractionDigits: 2 })};`);
  return ansi(text.join("\r\n"));
}

/** Interleaved rounds: candidate and baseline one after the other, order alternating; ratio per round. */
function runden(anzahl, kandidat, basis) {
  const k = [];
  const b = [];
  const v = [];
  for (let r = 0; r < anzahl; r++) {
    const [x, y] =
      r % 2 === 0 ? [messe(kandidat), messe(basis)] : (([y2, x2]) => [x2, y2])([messe(basis), messe(kandidat)]);
    k.push(x.ms);
    b.push(y.ms);
    v.push(x.ms / y.ms);
  }
  return { ms: median(k), basisMs: median(b), verhaeltnis: median(v), spanne: spanne(v) };
}

const laeufe = kurz ? 3 : 7;
const gross = buchungen(100_000 - 1);
const klein = monatsspalten();
const basisCsv = umlageCsv(100_000 - 1);
const basisUmlage = () => zerlegeUmlageCsv(basisCsv, "basis.csv");
const optionen = { jahr: 2013, ziele };

const importGross = runden(laeufe, () => liesIstCsv(gross.daten, "buchungen.csv", optionen), basisUmlage);
const importKlein = runden(laeufe, () => liesIstCsv(klein, "monate.csv", optionen), basisUmlage);

const istGross = liesIstCsv(gross.daten, "buchungen.csv", optionen);
const eingelesen = Object.values(istGross.istwerte).reduce((s, w) => s + w.reduce((t, x) => t + (x ?? 0), 0), 0);
const istKlein = liesIstCsv(klein, "monate.csv", optionen).istwerte;

const e = eingabe();
const grundlage = { eingabe: e, szenario: { name: "Bench" }, herleitung: "Bench." };
const planOptionen = { stand: null, wahl: {}, ist: istKlein, istQuelle: "monate.csv" };
const baueBlatt = () => bauePlanIstBlatt({ grundlage, optionen: planOptionen, modus: "nativ", druckkopf: {} });
const rsk = erzeugeVorlagenSatz("rhein-sieg-2013");
const baueRsk = () => baueArbeitsmappe(rsk, { modus: "nativ", datum: new Date(2013, 1, 4) });
const blattLauf = runden(laeufe * 3, baueBlatt, baueRsk);
const blatt = baueBlatt();
const zeilenImBlatt = blatt.zellen.filter((z) => z[1] && "text" in z[1] && z[1].text === "Ist").length;

const zeile = (name, m, basis) => [
  name,
  fmt(m.ms, 1),
  basis,
  fmt(m.basisMs, 1),
  `${fmt(m.verhaeltnis, 2)}×`,
  `${fmt(m.spanne[0], 2)}–${fmt(m.spanne[1], 2)}`,
];
const text = tabelle(
  ["Plan-Ist", "ms", "Basis", "Basis ms", "× Basis", "Spanne"],
  [
    zeile("Import 100.000 Buchungen → 50 Stellen × 12 Monate", importGross, "Umlage-CSV 100.000 Zeilen"),
    zeile("Import 50 Stellen × 12 Monate (Monatsspalten)", importKlein, "Umlage-CSV 100.000 Zeilen"),
    zeile("Blatt „Plan-Ist“ 50 Stellen × 12 Monate", blattLauf, "Arbeitsmappe Rhein-Sieg"),
  ],
);
process.stdout.write(
  JSON.stringify({
    text: `${text}\n  (× Basis: Median der Verhältnisse je Runde; ${laeufe} bzw. ${laeufe * 3} Runden; Zeiten berichtet, nicht geprüft)`,
    daten: { importGross, importKlein, blatt: blattLauf, bytes: gross.daten.length },
    pruefungen: [
      {
        name: "jede Buchung in ihrer Zeile",
        ok: eingelesen === gross.summe && istGross.fehler.length === 0,
        ist: fmt(eingelesen / 100),
        ziel: fmt(gross.summe / 100),
      },
      {
        name: "jede Zeile auf dem Blatt",
        ok: zeilenImBlatt === STELLEN + 4,
        ist: String(zeilenImBlatt),
        ziel: String(STELLEN + 4),
      },
    ],
  }),
);
