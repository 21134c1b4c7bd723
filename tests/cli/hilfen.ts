/** Running the built command line and reading workbooks back, for the export tests. */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";

export const WURZEL = path.resolve(__dirname, "..", "..");
export const BIN = path.join(WURZEL, "bin", "ki-kostenplaner.js");

export interface Lauf {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts bin/ki-kostenplaner.js the way `npx ki-kostenplaner` does: a separate Node process. */
export function starteCli(argumente: readonly string[], cwd = WURZEL, umgebung: NodeJS.ProcessEnv = {}): Promise<Lauf> {
  return new Promise((resolve, reject) => {
    const kind = spawn(process.execPath, [BIN, ...argumente], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...umgebung },
    });
    let stdout = "";
    let stderr = "";
    kind.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    kind.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    kind.on("error", reject);
    kind.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export async function leseMappe(datei: string): Promise<ExcelJS.Workbook> {
  const mappe = new ExcelJS.Workbook();
  await mappe.xlsx.readFile(datei);
  return mappe;
}

/** The cell a workbook-level name points at (single cells only). */
export function zelleDesNamens(mappe: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const eintrag = mappe.definedNames.model.find((n) => n.name === name);
  if (!eintrag || eintrag.ranges.length !== 1) throw new Error(`Name ${name} fehlt oder ist mehrdeutig`);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(eintrag.ranges[0]);
  if (!m) throw new Error(`Name ${name} zeigt nicht auf eine einzelne Zelle: ${eintrag.ranges[0]}`);
  const blatt = mappe.getWorksheet(m[1]);
  if (!blatt) throw new Error(`Blatt ${m[1]} fehlt`);
  return blatt.getCell(`${m[2]}${m[3]}`);
}

/** A cell's value as shown: the (cached) result for formulas. */
export function angezeigt(zelle: ExcelJS.Cell): unknown {
  // Not zelle.value: exceljs drops a result of 0 from the formula value object.
  return zelle.type === ExcelJS.ValueType.Formula ? zelle.result : zelle.value;
}

export function wertDesNamens(mappe: ExcelJS.Workbook, name: string): unknown {
  return angezeigt(zelleDesNamens(mappe, name));
}

export function alleFormeln(mappe: ExcelJS.Workbook): Array<{ blatt: string; adresse: string; formel: string }> {
  const formeln: Array<{ blatt: string; adresse: string; formel: string }> = [];
  mappe.eachSheet((ws) =>
    ws.eachRow((zeile) =>
      zeile.eachCell((zelle) => {
        if (zelle.type === ExcelJS.ValueType.Formula)
          formeln.push({ blatt: ws.name, adresse: zelle.address, formel: zelle.formula });
      }),
    ),
  );
  return formeln;
}

/** Sets every formula's cached result to a value no formula here produces. */
export function verfaelscheErgebnisse(mappe: ExcelJS.Workbook, falsch: number): number {
  let anzahl = 0;
  mappe.eachSheet((ws) =>
    ws.eachRow((zeile) =>
      zeile.eachCell((zelle) => {
        if (zelle.type !== ExcelJS.ValueType.Formula) return;
        if (typeof zelle.result === "number") {
          zelle.value = { formula: zelle.formula, result: falsch } as ExcelJS.CellFormulaValue;
          anzahl++;
        }
      }),
    ),
  );
  return anzahl;
}

export function programm(name: string, argumente: readonly string[]): string {
  const r = spawnSync(name, argumente, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${name} ${argumente.join(" ")} fehlgeschlagen: ${r.stderr}`);
  return r.stdout;
}

export interface Umlagezeile {
  name: unknown;
  belastung: unknown;
  grundlage: unknown;
  minderbelastung: unknown;
}

/** The member rows of the sheet „Umlage“ (those with a number in column A), as shown. */
export function umlageZeilen(mappe: ExcelJS.Workbook): Umlagezeile[] {
  const blatt = mappe.getWorksheet("Umlage");
  if (!blatt) throw new Error("Blatt Umlage fehlt");
  const zeilen: Umlagezeile[] = [];
  blatt.eachRow((r) => {
    if (typeof r.getCell(1).value !== "number") return;
    zeilen.push({
      name: r.getCell(2).value,
      belastung: angezeigt(r.getCell(3)),
      grundlage: r.getCell(4).value,
      minderbelastung: r.getCell(5).value,
    });
  });
  return zeilen;
}
