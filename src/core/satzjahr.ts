/**
 * Carrying a rate table to the plan year: a table's rates are of its base year (or of a row's own
 * year); a scenario in another year carries them only with an explicit yearly rate of increase the
 * user gave, shown on Annahmen. Without that rate the table's rate stays as it is and the sheet
 * says so: never silently adjusted, never silently treated as current.
 */
import { KiFehler } from "./fehler";
import type { Cent } from "./geld";
import { normalisiereEntgeltgruppe } from "./entgeltgruppen";
import { fortschreibung } from "./projektion";
import { type Satztabelle, satzFuer } from "./satztabellen";

export interface SatzImJahr {
  /** The rate used in the plan year, in cents. */
  cent: Cent;
  /** The table's rate in its own year, in cents. */
  basisCent: Cent;
  /** The year the table's rate is of; undefined when the source states none. */
  basisjahr: number | undefined;
  /** True when carried with the user's rate; false when the years match or no rate was given. */
  fortgeschrieben: boolean;
}

/** The year of a row: its own (the Kreis's table) or the table's. */
export function basisjahrVon(tabelle: Satztabelle, gruppe: string): number | undefined {
  const g = normalisiereEntgeltgruppe(gruppe);
  return (g && tabelle.zeilenJahre?.get(g.schluessel)) ?? tabelle.basisjahr;
}

/**
 * A grade's rate in `planjahr`: carried from its base year at `steigerung` per year when the
 * years differ and a rate is given (exactly, rounded once to cents, as KI.FORTSCHREIBUNG).
 */
export function satzImJahr(
  tabelle: Satztabelle,
  gruppe: string,
  planjahr: number,
  steigerung: number | undefined,
): SatzImJahr {
  const basisCent = satzFuer(tabelle, gruppe);
  const basisjahr = basisjahrVon(tabelle, gruppe);
  if (basisjahr === undefined || basisjahr === planjahr || steigerung === undefined) {
    return { cent: basisCent, basisCent, basisjahr, fortgeschrieben: false };
  }
  if (!Number.isInteger(planjahr)) throw new KiFehler("wert", "Das Planjahr muss eine ganze Zahl sein.");
  return {
    cent: fortschreibung(basisCent, steigerung, planjahr - basisjahr),
    basisCent,
    basisjahr,
    fortgeschrieben: true,
  };
}

/** Whether any row the scenario looks up is of another year than the plan year. */
export function brauchtFortschreibung(tabelle: Satztabelle, gruppen: readonly string[], planjahr: number): boolean {
  return gruppen.some((g) => {
    const j = basisjahrVon(tabelle, g);
    return j !== undefined && j !== planjahr;
  });
}
