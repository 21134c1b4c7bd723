/**
 * A cost scenario as the user edits it in the task pane and as it is saved in the workbook.
 * Amounts are in € (as typed by people); the calculation converts to cents at its boundary.
 */
import type { Foerderposition, Koerperschaft } from "../core";
import type { EigenesRegelwerk } from "./eigenesRegelwerk";
import type { EigeneSatztabelle } from "./eigeneSatztabelle";
import type { SachsatzQuellen } from "./sachsaetze";

export type SzenarioTyp = "derzeitig" | "ki";

/**
 * How a post is paid: municipal posts of the base funding, extra posts (funded from 2017), or
 * teachers seconded by the state, who cost the municipality nothing but need a workstation.
 */
export type Stellenart = "kommunal" | "zusatz" | "landeslehrer";

export interface Stelle {
  id: string;
  /** Free text, e.g. "Pädagogische Fachkraft". */
  bezeichnung: string;
  gruppe: string;
  /** FTE share: 1 = full time. */
  anteil: number;
  /** Own annual rate in € per full-time post; null = from the scenario's rate table. */
  eigenerSatz: number | null;
  art: Stellenart;
  /**
   * Which per-post cap of the rule set applies to this base post (Fachkraft, Verwaltung,
   * Assistenz); absent = the base posts are capped together, as before.
   */
  foerderposition?: Foerderposition;
  /** First and last year the post exists (costs and is funded); absent = every year. */
  abJahr?: number;
  bisJahr?: number;
}

/** A personnel-cost total stated by a source, used instead of per-grade rates that are unknown. */
export interface PersonalkostenPauschale {
  betrag: number;
  erlaeuterung: string;
  quelle: string;
}

export interface ErstattungsEinstellung {
  aktiv: boolean;
  /**
   * "auto" = the rule set valid in the scenario's year; otherwise a rule-set id (e.g. "NRW-AKTUELL"),
   * or EIGENES_REGELWERK_ID for the user's own rule set.
   */
  regelwerk: string;
  /** With regelwerk = EIGENES_REGELWERK_ID: a copy of the workbook's own rule set (absent otherwise). */
  eigenesRegelwerk?: EigenesRegelwerk;
  /** Material costs claimed under the Sachausgabenpauschale (from 2017), €/yr; part of the project funds. */
  sachausgaben: number;
  /**
   * First and last year the Sachausgaben are spent; absent = every year. Outside them the project
   * funds are smaller by that amount and nothing is claimed.
   */
  sachausgabenAb?: number;
  sachausgabenBis?: number;
}

export interface Szenario {
  id: string;
  name: string;
  typ: SzenarioTyp;
  koerperschaft: Koerperschaft;
  jahr: number;
  stellen: Stelle[];
  personalkostenPauschale: PersonalkostenPauschale | null;
  /**
   * Rate table for grades without own rate: a built-in id ("RSK2013", "BUND-AGEBV-2021") or
   * EIGENE_SATZTABELLE for the workbook's own table (then copied into eigeneSatztabelle).
   */
  satztabelle: string;
  /** With satztabelle = EIGENE_SATZTABELLE: a copy of the workbook's own table (absent otherwise). */
  eigeneSatztabelle?: EigeneSatztabelle;
  /**
   * Yearly rate of increase that carries the table's rates from their year to the scenario's
   * (0,025 = 2,5 %); absent = not carried (the sheet says so where the years differ).
   */
  satzSteigerung?: number;
  arbeitsplaetze: number;
  bueros: number;
  projektmittel: number;
  querschnittssatz: number;
  itSatz: number;
  raumSatz: number;
  /**
   * Which named source each of the three rates above was taken from ("RSK2013", "BUND-AGEBV-2021",
   * "NDS-2023"); a rate without an entry is the user's own figure. Absent in states saved before it
   * existed (then inferred: scenario/sachsaetze `sachsatzQuellenVon`).
   */
  sachsatzQuellen?: SachsatzQuellen;
  erstattung: ErstattungsEinstellung;
  /** Explanations per cost line, shown in the "Erläuterung" column (e.g. "2 Arbeitsplätze"). */
  erlaeuterungen: Partial<Record<Kostenzeile, string>>;
  /** Where the preset's figures come from; "" for a scenario the user built. */
  quelle: string;
  /** Footnote printed under the comparison, e.g. the Rhein-Sieg sheet's note on other departments. */
  fussnote: string;
}

export type Kostenzeile =
  | "personalkosten"
  | "querschnittskosten"
  | "it"
  | "raum"
  | "projektmittel"
  | "gesamtkosten"
  | "landeserstattung"
  | "eigenanteil";
