/**
 * Where every assumption and every comparison total lands, computed before any cell is built.
 *
 * The "Annahmen" and "Kostenvergleich" builders place their cells by this layout, and other sheet
 * builders (Mehrjahresplanung, Umlage) reference the same addresses through `AnnahmenBezuege`,
 * so a sheet can never point at a cell that moved.
 *
 * Workbook names follow `KI_<Annahme>_<n>`, n = the scenario's position (1 = baseline), e.g.
 * `KI_Querschnittssatz_1`, `KI_Arbeitsplaetze_2`, `KI_Eigenanteil_2` (see ANNAHMEN[].name and
 * KOSTEN_NAMEN). Umlauts are spelled out (ae, oe, ue) so the names work in every Excel.
 */
import { type Satztabelle, ZEILEN, brauchtFortschreibung } from "../../core";
import {
  satztabelleDes,
  type EigenesRegelwerk,
  type Kostenzeile,
  type Stelle,
  type Szenario,
  eigenesRegelwerkVon,
  mitFoerderpositionen,
  stelleImJahr,
} from "../../scenario";
import { bereich, blattBezug, zelle } from "../adressen";
import { satztabellenFussZeilen } from "./fussnoten";

export const BLATT_ANNAHMEN = "Annahmen";
export const BLATT_KOSTENVERGLEICH = "Kostenvergleich";

export type AnnahmeSchluessel =
  | "name"
  | "typ"
  | "koerperschaft"
  | "jahr"
  | "satztabelle"
  | "pauschale"
  | "arbeitsplaetze"
  | "bueros"
  | "projektmittel"
  | "querschnittssatz"
  | "itSatz"
  | "raumSatz"
  | "erstattung"
  | "regelwerk"
  | "regelwerkTitel"
  | "sachausgaben"
  | "landespauschale"
  | "zusatzstelleSatz"
  | "maxZusatzstellen"
  | "sachausgabenpauschale"
  | "personalkostenGrund"
  | "personalkostenZusatz"
  | "zusatzstellen"
  | "personalkosten";

export type Einheit =
  | "Text"
  | "Jahr"
  | "€/Jahr"
  | "Anzahl"
  | "Anteil"
  | "€/Jahr je Arbeitsplatz"
  | "€/Jahr je Büro"
  | "€/Jahr je Stelle"
  | "Stellen";

export interface AnnahmeDefinition {
  schluessel: AnnahmeSchluessel;
  label: string;
  einheit: Einheit;
  /** Stem of the workbook name (`KI_<name>_<n>`); null = no name. */
  name: string | null;
  /** Computed from other cells, not typed in. */
  berechnet: boolean;
}

