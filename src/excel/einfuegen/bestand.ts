/**
 * Phase (1) of an insert: which sheets (with their ids) and names the workbook has and what the
 * add-in recorded about the sheets it generated before. Queued in one batch, read after one
 * context.sync(). A sheet is the add-in's only if its worksheet id is in the record; a sheet an
 * interrupted insert added (named in `ausstehend`, id not yet recorded) is adopted only while empty.
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
  /** The record of the sheet now called `name`, if that sheet is the add-in's. */
  altEintrag: (name: string) => BlockEintrag | undefined;
  /** Plan sheets an interrupted insert added: ours if still empty (checked in phase 2). */
  kandidaten: Excel.Worksheet[];
  /** Generated sheets that still exist, by record key. */
  vorhandene: () => Array<[string, BlockEintrag, Excel.Worksheet]>;
}

/** Queues the reads; the caller syncs once before `leseBestand`. */
export function fordereBestandAn(wb: Excel.Workbook, verzeichnisSchluessel: string): Bestandsanfrage {
  wb.worksheets.load("items/name,items/id");
  wb.names.load("items/name");
  const verzeichnis = wb.settings.getItemOrNullObject(verzeichnisSchluessel);
  verzeichnis.load("value");
  return { blaetter: wb.worksheets, namen: wb.names, verzeichnis };
}

/** The sheet a record entry stands for: by id, or by name for records without ids (version 1). */
function blattZu(name: string, e: BlockEintrag, items: Excel.Worksheet[]): Excel.Worksheet | undefined {
  if (e.id !== undefined) return items.find((b) => b.id === e.id);
  return items.find((b) => b.name.toLowerCase() === name.toLowerCase());
}

export function leseBestand(a: Bestandsanfrage, plan: ArbeitsmappenPlan): Bestand {
  const alt = leseVerzeichnis(a.verzeichnis.isNullObject ? null : a.verzeichnis.value);
  const items = a.blaetter.items;
  const vorhandene = () =>
    Object.entries(alt.blaetter).flatMap(([k, e]): Array<[string, BlockEintrag, Excel.Worksheet]> => {
      const b = blattZu(k, e, items);
      return b ? [[k, e, b]] : [];
    });
  const eigene = vorhandene();
  const ausstehend = new Set(alt.ausstehend ?? []);
  const kandidaten = plan.blaetter.flatMap((p) => {
    const b = items.find((x) => x.name.toLowerCase() === p.name.toLowerCase());
    if (!b || !ausstehend.has(p.name.toLowerCase()) || eigene.some(([, , e]) => e === b)) return [];
    return [b];
  });
  return {
    blaetter: new Map(items.map((b) => [b.name.toLowerCase(), b])),
    namen: new Map(a.namen.items.map((n) => [n.name.toLowerCase(), n])),
    alt,
    altEintrag: (name) => eigene.find(([, , b]) => b.name.toLowerCase() === name.toLowerCase())?.[1],
    kandidaten,
    vorhandene: () => eigene,
  };
}

/** Generated sheets that still exist but are no longer part of the plan (by identity, not name). */
export function verwaisteBlaetter(
  plan: ArbeitsmappenPlan,
  bestand: Bestand,
): Array<[string, BlockEintrag, Excel.Worksheet]> {
  const planNamen = new Set(plan.blaetter.map((b) => b.name.toLowerCase()));
  return bestand.vorhandene().filter(([, , b]) => !planNamen.has(b.name.toLowerCase()));
}
