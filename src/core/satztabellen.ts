/**
 * Built-in personnel-cost tables: annual € per full-time post. Only tables with a public source
 * are built in (see docs/QUELLEN.md#satztabellen); everything else the user keys in as a
 * range, because the KGSt tables most Kreise use are not public.
 */
import { KiFehler } from "./fehler";
import { rundeProdukt, rundeSummeDerProdukte, rundeSummeSchnell } from "./dezimal";
import { Cent, euroZuCentGenau } from "./geld";
import { MAX_BETRAG_EURO } from "./grenzen";
import { normalisiereEntgeltgruppe } from "./entgeltgruppen";
import { type AgebvZeile, AGEBV_2021_ZEILEN, agebvJahreskostenCent } from "./agebv";
import {
  AGEBV_VORBEHALT,
  Quelle,
  QUELLE_AGEBV_2021_ABGELEITET,
  QUELLE_NIENBURG_2024,
  QUELLE_RSK_2013,
} from "./quellen";

export interface Satztabelle {
  id: string;
  titel: string;
  quelle: Quelle;
  /** Canonical grade key → cents per year. */
  saetze: ReadonlyMap<string, Cent>;
  /** Display names, in table order. */
  gruppen: readonly string[];
  /**
   * The year the rates are of; a scenario in another year carries them with its own explicit
   * yearly rate (scenario/satzjahr). Absent = not stated by the source.
   */
  basisjahr?: number;
  /** Canonical grade key → year of that row, where a row states its own (the Kreis's table). */
  zeilenJahre?: ReadonlyMap<string, number>;
  /** Canonical grade key → source of that row, where a row states its own. */
  zeilenQuellen?: ReadonlyMap<string, string>;
  /** Said wherever the table is offered (the AGebV's "Bund, nicht kommunal NRW"). */
  vorbehalt?: string;
  /** Canonical grade key → the figures the rate is derived from (AGebV). */
  herleitung?: ReadonlyMap<string, AgebvZeile>;
}

/** The id "BUND-AGEBV-2021" is typed with or without hyphens and spaces. */
export function satztabellenSchluessel(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[\s\-_]+/g, "");
}

function agebvTabelle(): Satztabelle {
  const saetze = new Map<string, Cent>();
  const herleitung = new Map<string, AgebvZeile>();
  const gruppen: string[] = [];
  for (const z of AGEBV_2021_ZEILEN) {
    const g = normalisiereEntgeltgruppe(z.gruppe);
    if (!g) throw new Error(`Leere Entgeltgruppe ${z.gruppe}`);
    saetze.set(g.schluessel, agebvJahreskostenCent(z));
    herleitung.set(g.schluessel, z);
    gruppen.push(g.anzeige);
  }
  return {
    id: AGEBV_TABELLE,
    titel: "AGebV Bund 2021, Anlage 1 Teil B (Bund, nicht kommunal NRW)",
    quelle: QUELLE_AGEBV_2021_ABGELEITET,
    saetze,
    gruppen,
    // The Verordnung's version; the year of its pay data is not stated (docs/QUELLEN.md#agebv).
    basisjahr: 2021,
    vorbehalt: AGEBV_VORBEHALT,
    herleitung,
  };
}

export const AGEBV_TABELLE = "BUND-AGEBV-2021";

function tabelle(id: string, titel: string, quelle: Quelle, zeilen: Array<[string, number]>): Satztabelle {
  const saetze = new Map<string, Cent>();
  const gruppen: string[] = [];
  for (const [gruppe, euro] of zeilen) {
    const g = normalisiereEntgeltgruppe(gruppe);
    if (!g) throw new Error(`Leere Entgeltgruppe in Tabelle ${id}`);
    saetze.set(g.schluessel, euroZuCentGenau(euro));
    gruppen.push(g.anzeige);
  }
  return { id, titel, quelle, saetze, gruppen };
}

export const SATZTABELLEN: readonly Satztabelle[] = [
  // The sheet states only A 11 on its own (1 post = 69.800 €). A 12 and EG 6 appear only as the
  // combined 98.700 € of the KIZ column, so they are deliberately absent: unknown, not guessed.
  { ...tabelle("RSK2013", "Rhein-Sieg-Kreis 2013", QUELLE_RSK_2013, [["A 11", 69800]]), basisjahr: 2013 },
  agebvTabelle(),
  {
    ...tabelle("NI2024", "Landkreis Nienburg, Stellenplan 2024 (Niedersachsen)", QUELLE_NIENBURG_2024, [
      ["A 11", 98900],
      ["EG 6", 55900],
      ["EG 9b", 71600],
      ["EG 9c", 72300],
      ["EG 14", 100300],
    ]),
    basisjahr: 2024,
  },
];

export const STANDARD_SATZTABELLE = "RSK2013";

/** Built-in tables by the name as typed: every PERSONALKOSTEN call names one, mostly "RSK2013". */
const NACH_NAME_MAX = 256;
const nachName = new Map<string, Satztabelle>();

export function findeSatztabelle(name: string): Satztabelle {
  const gemerkt = nachName.get(name);
  if (gemerkt) return gemerkt;
  const t = sucheSatztabelle(name);
  if (nachName.size >= NACH_NAME_MAX) nachName.clear();
  nachName.set(name, t);
  return t;
}

