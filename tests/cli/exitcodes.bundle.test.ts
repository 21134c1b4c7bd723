/**
 * Exit codes of the built command line as README and --help promise them: 2 for every input error
 * (options, CSV file, implausible assumptions, a request that makes no sense), 0 when done.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { leseMappe, starteCli } from "./hilfen";

// Starts CLI processes: a limit against a hang, not a speed test (the suite must pass on a busy machine).
jest.setTimeout(300_000);

const BUDGET = 60_000;
let ordner: string;

beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-exit-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

function datei(name: string, inhalt: string | Uint8Array): string {
  const p = path.join(ordner, name);
  writeFileSync(p, inhalt);
  return p;
}

const exportMit = (...weitere: string[]) =>
  starteCli(["export", "--preset", "rhein-sieg-2013", "--out", path.join(ordner, "k.xlsx"), ...weitere]);

test.each<[string, () => string[], string]>([
  ["Jahr außerhalb des Bereichs", () => ["--mehrjahr", "1990-2000"], "Jahre zwischen 2000 und 2100"],
  [
    "Steigerung in Prozent unplausibel",
    () => ["--mehrjahr", "2013-2015", "--personalkostensteigerung", "200"],
    "200 % im Jahr ist unplausibel",
  ],
  [
    "CSV-Betrag über der Obergrenze",
    () => ["--umlage", datei("hoch.csv", "Alfter;1\nMuch;5.000.000.000.000")],
    "hoch.csv, Zeile 2: die Umlagegrundlage",
  ],
  [
    "CSV mit nicht lesbarer erster Zeile",
    () => ["--umlage", datei("ka.csv", "Alfter;k.A.\nMuch;1")],
    "ka.csv, Zeile 1: „k.A.“ ist keine gültige Umlagegrundlage",
  ],
  [
    "CSV mit Dublette",
    () => ["--umlage", datei("doppelt.csv", "Siegburg;1\nsiegburg ;2")],
    "doppelt.csv, Zeile 2: die Gemeinde „siegburg“ steht doppelt",
  ],
])(
  "%s: Exit-Code 2 und die Meldung nennt den Grund",
  async (_, argumente, meldung) => {
    const lauf = await exportMit(...argumente());
    expect([lauf.code, lauf.stderr]).toEqual([2, expect.stringContaining(meldung)]);
    expect(lauf.stderr).not.toMatch(/\n\s+at /);
  },
  BUDGET,
);

test(
  "kreisfreie Stadt mit --umlage: Exit-Code 2, sie erhebt keine Kreisumlage",
  async () => {
    const lauf = await starteCli([
      "export",
      "--preset",
      "stadt-2017",
      "--umlage",
      "rhein-sieg",
      "--out",
      path.join(ordner, "s.xlsx"),
    ]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toContain("erhebt keine Kreisumlage");
  },
  BUDGET,
);

test(
  "Windows-1252-CSV aus Excel: Umlage-Blatt mit „Königswinter“, Hinweis für Jahre vor 2012",
  async () => {
    const ansi = Uint8Array.from(
      [..."Gemeinde;Umlagegrundlage\r\nKönigswinter;1.000,00\r\n"].map((c) => c.charCodeAt(0)),
    );
    const ziel = path.join(ordner, "u.xlsx");
    const lauf = await starteCli([
      "export",
      "--preset",
      "rhein-sieg-2013",
      "--umlage",
      datei("ansi.csv", ansi),
      "--mehrjahr",
      "2010-2014",
      "--out",
      ziel,
    ]);
    expect(lauf.code).toBe(0);
    expect(lauf.stderr).toContain("Für 2010–2011 gibt es keine Landesförderung");
    const mappe = await leseMappe(ziel);
    const texte: string[] = [];
    mappe.getWorksheet("Umlage")!.eachRow((r) => r.eachCell((z) => texte.push(String(z.value))));
    expect(texte).toContain("Königswinter");
  },
  BUDGET,
);

test(
  "--help und --version antworten ohne exceljs",
  async () => {
    const lauf = await starteCli(["--version"], undefined, { NODE_OPTIONS: "--require ./tests/cli/ohneExceljs.js" });
    expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
    const hilfe = await starteCli(["export", "--help"], undefined, {
      NODE_OPTIONS: "--require ./tests/cli/ohneExceljs.js",
    });
    expect(hilfe.code).toBe(0);
    expect(hilfe.stdout).toContain("Exit-Code");
  },
  BUDGET,
);

test(
  "export und --docx schreiben ihre Dateien ohne exceljs (die Befehlszeile schreibt die .xlsx-Teile selbst)",
  async () => {
    const ziel = path.join(ordner, "ohne-exceljs.xlsx");
    const lauf = await starteCli(
      ["export", "--preset", "rhein-sieg-2013", "--umlage", "rhein-sieg", "--docx", "--out", ziel],
      undefined,
      { NODE_OPTIONS: "--require ./tests/cli/ohneExceljs.js" },
    );
    expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
    // Read back in the test process, where exceljs is allowed: the file is a workbook with its sheets.
    expect((await leseMappe(ziel)).worksheets.map((b) => b.name)).toEqual(["Kostenvergleich", "Annahmen", "Umlage"]);
  },
  BUDGET,
);
