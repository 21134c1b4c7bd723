/**
 * Rows of the Kreis's own rate table from what the user pasted (lines copied from Excel: cells
 * separated by tabs, or by semicolons) or from the range selected in Excel: grade | € per year |
 * optional year | optional source. A header row is recognised only when it says so; every other
 * row goes through the same check (pruefeSatzzeilen), so a mistyped number is named at its row.
 */
import type { Auswahlinhalt, Auswahlwert } from "../excel/auswahl";
import { MAX_SATZZEILEN, type RohSatzzeile, type Satzzeilenpruefung, pruefeSatzzeilen } from "../scenario";
import { parseDeutscheZahl } from "./zahlen";

const KOPF = /gruppe|entgelt|besoldung/i;

type Zelle = Auswahlwert | null | undefined;

const leer = (w: Zelle): boolean => w === undefined || w === null || (typeof w === "string" && w.trim() === "");

function zahlAus(w: Zelle): number | null {
  if (leer(w)) return null;
  if (typeof w === "number") return w;
  return typeof w === "string" ? parseDeutscheZahl(w) : NaN;
}

function rohZeile(z: readonly Zelle[]): RohSatzzeile {
  return { gruppe: String(z[0] ?? "").trim(), euro: zahlAus(z[1]), jahr: zahlAus(z[2]), quelle: String(z[3] ?? "") };
}

export interface SatzEingabe extends Satzzeilenpruefung {
  /** Rows read (without header and empty lines). */
  gelesen: number;
  /** The first row was a header and is skipped. */
  kopfzeile: boolean;
}

/** A header names the grade column and has no number where the rate goes. */
function istKopf(z: readonly Zelle[] | undefined): boolean {
  if (!z || typeof z[0] !== "string" || !KOPF.test(z[0])) return false;
  const betrag = zahlAus(z[1]);
  return betrag === null || Number.isNaN(betrag);
}

function auswerten(zellen: ReadonlyArray<readonly Zelle[]>): SatzEingabe {
  const daten = zellen.filter((z) => !z.every(leer));
  const kopfzeile = istKopf(daten[0]);
  const zeilen = kopfzeile ? daten.slice(1) : daten;
  return { ...pruefeSatzzeilen(zeilen.map(rohZeile)), gelesen: zeilen.length, kopfzeile };
}

/** Lines as pasted: tab-separated (copied from Excel) or semicolon-separated. */
export function satzzeilenAusText(text: string): SatzEingabe {
  const zeilen = text
    .split(/\r?\n/)
    .slice(0, MAX_SATZZEILEN + 2)
    .map((z) => (z.includes("\t") ? z.split("\t") : z.split(";")));
  return auswerten(zeilen);
}

/** The selected range: two to four columns. */
export function satzzeilenAusAuswahl(auswahl: Auswahlinhalt): SatzEingabe | { fehler: string } {
  const breite = auswahl.werte[0]?.length ?? 0;
  if (breite < 2 || breite > 4) {
    return {
      fehler:
        `Markierter Bereich ${auswahl.adresse}: bitte zwei bis vier Spalten markieren – Entgeltgruppe, €/Jahr, ` +
        "optional Jahr und Quelle.",
    };
  }
  if (auswahl.werte.length > MAX_SATZZEILEN + 1) {
    return { fehler: `Markierter Bereich ${auswahl.adresse}: höchstens ${MAX_SATZZEILEN} Zeilen.` };
  }
  return auswerten(auswahl.werte);
}
