/**
 * The pane's editable state and every change to it as a pure function, so the rules (first
 * scenario = baseline, explanations that follow the figures, fresh ids for copies) are testable
 * without rendering anything.
 */
import {
  EIGENE_SATZTABELLE,
  type EigeneSatztabelle,
  type EigenesRegelwerk,
  type Kostenzeile,
  type Stelle,
  type Szenario,
  SACHSATZFELDER,
  type Sachsatzfeld,
  benannterSachsatz,
  istEigenesRegelwerk,
  mitSachsatzQuelle,
} from "../scenario";
import type { Formelmodus, MehrjahrOptionen, UmlageMitglied, VorlagenAngaben } from "../scenario/optionen";
import type { PlanIstAuswahl } from "../scenario/planIst/auswahl";

export interface UmlageZeile extends UmlageMitglied {
  id: string;
}

export interface PlanerZustand {
  szenarien: Szenario[];
  mehrjahrAktiv: boolean;
  mehrjahr: MehrjahrOptionen;
  umlageAktiv: boolean;
  umlage: UmlageZeile[];
  /** On/off sheets switched on (src/scenario/zusatzblaetter.ts); absent = none. */
  zusatzblaetter?: string[];
  /** Council document number printed in the header; "" = none. */
  vorlageNr: string;
  /** Formula mode of the last insert, kept with the saved state. */
  letzterModus: Formelmodus;
  /** The workbook's own rule set; null = none defined. Scenarios that choose it carry a copy. */
  eigenesRegelwerk: EigenesRegelwerk | null;
  /** The Kreis's own per-grade rate table (issue 24); absent/null = none. Scenarios that choose it carry a copy. */
  eigeneSatztabelle?: EigeneSatztabelle | null;
  /** The Plan-Ist section's choice and matched actuals (issue 27); absent = nothing chosen. */
  planIst?: PlanIstAuswahl;
  /** The Kämmerei's fields for the Word text; absent = none filled in. Saved with the state. */
  vorlagenAngaben?: VorlagenAngaben;
}

let zaehler = 0;
export function neueId(praefix: string): string {
  zaehler += 1;
  return `${praefix}-${Date.now().toString(36)}-${zaehler.toString(36)}`;
}

/** Own assumptions start at 0 %: the pane does not pretend to know a Kreis's pay or price rises. */
export function standardMehrjahr(szenarien: readonly Szenario[]): MehrjahrOptionen {
  const jahre = szenarien.map((s) => s.jahr).filter((j) => Number.isInteger(j));
  const von = jahre.length ? Math.max(...jahre) : new Date().getFullYear();
  return { vonJahr: von, bisJahr: von + 4, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0 };
}

export function anfangszustand(szenarien: Szenario[]): PlanerZustand {
  return {
    szenarien,
    mehrjahrAktiv: false,
    mehrjahr: standardMehrjahr(szenarien),
    umlageAktiv: false,
    umlage: [],
    vorlageNr: "",
    letzterModus: "ki",
    eigenesRegelwerk: null,
  };
}

export function umlageZeile(name = "", grundlage: number | null = null, minderbelastung = 0): UmlageZeile {
  return { id: neueId("gm"), name, grundlage, minderbelastung };
}

export type Aktion =
  | { typ: "ersetzeZustand"; zustand: PlanerZustand }
  | { typ: "ersetzeSzenarien"; szenarien: Szenario[] }
  | { typ: "fuegeHinzu"; szenario: Szenario }
  | { typ: "dupliziere"; id: string }
  | { typ: "entferne"; id: string }
  | { typ: "verschiebe"; id: string; richtung: -1 | 1 }
  | { typ: "aendere"; id: string; aenderung: (s: Szenario) => Szenario }
  | { typ: "mehrjahr"; aktiv?: boolean; werte?: Partial<MehrjahrOptionen> }
  | { typ: "umlageAktiv"; aktiv: boolean }
  | { typ: "umlageZeilen"; zeilen: UmlageZeile[] }
  | { typ: "umlageZeile"; id: string; werte: Partial<UmlageMitglied> }
  | { typ: "zusatzblatt"; id: string; aktiv: boolean }
  | { typ: "vorlageNr"; wert: string }
  | { typ: "vorlagenAngaben"; wert: VorlagenAngaben }
  | { typ: "modus"; modus: Formelmodus }
  | { typ: "eigenesRegelwerk"; wert: EigenesRegelwerk | null }
  | { typ: "eigeneSatztabelle"; wert: EigeneSatztabelle | null }
  | { typ: "planIst"; wert: PlanIstAuswahl };