/** The labelled rows of the assumption block, in sheet order. */
export const ANNAHMEN: readonly AnnahmeDefinition[] = [
  { schluessel: "typ", label: "Art des Szenarios", einheit: "Text", name: null, berechnet: false },
  { schluessel: "koerperschaft", label: "Körperschaft", einheit: "Text", name: "Koerperschaft", berechnet: false },
  { schluessel: "jahr", label: "Haushaltsjahr", einheit: "Jahr", name: "Jahr", berechnet: false },
  { schluessel: "satztabelle", label: "Satztabelle für Entgeltgruppen", einheit: "Text", name: null, berechnet: false },
  {
    schluessel: "pauschale",
    label: "Personalkosten-Pauschale der Grundstellen",
    einheit: "€/Jahr",
    name: "Pauschale",
    berechnet: false,
  },
  {
    schluessel: "arbeitsplaetze",
    label: "IT-Arbeitsplätze",
    einheit: "Anzahl",
    name: "Arbeitsplaetze",
    berechnet: false,
  },
  { schluessel: "bueros", label: "Büros", einheit: "Anzahl", name: "Bueros", berechnet: false },
  { schluessel: "projektmittel", label: "Projektmittel", einheit: "€/Jahr", name: "Projektmittel", berechnet: false },
  {
    schluessel: "querschnittssatz",
    label: "Querschnitts-/Sachkostensatz (auf Personalkosten)",
    einheit: "Anteil",
    name: "Querschnittssatz",
    berechnet: false,
  },
  {
    schluessel: "itSatz",
    label: "IT-Satz je Arbeitsplatz",
    einheit: "€/Jahr je Arbeitsplatz",
    name: "ITSatz",
    berechnet: false,
  },
  {
    schluessel: "raumSatz",
    label: "Raumkosten je Büro",
    einheit: "€/Jahr je Büro",
    name: "Raumsatz",
    berechnet: false,
  },
  {
    schluessel: "erstattung",
    label: "Landeserstattung einrechnen (ja/nein)",
    einheit: "Text",
    name: "Erstattung",
    berechnet: false,
  },
  { schluessel: "regelwerk", label: "Förderregelwerk (Kennung)", einheit: "Text", name: "Regelwerk", berechnet: false },
  { schluessel: "regelwerkTitel", label: "Förderregelwerk", einheit: "Text", name: null, berechnet: false },
  {
    schluessel: "sachausgaben",
    label: "Sachausgaben (Sachausgabenpauschale, in Projektmitteln enthalten)",
    einheit: "€/Jahr",
    name: "Sachausgaben",
    berechnet: false,
  },
  {
    schluessel: "landespauschale",
    label: "Höchstbetrag Grundförderung (Landespauschale)",
    einheit: "€/Jahr",
    name: "Landespauschale",
    berechnet: false,
  },
  {
    schluessel: "zusatzstelleSatz",
    label: "Höchstbetrag je Zusatzstelle",
    einheit: "€/Jahr je Stelle",
    name: "Zusatzstelle",
    berechnet: false,
  },
  {
    schluessel: "maxZusatzstellen",
    label: "Geförderte Zusatzstellen höchstens",
    einheit: "Stellen",
    name: "MaxZusatzstellen",
    berechnet: false,
  },
  {
    schluessel: "sachausgabenpauschale",
    label: "Höchstbetrag Sachausgabenpauschale",
    einheit: "€/Jahr",
    name: "Sachausgabenpauschale",
    berechnet: false,
  },
  {
    schluessel: "personalkostenGrund",
    label: "Personalkosten der Grundstellen (förderfähig)",
    einheit: "€/Jahr",
    name: "PKGrund",
    berechnet: true,
  },
  {
    schluessel: "personalkostenZusatz",
    label: "Personalkosten der Zusatzstellen",
    einheit: "€/Jahr",
    name: "PKZusatz",
    berechnet: true,
  },
  {
    schluessel: "zusatzstellen",
    label: "Zusatzstellen (Summe der Anteile)",
    einheit: "Stellen",
    name: "Zusatzstellen",
    berechnet: true,
  },
  {
    schluessel: "personalkosten",
    label: "Personalkosten insgesamt",
    einheit: "€/Jahr",
    name: "Personalkosten",
    berechnet: true,
  },
];

/** Workbook-name stems of the comparison totals on "Kostenvergleich". */
export const KOSTEN_NAMEN: Readonly<Partial<Record<Kostenzeile, string>>> = {
  gesamtkosten: "Gesamtkosten",
  landeserstattung: "Landeserstattung",
  eigenanteil: "Eigenanteil",
};

export function workbookName(stamm: string, szenarioIndex: number): string {
  return `KI_${stamm}_${szenarioIndex + 1}`;
}

// --- Annahmen layout ------------------------------------------------------------------------

export const ANNAHMEN_KOPFZEILE = 4;
const ERSTE_ANNAHME = ANNAHMEN_KOPFZEILE + 1;

/**
 * The assumption block in groups, each under a header row of its own (the first is the row with
 * the scenario names, ANNAHMEN_KOPFZEILE). Printed, a page may start before any group, so every
 * page of the block begins with its column headers; Excel repeats only one range of title rows
 * per sheet, and the tables below the block have headers of their own.
 */
export const ANNAHMEN_GRUPPEN: ReadonlyArray<{ titel: string; ab: AnnahmeSchluessel }> = [
  { titel: "Szenario", ab: "typ" },
  { titel: "Mengen und Sätze", ab: "pauschale" },
  { titel: "Landesförderung", ab: "erstattung" },
  { titel: "Personalkosten (aus den Stellen)", ab: "personalkostenGrund" },
];

/** Index in ANNAHMEN of each group's first row. */
const GRUPPEN_START = ANNAHMEN_GRUPPEN.map((g) => ANNAHMEN.findIndex((a) => a.schluessel === g.ab));

/** Row of the i-th assumption: one header row more for every group begun after the first. */
function annahmeZeile(i: number): number {
  return ERSTE_ANNAHME + i + GRUPPEN_START.filter((s, k) => k > 0 && s <= i).length;
}

