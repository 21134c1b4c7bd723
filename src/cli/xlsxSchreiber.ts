/**
 * The exceljs writer: turns an ArbeitsmappenPlan into an .xlsx file, for the command line and any
 * machine without Excel. It only translates the plan; the layout itself comes from the one
 * table-building core (src/workbook), the same one the task pane uses.
 */
import ExcelJS from "exceljs";
import type { ArbeitsmappenPlan, BlattPlan, DruckPlan, Format, Linie, Zelle } from "../workbook/plan";
import { type Bereich, zerlegeBereich } from "./adressen";
import { blattBezug, ohneAnker, spanne, zerlegeA1 } from "../workbook/adressen";
import { zeilenhoehenDesBlatts } from "../workbook/zeilenhoehen";
import { packeMitDiagrammen } from "./diagramme/paket";

type Rand = "oben" | "unten" | "links" | "rechts";

/** What one cell ends up with after all format ranges covering it are applied in order. */
interface ZellFormat extends Omit<Format, "rahmen"> {
  rahmen: Partial<Record<Rand, Linie>>;
}

const LINIENSTIL: Record<Linie, ExcelJS.BorderStyle> = { duenn: "thin", mittel: "medium", doppelt: "double" };
const AUSRICHTUNG = { links: "left", zentriert: "center", rechts: "right" } as const;
const EXCEL_FEHLER = new Set(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!", "#NAME?", "#NULL!"]);

/**
 * A new workbook needs a font: Arial is on every Windows and Mac, and LibreOffice prints it with
 * the metric-compatible Liberation Sans, so a PDF from the command line breaks lines and columns
 * where Excel does. Calibri would be replaced by a wider font there and clip the columns.
 */
export const SCHRIFTART = "Arial";
export const GRUNDGROESSE = 10;
/** One object for all cells: exceljs keeps a reference per cell and only compares styles when writing. */
const GRUNDSCHRIFT: Partial<ExcelJS.Font> = Object.freeze({ name: SCHRIFTART, size: GRUNDGROESSE });
/** Header and footer in the sheet's font ("&"font,style"" and "&size" codes), not the program default. */
const KOPF_SCHRIFT = `&"${SCHRIFTART},Regular"&9`;

export interface SchreibOptionen {
  /** Document title in the file properties. */
  titel?: string;
  erstellt?: Date;
}

export async function schreibeXlsx(plan: ArbeitsmappenPlan, optionen: SchreibOptionen = {}): Promise<Buffer> {
  const mappe = baueExcelMappe(plan, optionen);
  // exceljs cannot write charts: it writes its parts uncompressed, the chart parts are added to
  // them and the package is compressed once (src/cli/diagramme/paket.ts).
  const roh = await mappe.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);
  return packeMitDiagrammen(new Uint8Array(roh), plan);
}

export function baueExcelMappe(plan: ArbeitsmappenPlan, optionen: SchreibOptionen = {}): ExcelJS.Workbook {
  const mappe = new ExcelJS.Workbook();
  mappe.creator = "KI-Kostenplaner";
  mappe.title = optionen.titel ?? "";
  const zeitpunkt = optionen.erstellt ?? new Date();
  mappe.created = zeitpunkt;
  mappe.modified = zeitpunkt;
  mappe.description = plan.blaetter.map((b) => `${b.name}: Formelmodus ${b.modus}`).join("; ");
  // Excel then recalculates on opening; the cached results only serve viewers that cannot calculate.
  mappe.calcProperties.fullCalcOnLoad = true;

  for (const blatt of plan.blaetter) schreibeBlatt(mappe, blatt);
  return mappe;
}

