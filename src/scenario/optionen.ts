/**
 * The options the user sets beside the scenarios (formula mode, multi-year plan, levy members) and
 * their rules. They belong to the scenario layer: the pane edits them, the save format stores them,
 * the CLI reads them from its arguments, and the workbook builders and the Word text read the one
 * `ArbeitsmappenOptionen` built from them here.
 */
import type { Istwerte } from "../core";
import type { Szenario } from "./modell";
import { type PlanIstAuswahl, planIstOptionenAus } from "./planIst/auswahl";
import type { PlanIstWahl } from "./planIst/eingabe";
import type { Speicherstand } from "./speicherformat";
import type { Stand } from "./staende";
import { moeglicheZusatzblaetter, ZUSATZBLAETTER, type ZusatzblattEintrag } from "./zusatzblaetter";

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

/** The levy sheet's options: the member municipalities as the user entered them. */
export interface UmlageOptionen {
  mitglieder: UmlageMitglied[];
}

/** Frozen Stände: "Vergleich mit Stand" with `vergleich`, "Änderungsprotokoll" from two Stände. */
export interface StaendeOptionen {
  vergleich: Stand | null;
  /** Every readable Stand of the workbook. */
  alle: Stand[];
  /** The current work in the saved form, to name the assumptions changed since `vergleich`. */
  aktuell: Speicherstand;
}

/**
 * "Plan-Ist" (issue 27): a decided Stand (or the current work) against actual costs of one year.
 * The actuals are already matched to the lines (scenario/planIst: liesIstCsv, liesIstBereich).
 */
export interface PlanIstOptionen {
  /** The decided Stand; null = the scenarios being built (the current work). */
  stand: Stand | null;
  wahl: PlanIstWahl;
  ist: Istwerte;
  /** Where the actuals came from ("ist-2013.csv", "Auswahl Tabelle1!A1:N9"), printed on the sheet. */
  istQuelle: string;
}

/**
 * Everything besides the scenarios that decides what a workbook (and the Word text) contains. Built
 * only by `arbeitsmappenOptionen` (pane state and saved state share its input shape) and by the CLI
 * through the same function; the sheet builders and the Word text read it and decide nothing.
 */
export interface ArbeitsmappenOptionen {
  modus: Formelmodus;
  /** Date printed in titles and headers. */
  datum: Date;
  /** Optional council document number ("Vorlage Nr."), printed in the header. */
  vorlageNr?: string;
  mehrjahr?: MehrjahrOptionen | null;
  /** Null unless chosen and possible (`umlageMoeglich`). */
  umlage?: UmlageOptionen | null;
  staende?: StaendeOptionen | null;
  /** Null unless the user chose a Plan-Ist with actuals (pane section, `export --ist`). */
  planIst?: PlanIstOptionen | null;
  /** The on/off sheets of zusatzblaetter.ts chosen and possible for these scenarios (absent = none). */
  zusatzblaetter?: readonly string[];
}

export const UMLAGE_NICHT_MOEGLICH =
  "Eine kreisfreie Stadt erhebt keine Kreisumlage: Das Blatt „Umlage“ gibt es nur für Kreise.";
export const UMLAGE_OHNE_KI =
  "Ohne Szenario „KI“ gibt es keinen Mehraufwand, den die Kreisumlage auf die Gemeinden verteilen könnte.";

/**
 * The one rule for "is a Kreisumlage possible?", asked by the pane, the sheet, the Word text and the
 * CLI: only a Kreis levies a Kreisumlage on its member municipalities (§ 56 KrO NRW), and what it
 * spreads is the KI's Eigenanteil, so there must be a KI scenario. Null when possible, else the reason.
 */
export function umlageHindernis(szenarien: readonly Pick<Szenario, "typ" | "koerperschaft">[]): string | null {
  if (szenarien.some((s) => s.koerperschaft === "kreisfreie Stadt")) return UMLAGE_NICHT_MOEGLICH;
  if (!szenarien.some((s) => s.typ === "ki")) return UMLAGE_OHNE_KI;
  return null;
}

export function umlageMoeglich(szenarien: readonly Pick<Szenario, "typ" | "koerperschaft">[]): boolean {
  return umlageHindernis(szenarien) === null;
}

/**
 * Optional fields a Kämmerei fills in for the council's Word text; an empty field is left out of
 * the text, never printed blank. Saved with the workbook's state and in the pane's file, so a
 * colleague and the CLI's --docx see them.
 */
export interface VorlagenAngaben {
  haushaltsjahr?: string;
  /** "Produkt/Kostenstelle", as the budget names it. */
  produkt?: string;
  deckungsvorschlag?: string;
  beschlussvorschlag?: string;
}

export const VORLAGEN_ANGABEN_FELDER = ["haushaltsjahr", "produkt", "deckungsvorschlag", "beschlussvorschlag"] as const;

/** The fields with text; null when every field is empty (nothing to save). */
export function gefuellteVorlagenAngaben(a: VorlagenAngaben | undefined): VorlagenAngaben | null {
  const gefuellt: VorlagenAngaben = {};
  for (const f of VORLAGEN_ANGABEN_FELDER) if (a?.[f]?.trim()) gefuellt[f] = a[f];
  return Object.keys(gefuellt).length > 0 ? gefuellt : null;
}

/** What the user chose beside the scenarios: the pane's state and the saved state both have this shape. */
export interface OptionenWahl {
  vorlageNr: string;
  mehrjahrAktiv: boolean;
  mehrjahr: MehrjahrOptionen | null;
  umlageAktiv: boolean;
  umlage: readonly UmlageMitglied[];
  /** The pane's Plan-Ist choice (issue 27); resolved against the listed Stände by planIstOptionenAus. */
  planIst?: PlanIstAuswahl;
  /** Ids of the on/off sheets switched on (src/scenario/zusatzblaetter.ts); absent = none. */
  zusatzblaetter?: readonly string[];
}

/** The workbook options for these scenarios: a choice that is not possible for them is dropped here, once. */
export function arbeitsmappenOptionen(
  szenarien: readonly Szenario[],
  wahl: OptionenWahl,
  modus: Formelmodus,
  datum: Date,
  staende: StaendeOptionen | null = null,
  planIst: PlanIstOptionen | null = null,
  katalog: readonly ZusatzblattEintrag[] = ZUSATZBLAETTER,
): ArbeitsmappenOptionen {
  const zusatzblaetter = moeglicheZusatzblaetter(szenarien, wahl.zusatzblaetter ?? [], katalog);
  return {
    planIst: planIst ?? planIstOptionenAus(wahl.planIst, staende?.alle ?? []).optionen,
    modus,
    datum,
    vorlageNr: wahl.vorlageNr.trim() || undefined,
    mehrjahr: wahl.mehrjahrAktiv ? wahl.mehrjahr : null,
    umlage:
      wahl.umlageAktiv && umlageMoeglich(szenarien)
        ? {
            mitglieder: wahl.umlage.map((m) => ({
              name: m.name,
              grundlage: m.grundlage,
              minderbelastung: m.minderbelastung,
            })),
          }
        : null,
    staende,
    ...(zusatzblaetter.length > 0 ? { zusatzblaetter } : {}),
  };
}

/** The options a saved state (or a frozen Stand's state) stands for, in the mode it was saved with. */
export function optionenAusSpeicherstand(
  stand: Pick<Speicherstand, "szenarien" | "optionen">,
  datum: Date,
  staende: StaendeOptionen | null = null,
): ArbeitsmappenOptionen {
  return arbeitsmappenOptionen(stand.szenarien, stand.optionen, stand.optionen.modus, datum, staende);
}