/** Header rows of the groups (the first is ANNAHMEN_KOPFZEILE), with the group's title. */
export function annahmenGruppenKoepfe(): Array<{ zeile: number; titel: string }> {
  return ANNAHMEN_GRUPPEN.map((g, k) => ({ zeile: annahmeZeile(GRUPPEN_START[k]) - 1, titel: g.titel }));
}
/** Staff-table columns; Gruppe and Satz sit side by side so a line can serve as its own rate table. */
export const STELLEN_SPALTEN = {
  bezeichnung: 0,
  gruppe: 1,
  satz: 2,
  anteil: 3,
  art: 4,
  kosten: 5,
  // Only with per-post caps (every base post has a Förderposition, or there are extra posts):
  foerderposition: 6,
  gefoerdert: 7,
  deckel: 8,
  zuwendung: 9,
} as const;

/** The "Art" column's wording; the Annahmen and Kostenvergleich formulas look posts up by it. */
export const STELLEN_ART_TEXT: Readonly<Record<Stelle["art"], string>> = {
  kommunal: "Grundstelle",
  zusatz: "Zusatzstelle",
  landeslehrer: "Landeslehrkraft",
};

export interface StellenLayout {
  titelZeile: number;
  kopfZeile: number;
  /**
   * First line row; the posts of the scenario's year follow one per row (at least one row, a
   * placeholder when there are none). The totals and caps read only these rows.
   */
  ersteZeile: number;
  zeilen: number;
  /** The base posts are capped one by one (mitFoerderpositionen). */
  positionen: boolean;
  /** Columns Förderposition, funded share, cap and grant are shown: base posts one by one or extra posts. */
  jeStelle: boolean;
  /** Column "Zeitraum" ("ab 2017", "2015–2019"), where some post has a period; null otherwise. */
  zeitraum: number | null;
  /**
   * Row of the note above the posts that do not exist in the scenario's year (listed below it,
   * for the multi-year sheet); null when every post exists then.
   */
  andereJahreZeile: number | null;
  /** Row of the scenario's n-th post. */
  zeileVonStelle: (n: number) => number;
  /** Last row of the table. */
  letzteZeile: number;
}

export interface SatztabellenLayout {
  /** The table's id, with the plan year and rate when it is carried ("BUND-AGEBV-2021|2026|0.025"). */
  schluessel: string;
  tabelle: Satztabelle;
  planjahr: number;
  /** The scenarios' yearly rate of increase; undefined = not given. */
  steigerung: number | undefined;
  /** Carried: a row of another year than the plan year and a rate given (a parameter row and two columns more). */
  fortschreibung: boolean;
  /** A row of another year than the plan year exists, carried or not. */
  andereJahre: boolean;
  titelZeile: number;
  /** Row with plan year and rate (only when carried). */
  parameterZeile: number | null;
  kopfZeile: number;
  ersteZeile: number;
  zeilen: number;
}

/** Columns of a rate table on Annahmen: grade | rate used | [base rate | base year] | [derivation]. */
export function satztabellenSpalten(l: Pick<SatztabellenLayout, "fortschreibung" | "tabelle">) {
  const basis = l.fortschreibung ? 3 : null;
  const herleitung = l.tabelle.herleitung ? (l.fortschreibung ? 5 : 3) : null;
  const letzte = herleitung !== null ? herleitung + 3 : l.fortschreibung ? 4 : 2;
  return { gruppe: 1, satz: 2, basis, basisjahr: basis === null ? null : 4, herleitung, letzte };
}

/**
 * The own rule set as the small table KI.LANDESERSTATTUNG's `regelwerk` argument reads
 * (docs/QUELLEN.md "Eigenes Regelwerk"): a header row, then one row per given Förderposition,
 * Zusatzstelle and Sachausgaben, then Name, Quelle and Finanzierungsart.
 */
export interface RegelwerkTabellenLayout {
  regelwerk: EigenesRegelwerk;
  titelZeile: number;
  kopfZeile: number;
  /** Rows from the header row on: [label, amount, posts]; empty cells are null. */
  zeilen: Array<[string, number | string | null, number | string | null]>;
}

