/**
 * A1 addresses as Excel writes them: "B5", "$B$5", "A1:D10", "1:3" (whole rows), "A:C" (whole
 * columns), optionally sheet-qualified ("Annahmen!B5", "'Mehrjahres planung'!C3").
 */
import { spalte } from "../../src/workbook/adressen";
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

/** Zero-based column index → letters; one implementation for the whole add-in. */
export const spaltenBuchstaben = spalte;

export function spaltenIndex(buchstaben: string): number {
  let n = 0;
  for (const ch of buchstaben.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function zellAdresse(zeile: number, spalte: number, absolut = false): string {
  const d = absolut ? "$" : "";
  return `${d}${spaltenBuchstaben(spalte)}${d}${zeile + 1}`;
}

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

/** Excel quotes a sheet name in a reference unless it is a plain identifier. */
export function blattPraefix(blatt: string): string {
  return /^[A-Za-zÄÖÜäöüß_][A-Za-z0-9ÄÖÜäöüß_.]*$/.test(blatt) && !/^[A-Za-z]{1,3}\d+$/.test(blatt)
    ? `${blatt}!`
    : `'${blatt.replace(/'/g, "''")}'!`;
}

export function volleAdresse(blatt: string, r: Rechteck, absolut = false): string {
  return blattPraefix(blatt) + rechteckAdresse(r, absolut);
}

const ZELLE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ZEILE = /^\$?(\d{1,7})$/;
const SPALTE = /^\$?([A-Za-z]{1,3})$/;

function ungueltig(adresse: string): FakeOfficeFehler {
  return new FakeOfficeFehler("InvalidArgument", `Die Adresse "${adresse}" ist ungültig.`);
}

/** Splits "Blatt!A1:B2" into sheet name (unquoted) and the local part. */
export function trenneBlatt(adresse: string): { blatt?: string; lokal: string } {
  const a = adresse.trim();
  const ausrufe = a.lastIndexOf("!");
  if (ausrufe < 0) return { lokal: a };
  let blatt = a.slice(0, ausrufe);
  if (blatt.startsWith("'") && blatt.endsWith("'")) blatt = blatt.slice(1, -1).replace(/''/g, "'");
  return { blatt, lokal: a.slice(ausrufe + 1) };
}

export function parseRechteck(lokal: string): Rechteck {
  const teile = lokal.trim().split(":");
  if (teile.length > 2 || teile[0] === "") throw ungueltig(lokal);
  const [a, b = a] = teile;
  const za = ZELLE.exec(a);
  const zb = ZELLE.exec(b);
  if (za && zb) {
    const z1 = Number(za[2]) - 1;
    const z2 = Number(zb[2]) - 1;
    const s1 = spaltenIndex(za[1]);
    const s2 = spaltenIndex(zb[1]);
    if (z1 < 0 || z2 < 0 || Math.max(z1, z2) >= MAX_ZEILEN || Math.max(s1, s2) >= MAX_SPALTEN) throw ungueltig(lokal);
    return {
      zeile: Math.min(z1, z2),
      spalte: Math.min(s1, s2),
      zeilen: Math.abs(z2 - z1) + 1,
      spalten: Math.abs(s2 - s1) + 1,
    };
  }
  if (teile.length === 2) {
    const ra = ZEILE.exec(a);
    const rb = ZEILE.exec(b);
    if (ra && rb) {
      const z1 = Number(ra[1]) - 1;
      const z2 = Number(rb[1]) - 1;
      if (z1 < 0 || z2 < 0 || Math.max(z1, z2) >= MAX_ZEILEN) throw ungueltig(lokal);
      return { zeile: Math.min(z1, z2), spalte: 0, zeilen: Math.abs(z2 - z1) + 1, spalten: MAX_SPALTEN };
    }
    const ca = SPALTE.exec(a);
    const cb = SPALTE.exec(b);
    if (ca && cb) {
      const s1 = spaltenIndex(ca[1]);
      const s2 = spaltenIndex(cb[1]);
      if (Math.max(s1, s2) >= MAX_SPALTEN) throw ungueltig(lokal);
      return { zeile: 0, spalte: Math.min(s1, s2), zeilen: MAX_ZEILEN, spalten: Math.abs(s2 - s1) + 1 };
    }
  }
  throw ungueltig(lokal);
}

export function zellenAnzahl(r: Rechteck): number {
  return r.zeilen * r.spalten;
}

export function enthaelt(r: Rechteck, zeile: number, spalte: number): boolean {
  return zeile >= r.zeile && zeile < r.zeile + r.zeilen && spalte >= r.spalte && spalte < r.spalte + r.spalten;
}
