/** The scratch sheet the formula checks write to, and reading custom-function results. */
import { spanne } from "../workbook/adressen";
import type { Lauf } from "./typen";

export const SCHMIERBLATT = "KI-Abnahme-Test";

/** Excel shows these while a custom function is still computing or loading. */
const NOCH_NICHT_FERTIG = new Set(["#BUSY!", "#GETTING_DATA"]);

export interface Zellstand {
  wert: unknown;
  typ: string;
}

/** Writes the formulas (en-US form, column B from row 1) and returns what Excel computed. */
export async function rechneAufSchmierblatt(
  lauf: Lauf,
  formeln: Array<Array<string | number>>,
): Promise<Zellstand[][]> {
  const adresse = spanne(0, 0, formeln.length - 1, formeln[0].length - 1);
  await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
    const blatt = context.workbook.worksheets.getItemOrNullObject(SCHMIERBLATT);
    await context.sync();
    const ziel = blatt.isNullObject ? context.workbook.worksheets.add(SCHMIERBLATT) : blatt;
    if (blatt.isNullObject) lauf.neueBlaetter.push(SCHMIERBLATT);
    ziel.getRange().clear("All" as Excel.ClearApplyTo);
    ziel.getRange(adresse).formulas = formeln;
    await context.sync();
  });
  return leseBisFertig(lauf, adresse);
}

/** Reads until no cell is #BUSY! any more (async functions, first load of the add-in), at most ~20 s. */
async function leseBisFertig(lauf: Lauf, adresse: string): Promise<Zellstand[][]> {
  for (let versuch = 0; ; versuch++) {
    const stand = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
      const r = context.workbook.worksheets.getItem(SCHMIERBLATT).getRange(adresse);
      r.load("values, valueTypes");
      // Polling on purpose: one round-trip per wait, until Excel has finished computing.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const typen: string[][] = r.valueTypes;
      return r.values.map((zeile, z) => zeile.map((wert, s) => ({ wert, typ: String(typen[z][s]) })));
    });
    const fertig = stand.every((z) => z.every((c) => !NOCH_NICHT_FERTIG.has(String(c.wert))));
    if (fertig || versuch >= 40) return stand;
    await lauf.umgebung.warte(500);
  }
}

/** "B3 = 353094" for the report. */
export function zellText(c: Zellstand): string {
  return c.typ === "Error" ? `${String(c.wert)} (Fehler)` : JSON.stringify(c.wert);
}