export function regelwerkTabellenZeilen(e: EigenesRegelwerk): RegelwerkTabellenLayout["zeilen"] {
  // The Assistenz amount is the one for the half post (as the guideline states it); the header says so.
  const z: RegelwerkTabellenLayout["zeilen"] = [
    ["Förderposition", "Höchstbetrag je Stelle (Assistenz: für die ½ Stelle)", "Stellen höchstens"],
  ];
  for (const p of e.positionen)
    if (p.jeStelle !== null || p.stellen !== null) z.push([p.position, p.jeStelle, p.stellen]);
  if (e.zusatzstelle.jeStelle !== null || e.zusatzstelle.stellen !== null) {
    z.push(["Zusatzstelle", e.zusatzstelle.jeStelle, e.zusatzstelle.stellen]);
  }
  if (e.sachausgaben !== null) z.push(["Sachausgaben", e.sachausgaben, null]);
  z.push(
    ["Name", e.name.trim(), null],
    ["Quelle", e.quelle.trim(), null],
    ["Finanzierungsart", e.finanzierungsart, null],
  );
  return z;
}

/** The own rule set the scenarios use (the first that chooses it), or null. */
export function verwendetesEigenesRegelwerk(szenarien: readonly Szenario[]): EigenesRegelwerk | null {
  for (const s of szenarien) {
    const e = s.erstattung.aktiv ? eigenesRegelwerkVon(s) : null;
    if (e) return e;
  }
  return null;
}

export interface AnnahmenLayout {
  /** Zero-based column of scenario i's value. */
  wertSpalte: (i: number) => number;
  /** Column "Quelle" of the assumption block, right after the last scenario's value. */
  quelleSpalte: number;
  /** Last column any table of the sheet uses (the print area's right edge). */
  letzteSpalte: number;
  zeileVon: (s: AnnahmeSchluessel) => number;
  letzteAnnahmeZeile: number;
  stellen: StellenLayout[];
  satztabellen: SatztabellenLayout[];
  /** The own rule set's table, when a scenario uses it. */
  eigenesRegelwerk: RegelwerkTabellenLayout | null;
  /** Row of the notes on the rule sets; the block ends after these. */
  hinweisZeile: number;
}

/** How a scenario's lookups read its table: the key of its block on Annahmen. */
export function satztabellenSchluesselVon(s: Szenario): string | null {
  let t: Satztabelle;
  try {
    t = satztabelleDes(s);
  } catch {
    return null;
  }
  const gruppen = s.stellen.map((st) => st.gruppe);
  const fort = s.satzSteigerung !== undefined && brauchtFortschreibung(t, gruppen, s.jahr);
  return fort ? `${t.id}|${s.jahr}|${s.satzSteigerung}` : t.id;
}

/** The distinct rate tables the scenarios use (carried ones per plan year and rate), in first-use order. */
export function verwendeteSatztabellen(
  szenarien: readonly Szenario[],
): Array<Omit<SatztabellenLayout, "titelZeile" | "parameterZeile" | "kopfZeile" | "ersteZeile" | "zeilen">> {
  const liste: ReturnType<typeof verwendeteSatztabellen> = [];
  for (const s of szenarien) {
    const schluessel = satztabellenSchluesselVon(s);
    if (schluessel === null || liste.some((l) => l.schluessel === schluessel)) continue;
    const tabelle = satztabelleDes(s);
    const andereJahre = brauchtFortschreibung(
      tabelle,
      s.stellen.map((st) => st.gruppe),
      s.jahr,
    );
    liste.push({
      schluessel,
      tabelle,
      planjahr: s.jahr,
      steigerung: s.satzSteigerung,
      fortschreibung: schluessel.includes("|"),
      andereJahre,
    });
  }
  return liste;
}

/**
 * One scenario's staff table from row `z`: the posts of its year first (in listed order), then,
 * under a note, those of other years only, so the totals and per-post caps read a closed range.
 */
