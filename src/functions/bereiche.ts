/**
 * Range arguments of PERSONALKOSTEN / KOSTENAUFSTELLUNG: grades with FTE shares, and rate tables.
 */
import {
  KiFehler,
  STANDARD_SATZTABELLE,
  Satztabelle,
  Stellenzeile,
  findeSatztabelle,
  satztabelleAusZeilen,
} from "../core";
import { alsMatrix, istLeer, istLeerOderNull, nichtNegativ, weggelassen, zellText } from "./excelArgumente";

/** A share beside a blank grade would be dropped without a word; it is a forgotten grade. */
function pruefeAnteilOhneGruppe(anteil: unknown, i: number, j: number): void {
  if (istLeerOderNull(anteil)) return;
  throw new KiFehler(
    "wert",
    `Anteil ${zellText(anteil)} in Zeile ${i + 1}, Spalte ${j + 1} hat keine Entgeltgruppe. Bitte die Gruppe ergänzen oder den Anteil löschen.`,
  );
}

/**
 * The rows up to the last with a grade or a share: a whole column (A:A, 1,048,576 rows) is empty
 * below its grades, and such rows add nothing and pass every check. One tight pass from the end.
 */
function zeilenMitInhalt(g: unknown[][], a: unknown[][] | null): number {
  let n = g.length;
  while (n > 0 && leereZeile(g[n - 1]) && (a === null || leereZeile(a[n - 1]))) n--;
  return n;
}

function leereZeile(zeile: readonly unknown[]): boolean {
  for (let j = 0; j < zeile.length; j++) if (!istLeerOderNull(zeile[j])) return false;
  return true;
}

export function stellenAusBereichen(gruppe: unknown, anteil: unknown): Stellenzeile[] {
  const g = alsMatrix(gruppe);
  const anteilFehlt = weggelassen(anteil);
  const a = anteilFehlt ? null : alsMatrix(anteil);
  const einAnteil = a !== null && a.length === 1 && a[0].length === 1;
  if (a !== null && !einAnteil && (a.length !== g.length || a[0].length !== g[0].length)) {
    throw new KiFehler(
      "wert",
      `Anteil (${a.length}×${a[0].length}) hat nicht dieselbe Form wie Gruppe (${g.length}×${g[0].length}). ` +
        "Geben Sie einen Anteil je Entgeltgruppe an oder eine einzelne Zahl für alle.",
    );
  }
  const stellen: Stellenzeile[] = [];
  for (let i = 0, n = zeilenMitInhalt(g, einAnteil ? null : a); i < n; i++) {
    for (let j = 0; j < g[i].length; j++) {
      const zelle = g[i][j];
      // Empty grade cells (null, "" or 0, whatever the host sends) mark unused rows.
      if (istLeerOderNull(zelle)) {
        pruefeAnteilOhneGruppe(a === null || einAnteil ? null : a[i][j], i, j);
        continue;
      }
      if (typeof zelle !== "string") {
        throw new KiFehler(
          "wert",
          `Gruppe: „${zellText(zelle)}“ ist keine Entgeltgruppe (erwartet Text wie „A 11“ oder „EG 9b“).`,
        );
      }
      // Omitted: a full post. An empty share cell counts as 0, as in Excel's own arithmetic and the
      // native sheet, whichever form it arrives in (excelArgumente).
      const roh = a === null ? 1 : einAnteil ? a[0][0] : a[i][j];
      // A plain share skips building the message name (a string per call) that only an error needs.
      const wert =
        typeof roh === "number" && roh >= 0 && roh < Infinity ? roh : nichtNegativ(roh, `Anteil für „${zelle.trim()}“`);
      stellen.push({ gruppe: zelle, anteil: wert });
    }
  }
  return stellen;
}

/**
 * Parsed tables by content. Bounded by entries AND by the characters of their keys (a key is about
 * the size of its table), so 10,000-row tables cannot pile up tens of megabytes.
 */
const CACHE_GROESSE = 64;
const CACHE_ZEICHEN_MAX = 1_000_000;
const cacheNachInhalt = new Map<string, Satztabelle>();
let cacheZeichen = 0;

/**
 * Unambiguous by construction: JSON escapes every control character and quotes every string, and
 * the type is part of the key, so the text "69800" (skipped as a note) never meets the number.
 */
function inhaltsSchluessel(m: unknown[][]): string {
  return JSON.stringify(m.map((zeile) => [typeof zeile[0], zeile[0] ?? null, typeof zeile[1], zeile[1] ?? null]));
}

function merkeImCache(schluessel: string, t: Satztabelle): void {
  if (schluessel.length > CACHE_ZEICHEN_MAX) return;
  while (cacheNachInhalt.size >= CACHE_GROESSE || cacheZeichen + schluessel.length > CACHE_ZEICHEN_MAX) {
    const aeltester = cacheNachInhalt.keys().next().value as string;
    cacheNachInhalt.delete(aeltester);
    cacheZeichen -= aeltester.length;
  }
  cacheNachInhalt.set(schluessel, t);
  cacheZeichen += schluessel.length;
}

