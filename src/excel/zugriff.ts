/**
 * The contract of the one module through which the add-in touches Excel. The task pane talks only
 * to this interface; the implementation runs against Office.js in Excel and against the fake host
 * (devtools/fakeHost) in tests and the preview page.
 */
import type { ArbeitsmappenPlan } from "../workbook/plan";
import type { Formelmodus } from "../scenario/optionen";
import type { Ladeergebnis } from "../scenario/speicherformat";
export type { Ladeergebnis };

/** What Excel.run looks like; the real `Excel` global and the fake host both provide it. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface Einfuegeergebnis {
  blaetter: string[];
  /** context.sync() round-trips used (each one is a network trip in Excel on the web). */
  syncs: number;
  /** Formula mode of every sheet the add-in now maintains in this workbook. */
  modi: Record<string, Formelmodus>;
}

/** Everything the pane reads when it opens. */
export interface Startdaten {
  zustand: Ladeergebnis;
  modi: Record<string, Formelmodus>;
}

export interface ArbeitsmappenZugriff {
  fuegeEin(plan: ArbeitsmappenPlan): Promise<Einfuegeergebnis>;
  /** Reads the raw stored state; parsing and version checks live in src/scenario. */
  ladeZustand(): Promise<Ladeergebnis>;
  /** Stored state and sheet modes in one round-trip, for the pane's start. */
  ladeStart(): Promise<Startdaten>;
  speichereZustand(json: unknown): Promise<void>;
  /** Formula mode of each sheet this add-in generated, so the pane can say which mode a sheet is in. */
  blattModi(): Promise<Record<string, Formelmodus>>;
}