function sucheSatztabelle(name: string): Satztabelle {
  const key = satztabellenSchluessel(name);
  const t = SATZTABELLEN.find((x) => satztabellenSchluessel(x.id) === key);
  if (!t) {
    throw new KiFehler(
      "wert",
      `Unbekannte Satztabelle „${name}“. Eingebaut sind: ${SATZTABELLEN.map((x) => x.id).join(", ")}; ` +
        "oder geben Sie einen Bereich an (Spalte 1 Entgeltgruppe, Spalte 2 €/Jahr je Vollzeitstelle).",
    );
  }
  return t;
}

/** Builds a table from user rows; rows whose rate is not a number (headers, notes) are skipped. */
export function satztabelleAusZeilen(zeilen: ReadonlyArray<readonly [string, number]>): Satztabelle {
  const saetze = new Map<string, Cent>();
  const gruppen: string[] = [];
  for (const [gruppe, euro] of zeilen) {
    const g = normalisiereEntgeltgruppe(gruppe);
    if (!g) continue;
    if (saetze.has(g.schluessel)) {
      throw new KiFehler(
        "wert",
        `Die Entgeltgruppe „${g.anzeige}“ steht zweimal in der Satztabelle. Jede Gruppe darf nur einmal vorkommen.`,
      );
    }
    if (euro < 0) throw new KiFehler("wert", `Der Satz für „${g.anzeige}“ ist negativ.`);
    saetze.set(g.schluessel, euroZuCentGenau(euro));
    gruppen.push(g.anzeige);
  }
  return {
    id: "BEREICH",
    titel: "eigene Tabelle",
    quelle: { text: "vom Anwender eingegebene Tabelle", status: "V" },
    saetze,
    gruppen,
  };
}

/**
 * The rates satzFuer found in the last table asked, by the grade as typed: a sheet's cells look up
 * a few grades in one table again and again, and one lookup is half the cost of two (spelling,
 * then rate). A table's rates never change (ReadonlyMap); another table starts afresh. Bounded.
 */
let satzTabelle: Satztabelle | null = null;
const satzNachText = new Map<string, Cent>();

export function satzFuer(tabelle: Satztabelle, gruppe: string): Cent {
  if (tabelle === satzTabelle) {
    const gemerkt = satzNachText.get(gruppe);
    if (gemerkt !== undefined) return gemerkt;
  } else {
    satzTabelle = tabelle;
    satzNachText.clear();
  }
  const satz = sucheSatz(tabelle, gruppe);
  if (satzNachText.size < 1024) satzNachText.set(gruppe, satz);
  return satz;
}

function sucheSatz(tabelle: Satztabelle, gruppe: string): Cent {
  const g = normalisiereEntgeltgruppe(gruppe);
  if (!g) throw new KiFehler("wert", "Die Entgeltgruppe ist leer.");
  const satz = tabelle.saetze.get(g.schluessel);
  if (satz === undefined) {
    const bekannt = tabelle.gruppen.length ? tabelle.gruppen.join(", ") : "keine";
    throw new KiFehler(
      "nv",
      `Für „${g.anzeige}“ hat die Tabelle ${tabelle.id === "BEREICH" ? "im Bereich" : tabelle.id} keinen Satz ` +
        `(vorhanden: ${bekannt}). Geben Sie eine eigene Satztabelle als Bereich an ` +
        "(Spalte 1 Entgeltgruppe, Spalte 2 €/Jahr je Vollzeitstelle, z. B. aus dem KGSt-Bericht Ihres Hauses).",
    );
  }
  return satz;
}

export interface Stellenzeile {
  gruppe: string;
  anteil: number;
}

/**
 * Σ rate × FTE share, computed exactly on the decimals shown and rounded once at the end, so that
 * neither shares like 1/3 nor sub-cent rates accumulate or pre-round.
 */
export function personalkostenCent(stellen: readonly Stellenzeile[], tabelle: Satztabelle): Cent {
  // One grade (the usual cell): the same rounding as a one-term sum, without the pair arrays.
  if (stellen.length === 1 && stellen[0].anteil >= 0) {
    return personalkostenEinerStelle(stellen[0].gruppe, stellen[0].anteil, tabelle);
  }
  // rundeSummeDerProdukte's fast decision made in place (the same terms in the same order); the list
  // of pairs only where the sum lies near a half cent.
  let summe = 0;
  let schranke = 0;
  for (let i = 0; i < stellen.length; i++) {
    const s = stellen[i];
    if (!(s.anteil >= 0)) throw new KiFehler("wert", `Der Stellenanteil für „${s.gruppe}“ darf nicht negativ sein.`);
    const p = satzFuer(tabelle, s.gruppe) * s.anteil;
    summe += p;
    schranke += Math.abs(p);
  }
  const schnell = rundeSummeSchnell(summe, schranke);
  if (schnell !== null) return innerhalbDerGrenze(schnell);
  const paare: Array<[number, number]> = stellen.map((s) => [satzFuer(tabelle, s.gruppe), s.anteil]);
  return innerhalbDerGrenze(rundeSummeDerProdukte(paare));
}

/** personalkostenCent of the one post [{ gruppe, anteil }] with anteil ≥ 0, without the list. */
export function personalkostenEinerStelle(gruppe: string, anteil: number, tabelle: Satztabelle): Cent {
  return innerhalbDerGrenze(rundeProdukt(satzFuer(tabelle, gruppe), anteil));
}

function innerhalbDerGrenze(ergebnis: Cent): Cent {
  if (ergebnis > MAX_BETRAG_EURO * 100) {
    throw new KiFehler("wert", "Die Personalkosten liegen über 1 Billion €. Bitte Anteile und Sätze prüfen.");
  }
  return ergebnis;
}
