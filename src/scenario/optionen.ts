/**
 * The options the user sets beside the scenarios (formula mode, multi-year plan, levy members). They
 * belong to the scenario layer: the pane edits them, the save format stores them, and the workbook
 * builders and the CLI read them.
 */

/** Formula mode of a sheet: live KI.* functions, or native Excel formulas only (no add-in needed). */
export type Formelmodus = "ki" | "nativ";

/** Multi-year planning sheet ("Mehrjahresplanung"); all rates are user assumptions, not official figures. */
export interface MehrjahrOptionen {
  vonJahr: number;
  bisJahr: number;
  /** Yearly pay rise applied to personnel costs, e.g. 0.025. */
  personalSteigerung: number;
  /** Yearly price rise applied to Sachkosten (overhead, IT, rooms, project funds). */
  sachSteigerung: number;
  /** Discount rate for the present value. */
  zinssatz: number;
}

/** Kreisumlage sheet: member municipalities and their Umlagegrundlagen as the user enters them. */
export interface UmlageMitglied {
  name: string;
  /** Umlagegrundlagen in €; null = not yet entered (shown blank, counts as 0). */
  grundlage: number | null;
  /** § 56 Abs. 4 KrO: share of its burden this member is relieved of (0..1); the rest is spread over the others. */
  minderbelastung: number;
}

/**
 * How two municipality names are compared when looking for duplicates: "Siegburg" and "siegburg " are
 * the same member. The pane's list check and the CLI's CSV reader both use this one rule.
 */
export function gemeindeSchluessel(name: string): string {
  return name.trim().toLocaleLowerCase("de");
}
