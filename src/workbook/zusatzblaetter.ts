/**
 * Extension point for further sheets (Mehrjahresplanung, Kreisumlage …). A builder module
 * registers itself once at import time:
 *
 *   registriereZusatzblatt("mehrjahr", (szenarien, optionen, bezuege) =>
 *     optionen.mehrjahr ? baueMehrjahresblatt(szenarien, optionen, bezuege) : null);
 *
 * and is imported for its side effect in src/workbook/index.ts. `bezuege` gives the absolute
 * address of every assumption and comparison total, so the sheet references them live.
 * Builders run in registration order; their sheets follow "Kostenvergleich" and "Annahmen".
 *
 * A sheet the user only switches on or off has an entry in src/scenario/zusatzblaetter.ts (name,
 * pane switch, CLI flag, help, the rule that can rule it out); the pane, the CLI, the saved state and
 * the Word text read that entry, and its builder asks `zusatzblattGewaehlt`:
 *
 *   registriereZusatzblatt("plan-ist", (szenarien, optionen, bezuege) =>
 *     zusatzblattGewaehlt(szenarien, optionen, "plan-ist") ? bauePlanIst(szenarien, optionen, bezuege) : null);
 */
import type { Szenario } from "../scenario";
import { ZUSATZBLAETTER, type ZusatzblattEintrag, zusatzblattHindernis } from "../scenario/zusatzblaetter";
import type { AnnahmenBezuege } from "./annahmen/bezuege";
import type { ArbeitsmappenOptionen, BlattPlan } from "./plan";

export type ZusatzblattBauer = (
  szenarien: readonly Szenario[],
  optionen: ArbeitsmappenOptionen,
  bezuege: AnnahmenBezuege,
) => BlattPlan | null;

const bauer = new Map<string, ZusatzblattBauer>();

/** Registers (or, under the same id, replaces) a builder; returns a function that removes it. */
export function registriereZusatzblatt(id: string, b: ZusatzblattBauer): () => void {
  bauer.set(id, b);
  return () => {
    if (bauer.get(id) === b) bauer.delete(id);
  };
}

/**
 * Is the on/off sheet `id` chosen, and possible for these scenarios? Options built elsewhere than
 * arbeitsmappenOptionen (a test, a script) are held to the catalogue's rule here as well.
 */
export function zusatzblattGewaehlt(
  szenarien: readonly Szenario[],
  optionen: ArbeitsmappenOptionen,
  id: string,
  katalog: readonly ZusatzblattEintrag[] = ZUSATZBLAETTER,
): boolean {
  const e = katalog.find((x) => x.id === id);
  return !!e && (optionen.zusatzblaetter?.includes(id) ?? false) && zusatzblattHindernis(e, szenarien) === null;
}

export function registrierteZusatzblaetter(): ReadonlyArray<[string, ZusatzblattBauer]> {
  return [...bauer.entries()];
}
