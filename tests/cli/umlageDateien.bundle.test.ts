/**
 * CSV files for --umlage as German offices save them (issue 25, item 6), through the built command
 * line: exit code, message, and the numbers in the produced sheet „Umlage“.
 *
 * Rhein-Sieg 2013: the KI costs the Kreis 183.094 − 102.316 = 80.778 € more; with Umlagegrundlagen of
 * 1.500.000 € and 500.000 € that is 60.583,50 € and 20.194,50 €.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { leseMappe, starteCli, umlageZeilen, type Lauf } from "./hilfen";

const BUDGET = 60_000;
let ordner: string;
let nr = 0;

beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-umlagedateien-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

function datei(name: string, inhalt: string | Uint8Array): string {
  const p = path.join(ordner, name);
  writeFileSync(p, inhalt);
  return p;
}

/** UTF-16 with byte-order mark, as Excel's "Unicode-Text" writes it (little endian) or big endian. */
function utf16(text: string, art: "le" | "be" = "le"): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return art === "le" ? le : le.map((_, i) => le[i ^ 1]);
}

async function exportiere(csv: string): Promise<{ lauf: Lauf; ziel: string }> {
  const ziel = path.join(ordner, `u${++nr}.xlsx`);
  const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--umlage", csv]);
  return { lauf, ziel };
}

async function zeilen(csv: string) {
  const { lauf, ziel } = await exportiere(csv);
  expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
  return umlageZeilen(await leseMappe(ziel));
}

async function abgelehnt(csv: string): Promise<string> {
  const { lauf } = await exportiere(csv);
  expect(lauf.code).toBe(2);
  expect(lauf.stderr).not.toMatch(/Parse Error|expected|\n\s+at /);
  return lauf.stderr;
}

test(
  "Excel „Unicode-Text“ (UTF-16LE mit BOM, Tabulatoren, CRLF) wird gelesen: Namen, Grundlagen, Belastungen",
  async () => {
    const text =
      "Gemeinde\tUmlagegrundlage\tMinderbelastung\r\nKönigswinter\t1.500.000,00\t\r\nSankt Augustin\t500.000\t10 %\r\n";
    expect(await zeilen(datei("unicode.txt", utf16(text)))).toEqual([
      // Sankt Augustin is relieved of 10 % of 20.194,50 € = 2.019,45 €, which Königswinter carries.
      { name: "Königswinter", grundlage: 1500000, minderbelastung: 0, belastung: 62602.95 },
      { name: "Sankt Augustin", grundlage: 500000, minderbelastung: 0.1, belastung: 18175.05 },
    ]);
    // The same file in big endian.
    const be = await zeilen(datei("unicode-be.txt", utf16(text, "be")));
    expect(be.map((z) => [z.name, z.belastung])).toEqual([
      ["Königswinter", 62602.95],
      ["Sankt Augustin", 18175.05],
    ]);
  },
  BUDGET,
);

test(
  "4 Bytes UTF-16 (BOM + „A“) sind die Gemeinde „A“, nicht „ÿþA“; ungerade Länge und UTF-16 ohne BOM werden abgelehnt",
  async () => {
    const vier = await zeilen(datei("vier.csv", Uint8Array.from([0xff, 0xfe, 0x41, 0x00])));
    expect(vier).toEqual([{ name: "A", grundlage: null, minderbelastung: 0, belastung: 0 }]);
    expect(await abgelehnt(datei("drei.csv", Uint8Array.from([0xff, 0xfe, 0x41])))).toContain(
      "drei.csv: Die Datei beginnt wie eine UTF-16-Datei (Excel „Unicode-Text“), hat aber eine ungerade Anzahl Bytes",
    );
    const ohneBom = Buffer.from("Alfter\t1.000\r\n", "utf16le");
    expect(await abgelehnt(datei("ohne-bom.csv", ohneBom))).toContain(
      "ohne-bom.csv: Die Datei enthält Null-Zeichen und ist keine Textdatei in UTF-8, Windows-1252 oder UTF-16 mit Byte-Order-Mark",
    );
  },
  BUDGET,
);

