/**
 * The catalogue of optional sheets the user only switches on or off (no fields of their own): one
 * entry each, and every place that offers such a sheet reads it here – the pane's switch, the saved
 * state, the CLI's flag and its help line, the Word text – while the workbook's registration
 * (src/workbook/zusatzblaetter.ts) maps the id to the builder. Sheets with fields of their own
 * (Mehrjahresplanung, Umlage) keep their own options type in optionen.ts; see "Add an optional
 * sheet" in docs/ARCHITECTURE.md.
 */
import type { Szenario } from "./modell";

export interface ZusatzblattEintrag {
  /** The id of the sheet's registration (`registriereZusatzblatt`) and of the saved choice. */
  id: string;
  /** The sheet's name in the workbook, as the CLI's messages name it. */
  blattname: string;
  /** The pane's switch. */
  schalter: string;
  /** One sentence for the pane and `export --help`: what the sheet shows. */
  hilfe: string;
  /** The CLI's switch without "--", e.g. "plan-ist". */
  option: string;
  /** Why these scenarios cannot have the sheet, or null: the one rule, asked by pane, CLI and builder. */
  hindernis?: (szenarien: readonly Szenario[]) => string | null;
  /** A paragraph the Word text adds when the sheet is chosen. */
  vorlageAbsatz?: string;
}

/** Every on/off sheet, in the order the pane, the help and the workbook show them. */
export const ZUSATZBLAETTER: readonly ZusatzblattEintrag[] = [];

export function zusatzblattHindernis(e: ZusatzblattEintrag, szenarien: readonly Szenario[]): string | null {
  return e.hindernis ? e.hindernis(szenarien) : null;
}

/**
 * The chosen sheets these scenarios can have, in catalogue order. An id the catalogue does not know
 * (saved by a newer add-in) is dropped here but stays in the saved state.
 */
export function moeglicheZusatzblaetter(
  szenarien: readonly Szenario[],
  gewaehlt: readonly string[],
  katalog: readonly ZusatzblattEintrag[] = ZUSATZBLAETTER,
): string[] {
  return katalog.filter((e) => gewaehlt.includes(e.id) && zusatzblattHindernis(e, szenarien) === null).map((e) => e.id);
}
