/**
 * Actual costs in (issue 27 item 2): the seed-004 actuals in the encodings finance systems and Excel
 * write, as bookings and as a selected range; unknown keys, duplicates and months outside the year
 * are named with file and line, and the user's correction of a key is applied.
 */
import { planIst } from "../../../src/core";
import { EingabeFehler } from "../../../src/scenario/csv/fehler";
import {
  istZiele,
  liesIstBereich,
  liesIstCsv,
  planIstGrundlageAusStand,
  type IstImportOptionen,
} from "../../../src/scenario/planIst";
import { SEED004_IST_CSV, seed004Stand } from "../../helpers/planIstSeed004";

function optionen(zuordnung?: Record<string, string>): IstImportOptionen {
  const g = planIstGrundlageAusStand(seed004Stand());
  return { jahr: 2013, ziele: istZiele(g.eingabe), ...(zuordnung ? { zuordnung } : {}) };
}

const KODIERUNGEN: Array<[string, (t: string) => Uint8Array]> = [
  ["Windows-1252", (t) => Buffer.from(t, "latin1")],
  ["UTF-8 mit BOM", (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")])],
  // Excel's "Unicode-Text": UTF-16 little endian with its mark, tab-separated.
  [
    "UTF-16 (Unicode-Text)",
    (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t.replace(/;/g, "\t"), "utf16le")]),
  ],
];

test.each(KODIERUNGEN)("the seed-004 actuals from a CSV in %s give the figures worked out by hand", (_, kodiere) => {
  const imp = liesIstCsv(kodiere(SEED004_IST_CSV), "ist-2013.csv", optionen());
  expect(imp.fehler).toEqual([]);
  expect(imp.format).toBe("Monatsspalten");
  expect(imp.istwerte["Fachkraft 2"]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 495_050, 495_050, null, null]);
  const r = planIst(planIstGrundlageAusStand(seed004Stand()).eingabe, imp.istwerte);
  // tests/core/planIst/seed004.test.ts: due 26.333,33 €, forecast refund 54.333,34 €, forecast 101.487,96 €.
  expect(r.stichmonat).toBe(10);
  expect(r.erstattung.zustehend).toBe(2_633_333);
  expect(r.erstattung.prognoseJahr).toBe(5_433_334);
  expect(r.gesamt.prognose.reduce((s, x) => s + x, 0)).toBe(10_148_796);
});

test("bookings: summed per key and month; unknown keys, duplicates and other years named with file and line", () => {
  const csv = [
    "Kostenstelle;Buchungsdatum;Belegnummer;Betrag",
    "Fachkraft 1;30.09.2013;B-1;5.000,00",
    "Fachkraft 1;30.09.2013;B-2;100,00",
    "fachkraft  1;31.10.2013;B-3;5.100,00",
    "Fachkraft 9;31.10.2013;B-4;1.000,00",
    "Verwaltung;31.12.2012;B-5;4.000,00",
    "Verwaltung;31.10.2013;B-3;4.000,00",
    "Raum;13;B-6;1.000,00",
    "Raumkosten;2013-10;B-7;1.000,00",
  ].join("\n");
  const imp = liesIstCsv(Buffer.from(csv, "latin1"), "buchungen.csv", optionen());
  expect(imp.format).toBe("Buchungen");
  expect(imp.istwerte["Fachkraft 1"]?.slice(8, 10)).toEqual([510_000, 510_000]);
  // "Raumkosten" is the label of the line "Raum": matched by its label.
  expect(imp.istwerte.Raum?.[9]).toBe(100_000);
  expect(imp.fehler).toEqual([
    "buchungen.csv, Zeile 5: „Fachkraft 9“ passt zu keiner Stelle und keiner Kostenzeile; bitte zuordnen.",
    "buchungen.csv, Zeile 6: Der Monat „31.12.2012“ liegt nicht im Jahr 2013.",
    "buchungen.csv, Zeile 7: Beleg „B-3“ steht doppelt (zuerst in Zeile 4); nur die erste Buchung zählt.",
    "buchungen.csv, Zeile 8: Periode 13 ist kein Kalendermonat (Sonderperiode?); bitte einem Monat zuordnen.",
  ]);
  const unbekannt = imp.zuordnungen.find((z) => z.importSchluessel === "Fachkraft 9");
  expect(unbekannt).toMatchObject({ ziel: null, wie: null, zeilen: 1 });

  // The user assigns the unknown key to a post: now it counts there.
  const korrigiert = liesIstCsv(
    Buffer.from(csv, "latin1"),
    "buchungen.csv",
    optionen({ "Fachkraft 9": "Fachkraft 2" }),
  );
  expect(korrigiert.istwerte["Fachkraft 2"]?.[9]).toBe(100_000);
  expect(korrigiert.fehler).toHaveLength(3);
  expect(korrigiert.zuordnungen.find((z) => z.importSchluessel === "Fachkraft 9")?.wie).toBe("Zuordnung");
});