function schreibeBlatt(mappe: ExcelJS.Workbook, blatt: BlattPlan): void {
  const ws = mappe.addWorksheet(blatt.name);
  blatt.zellen.forEach((zeile, z) =>
    zeile.forEach((zelle, s) => {
      const wert = zellwert(zelle);
      if (wert === null) return;
      const c = ws.getCell(z + 1, s + 1);
      c.value = wert;
      c.font = GRUNDSCHRIFT;
    }),
  );
  const ausdehnung = {
    zeilen: Math.max(1, blatt.zellen.length),
    spalten: Math.max(1, blatt.spaltenbreiten.length, ...blatt.zellen.map((z) => z.length)),
  };
  const stile = new Map<ZellFormat, Partial<ExcelJS.Style>>();
  for (const [schluessel, format] of sammleFormate(blatt, ausdehnung)) {
    let stil = stile.get(format);
    if (!stil) stile.set(format, (stil = excelStil(format)));
    wendeStilAn(ws.getCell(Math.floor(schluessel / 16384), schluessel % 16384), stil);
  }
  blatt.spaltenbreiten.forEach((breite, i) => {
    ws.getColumn(i + 1).width = breite;
  });
  for (const n of blatt.namen) mappe.definedNames.add(blattBezug(blatt.name, n.bezug), n.name);
  // Row heights come from the plan, as in the Office.js writer (src/workbook/zeilenhoehen.ts).
  for (const [z, hoehe] of zeilenhoehenDesBlatts(blatt, GRUNDGROESSE)) ws.getRow(z + 1).height = hoehe;
  if (blatt.druck) richteDruckEin(ws, blatt.druck);
}

function zellwert(zelle: Zelle): ExcelJS.CellValue {
  if (zelle === null) return null;
  // A string is always stored as a string cell; exceljs never parses it, so "=…", "+1", "@SUM" stay text.
  if ("text" in zelle) return zelle.text;
  if ("zahl" in zelle) return zelle.zahl;
  const formula = zelle.formel.replace(/^=/, "");
  if (zelle.ergebnis === undefined) return { formula, date1904: false };
  if (typeof zelle.ergebnis === "string" && EXCEL_FEHLER.has(zelle.ergebnis)) {
    return { formula, result: { error: zelle.ergebnis as ExcelJS.CellErrorValue["error"] }, date1904: false };
  }
  return { formula, result: zelle.ergebnis, date1904: false };
}

/**
 * Later ranges refine earlier ones property by property, the way setting a range's format in
 * Office.js only changes the properties it sets. Cells that start alike and get the same edges end
 * up with the same (shared) format object: a levy sheet of 100,000 rows has a handful of distinct
 * formats, not a million objects. Keys are row × 16,384 + column (Excel's column count).
 */
function sammleFormate(blatt: BlattPlan, ausdehnung: { zeilen: number; spalten: number }): Map<number, ZellFormat> {
  const formate = new Map<number, ZellFormat>();
  const LEER: ZellFormat = { rahmen: {} };
  for (const { bereich: text, format } of blatt.formate) {
    const bereich = zerlegeBereich(text, ausdehnung);
    const { rahmen, ...rest } = format;
    const eigenes = ohneUndefiniert(rest);
    const schonGebaut = new Map<ZellFormat, Map<string, ZellFormat>>();
    for (let zeile = bereich.oben; zeile <= bereich.unten; zeile++) {
      for (let spalte = bereich.links; spalte <= bereich.rechts; spalte++) {
        const schluessel = zeile * 16384 + spalte;
        const bisher = formate.get(schluessel) ?? LEER;
        const lage = rahmen ? lageImBereich(bereich, zeile, spalte) : "";
        let je = schonGebaut.get(bisher);
        if (!je) schonGebaut.set(bisher, (je = new Map()));
        let neu = je.get(lage);
        if (!neu) {
          neu = { ...bisher, ...eigenes, rahmen: { ...bisher.rahmen } };
          if (rahmen) Object.assign(neu.rahmen, randFuerZelle(rahmen, bereich, zeile, spalte));
          je.set(lage, neu);
        }
        formate.set(schluessel, neu);
      }
    }
  }
  return formate;
}

/** Which edges of the range a cell lies on: the only thing its borders depend on. */
function lageImBereich(b: Bereich, zeile: number, spalte: number): string {
  return `${+(zeile === b.oben)}${+(zeile === b.unten)}${+(spalte === b.links)}${+(spalte === b.rechts)}`;
}

function ohneUndefiniert<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The outer edges go to the cells on the range's border, the inner lines to the cells inside. */
function randFuerZelle(
  rahmen: NonNullable<Format["rahmen"]>,
  bereich: Bereich,
  zeile: number,
  spalte: number,
): Partial<Record<Rand, Linie>> {
  const r: Partial<Record<Rand, Linie>> = {};
  const setze = (rand: Rand, linie: Linie | undefined) => {
    if (linie) r[rand] = linie;
  };
  setze("oben", zeile === bereich.oben ? rahmen.oben : rahmen.innenWaagerecht);
  setze("unten", zeile === bereich.unten ? rahmen.unten : rahmen.innenWaagerecht);
  setze("links", spalte === bereich.links ? rahmen.links : rahmen.innenSenkrecht);
  setze("rechts", spalte === bereich.rechts ? rahmen.rechts : rahmen.innenSenkrecht);
  return r;
}

