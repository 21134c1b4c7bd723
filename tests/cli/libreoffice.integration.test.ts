/**
 * The exported workbook, calculated by a real spreadsheet engine: LibreOffice headless.
 *
 * The built command line writes the Rhein-Sieg comparison (and a PDF). Variants are derived from
 * that file with exceljs — every cached result falsified, an assumption changed — and LibreOffice
 * converts them all in one start, recalculating on load. The values read back from its output are
 * LibreOffice's, not ours: the falsified copy proves that nothing cached survives.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { findeSoffice, konvertiere } from "../../src/cli/libreoffice";
import { erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";
import { bildschirmfotoOrdner } from "../helpers/ausgaben";
import { berechneBezuege } from "../../src/workbook";
import {
  alleFormeln,
  angezeigt,
  leseMappe,
  programm,
  starteCli,
  verfaelscheErgebnisse,
  wertDesNamens,
  zelleDesNamens,
  type Lauf,
} from "./hilfen";

// Starts LibreOffice: a limit against a hang, not a speed test (the suite must pass on a busy machine).
jest.setTimeout(300_000);

const LO_BUDGET = 120_000;
const FALSCH = 1;

let ordner: string;
let export_: Lauf;
let original: ExcelJS.Workbook;
let neu: {
  original: ExcelJS.Workbook;
  falsch: ExcelJS.Workbook;
  geaendert: ExcelJS.Workbook;
  erlaeutert: ExcelJS.Workbook;
};
let ohneEinstellung: ExcelJS.Workbook;
let verfaelscht = 0;

/** Address of the KIZ–baseline difference of the Eigenanteil, from the builder's own layout. */
function differenzZelle(mappe: ExcelJS.Workbook): ExcelJS.Cell {
  const bezug = berechneBezuege(erzeugeVorlagenSatz("rhein-sieg-2013")).differenzen[0].eigenanteil;
  const [blatt, adresse] = bezug.replace(/\$/g, "").split("!");
  return mappe.getWorksheet(blatt.replace(/^'|'$/g, ""))!.getCell(adresse);
}

beforeAll(async () => {
  if (!findeSoffice()) throw new Error("LibreOffice (soffice) fehlt: apt-get install libreoffice-calc-nogui");
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-export-lo-"));
  const xlsx = path.join(ordner, "rsk.xlsx");
  export_ = await starteCli([
    "export",
    "--preset",
    "rhein-sieg-2013",
    "--out",
    xlsx,
    "--vorlage-nr",
    "DS-Nr. 2013/728",
    "--datum",
    "2013-02-04",
    "--pdf",
  ]);
  if (export_.code !== 0) throw new Error(`Export fehlgeschlagen (${export_.code}): ${export_.stderr}`);
  original = await leseMappe(xlsx);

  const falsch = await leseMappe(xlsx);
  verfaelscht = verfaelscheErgebnisse(falsch, FALSCH);
  await falsch.xlsx.writeFile(path.join(ordner, "falsch.xlsx"));

  const geaendert = await leseMappe(xlsx);
  for (const n of ["KI_Querschnittssatz_1", "KI_Querschnittssatz_2"]) zelleDesNamens(geaendert, n).value = 0.2;
  await geaendert.xlsx.writeFile(path.join(ordner, "geaendert.xlsx"));

  // Assumptions behind the explanation texts: one workstation, one office, one teacher.
  const erlaeutert = await leseMappe(xlsx);
  zelleDesNamens(erlaeutert, "KI_Arbeitsplaetze_1").value = 1;
  zelleDesNamens(erlaeutert, "KI_Bueros_2").value = 1;
  const annahmen = erlaeutert.getWorksheet("Annahmen")!;
  let lehrkraft = 0;
  annahmen.eachRow((zeile, nr) => {
    if (zeile.getCell(1).value === "Lehrkraft (vom Land abgeordnet)") lehrkraft = nr;
  });
  annahmen.getCell(lehrkraft, 4).value = 1;
  await erlaeutert.xlsx.writeFile(path.join(ordner, "erlaeutert.xlsx"));

  const aus = path.join(ordner, "neu");
  const dateien = ["rsk", "falsch", "geaendert", "erlaeutert"].map((n) => path.join(ordner, `${n}.xlsx`));
  const [a, b, c, e] = await konvertiere(dateien, "xlsx", aus);
  neu = {
    original: await leseMappe(a),
    falsch: await leseMappe(b),
    geaendert: await leseMappe(c),
    erlaeutert: await leseMappe(e),
  };

  // The control: the same falsified file with LibreOffice's default settings.
  const [d] = await konvertiere([path.join(ordner, "falsch.xlsx")], "xlsx", path.join(ordner, "standard"), {
    neuBerechnen: false,
  });
  ohneEinstellung = await leseMappe(d);
}, LO_BUDGET);

afterAll(() => {
  if (ordner) rmSync(ordner, { recursive: true, force: true });
});

