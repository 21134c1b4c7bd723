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
 */
import type { Szenario } from "../scenario";
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

export function registrierteZusatzblaetter(): ReadonlyArray<[string, ZusatzblattBauer]> {
  return [...bauer.entries()];
}
