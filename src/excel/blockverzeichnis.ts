/**
 * The record of what the add-in generated on each sheet (worksheet id, block address, formula
 * mode, names, charts), kept in the workbook settings. Sheets are known by their worksheet id
 * (ExcelApi 1.1), never by name alone: a user's sheet that happens to carry a generated name is
 * not ours. `ausstehend` lists sheets an interrupted insert was about to add (written before the
 * add, in the same batch), so the next insert can adopt them while they are still empty. A second insert clears exactly the old block, so cells
 * the user added outside it survive, and knows which names and charts are its own.
 */
import { spanne, zerlegeA1 } from "../workbook/adressen";
import type { Formelmodus } from "../scenario/optionen";

export interface BlockEintrag {
  /** Worksheet id; missing only in records written before ids were kept (version 1). */
  id?: string;
  bereich: string;
  modus: Formelmodus;
  namen: string[];
  diagramme: string[];
  /**
   * Only in the record an insert writes before it starts: the charts the sheet had before. A chart
   * is added and named in two commands; if the insert stops between them, an unnamed chart is
   * left. The next insert deletes every chart on the sheet that is neither in this list nor planned.
   */
  diagrammeVorher?: string[];
}

export interface Blockverzeichnis {
  version: 2;
  blaetter: Record<string, BlockEintrag>;
  /** Lower-case names of sheets being added by an insert that has not finished. */
  ausstehend?: string[];
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
  const leer: Blockverzeichnis = { version: 2, blaetter: {} };
  let daten: unknown = wert;
  if (typeof wert === "string") {
    try {
      daten = JSON.parse(wert);
    } catch {
      return leer;
    }
  }
  if (typeof daten !== "object" || daten === null) return leer;
  const d = daten as { version?: unknown; blaetter?: unknown; ausstehend?: unknown };
  if ((d.version !== 1 && d.version !== 2) || typeof d.blaetter !== "object" || d.blaetter === null) return leer;
  const blaetter: Record<string, BlockEintrag> = {};
  for (const [name, e] of Object.entries(d.blaetter as Record<string, unknown>)) {
    const x = e as Partial<BlockEintrag> | null;
    if (
      x &&
      typeof x.bereich === "string" &&
      ADRESSE.test(x.bereich) &&
      (x.modus === "ki" || x.modus === "nativ") &&
      istTextliste(x.namen) &&
      istTextliste(x.diagramme) &&
      (x.id === undefined || typeof x.id === "string")
    ) {
      const eintrag: BlockEintrag = { bereich: x.bereich, modus: x.modus, namen: x.namen, diagramme: x.diagramme };
      // A version-1 record has no ids; a version-2 entry without one is damaged and ignored.
      if (typeof x.id === "string") eintrag.id = x.id;
      else if (d.version === 2) continue;
      if (istTextliste(x.diagrammeVorher)) eintrag.diagrammeVorher = x.diagrammeVorher;
      blaetter[name] = eintrag;
    }
  }
  const ausstehend = istTextliste(d.ausstehend) ? d.ausstehend.map((n) => n.toLowerCase()) : [];
  return { version: 2, blaetter, ...(ausstehend.length > 0 ? { ausstehend } : {}) };
}

/** "A1:H40" for a block of 40 rows × 8 columns written from A1; null for an empty block. */
export function blockAdresse(zeilen: number, spalten: number): string | null {
  if (zeilen <= 0 || spalten <= 0) return null;
  return spanne(0, 0, zeilen - 1, spalten - 1);
}

/** The smallest range holding both blocks (both are written from A1). */
export function vereinige(a: string, b: string | null): string {
  if (b === null) return a;
  const ende = (x: string) => {
    const b = zerlegeA1(x);
    if (!b || b.bisZeile === null || b.bisSpalte === null) throw new Error(`Ungültiger Block „${x}“ im Verzeichnis.`);
    return { spalte: b.bisSpalte, zeile: b.bisZeile };
  };
  const x = ende(a);
  const y = ende(b);
  return spanne(0, 0, Math.max(x.zeile, y.zeile), Math.max(x.spalte, y.spalte));
}