/**
 * The last few tables used, compared cell by cell with === (which also tells the text "69800"
 * from the number), most recent first. A sheet usually points thousands of calls at one or two
 * tables; this check costs a fraction of building the string key below.
 */
const ZULETZT_GROESSE = 8;
const zuletzt: Array<{ zellen: unknown[]; breite: number; tabelle: Satztabelle }> = [];

function gleicherInhalt(m: unknown[][], zellen: readonly unknown[]): boolean {
  if (zellen.length !== m.length * 2) return false;
  for (let i = 0; i < m.length; i++) {
    if (m[i][0] !== zellen[2 * i] || m[i][1] !== zellen[2 * i + 1]) return false;
  }
  return true;
}

function merke(m: unknown[][], tabelle: Satztabelle): void {
  zuletzt.unshift({ zellen: m.flatMap((zeile) => [zeile[0], zeile[1]]), breite: m[0].length, tabelle });
  if (zuletzt.length > ZULETZT_GROESSE) zuletzt.pop();
}

function parseTabelle(m: unknown[][]): Satztabelle {
  const zeilen: Array<[string, number]> = [];
  for (const zeile of m) {
    const gruppe = zeile[0];
    // A row without a grade (empty in any form) is skipped; an empty rate (null, "" or 0) reads as 0.
    if (istLeerOderNull(gruppe)) continue;
    const euro = istLeer(zeile[1]) ? 0 : zeile[1];
    // Header rows and notes: their rate column is not a number.
    if (typeof euro !== "number") continue;
    if (typeof gruppe !== "string") {
      throw new KiFehler("wert", `Satztabelle: „${zellText(gruppe)}“ in Spalte 1 ist keine Entgeltgruppe.`);
    }
    if (!Number.isFinite(euro))
      throw new KiFehler("wert", `Satztabelle: Der Satz für „${gruppe}“ ist keine endliche Zahl.`);
    zeilen.push([gruppe, euro]);
  }
  return satztabelleAusZeilen(zeilen);
}

/**
 * A rate table from a range, or a built-in one by name. Parsed tables are cached by content, not
 * by array identity: Excel hands every call a fresh array, and a sheet with thousands of
 * PERSONALKOSTEN cells points them all at the same table.
 */
/**
 * The most recent table again, checked in one pass: every row an array of the same width (what
 * alsMatrix checks) with the same first two cells (what gleicherInhalt checks). Null = anything else.
 */
function wieZuletzt(v: unknown[]): Satztabelle | null {
  const z = zuletzt[0];
  if (z === undefined || v.length * 2 !== z.zellen.length) return null;
  const zellen = z.zellen;
  for (let i = 0; i < v.length; i++) {
    const zeile = v[i];
    if (!Array.isArray(zeile) || zeile.length !== z.breite) return null;
    if (zeile[0] !== zellen[2 * i] || zeile[1] !== zellen[2 * i + 1]) return null;
  }
  return z.tabelle;
}

/**
 * A whole column (D:E, 1,048,576 rows) is mostly empty below the table. Rows without a grade are
 * skipped by parseTabelle anyway; cutting them off the end first keeps the cache key, the
 * comparison with the last tables and the parse proportional to the filled rows. One row stays.
 */
function ohneLeereZeilenAmEnde(m: unknown[][]): unknown[][] {
  let n = m.length;
  // Any form of an empty grade cell, 0 too (Excel for Windows passes empty cells as 0): parseTabelle skips them all.
  while (n > 1 && istLeerOderNull(m[n - 1][0])) n--;
  return n === m.length ? m : m.slice(0, n);
}

export function satztabelleAusArgument(tabelle: unknown): Satztabelle {
  if (tabelle === null || tabelle === undefined) return findeSatztabelle(STANDARD_SATZTABELLE);
  const wieDieLetzte = Array.isArray(tabelle) ? wieZuletzt(tabelle) : null;
  if (wieDieLetzte) return wieDieLetzte;
  let m = alsMatrix(tabelle);
  if (m.length === 1 && m[0].length === 1) {
    const v = m[0][0];
    if (istLeerOderNull(v)) return findeSatztabelle(STANDARD_SATZTABELLE);
    if (typeof v === "string") return findeSatztabelle(v);
    throw new KiFehler(
      "wert",
      "Tabelle: Name einer eingebauten Tabelle (z. B. „NI2024“) oder ein Bereich mit zwei Spalten erwartet.",
    );
  }
  if (m[0].length < 2) {
    throw new KiFehler("wert", "Tabelle: Der Bereich braucht zwei Spalten (Entgeltgruppe | €/Jahr je Vollzeitstelle).");
  }
  m = ohneLeereZeilenAmEnde(m);
  for (let i = 0; i < zuletzt.length; i++) {
    if (gleicherInhalt(m, zuletzt[i].zellen)) {
      const treffer = zuletzt[i];
      if (i > 0) zuletzt.unshift(...zuletzt.splice(i, 1));
      return treffer.tabelle;
    }
  }
  const schluessel = inhaltsSchluessel(m);
  let t = cacheNachInhalt.get(schluessel);
  if (!t) {
    t = parseTabelle(m);
    merkeImCache(schluessel, t);
  }
  merke(m, t);
  return t;
}
