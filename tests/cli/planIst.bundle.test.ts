/**
 * `export --ist DATEI --stand …` (issue 27 item 5) through the built command line: seed 004's Stand
 * from a --szenarien file and its actuals as the finance system exports them give the sheet
 * "Plan-Ist" with the figures worked out by hand (tests/core/planIst/seed004.test.ts); every bad
 * input ends with a German message and exit code 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { kodiereSzenarioDatei } from "../../src/scenario/szenarioDatei";
import { SEED004_IST_CSV, SEED004_OPTIONEN, seed004Stand, seed004Szenario } from "../helpers/planIstSeed004";
import { angezeigt, leseMappe, starteCli, type Lauf } from "./hilfen";

// Starts the command line: a limit against a hang, not a speed test.
const BUDGET = 60_000;
let ordner: string;
let szenarien: string;
let ist: string;
let nr = 0;

beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-plan-ist-"));
  szenarien = path.join(ordner, "KI-Kostenplaner-Szenarien.json");
  writeFileSync(szenarien, kodiereSzenarioDatei([seed004Szenario()], SEED004_OPTIONEN, [seed004Stand()]));
  ist = datei("ist-2013.csv", Buffer.from(SEED004_IST_CSV, "latin1"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

function datei(name: string, inhalt: string | Buffer): string {
  const p = path.join(ordner, name);
  writeFileSync(p, inhalt);
  return p;
}

function exportiere(...extra: string[]): Promise<Lauf> {
  const out = path.join(ordner, `plan-ist-${++nr}.xlsx`);
  return starteCli(["export", "--szenarien", szenarien, "--out", out, "--datum", "2013-11-15", ...extra]);
}

test(
  "the Stand of 18.12.2012 against the actuals to October: the figures worked out by hand",
  async () => {
    const lauf = await exportiere("--stand", "Kreistag 18.12.2012", "--ist", ist);
    expect(lauf.stderr).toContain("zustehende Erstattung 26.333,33 €, Prognose zum Jahresende 101.487,96 € Kosten");
    expect(lauf.stderr).toContain("Annahme (Voreinstellung des Programms)");
    expect(lauf.code).toBe(0);
    const mappe = await leseMappe(path.join(ordner, `plan-ist-${nr}.xlsx`));
    const blatt = mappe.getWorksheet("Plan-Ist")!;
    const zeile = (text: string) => {
      let gefunden = 0;
      blatt.eachRow((r, i) => {
        if (!gefunden && r.getCell(1).value === text) gefunden = i;
      });
      return blatt.getRow(gefunden);
    };
    const werte = (text: string) => [3, 4, 5, 8].map((s) => angezeigt(zeile(text).getCell(s)));
    expect(werte("Personalkosten")).toEqual([189000, 157500, 29901, 61401]);
    expect(werte("Landeserstattung")).toEqual([168000, 140000.01, 26333.33, 54333.34]);
    // Formulas where the data is in the workbook: the forecast sums the monthly values.
    expect(String(zeile("Personalkosten").getCell(8).formula)).toMatch(/^[A-Z]+\d+\+/);
  },
  BUDGET,
);

test(
  "the Stand by its date, and own keys assigned with --zuordnung",
  async () => {
    const buchungen = datei(
      "buchungen.csv",
      Buffer.from("Kostenstelle;Monat;Betrag\r\n4711;09.2013;5.100,00\r\n4711;10.2013;5.100,00\r\n", "latin1"),
    );
    const lauf = await exportiere("--stand", "18.12.2012", "--ist", buchungen, "--zuordnung", "4711=Fachkraft 1");
    expect(lauf.stderr).toContain("Ist bis Oktober 2013");
    expect(lauf.code).toBe(0);
  },
  BUDGET,
);

test.each<[string, string[], string]>([
  [
    "an unknown key, named with file and line and the keys there are",
    ["--stand", "Kreistag 18.12.2012", "--ist", "@unbekannt.csv"],
    "unbekannt.csv, Zeile 3: „Fachkraft 3“ passt zu keiner Stelle und keiner Kostenzeile; bitte zuordnen.",
  ],
  [
    "a month of another year",
    ["--ist", "@anderesJahr.csv"],
    "anderesJahr.csv, Zeile 2: Der Monat „2014-01“ liegt nicht im Jahr 2013.",
  ],
  [
    "a Stand that is not in the file",
    ["--stand", "Kreistag 2020", "--ist", "@ist"],
    "kein Stand mit dieser Bezeichnung",
  ],
  ["--stand without --ist", ["--stand", "Kreistag 18.12.2012"], "--stand gilt nur zusammen mit --ist"],
  [
    "another plan year without a multi-year plan",
    ["--ist", "@ist", "--ist-jahr", "2014"],
    "Das Planjahr 2014 ist nicht das Jahr des Szenarios (2013)",
  ],
  [
    "a --besetzung that is no month",
    ["--ist", "@ist", "--besetzung", "Fachkraft 1=13"],
    "--besetzung: „Fachkraft 1=13“",
  ],
])(
  "%s: exit code 2 with a German message",
  async (_, argumente, meldung) => {
    const dateien: Record<string, string> = {
      "@ist": ist,
      "@unbekannt.csv": datei("unbekannt.csv", "Schlüssel;Sep;Okt\nFachkraft 1;5100;5100\nFachkraft 3;1;1\n"),
      "@anderesJahr.csv": datei("anderesJahr.csv", "Schlüssel;Monat;Betrag\nIT;2014-01;100\n"),
    };
    const lauf = await exportiere(...argumente.map((a) => dateien[a] ?? a));
    expect(lauf.stderr).toContain(meldung);
    expect(lauf.stderr).not.toMatch(/\bat \w+ \(|TypeError|undefined/);
    expect(lauf.code).toBe(2);
  },
  BUDGET,
);