function stellenLayout(s: Szenario, z: number): StellenLayout {
  const ersteZeile = z + 2;
  const da = s.stellen.flatMap((st, n) => (stelleImJahr(st, s.jahr) ? [n] : []));
  const fort = s.stellen.flatMap((st, n) => (stelleImJahr(st, s.jahr) ? [] : [n]));
  const zeilen = Math.max(1, da.length);
  const andereJahreZeile = fort.length > 0 ? ersteZeile + zeilen : null;
  const zeileVon = new Map<number, number>();
  da.forEach((n, k) => zeileVon.set(n, ersteZeile + k));
  fort.forEach((n, k) => zeileVon.set(n, (andereJahreZeile ?? 0) + 1 + k));
  const positionen = mitFoerderpositionen(s);
  const jeStelle = positionen || s.stellen.some((st) => st.art === "zusatz");
  const mitZeitraum = s.stellen.some((st) => st.abJahr !== undefined || st.bisJahr !== undefined);
  const ab = (jeStelle ? STELLEN_SPALTEN.zuwendung : STELLEN_SPALTEN.kosten) + 1;
  return {
    titelZeile: z,
    kopfZeile: z + 1,
    ersteZeile,
    zeilen,
    positionen,
    jeStelle,
    zeitraum: mitZeitraum ? ab : null,
    andereJahreZeile,
    zeileVonStelle: (n) => zeileVon.get(n) ?? ersteZeile + n,
    letzteZeile: andereJahreZeile === null ? ersteZeile + zeilen - 1 : andereJahreZeile + fort.length,
  };
}

/** The last column of a staff table: costs, or the grant with per-post caps, or the period. */
export function letzteStellenSpalte(l: StellenLayout): number {
  return l.zeitraum ?? (l.jeStelle ? STELLEN_SPALTEN.zuwendung : STELLEN_SPALTEN.kosten);
}

export function annahmenLayout(szenarien: readonly Szenario[]): AnnahmenLayout {
  const n = szenarien.length;
  const zeileVon = (s: AnnahmeSchluessel) => {
    if (s === "name") return ANNAHMEN_KOPFZEILE;
    return annahmeZeile(ANNAHMEN.findIndex((a) => a.schluessel === s));
  };
  const letzteAnnahmeZeile = annahmeZeile(ANNAHMEN.length - 1);
  let z = letzteAnnahmeZeile + 2;
  const stellen: StellenLayout[] = szenarien.map((s) => {
    const l = stellenLayout(s, z);
    z = l.letzteZeile + 2;
    return l;
  });
  const satztabellen: SatztabellenLayout[] = verwendeteSatztabellen(szenarien).map((v) => {
    const parameterZeile = v.fortschreibung ? z + 1 : null;
    const kopfZeile = (parameterZeile ?? z) + 1;
    const zeilen = Math.max(1, v.tabelle.gruppen.length);
    const l = { ...v, titelZeile: z, parameterZeile, kopfZeile, ersteZeile: kopfZeile + 1, zeilen };
    z = l.ersteZeile + l.zeilen + satztabellenFussZeilen(l);
    return l;
  });
  const eigen = verwendetesEigenesRegelwerk(szenarien);
  let eigenesRegelwerk: RegelwerkTabellenLayout | null = null;
  if (eigen) {
    eigenesRegelwerk = { regelwerk: eigen, titelZeile: z, kopfZeile: z + 1, zeilen: regelwerkTabellenZeilen(eigen) };
    z = eigenesRegelwerk.kopfZeile + eigenesRegelwerk.zeilen.length + 1;
  }
  return {
    wertSpalte: (i) => 2 + i,
    quelleSpalte: 2 + n,
    letzteSpalte: Math.max(
      2 + n,
      ...satztabellen.map((l) => satztabellenSpalten(l).letzte + 1),
      ...stellen.map(letzteStellenSpalte),
    ),
    zeileVon,
    letzteAnnahmeZeile,
    stellen,
    satztabellen,
    eigenesRegelwerk,
    hinweisZeile: z,
  };
}

// --- Kostenvergleich layout -------------------------------------------------------------------

export const VERGLEICH_KOPFZEILE = 3;
const ERSTE_KOSTENZEILE = VERGLEICH_KOPFZEILE + 1;

export interface VergleichLayout {
  betragSpalte: (i: number) => number;
  erlaeuterungSpalte: (i: number) => number;
  /** Column of "scenario j minus baseline", j ≥ 1. */
  differenzSpalte: (j: number) => number;
  letzteSpalte: number;
  zeileVon: (k: Kostenzeile) => number;
  letzteKostenZeile: number;
}

export function vergleichLayout(anzahl: number): VergleichLayout {
  return {
    betragSpalte: (i) => 1 + 2 * i,
    erlaeuterungSpalte: (i) => 2 + 2 * i,
    differenzSpalte: (j) => 2 * anzahl + j,
    letzteSpalte: Math.max(2 * anzahl, 2 * anzahl + anzahl - 1),
    zeileVon: (k) => ERSTE_KOSTENZEILE + ZEILEN.findIndex((x) => x.schluessel === k),
    letzteKostenZeile: ERSTE_KOSTENZEILE + ZEILEN.length - 1,
  };
}