test("a key twice in the month-column layout, and a column of another year, are named", () => {
  const csv = ["Schlüssel;Sep 2013;Okt 2013;Jan 2014", "IT;100;200;300", "IT;1;2;3"].join("\n");
  const imp = liesIstCsv(Buffer.from(csv, "utf8"), "ist.csv", optionen());
  expect(imp.fehler).toEqual([
    "ist.csv, Zeile 1: Die Spalte „Jan 2014“ liegt nicht im Jahr 2013; ihre Werte sind nicht eingelesen.",
    "ist.csv, Zeile 3: „IT“ steht doppelt (zuerst in Zeile 2); nur die erste Zeile zählt.",
  ]);
  expect(imp.istwerte.IT?.slice(8, 10)).toEqual([10_000, 20_000]);
});

test("a selected range: numbers as Excel gives them, dates as serial numbers, empty cells as null", () => {
  const bereich = [
    ["Schlüssel", "Monat", "Betrag"],
    ["Fachkraft 1", 41547, 5100], // 30.09.2013
    ["Fachkraft 1", "10", "5.100,00"],
    [null, null, null],
    ["Assistenz", 10, 1800.5],
  ];
  const imp = liesIstBereich(bereich, optionen());
  expect(imp.fehler).toEqual([]);
  expect(imp.istwerte["Fachkraft 1"]?.slice(8, 10)).toEqual([510_000, 510_000]);
  expect(imp.istwerte.Assistenz?.[9]).toBe(180_050);
  expect(liesIstBereich([["Fachkraft 1", 10, 0.005]], optionen()).quelle).toBe("Auswahl");
});

test("an unreadable header or a sub-cent amount is refused in German", () => {
  expect(() => liesIstBereich([["a", "b"]], optionen())).toThrow(EingabeFehler);
  expect(() => liesIstBereich([["a", "b"]], optionen())).toThrow("Die Kopfzeile ist nicht erkannt");
  const imp = liesIstBereich(
    [
      ["Schlüssel", "Monat", "Betrag"],
      ["IT", 9, 0.005],
    ],
    optionen(),
  );
  expect(imp.fehler).toEqual(["Auswahl, Zeile 2: „0,005“ hat mehr als zwei Nachkommastellen."]);
});

test("identical bookings without a Beleg are counted as the file says and named in one note", () => {
  const csv = ["Schlüssel;Monat;Betrag", "IT;9;100,00", "IT;9;100,00", "IT;9;100,00", "Raum;9;50,00"].join("\n");
  const imp = liesIstCsv(Buffer.from(csv, "utf8"), "b.csv", optionen());
  expect(imp.fehler).toEqual([]);
  expect(imp.istwerte.IT?.[8]).toBe(30_000);
  expect(imp.hinweise).toEqual([
    "b.csv, Zeilen 3, 4: Buchung gleicht Feld für Feld einer früheren Zeile; beide gezählt.",
  ]);
});