function argb(farbe: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(farbe)) throw new Error(`Ungültige Farbe im Arbeitsmappenplan: ${farbe}`);
  return `FF${farbe.slice(1).toUpperCase()}`;
}

/** The exceljs style parts of one distinct format, built once and shared by all its cells. */
function excelStil(f: ZellFormat): Partial<ExcelJS.Style> {
  const zelle: Partial<ExcelJS.Style> = {};
  if (f.zahlenformat !== undefined) zelle.numFmt = f.zahlenformat;
  const schrift: Partial<ExcelJS.Font> = {};
  if (f.fett !== undefined) schrift.bold = f.fett;
  if (f.kursiv !== undefined) schrift.italic = f.kursiv;
  if (f.schriftgroesse !== undefined) schrift.size = f.schriftgroesse;
  if (f.schriftfarbe !== undefined) schrift.color = { argb: argb(f.schriftfarbe) };
  if (Object.keys(schrift).length > 0) zelle.font = { name: SCHRIFTART, size: GRUNDGROESSE, ...schrift };
  if (f.hintergrund !== undefined) {
    zelle.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.hintergrund) } };
  }
  if (f.ausrichtung !== undefined || f.umbruch !== undefined) {
    zelle.alignment = {
      ...(f.ausrichtung ? { horizontal: AUSRICHTUNG[f.ausrichtung] } : {}),
      ...(f.umbruch !== undefined ? { wrapText: f.umbruch } : {}),
    };
  }
  const rand: Partial<ExcelJS.Borders> = {};
  const linie = (l: Linie): Partial<ExcelJS.Border> => ({ style: LINIENSTIL[l] });
  if (f.rahmen.oben) rand.top = linie(f.rahmen.oben);
  if (f.rahmen.unten) rand.bottom = linie(f.rahmen.unten);
  if (f.rahmen.links) rand.left = linie(f.rahmen.links);
  if (f.rahmen.rechts) rand.right = linie(f.rahmen.rechts);
  if (Object.keys(rand).length > 0) zelle.border = rand;
  return zelle;
}

function wendeStilAn(zelle: ExcelJS.Cell, stil: Partial<ExcelJS.Style>): void {
  if (stil.numFmt !== undefined) zelle.numFmt = stil.numFmt;
  if (stil.font) zelle.font = stil.font;
  if (stil.fill) zelle.fill = stil.fill;
  if (stil.alignment) zelle.alignment = stil.alignment;
  if (stil.border) zelle.border = stil.border;
}

/**
 * exceljs puts a "$" only before each corner ("A1:H12" → "$A1:$H12"); a print area with relative
 * rows would move with the active cell in Excel, so the rows get their "$" here.
 */
function druckbereichFuerExceljs(text: string): string {
  const b = zerlegeA1(text);
  if (!b || b.vonZeile === null || b.bisZeile === null || b.vonSpalte === null || b.bisSpalte === null)
    throw new Error(`Ungültiger Druckbereich im Arbeitsmappenplan: „${text}“`);
  return spanne(b.vonZeile, b.vonSpalte, b.bisZeile, b.bisSpalte, "zeile");
}

function richteDruckEin(ws: ExcelJS.Worksheet, druck: DruckPlan): void {
  const einpassen = druck.seitenBreit !== null || druck.seitenHoch !== null;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4 in the OOXML paper-size table
    orientation: druck.querformat ? "landscape" : "portrait",
    fitToPage: einpassen,
    ...(einpassen ? { fitToWidth: druck.seitenBreit ?? 0, fitToHeight: druck.seitenHoch ?? 0 } : {}),
    printArea: druckbereichFuerExceljs(druck.druckbereich),
    ...(druck.titelzeilen ? { printTitlesRow: ohneAnker(druck.titelzeilen) } : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: druck.kopfzeile ? `&C${KOPF_SCHRIFT}${druck.kopfzeile}` : "",
    oddFooter: `${druck.fusszeileLinks ? `&L${KOPF_SCHRIFT}${druck.fusszeileLinks}` : ""}${
      druck.fusszeileRechts ? `&R${KOPF_SCHRIFT}${druck.fusszeileRechts}` : ""
    }`,
  };
}
