/**
 * The Kreis's own per-grade rate table (e.g. the KGSt figures it licenses): rows grade | € per
 * year | optional year | optional source, as pasted or taken from a selected range. Checked row by
 * row with German messages; the workbook keeps one such table, and a scenario that chooses it
 * (satztabelle = EIGENE_SATZTABELLE) carries a copy, as with the own rule set.
 */
import {
  EINGABEJAHR_MAX,
  EINGABEJAHR_MIN,
  MAX_BETRAG_EURO,
  type Cent,
  KiFehler,
  type Satztabelle,
  euroZuCentGenau,
  findeSatztabelle,
  normalisiereEntgeltgruppe,
} from "../core";
import type { Szenario } from "./modell";

export const EIGENE_SATZTABELLE = "EIGENE";
export const MAX_SATZZEILEN = 200;

export interface EigeneSatzzeile {
  gruppe: string;
  /** € per year and full-time post. */
  euro: number;
  /** Year the rate is of; absent = the table's year. */
  jahr?: number;
  /** Where this row comes from; absent = the table's source. */
  quelle?: string;
}

export interface EigeneSatztabelle {
  /** E.g. "KGSt 2023/24, Stadt Musterkreis". */
  quelle: string;
  /** Year of the rates where a row gives none. */
  jahr: number | null;
  zeilen: EigeneSatzzeile[];
}

/** A row as read from the sheet or the pasted text; numbers already parsed (NaN = not a number). */
export interface RohSatzzeile {
  gruppe: string;
  euro: number | null;
  jahr: number | null;
  quelle: string;
}

export interface Satzzeilenpruefung {
  zeilen: EigeneSatzzeile[];
  /** Row number (1-based, as shown) → German message. */
  meldungen: Array<{ zeile: number; text: string }>;
}

function jahrOk(j: number): boolean {
  return Number.isInteger(j) && j >= EINGABEJAHR_MIN && j <= EINGABEJAHR_MAX;
}

function zeilenFehler(r: RohSatzzeile, gesehen: Set<string>): string | null {
  const g = normalisiereEntgeltgruppe(r.gruppe);
  if (!g) return "Die Entgeltgruppe fehlt.";
  if (gesehen.has(g.schluessel)) return `„${g.anzeige}“ steht schon in einer Zeile darüber.`;
  if (r.euro === null) return `Für „${g.anzeige}“ fehlt der Satz in €/Jahr.`;
  if (!Number.isFinite(r.euro)) return `Der Satz für „${g.anzeige}“ ist keine Zahl (z. B. 77.705 oder 77705,00).`;
  if (r.euro <= 0) return `Der Satz für „${g.anzeige}“ muss größer als 0 sein.`;
  if (r.euro > MAX_BETRAG_EURO) return `Der Satz für „${g.anzeige}“ ist unplausibel groß.`;
  if (Math.round(r.euro * 100) / 100 !== r.euro)
    return `Der Satz für „${g.anzeige}“ hat mehr als zwei Nachkommastellen.`;
  if (r.jahr !== null && !jahrOk(r.jahr)) {
    return `Das Jahr für „${g.anzeige}“ muss ein Jahr zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX} sein.`;
  }
  return null;
}

/** Checks the rows; a row with a message is left out of the table (and named at its number). */
export function pruefeSatzzeilen(roh: readonly RohSatzzeile[]): Satzzeilenpruefung {
  const zeilen: EigeneSatzzeile[] = [];
  const meldungen: Satzzeilenpruefung["meldungen"] = [];
  const gesehen = new Set<string>();
  if (roh.length > MAX_SATZZEILEN) {
    return { zeilen, meldungen: [{ zeile: MAX_SATZZEILEN + 1, text: `Höchstens ${MAX_SATZZEILEN} Zeilen.` }] };
  }
  roh.forEach((r, i) => {
    const f = zeilenFehler(r, gesehen);
    if (f) {
      meldungen.push({ zeile: i + 1, text: f });
      return;
    }
    const g = normalisiereEntgeltgruppe(r.gruppe)!;
    gesehen.add(g.schluessel);
    const quelle = r.quelle.trim();
    zeilen.push({
      gruppe: g.anzeige,
      euro: r.euro!,
      ...(r.jahr !== null ? { jahr: r.jahr } : {}),
      ...(quelle ? { quelle } : {}),
    });
  });
  return { zeilen, meldungen };
}

/** The own table as the core's rate table (id EIGENE). */
export function alsSatztabelle(e: EigeneSatztabelle): Satztabelle {
  const saetze = new Map<string, Cent>();
  const zeilenJahre = new Map<string, number>();
  const zeilenQuellen = new Map<string, string>();
  const gruppen: string[] = [];
  for (const z of e.zeilen) {
    const g = normalisiereEntgeltgruppe(z.gruppe);
    if (!g || saetze.has(g.schluessel)) continue;
    saetze.set(g.schluessel, euroZuCentGenau(z.euro));
    gruppen.push(g.anzeige);
    if (z.jahr !== undefined) zeilenJahre.set(g.schluessel, z.jahr);
    if (z.quelle) zeilenQuellen.set(g.schluessel, z.quelle);
  }
  return {
    id: EIGENE_SATZTABELLE,
    titel: "Eigene Satztabelle des Kreises",
    quelle: { text: `${e.quelle.trim() || "ohne Quellenangabe"} (vom Anwender eingegeben)`, status: "V" },
    saetze,
    gruppen,
    ...(e.jahr !== null ? { basisjahr: e.jahr } : {}),
    zeilenJahre,
    zeilenQuellen,
  };
}

/** The rate table a scenario looks its grades up in: its copy of the own table, or a built-in one. */
export function satztabelleDes(s: Szenario): Satztabelle {
  if (s.satztabelle !== EIGENE_SATZTABELLE) return findeSatztabelle(s.satztabelle);
  if (!s.eigeneSatztabelle) throw new KiFehler("wert", LEERE_EIGENE_TABELLE);
  return alsSatztabelle(s.eigeneSatztabelle);
}

export const LEERE_EIGENE_TABELLE =
  "Die eigene Satztabelle ist leer: bitte unter „Eigene Satztabelle“ Zeilen einfügen oder eine andere Tabelle wählen.";

/** Messages for the table as a whole (empty = usable). */
export function pruefeEigeneSatztabelle(e: EigeneSatztabelle): string[] {
  const m: string[] = [];
  if (e.zeilen.length === 0) m.push("Die eigene Satztabelle hat keine Zeile.");
  if (e.quelle.trim() === "") m.push("Bitte die Quelle der Sätze angeben (z. B. „KGSt-Bericht 2023/24“).");
  if (e.jahr !== null && !jahrOk(e.jahr))
    m.push(`Das Jahr muss zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX} liegen.`);
  const roh = e.zeilen.map((z) => ({ gruppe: z.gruppe, euro: z.euro, jahr: z.jahr ?? null, quelle: z.quelle ?? "" }));
  for (const f of pruefeSatzzeilen(roh).meldungen) m.push(`Zeile ${f.zeile}: ${f.text}`);
  return m;
}
