/**
 * Carrying a rate table to the plan year: a table's rates are of its base year (or of a row's own
 * year); a scenario in another year carries them only with an explicit yearly rate of increase the
 * user gave, shown on Annahmen. Without that rate the table's rate stays as it is and the sheet
 * says so: never silently adjusted, never silently treated as current.
 */
import { KiFehler } from "./fehler";
import type { Cent } from "./geld";
import { normalisiereEntgeltgruppe } from "./entgeltgruppen";
import { zahlText } from "./geld";
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

/** A rate table as a scenario of the plan uses it: what the note on the plan's personnel costs names. */
export interface TabelleImPlan {
  id: string;
  /** The table's base year; undefined when the source states none. */
  basisjahr: number | undefined;
  /** The scenario's year, to which the table is carried on Annahmen. */
  planjahr: number;
  /** The user's yearly rate for the table; undefined = not carried. */
  steigerung: number | undefined;
  /** Whether a row the scenario looks up is of another year than the scenario's. */
  andereJahre: boolean;
}

function prozent(x: number): string {
  return `${zahlText(Math.round(x * 100000) / 1000)} %`;
}

/**
 * How the personnel costs of each plan year are derived (the rule of projektion's
 * personalkostenImPlanjahr), in German, for the Mehrjahresplanung sheet and the council text.
 * `steigerung` names the plan's Personalkostensteigerung as the reader finds it (cell or value);
 * `preisstandZelle`, where given, the cell that holds the price-base year (the user may change it).
 */
export function personalkostenRegelText(
  preisstand: number,
  tabellen: readonly TabelleImPlan[],
  steigerung: string,
  preisstandZelle?: string,
): string {
  const ort = preisstandZelle ? ` (${preisstandZelle})` : "";
  const abstand = preisstandZelle ? `Preisstand in ${preisstandZelle}` : String(preisstand);
  const teile = tabellen
    .filter((t) => t.andereJahre)
    .map((t) =>
      t.steigerung !== undefined
        ? `Tabelle ${t.id}, Basisjahr ${t.basisjahr ?? "je Zeile"}, dort mit ${prozent(t.steigerung)} jährlich auf ${t.planjahr} fortgeschrieben`
        : `Tabelle ${t.id}, Basisjahr ${t.basisjahr ?? "je Zeile"}, NICHT auf ${t.planjahr} fortgeschrieben, da keine Steigerung angegeben`,
    );
  const tabellenText = teile.length > 0 ? ` (${teile.join("; ")})` : "";
  return (
    `Personalkosten je Jahr: im Preisstand ${preisstand}${ort} die Personalkosten der Szenarien von „Annahmen“${tabellenText}; ` +
    `jedes andere Jahr = Personalkosten im Preisstand × (1 + ${steigerung}) ^ (Jahr − ${abstand}), auf Cent gerundet. ` +
    "Die Steigerung einer Satztabelle führt nur von ihrem Basisjahr zum Preisstand; ab dem Preisstand gilt für alle " +
    "Stellen allein die Personalkostensteigerung."
  );
}
