/**
 * Maps domain errors to Excel error values. Functions return them rather than throw: a returned
 * CustomFunctions.Error shows as #WERT!/#NV with its message in the cell's tooltip, and a
 * function that never throws cannot leave Excel with a generic error.
 */
import { EXCEL_FEHLERCODE, istKiFehler } from "../core";

/** Excel truncates long error messages in the tooltip; keep the important start. */
const MAX_MELDUNG = 255;

function kuerze(meldung: string): string {
  return meldung.length <= MAX_MELDUNG ? meldung : `${meldung.slice(0, MAX_MELDUNG - 1)}…`;
}

export function alsExcelFehler(e: unknown): CustomFunctions.Error {
  if (istKiFehler(e)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[EXCEL_FEHLERCODE[e.art]], kuerze(e.message));
  }
  // A defect of ours: still a German message in the cell rather than a stack trace.
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    kuerze(`Interner Fehler im KI-Kostenplaner: ${detail}`),
  );
}

/** Runs a scalar function body; domain errors become Excel errors. */
export function alsZahl(berechnung: () => number): number | CustomFunctions.Error {
  try {
    return endlichesErgebnis(berechnung());
  } catch (e) {
    return alsExcelFehler(e);
  }
}

/** A scalar result as alsZahl returns it, for functions on a hot path that catch on their own (no closure per call). */
export function endlichesErgebnis(ergebnis: number): number | CustomFunctions.Error {
  if (!Number.isFinite(ergebnis)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "Das Ergebnis ist keine endliche Zahl.");
  }
  return ergebnis;
}

export type Matrixwert = string | number | CustomFunctions.Error;

/** Runs a spilling function body; an error spills as a single cell. */
export function alsMatrix(berechnung: () => Array<Array<string | number>>): Matrixwert[][] {
  try {
    return berechnung();
  } catch (e) {
    return [[alsExcelFehler(e)]];
  }
}
