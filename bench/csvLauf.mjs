// Reading a 100,000-row levy CSV as German Excel writes it (Windows-1252, semicolons, decimal
// commas, quoted names with semicolons, CRLF): decoding, delimiter detection, parsing, checks and
// the duplicate test of src/cli/umlageDatei.ts. Runs under tsx (started by suites/csv.mjs).
import * as umlageModul from "../src/cli/umlageDatei.ts";
import { euroBetrag, fmt, messe, tabelle, zufall } from "./werkzeug.mjs";

const { zerlegeUmlageCsv, MAX_UMLAGE_ZEILEN } = umlageModul.default ?? umlageModul;
const kurz = process.argv.includes("--short");

function ansiCsv(zeilen) {
  const rnd = zufall(12);
  const text = ["Gemeinde;Umlagegrundlage;Minderbelastung"];
  for (let i = 0; i < zeilen; i++) {
    const betrag = euroBetrag(rnd, 5e8).toLocaleString("de-DE", { minimumFractionDigits: 2 });
    text.push(i % 10 === 0 ? `"Königswinter; Ortsteil ${i}";${betrag};10 %` : `Gemeinde ${i};${betrag};`);
  }
  // Windows-1252 for Latin-1 characters is the byte of the code point.
  return Uint8Array.from(text.join("\r\n"), (c) => c.charCodeAt(0));
}

// The header line counts: 100,000 lines in all, the most the reader accepts.
const zeilen = MAX_UMLAGE_ZEILEN - 1;
const daten = ansiCsv(zeilen);
const laeufe = kurz ? 3 : 7;
const zeiten = [];
let mitglieder = 0;
for (let i = 0; i < laeufe; i++) {
  const m = messe(() => zerlegeUmlageCsv(daten, "bench.csv"));
  zeiten.push(m.ms);
  mitglieder = m.ergebnis.mitglieder.length;
}
zeiten.sort((a, b) => a - b);
const median = zeiten[Math.floor(zeiten.length / 2)];
const text = tabelle(
  ["Datei", "Gemeinden", "MB", "Median ms", "Ziel"],
  [
    [
      "Windows-1252, ; , Anführungszeichen, CRLF",
      fmt(zeilen, 0),
      fmt(daten.length / 1e6, 1),
      fmt(median, 0),
      "< 1.000 ms",
    ],
  ],
);
process.stdout.write(
  JSON.stringify({
    text: `${text}\n  (Basis: Ziel < 1 s; Median aus ${laeufe} Läufen, Zeit berichtet, nicht geprüft)`,
    daten: { zeilen, bytes: daten.length, medianMs: median, laeufe },
    pruefungen: [
      { name: "alle Zeilen gelesen", ok: mitglieder === zeilen, ist: fmt(mitglieder, 0), ziel: fmt(zeilen, 0) },
    ],
  }),
);
