/**
 * Where the pane meets the other modules: the workbook plan builder, the saved-state format and
 * the one Excel access module. Kept in one place so the pane, its tests and the preview page wire
 * up the same implementations.
 */
import { erstelleArbeitsmappenZugriff as zugriffUeber } from "../excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../excel/zugriff";
import { PROVISORISCH_dekodiere, PROVISORISCH_kodiere } from "./provisorischesSpeicherformat";
import type { PlanerZustand } from "./zustand";

export { baueArbeitsmappe } from "../workbook";

export type Dekodiert = { ok: true; zustand: PlanerZustand } | { ok: false; meldung: string };

export function kodiereZustand(z: PlanerZustand): unknown {
  return PROVISORISCH_kodiere(z);
}

export function dekodiereZustand(json: unknown): Dekodiert {
  return PROVISORISCH_dekodiere(json);
}

/** Stored text counts as readable only if the saved-state format accepts it; otherwise the access
 * module keeps a backup before anything is saved over it. */
function istLesbar(roh: string): boolean {
  try {
    return dekodiereZustand(JSON.parse(roh)).ok;
  } catch {
    return false;
  }
}

export function erstelleArbeitsmappenZugriff(host: ExcelHost): ArbeitsmappenZugriff {
  return zugriffUeber(host, { istLesbar });
}