const SUMMEN = {
  KI_Gesamtkosten_1: 102316,
  KI_Gesamtkosten_2: 353094,
  KI_Landeserstattung_1: 0,
  KI_Landeserstattung_2: 170000,
  KI_Eigenanteil_1: 102316,
  KI_Eigenanteil_2: 183094,
};

test("LibreOffice rechnet die Rhein-Sieg-Zahlen selbst aus: 102.316 / 353.094 / 170.000 / 183.094, Differenz 80.778", () => {
  for (const mappe of [neu.original, neu.falsch]) {
    for (const [name, wert] of Object.entries(SUMMEN)) expect([name, wertDesNamens(mappe, name)]).toEqual([name, wert]);
    expect(angezeigt(differenzZelle(mappe))).toBe(80778);
  }
});

test("Neuberechnung beim Laden ist bewiesen: falsche zwischengespeicherte Werte kommen korrigiert zurück", () => {
  // Every numeric formula result in the input was 1, Gesamtkosten included.
  expect(verfaelscht).toBeGreaterThan(20);
  expect(alleFormeln(neu.falsch).length).toBeGreaterThan(20);
  for (const { blatt, adresse } of alleFormeln(neu.falsch)) {
    const erwartet = angezeigt(neu.original.getWorksheet(blatt)!.getCell(adresse));
    expect([blatt, adresse, angezeigt(neu.falsch.getWorksheet(blatt)!.getCell(adresse))]).toEqual([
      blatt,
      adresse,
      erwartet,
    ]);
  }
  // Without the profile setting LibreOffice shows the cached 1: the setting is what recalculates.
  expect(wertDesNamens(ohneEinstellung, "KI_Gesamtkosten_1")).toBe(FALSCH);
  expect(angezeigt(differenzZelle(ohneEinstellung))).toBe(FALSCH);
});

test("eine geänderte Annahme (Querschnittssatz 30 % → 20 %) bewegt die Summen in LibreOffice", () => {
  const m = neu.geaendert;
  expect(wertDesNamens(m, "KI_Gesamtkosten_1")).toBe(95336);
  expect(wertDesNamens(m, "KI_Gesamtkosten_2")).toBe(329264);
  expect(wertDesNamens(m, "KI_Landeserstattung_2")).toBe(170000);
  expect(wertDesNamens(m, "KI_Eigenanteil_1")).toBe(95336);
  expect(wertDesNamens(m, "KI_Eigenanteil_2")).toBe(159264);
  expect(angezeigt(differenzZelle(m))).toBe(159264 - 95336);
});

test("die Erläuterungen folgen in LibreOffice den geänderten Annahmen (Einzahl und Mehrzahl)", () => {
  const erl = (m: ExcelJS.Workbook, adresse: string) => angezeigt(m.getWorksheet("Kostenvergleich")!.getCell(adresse));
  const texte = (m: ExcelJS.Workbook) => ["C6", "C7", "C8", "E6", "E7", "E8", "E12"].map((a) => erl(m, a));
  expect(texte(neu.original)).toEqual([
    "30 % der Personalkosten",
    "2 Arbeitsplätze",
    "1 Büro",
    "30 % der Personalkosten",
    "8 Arbeitsplätze",
    "4 Büros",
    "zzgl. 2 Landeslehrkräfte (vom Land bezahlt)",
  ]);
  expect(texte(neu.geaendert).filter((t) => String(t).includes("%"))).toEqual([
    "20 % der Personalkosten",
    "20 % der Personalkosten",
  ]);
  expect(texte(neu.erlaeutert)).toEqual([
    "30 % der Personalkosten",
    "1 Arbeitsplatz",
    "1 Büro",
    "30 % der Personalkosten",
    "8 Arbeitsplätze",
    "1 Büro",
    "zzgl. 1 Landeslehrkraft (vom Land bezahlt)",
  ]);
  // The preset's own wording is text in the file, not a formula; the restated counts are formulas.
  const formelZellen = alleFormeln(neu.original).map((f) => `${f.blatt}!${f.adresse}`);
  expect(formelZellen).toEqual(expect.arrayContaining(["Kostenvergleich!C7", "Kostenvergleich!E8"]));
  expect(formelZellen).not.toContain("Kostenvergleich!E5");
  expect(erl(neu.original, "E5")).toBe("1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD 6");
});

test("nativer Modus: keine KI.*-Formel in der Datei, und LibreOffice kennt jede verwendete Funktion", () => {
  const formeln = alleFormeln(original);
  expect(formeln.length).toBeGreaterThan(20);
  expect(formeln.filter((f) => /\bKI\./i.test(f.formel))).toEqual([]);
  // An unknown function would come back from LibreOffice as an error value, not a number.
  const fehler = alleFormeln(neu.original).filter((f) => {
    const v = angezeigt(neu.original.getWorksheet(f.blatt)!.getCell(f.adresse));
    return v !== null && typeof v === "object";
  });
  expect(fehler).toEqual([]);
});

