/**
 * The acceptance test's contract: a fixed list of checks that runs against whatever Excel the pane
 * is loaded in (real Excel, or the fake host in CI) and reports passed / failed / skipped each.
 */
import type { ArbeitsmappenZugriff, ExcelHost } from "../excel/zugriff";
import type { ArbeitsmappenPlan } from "../workbook/plan";

export type Status = "bestanden" | "fehlgeschlagen" | "uebersprungen";

export interface Pruefergebnis {
  id: string;
  titel: string;
  status: Status;
  /** What was seen (failed), why it was skipped, or what was confirmed. */
  detail: string;
}

/** Where the checks run. The pane fills it from Office.context; the CI preview from the fake host. */
export interface Umgebung {
  excel: ExcelHost;
  /** Office.context.diagnostics: platform ("PC", "Mac", "OfficeOnline", …) and Excel version. */
  plattform: string;
  version: string;
  /** Office.context.requirements.isSetSupported; the fake host answers false. */
  unterstuetzt(set: string, version: string): boolean;
  jetzt(): Date;
  /** Waits between reads while a custom function still shows #BUSY!. */
  warte(ms: number): Promise<void>;
}

/** State the checks share: what the insert check wrote is what the later checks read back. */
export interface Lauf {
  umgebung: Umgebung;
  zugriff: ArbeitsmappenZugriff;
  /** The plan inserted by the insert check; null until then (later checks skip). */
  plan: ArbeitsmappenPlan | null;
  /** Sheets the run created and must delete again. */
  neueBlaetter: string[];
}

export interface Pruefung {
  id: string;
  titel: string;
  /** Returns status and detail; a thrown error counts as failed with its message. */
  fuehreAus(lauf: Lauf): Promise<Omit<Pruefergebnis, "id" | "titel">>;
}

export const bestanden = (detail: string) => ({ status: "bestanden" as const, detail });
export const fehlgeschlagen = (detail: string) => ({ status: "fehlgeschlagen" as const, detail });
export const uebersprungen = (detail: string) => ({ status: "uebersprungen" as const, detail });