test(
  "eine Zahlschreibweise je Spalte: „765.43“ neben „123.456“ wird mit beiden Zeilen abgelehnt",
  async () => {
    expect(await abgelehnt(datei("gemischt.csv", "Gemeinde;Umlagegrundlage\nAlfter;765.43\nMuch;123.456\n"))).toBe(
      "Fehler: gemischt.csv, Zeile 2 und 3: Die Spalte „Umlagegrundlage“ mischt deutsche und englische Zahlen – " +
        "„765.43“ (Zeile 2) hat einen Dezimalpunkt, „123.456“ (Zeile 3) hieße in deutscher Schreibweise 123.456, " +
        "in englischer 123,456. Eine Datei muss eine Schreibweise verwenden; bitte einheitlich deutsch schreiben " +
        "(1.234.567,89).\n",
    );
    expect(await abgelehnt(datei("gemischt2.csv", "Alfter;1.234,50\nMuch;99.5\n"))).toContain(
      "gemischt2.csv, Zeile 1 und 2: Die Spalte „Umlagegrundlage“ mischt deutsche und englische Zahlen – „99.5“ " +
        "(Zeile 2) hat einen Dezimalpunkt, „1.234,50“ (Zeile 1) ist deutsch geschrieben.",
    );
  },
  BUDGET,
);

test(
  "eine Spalte nur deutsch oder nur englisch wird in ihrer Schreibweise gelesen",
  async () => {
    const deutsch = await zeilen(datei("deutsch.csv", "Alfter;123.456\nMuch;876.544\n"));
    expect(deutsch.map((z) => z.grundlage)).toEqual([123456, 876544]);
    // English: 1,500,000.25 and 499999.75 (sum 2.000.000): 80.778 € × share, the last cent by largest remainder.
    const englisch = await zeilen(datei("englisch.csv", 'Alfter;"1,500,000.25"\nMuch;499999.75;12.5\nEitorf;0\n'));
    expect(englisch).toEqual([
      { name: "Alfter", grundlage: 1500000.25, minderbelastung: 0, belastung: 63107.82 },
      { name: "Much", grundlage: 499999.75, minderbelastung: 0.125, belastung: 17670.18 },
      { name: "Eitorf", grundlage: 0, minderbelastung: 0, belastung: 0 },
    ]);
  },
  BUDGET,
);

test(
  "fehlerhafte Anführungszeichen: deutsche Meldung mit Zeile und Exit 2 (nie fast-csvs „Parse Error“)",
  async () => {
    expect(await abgelehnt(datei("quote.csv", 'Alfter;1\n"Much"x;2\n'))).toBe(
      "Fehler: quote.csv, Zeile 2: Nach dem schließenden Anführungszeichen folgt „x“ statt des Trennzeichens " +
        '(Semikolon). Ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen bitte verdoppeln ("").\n',
    );
    expect(await abgelehnt(datei("quote2.csv", 'Alfter;"1"0\n'))).toContain(
      "quote2.csv, Zeile 1: Nach dem schließenden",
    );
    expect(await abgelehnt(datei("offen.csv", 'Alfter;1\nMuch;"2\n'))).toContain(
      "offen.csv, Zeile 2: Das Anführungszeichen wird nicht geschlossen.",
    );
  },
  BUDGET,
);

test(
  "100 % Minderbelastung für jede Gemeinde wird mit Erklärung abgelehnt, in der Datei wie auf dem Blatt",
  async () => {
    const meldung = await abgelehnt(datei("alle.csv", "Alfter;1.000;100 %\nMuch;2.000;100\n"));
    expect(meldung).toBe(
      "Fehler: alle.csv: Jede Gemeinde hat eine Minderbelastung (§ 56 Abs. 4 KrO). Den Betrag, um den eine Gemeinde " +
        "entlastet wird, tragen die Gemeinden ohne Minderbelastung; hier gibt es keine: niemand kann die " +
        "Minderbelastung tragen, und die Umlage würde auf niemanden verteilt. Bitte bei mindestens einer Gemeinde " +
        "mit Umlagegrundlage 0 % eintragen.\n",
    );
    // A carrier whose basis is 0 carries nothing: refused as well.
    expect(await abgelehnt(datei("null.csv", "Alfter;1.000;50\nMuch;0\n"))).toContain(
      "niemand kann die Minderbelastung",
    );
    // One member without reduction is enough.
    const eine = await zeilen(datei("eine.csv", "Alfter;1.500.000;100\nMuch;500.000\n"));
    expect(eine.map((z) => z.belastung)).toEqual([0, 80778]);
  },
  BUDGET,
);