test("das Druckbild: der Kostenvergleich passt auf eine Seite, A4 quer, mit Kopf- und Fußzeile", () => {
  const pdf = path.join(ordner, "rsk.pdf");
  expect(export_.stdout).toContain(`PDF geschrieben: ${pdf}`);
  const info = programm("pdfinfo", [pdf]);
  const seiten = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // A4 landscape: 842 × 595 pt.
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const texte = Array.from({ length: seiten }, (_, i) =>
    programm("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]),
  );
  const vergleichSeiten = texte.filter((t) => t.includes("Kostenaufstellung Integrationsarbeit:"));
  expect(vergleichSeiten).toHaveLength(1);
  const seite = vergleichSeiten[0];
  // German number format, every column (the difference is the rightmost) and the last row on it.
  for (const betrag of ["102.316 €", "353.094 €", "170.000 €", "183.094 €", "+80.778 €"])
    expect(seite).toContain(betrag);
  expect(seite).toContain("Jährlicher Kostenanteil");
  expect(seite).toContain("Kostenvergleich Integrationsarbeit – Vorlage DS-Nr. 2013/728 – Stand 04.02.2013");
  expect(seite).not.toContain("Nr. DS-Nr.");
  // The chart's data block lies outside the print area; the chart itself is printed with its title.
  expect(seite).not.toContain("Diagrammdaten");
  expect(seite).toContain("Kostenvergleich (€ je Jahr)");
  expect(seite).not.toContain("Diagramm nicht enthalten");
  expect(seite).toMatch(/Seite 1 von \d/);

  const png = path.join(bildschirmfotoOrdner(), "kostenvergleich-druck");
  const nummer = texte.indexOf(seite) + 1;
  programm("pdftoppm", ["-png", "-r", "110", "-f", String(nummer), "-l", String(nummer), "-singlefile", pdf, png]);
  expect(programm("file", [`${png}.png`])).toMatch(/PNG image data, 128\d x 9\d\d/);
});

test("das Druckbild der Annahmen: jede Seite beginnt mit einer Kopfzeile, nichts unter 8 pt, nichts abgeschnitten", async () => {
  // The widest preset (AGebV table with its derivation, per-post caps, periods) and the reference case.
  const faelle: Array<[string, string]> = [
    ["rhein-sieg-2013", path.join(ordner, "rsk.pdf")],
    ["kreis-2017", path.join(ordner, "kreis-2017.pdf")],
  ];
  const lauf = await starteCli([
    "export",
    "--preset",
    "kreis-2017",
    "--out",
    path.join(ordner, "kreis-2017.xlsx"),
    "--datum",
    "2013-02-04",
    "--pdf",
  ]);
  expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
  for (const [name, pdf] of faelle) {
    const seiten = Number(/Pages:\s+(\d+)/.exec(programm("pdfinfo", [pdf]))?.[1]);
    const annahmen: number[] = [];
    for (let i = 1; i <= seiten; i++) {
      const text = programm("pdftotext", ["-layout", "-f", String(i), "-l", String(i), pdf, "-"]);
      if (!text.includes("Annahmen – Kostenvergleich Integrationsarbeit")) continue;
      annahmen.push(i);
      // Below the repeated sheet title, every page opens with a header of its own: a group of the
      // assumption block, a staff or rate table, or the notes and sources.
      const zeilen = text.split("\n").filter((z) => z.trim() !== "");
      const titel = zeilen.findIndex((z) => z.includes("Annahmen für den Kostenvergleich"));
      // A wrapped header cell takes several text lines; the first block's header lies within eight.
      const oben = zeilen.slice(titel + 1, titel + 9).join(" ");
      expect({ name, seite: i, oben }).toEqual({
        name,
        seite: i,
        oben: expect.stringMatching(/Einheit|Bezeichnung|Entgeltgruppe|Hinweis|Quellen|^\s*\[\d+\]|Stand:/),
      });
      // Every word at 8 pt or more (Liberation Sans: the word box is 1.117 × the font size).
      const hoehen = [
        ...programm("pdftotext", ["-bbox", "-f", String(i), "-l", String(i), pdf, "-"]).matchAll(
          /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g,
        ),
      ].map((m) => Number(m[2]) - Number(m[1]));
      expect(Math.min(...hoehen)).toBeGreaterThanOrEqual(8 * 1.117 - 0.05);
      const png = path.join(bildschirmfotoOrdner(), `annahmen-druck-${name}-${annahmen.length}`);
      programm("pdftoppm", ["-png", "-r", "80", "-f", String(i), "-l", String(i), "-singlefile", pdf, png]);
    }
    expect(annahmen.length).toBeGreaterThanOrEqual(2);
  }
  // The long lines end on the page: the rate table's footnote and a note's label, whole.
  const kreis = programm("pdftotext", [faelle[1][1], "-"]).replace(/\s+/g, " ");
  expect(kreis).toContain("keine jährliche Steigerung angegeben (im Aufgabenbereich unter Personal eintragen)");
  expect(kreis).toContain("Hinweis zu „Förderrichtlinie KI 2012“");
});
