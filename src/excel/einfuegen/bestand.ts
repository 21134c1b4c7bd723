/**
 * Phase (1) of an insert: which sheets and names the workbook has and what the add-in recorded
 * about the sheets it generated before. Queued in one batch, read after one context.sync().
 */
import type { ArbeitsmappenPlan } from "../../workbook/plan";
import { leseVerzeichnis, type BlockEintrag, type Blockverzeichnis } from "../blockverzeichnis";

export interface Bestandsanfrage {
  blaetter: Excel.WorksheetCollection;
  namen: Excel.NamedItemCollection;
  verzeichnis: Excel.Setting;
}

export interface Bestand {
  /** Keyed by lower-case name: Excel compares sheet and defined names case-insensitively. */
  blaetter: Map<string, Excel.Worksheet>;
  namen: Map<string, Excel.NamedItem>;
  alt: Blockverzeichnis;
  /** The record of a sheet generated before, whatever the case of its name now. */
  altEintrag: (name: string) => BlockEintrag | undefined;
}

/** Queues the reads; the caller syncs once before `leseBestand`. */
export function fordereBestandAn(wb: Excel.Workbook, verzeichnisSchluessel: string): Bestandsanfrage {
  wb.worksheets.load("items/name");
  wb.names.load("items/name");
  const verzeichnis = wb.settings.getItemOrNullObject(verzeichnisSchluessel);
  verzeichnis.load("value");
  return { blaetter: wb.worksheets, namen: wb.names, verzeichnis };
}

export function leseBestand(a: Bestandsanfrage): Bestand {
  const alt = leseVerzeichnis(a.verzeichnis.isNullObject ? null : a.verzeichnis.value);
  return {
    blaetter: new Map(a.blaetter.items.map((b) => [b.name.toLowerCase(), b])),
    namen: new Map(a.namen.items.map((n) => [n.name.toLowerCase(), n])),
    alt,
    altEintrag: (name) => Object.entries(alt.blaetter).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1],
  };
}

/** Sheets generated before that still exist but are no longer part of the plan. */
export function verwaisteBlaetter(plan: ArbeitsmappenPlan, bestand: Bestand): Array<[string, BlockEintrag]> {
  const planNamen = new Set(plan.blaetter.map((b) => b.name.toLowerCase()));
  return Object.entries(bestand.alt.blaetter).filter(
    ([name]) => !planNamen.has(name.toLowerCase()) && bestand.blaetter.has(name.toLowerCase()),
  );
}
