/**
 * Plan ranges as the .xlsx writer needs them: one-based row/column numbers, whole rows and
 * columns bounded by the sheet's used extent. The A1 parsing itself is src/workbook/adressen.ts.
 */
import { zerlegeA1 } from "../workbook/adressen";

export interface Bereich {
  oben: number;
  unten: number;
  links: number;
  rechts: number;
}

export interface Ausdehnung {
  zeilen: number;
  spalten: number;
}

/**
 * Whole columns ("C:D") and whole rows ("3:3") are limited to the sheet's used extent: a plan
 * formats what it writes, and a million formatted rows would only bloat the file.
 */
export function zerlegeBereich(text: string, ausdehnung: Ausdehnung): Bereich {
  const b = zerlegeA1(text);
  if (!b) throw new Error(`Ungültiger Bereich im Arbeitsmappenplan: „${text}“`);
  const oben = b.vonZeile === null ? 1 : b.vonZeile + 1;
  const links = b.vonSpalte === null ? 1 : b.vonSpalte + 1;
  if (oben < 1 || links < 1) throw new Error("Zeilen und Spalten beginnen bei 1.");
  return {
    oben,
    unten: b.bisZeile === null ? ausdehnung.zeilen : b.bisZeile + 1,
    links,
    rechts: b.bisSpalte === null ? ausdehnung.spalten : b.bisSpalte + 1,
  };
}
