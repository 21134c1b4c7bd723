/**
 * Reads the range the user selected in Excel, for data that already lives in a sheet (e.g. the
 * Umlagegrundlagen). One context.sync(). A whole selected column is cut to the part that holds
 * values, so selecting "A:C" does not fetch a million empty rows.
 */
import type { ExcelHost } from "./zugriff";

/** A cell value as Excel returns it: number, text ("" for empty) or truth value. */
export type Auswahlwert = string | number | boolean;

export interface Auswahlinhalt {
  /** Address of the selection, e.g. "Tabelle1!A2:C20". */
  adresse: string;
  /** The values of its used part, row by row; empty when nothing in the selection holds a value. */
  werte: Auswahlwert[][];
}

export async function leseAuswahl(host: ExcelHost): Promise<Auswahlinhalt> {
  return host.run({ delayForCellEdit: true }, async (context) => {
    const auswahl = context.workbook.getSelectedRange();
    auswahl.load("address");
    // Range.getUsedRangeOrNullObject(valuesOnly): ExcelApi 1.4, present wherever the shared runtime is.
    const benutzt = auswahl.getUsedRangeOrNullObject(true);
    benutzt.load("values");
    await context.sync();
    const werte = benutzt.isNullObject ? [] : (benutzt.values as Auswahlwert[][]);
    return { adresse: auswahl.address, werte };
  });
}