// --- the lookup other sheets use --------------------------------------------------------------

export interface SzenarioBezuege {
  /** Position in the list (0 = baseline) and the scenario's name (for labels, write it as text). */
  index: number;
  name: string;
  /** Absolute, sheet-qualified address of every assumption, e.g. "Annahmen!$C$14". */
  annahmen: Record<AnnahmeSchluessel, string>;
  /** Absolute, sheet-qualified address of every cost line on "Kostenvergleich". */
  kosten: Record<Kostenzeile, string>;
}

export interface AnnahmenBezuege {
  /** The layout of "Annahmen" these addresses come from: computed once per build, read by every sheet. */
  layout: AnnahmenLayout;
  blattAnnahmen: string;
  blattKostenvergleich: string;
  szenarien: SzenarioBezuege[];
  /** For scenario j ≥ 1 (index j − 1 here): the difference cells against the baseline. */
  differenzen: Array<Record<Kostenzeile, string>>;
}

/** The per-post columns of scenario i's staff table (absolute, sheet-qualified ranges of the scenario's year). */
export interface ZuwendungsBereiche {
  art: string;
  gefoerdert: string;
  zuwendung: string;
  /** The base posts are capped one by one (else their total is pooled). */
  grundJeStelle: boolean;
}

/** The per-post columns of scenario i's staff table, or null when no post is capped on its own. */
export function zuwendungsBereich(layout: AnnahmenLayout, i: number): ZuwendungsBereiche | null {
  const l = layout.stellen[i];
  if (!l.jeStelle) return null;
  const spalte = (sp: number) =>
    blattBezug(BLATT_ANNAHMEN, bereich(l.ersteZeile, sp, l.ersteZeile + l.zeilen - 1, sp, true));
  return {
    art: spalte(STELLEN_SPALTEN.art),
    gefoerdert: spalte(STELLEN_SPALTEN.gefoerdert),
    zuwendung: spalte(STELLEN_SPALTEN.zuwendung),
    grundJeStelle: l.positionen,
  };
}

/**
 * The own rule set's table on "Annahmen" (absolute, sheet-qualified), the `regelwerk` argument of
 * KI.LANDESERSTATTUNG for the scenarios that choose it; null when no scenario does.
 */
export function eigenesRegelwerkBereich(layout: AnnahmenLayout): string | null {
  const t = layout.eigenesRegelwerk;
  if (!t) return null;
  return blattBezug(BLATT_ANNAHMEN, bereich(t.kopfZeile, 0, t.kopfZeile + t.zeilen.length - 1, 2, true));
}

/** The addresses other sheets read; `a` is the build's one layout of "Annahmen" (computed here when not given). */
export function berechneBezuege(
  szenarien: readonly Szenario[],
  a: AnnahmenLayout = annahmenLayout(szenarien),
): AnnahmenBezuege {
  const v = vergleichLayout(szenarien.length);
  const kostenzeilen = ZEILEN.map((z) => z.schluessel);
  const annahmeSchluessel: AnnahmeSchluessel[] = ["name", ...ANNAHMEN.map((x) => x.schluessel)];
  return {
    layout: a,
    blattAnnahmen: BLATT_ANNAHMEN,
    blattKostenvergleich: BLATT_KOSTENVERGLEICH,
    szenarien: szenarien.map((s, i) => ({
      index: i,
      name: s.name,
      annahmen: Object.fromEntries(
        annahmeSchluessel.map((k) => [k, blattBezug(BLATT_ANNAHMEN, zelle(a.zeileVon(k), a.wertSpalte(i), true))]),
      ) as Record<AnnahmeSchluessel, string>,
      kosten: Object.fromEntries(
        kostenzeilen.map((k) => [k, blattBezug(BLATT_KOSTENVERGLEICH, zelle(v.zeileVon(k), v.betragSpalte(i), true))]),
      ) as Record<Kostenzeile, string>,
    })),
    differenzen: szenarien
      .slice(1)
      .map(
        (_, j) =>
          Object.fromEntries(
            kostenzeilen.map((k) => [
              k,
              blattBezug(BLATT_KOSTENVERGLEICH, zelle(v.zeileVon(k), v.differenzSpalte(j + 1), true)),
            ]),
          ) as Record<Kostenzeile, string>,
      ),
  };
}
