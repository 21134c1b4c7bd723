/**
 * The record of what the add-in generated on each sheet (block address, formula mode, names,
 * charts), kept in the workbook settings. A second insert clears exactly the old block, so cells
 * the user added outside it survive, and knows which names and charts are its own.
 */
import { spalte } from "../workbook/adressen";
import type { Formelmodus } from "../scenario/optionen";

export interface BlockEintrag {
  bereich: string;
  modus: Formelmodus;
  namen: string[];
  diagramme: string[];
}

export interface Blockverzeichnis {
  version: 1;
  blaetter: Record<string, BlockEintrag>;
}

const ADRESSE = /^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/;

function istTextliste(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === "string");
}

/**
 * Reads the record; anything damaged or foreign yields an empty record, which makes the next
 * insert treat the sheets as not ours and refuse to overwrite them — the safe side.
 */
export function leseVerzeichnis(wert: unknown): Blockverzeichnis {
  const leer: Blockverzeichnis = { version: 1, blaetter: {} };
  let daten: unknown = wert;
  if (typeof wert === "string") {
    try {
      daten = JSON.parse(wert);
    } catch {
      return leer;
    }
  }
  if (typeof daten !== "object" || daten === null) return leer;
  const d = daten as { version?: unknown; blaetter?: unknown };
  if (d.version !== 1 || typeof d.blaetter !== "object" || d.blaetter === null) return leer;
  const blaetter: Record<string, BlockEintrag> = {};
  for (const [name, e] of Object.entries(d.blaetter as Record<string, unknown>)) {
    const x = e as Partial<BlockEintrag> | null;
    if (
      x &&
      typeof x.bereich === "string" &&
      ADRESSE.test(x.bereich) &&
      (x.modus === "ki" || x.modus === "nativ") &&
      istTextliste(x.namen) &&
      istTextliste(x.diagramme)
    ) {
      blaetter[name] = { bereich: x.bereich, modus: x.modus, namen: x.namen, diagramme: x.diagramme };
    }
  }
  return { version: 1, blaetter };
}

/** "A1:H40" for a block of 40 rows × 8 columns written from A1; null for an empty block. */
export function blockAdresse(zeilen: number, spalten: number): string | null {
  if (zeilen <= 0 || spalten <= 0) return null;
  return `A1:${spalte(spalten - 1)}${zeilen}`;
}