export function kopiere(s: Szenario, namen: readonly string[]): Szenario {
  let name = `${s.name} (Kopie)`;
  for (let i = 2; namen.includes(name); i++) name = `${s.name} (Kopie ${i})`;
  return {
    ...structuredCloneSzenario(s),
    id: neueId("sz"),
    name,
    stellen: s.stellen.map((st) => ({ ...st, id: neueId("st") })),
  };
}

function structuredCloneSzenario(s: Szenario): Szenario {
  return JSON.parse(JSON.stringify(s)) as Szenario;
}

/**
 * Keeps a scenario's copy of the own rule set equal to the workbook's: set while the scenario
 * chooses it, dropped otherwise. Without a definition the scenario falls back to "auto".
 */
export function mitEigenemRegelwerk(s: Szenario, eigenes: EigenesRegelwerk | null): Szenario {
  const e = s.erstattung;
  const ohneKopie = (regelwerk: string): Szenario => {
    const erstattung = { ...e, regelwerk };
    delete erstattung.eigenesRegelwerk;
    return { ...s, erstattung };
  };
  if (!istEigenesRegelwerk(e.regelwerk)) return e.eigenesRegelwerk === undefined ? s : ohneKopie(e.regelwerk);
  if (eigenes === null) return ohneKopie("auto");
  if (e.eigenesRegelwerk === eigenes) return s;
  return { ...s, erstattung: { ...e, eigenesRegelwerk: JSON.parse(JSON.stringify(eigenes)) as EigenesRegelwerk } };
}

/**
 * Keeps a scenario's copy of the own rate table equal to the workbook's, as with the rule set.
 * Without a table a scenario that chose it keeps the choice and the validator says the table is
 * empty: never a silent switch to another table.
 */
export function mitEigenerSatztabelle(s: Szenario, tabelle: EigeneSatztabelle | null | undefined): Szenario {
  const ohneKopie = (satztabelle: string): Szenario => {
    const neu = { ...s, satztabelle };
    delete neu.eigeneSatztabelle;
    return neu;
  };
  if (s.satztabelle !== EIGENE_SATZTABELLE) return s.eigeneSatztabelle === undefined ? s : ohneKopie(s.satztabelle);
  if (!tabelle) return s.eigeneSatztabelle === undefined ? s : ohneKopie(EIGENE_SATZTABELLE);
  if (s.eigeneSatztabelle === tabelle) return s;
  return { ...s, eigeneSatztabelle: JSON.parse(JSON.stringify(tabelle)) as EigeneSatztabelle };
}

function aendereEigeneSatztabelle(z: PlanerZustand, wert: EigeneSatztabelle | null): PlanerZustand {
  return { ...z, eigeneSatztabelle: wert, szenarien: z.szenarien.map((s) => mitEigenerSatztabelle(s, wert)) };
}

function aendereEigenesRegelwerk(z: PlanerZustand, wert: EigenesRegelwerk | null): PlanerZustand {
  return { ...z, eigenesRegelwerk: wert, szenarien: z.szenarien.map((s) => mitEigenemRegelwerk(s, wert)) };
}

