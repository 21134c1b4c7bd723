/**
 * A1 addresses as Excel writes them: "B5", "$B$5", "A1:D10", "1:3" (whole rows), "A:C" (whole
 * columns), optionally sheet-qualified ("Annahmen!B5", "'Mehrjahres planung'!C3").
 */
import { blattPraefix, spalte, spaltenIndex, trenneBlatt, zelle, zerlegeA1 } from "../../src/workbook/adressen";
import { FakeOfficeFehler } from "./officeFehler";

/** Excel's grid size; whole-row and whole-column addresses span it. */
export const MAX_ZEILEN = 1048576;
export const MAX_SPALTEN = 16384;

/** Zero-based, inclusive rectangle. */
export interface Rechteck {
  zeile: number;
  spalte: number;
  zeilen: number;
  spalten: number;
}

/** The add-in's one A1 implementation (src/workbook/adressen.ts), under the fake host's names. */
export const spaltenBuchstaben = spalte;
export const zellAdresse = zelle;
export { blattPraefix, spaltenIndex, trenneBlatt };

/** "A1:B2", or "A1" for a single cell, or "1:3" / "A:C" for whole rows / columns. */
export function rechteckAdresse(r: Rechteck, absolut = false): string {
  const d = absolut ? "$" : "";
  if (r.spalte === 0 && r.spalten === MAX_SPALTEN) return `${d}${r.zeile + 1}:${d}${r.zeile + r.zeilen}`;
  if (r.zeile === 0 && r.zeilen === MAX_ZEILEN) {
    return `${d}${spaltenBuchstaben(r.spalte)}:${d}${spaltenBuchstaben(r.spalte + r.spalten - 1)}`;
  }
  const start = zellAdresse(r.zeile, r.spalte, absolut);
  if (r.zeilen === 1 && r.spalten === 1) return start;
  return `${start}:${zellAdresse(r.zeile + r.zeilen - 1, r.spalte + r.spalten - 1, absolut)}`;
}

export function volleAdresse(blatt: string, r: Rechteck, absolut = false): string {
  return blattPraefix(blatt) + rechteckAdresse(r, absolut);
}

function ungueltig(adresse: string): FakeOfficeFehler {
  return new FakeOfficeFehler("InvalidArgument", `Die Adresse "${adresse}" ist ungültig.`);
}

/** A local A1 range as Excel accepts it; whole rows and columns span the grid. */
export function parseRechteck(lokal: string): Rechteck {
  const b = zerlegeA1(lokal);
  if (!b) throw ungueltig(lokal);
  const zeile = b.vonZeile ?? 0;
  const bisZeile = b.bisZeile ?? MAX_ZEILEN - 1;
  const sp = b.vonSpalte ?? 0;
  const bisSpalte = b.bisSpalte ?? MAX_SPALTEN - 1;
  if (zeile < 0 || bisZeile >= MAX_ZEILEN || bisSpalte >= MAX_SPALTEN) throw ungueltig(lokal);
  return { zeile, spalte: sp, zeilen: bisZeile - zeile + 1, spalten: bisSpalte - sp + 1 };
}

export function zellenAnzahl(r: Rechteck): number {
  return r.zeilen * r.spalten;
}

export function enthaelt(r: Rechteck, zeile: number, spalte: number): boolean {
  return zeile >= r.zeile && zeile < r.zeile + r.zeilen && spalte >= r.spalte && spalte < r.spalte + r.spalten;
}