export function planerReducer(z: PlanerZustand, a: Aktion): PlanerZustand {
  switch (a.typ) {
    case "ersetzeZustand":
      return a.zustand;
    case "ersetzeSzenarien":
      return { ...z, szenarien: a.szenarien, mehrjahr: z.mehrjahrAktiv ? z.mehrjahr : standardMehrjahr(a.szenarien) };
    case "fuegeHinzu":
      return { ...z, szenarien: [...z.szenarien, a.szenario] };
    case "dupliziere": {
      const i = z.szenarien.findIndex((s) => s.id === a.id);
      if (i < 0) return z;
      const kopie = kopiere(
        z.szenarien[i],
        z.szenarien.map((s) => s.name),
      );
      const szenarien = [...z.szenarien];
      szenarien.splice(i + 1, 0, kopie);
      return { ...z, szenarien };
    }
    case "entferne":
      return { ...z, szenarien: z.szenarien.filter((s) => s.id !== a.id) };
    case "verschiebe": {
      const i = z.szenarien.findIndex((s) => s.id === a.id);
      const j = i + a.richtung;
      if (i < 0 || j < 0 || j >= z.szenarien.length) return z;
      const szenarien = [...z.szenarien];
      [szenarien[i], szenarien[j]] = [szenarien[j], szenarien[i]];
      return { ...z, szenarien };
    }
    case "aendere":
      return {
        ...z,
        szenarien: z.szenarien.map((s) =>
          s.id === a.id
            ? mitEigenerSatztabelle(mitEigenemRegelwerk(a.aenderung(s), z.eigenesRegelwerk), z.eigeneSatztabelle)
            : s,
        ),
      };
    case "mehrjahr":
      return {
        ...z,
        mehrjahrAktiv: a.aktiv ?? z.mehrjahrAktiv,
        mehrjahr: a.werte ? { ...z.mehrjahr, ...a.werte } : z.mehrjahr,
      };
    case "umlageAktiv":
      return { ...z, umlageAktiv: a.aktiv };
    case "umlageZeilen":
      return { ...z, umlage: a.zeilen };
    case "umlageZeile":
      return { ...z, umlage: z.umlage.map((m) => (m.id === a.id ? { ...m, ...a.werte } : m)) };
    case "zusatzblatt": {
      const ohne = (z.zusatzblaetter ?? []).filter((id) => id !== a.id);
      return { ...z, zusatzblaetter: a.aktiv ? [...ohne, a.id] : ohne };
    }
    case "vorlageNr":
      return { ...z, vorlageNr: a.wert };
    case "vorlagenAngaben":
      return { ...z, vorlagenAngaben: a.wert };
    case "modus":
      return z.letzterModus === a.modus ? z : { ...z, letzterModus: a.modus };
    case "eigenesRegelwerk":
      return aendereEigenesRegelwerk(z, a.wert);
    case "eigeneSatztabelle":
      return aendereEigeneSatztabelle(z, a.wert);
    case "planIst":
      return { ...z, planIst: a.wert };
  }
}

/** Preset explanations that a change makes wrong ("2 Arbeitsplätze" after typing 3). */
const ABHAENGIGE_ERLAEUTERUNG: Partial<Record<keyof Szenario, Kostenzeile>> = {
  arbeitsplaetze: "it",
  bueros: "raum",
  stellen: "personalkosten",
  querschnittssatz: "querschnittskosten",
  personalkostenPauschale: "personalkosten",
};

const GEAENDERT = " – vom Anwender geändert";

/**
 * Sets one field. A figure from a preset that the user changes is no longer the source's figure:
 * its fixed explanation is dropped (the standard text follows the new value) and the source is
 * marked as changed, so the workbook does not attribute the user's number to the source.
 */
export function setzeFeld<K extends keyof Szenario>(s: Szenario, feld: K, wert: Szenario[K]): Szenario {
  if (s[feld] === wert) return s;
  let neu: Szenario = { ...s, [feld]: wert };
  // A rate typed in is the user's own figure, no longer the named source's it was taken from.
  if ((SACHSATZFELDER as readonly string[]).includes(feld))
    neu = mitSachsatzQuelle(neu, feld as Sachsatzfeld, undefined);
  const zeile = ABHAENGIGE_ERLAEUTERUNG[feld];
  if (zeile && neu.erlaeuterungen[zeile] !== undefined && !(feld === "stellen" && s.personalkostenPauschale)) {
    const erl = { ...neu.erlaeuterungen };
    delete erl[zeile];
    neu.erlaeuterungen = erl;
  }
  return feld === "name" || feld === "fussnote" ? neu : markiereGeaendert(neu);
}

/**
 * Takes a named rate for a field: its value and, recorded with it, its source. With undefined the
 * value stays and is marked as the user's own figure.
 */
export function uebernimmSachsatz(s: Szenario, feld: Sachsatzfeld, quelleId: string | undefined): Szenario {
  if (quelleId === undefined) return mitSachsatzQuelle(s, feld, undefined);
  const b = benannterSachsatz(feld, quelleId);
  return b ? mitSachsatzQuelle(setzeFeld(s, feld, b.wert), feld, quelleId) : s;
}

export function markiereGeaendert(s: Szenario): Szenario {
  if (s.quelle === "" || s.quelle.endsWith(GEAENDERT)) return s;
  return { ...s, quelle: s.quelle + GEAENDERT };
}

export function setzeStelle(s: Szenario, id: string, werte: Partial<Stelle>): Szenario {
  return setzeFeld(
    s,
    "stellen",
    s.stellen.map((st) => (st.id === id ? { ...st, ...werte } : st)),
  );
}

export function neueStelle(): Stelle {
  return { id: neueId("st"), bezeichnung: "", gruppe: "", anteil: 1, eigenerSatz: null, art: "kommunal" };
}
