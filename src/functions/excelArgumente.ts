/**
 * Turns the values Excel hands a custom function into domain inputs.
 *
 * Ranges arrive as 2-D arrays. Everything a user can paste into a cell (booleans, text that looks
 * like a number, error values) is answered with a German message instead of being coerced,
 * because a guessed number in a budget table is worse than a visible error.
 *
 * THE EMPTY-CELL RULE of every KI.* function is decided here and nowhere else. Excel passes an
 * empty cell as null (web), 0 (Windows desktop) or "" (a cell holding ="" or blank text), and a
 * function cannot tell which build it runs in (office-js issues #4702, #5262, #1951). So
 * every parameter gives one answer for all three forms:
 * - a number or amount: an empty cell counts as 0, as in Excel's own arithmetic (=A1*2 is 0 with
 *   A1 empty) and in the native formula mode;
 * - where 0 is no valid value (a year, a text such as Körperschaft, Regelwerk, a table's name, a
 *   Förderposition, a grade): empty and 0 mean "not given": the default applies, a row is skipped,
 *   or the message says what is missing;
 * - a range that lists things (grades, posts, extra-post costs, rule rows) skips the rows and
 *   cells that are empty in every form; a range of amounts per position (payments, Umlagegrundlagen)
 *   counts them as 0.
 * An omitted argument arrives as null as well. For a scalar parameter it is therefore the same as
 * an empty cell, and its default is what an empty cell means. Where a default differs from 0
 * although 0 is a valid value (Querschnittssatz 0,3, IT and room rates, Stellenanteil 1,
 * Zusatzkosten, Basisjahr-Index 1), the parameter is declared as a range: Excel then passes every
 * given value, an empty cell included, as a 2-D array, and a bare null only for an omitted
 * argument (weggelassen).
 */
import { Cent, KiFehler, MAX_BETRAG_EURO, euroZuCentGenau, zahlText } from "../core";

export type Zelle = unknown;
export type Bereich = unknown[][];

/** null, undefined or blank text: forms of an empty cell that are never a value. */
export function istLeer(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && leererText(v));
}

/** v.trim() === "", without trimming a text that begins with a visible ASCII character (a grade, a name). */
function leererText(v: string): boolean {
  const c = v.charCodeAt(0);
  return !(c > 32 && c < 127) && v.trim() === "";
}

/** Every form of an empty cell, 0 included: for places where 0 is no valid value. */
export function istLeerOderNull(v: unknown): boolean {
  return v === 0 || istLeer(v);
}

/** A cell where 0 is no valid value, with every empty form as null (so messages say "(leer)"). */
export function ohneLeer(v: unknown): unknown {
  return istLeerOderNull(v) ? null : v;
}

/**
 * Whether an argument declared as a range was omitted: Excel passes a given value there as a 2-D
 * array (an empty cell as [[null]], [[0]] or [[""]]) and an omitted one as null.
 */
export function weggelassen(v: unknown): boolean {
  return v === null || v === undefined;
}

/** `standard` for an omitted range argument, otherwise what `lesen` makes of the given value. */
export function weggelassenOder<T>(v: unknown, standard: T, lesen: (v: unknown) => T): T {
  return weggelassen(v) ? standard : lesen(v);
}

export function alsMatrix(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[null]];
  // Plain loops: this runs for every range argument of every call.
  let zeilen = 0;
  for (const zeile of v) if (Array.isArray(zeile)) zeilen++;
  if (zeilen !== v.length) {
    if (zeilen === 0) return [v];
    throw new KiFehler("wert", "Der Bereich ist nicht rechteckig.");
  }
  const breite = (v[0] as unknown[]).length;
  if (breite === 0) throw new KiFehler("wert", "Der Bereich ist nicht rechteckig.");
  for (const zeile of v as unknown[][]) {
    if (zeile.length !== breite) throw new KiFehler("wert", "Der Bereich ist nicht rechteckig.");
  }
  return v as unknown[][];
}

/** A single value from an argument that Excel may deliver as 1×1 range. */
export function skalar(v: unknown, name: string): unknown {
  if (!Array.isArray(v)) return v;
  const m = alsMatrix(v);
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  throw new KiFehler(
    "wert",
    `${name} erwartet einen einzelnen Wert, nicht einen Bereich mit ${m.length}×${m[0].length} Zellen.`,
  );
}

/**
 * Whether a text is a number typed as text ("1.234,50 €", "- 30 %"): optional sign, digits with
 * separators and spaces, optional €, % or EUR. One pass over the text, no regular expression: a
 * cell may hold 100,000 characters, and a backtracking pattern froze the shared runtime on it.
 */
export function siehtWieZahlAus(roh: string): boolean {
  let ende = roh.length;
  while (ende > 0 && istLeerzeichen(roh.charCodeAt(ende - 1))) ende--;
  if (ende >= 3 && roh.slice(ende - 3, ende).toLowerCase() === "eur") ende -= 3;
  else if (ende >= 1 && (roh[ende - 1] === "€" || roh[ende - 1] === "%")) ende -= 1;
  let i = 0;
  while (i < ende && istLeerzeichen(roh.charCodeAt(i))) i++;
  if (i < ende && (roh[i] === "+" || roh[i] === "-")) i++;
  let ziffern = 0;
  for (; i < ende; i++) {
    const c = roh.charCodeAt(i);
    if (c >= 48 && c <= 57) ziffern++;
    else if (c !== 46 && c !== 44 && !istLeerzeichen(c)) return false;
  }
  return ziffern > 0;
}

function istLeerzeichen(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
}

/** Excel's English error codes as a German Excel shows them. */
const FEHLERWERTE_DE: Record<string, string> = {
  "#VALUE!": "#WERT!",
  "#N/A": "#NV",
  "#NUM!": "#ZAHL!",
  "#REF!": "#BEZUG!",
  "#DIV/0!": "#DIV/0!",
  "#NAME?": "#NAME?",
  "#NULL!": "#NULL!",
};

/**
 * A cell value for an error message, in the words German Excel uses: WAHR/FALSCH, #WERT!, 1,5.
 * String() would show "true", "[object Object]" or "1.5" in the tooltip.
 */
export function zellText(v: unknown): string {
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  if (typeof v === "number") return zahlText(v);
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "(leer)";
  const code = (v as { code?: unknown }).code;
  if (typeof code === "string") return FEHLERWERTE_DE[code] ?? code;
  return "(kein einfacher Wert)";
}

function keineZahl(v: unknown, name: string): KiFehler {
  if (typeof v === "boolean") {
    return new KiFehler("wert", `${name}: WAHR/FALSCH ist keine Zahl. Bitte eine Zahl eingeben.`);
  }
  if (typeof v === "string") {
    const kurz = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    if (siehtWieZahlAus(v)) {
      return new KiFehler(
        "wert",
        `${name}: „${kurz}“ ist als Text gespeichert, nicht als Zahl. Bitte die Zelle als Zahl formatieren und ohne € oder % eingeben.`,
      );
    }
    return new KiFehler("wert", `${name}: „${kurz}“ ist keine Zahl.`);
  }
  if (typeof (v as { code?: unknown } | null)?.code === "string") {
    return new KiFehler("wert", `${name}: Die Zelle enthält den Fehlerwert ${zellText(v)}.`);
  }
  return new KiFehler("wert", `${name}: ${zellText(v)} ist keine Zahl.`);
}

/** A number; an empty cell (any form) is 0. */
export function zahl(v: unknown, name: string): number {
  if (typeof v === "number" && Number.isFinite(v)) return v; // the usual argument, decided at once
  const s = skalar(v, name);
  if (istLeer(s)) return 0;
  if (typeof s !== "number") throw keineZahl(s, name);
  if (!Number.isFinite(s)) throw new KiFehler("wert", `${name} ist keine endliche Zahl.`);
  return s;
}

export function nichtNegativ(v: unknown, name: string): number {
  const z = zahl(v, name);
  if (z < 0) throw new KiFehler("wert", `${name} darf nicht negativ sein, erhalten: ${zahlText(z)}.`);
  return z;
}

/**
 * An amount in € as cents, not rounded (34993,645 € → 3499364,5): the result is rounded once,
 * where it is shown. An empty cell is 0 €.
 */
export function betrag(v: unknown, name: string): Cent {
  // A plain number in range: the checks below would all pass (NaN fails both comparisons).
  if (typeof v === "number" && v >= 0 && v <= MAX_BETRAG_EURO) return euroZuCentGenau(v);
  const euro = nichtNegativ(v, name);
  if (euro > MAX_BETRAG_EURO) {
    throw new KiFehler("wert", `${name}: ${zahlText(euro)} € liegt über der zulässigen Grenze von 1 Billion €.`);
  }
  return euroZuCentGenau(euro);
}

/** A share between 0 and 1; an empty cell is 0. */
export function satz(v: unknown, name: string): number {
  const z = zahl(v, name);
  if (!(z >= 0 && z <= 1)) {
    throw new KiFehler("wert", `${name} muss zwischen 0 und 1 liegen (30 % = 0,3), erhalten: ${zahlText(z)}.`);
  }
  return z;
}

/** A whole number in [min, max]; an empty cell is `leer` (0, or the default where 0 is not allowed). */
export function ganzeZahl(v: unknown, name: string, leer: number, min: number, max: number): number {
  const s = skalar(v, name);
  const z = istLeer(s) || (s === 0 && (min > 0 || max < 0)) ? leer : zahl(s, name);
  if (!Number.isInteger(z)) throw new KiFehler("wert", `${name} muss eine ganze Zahl sein, erhalten: ${zahlText(z)}.`);
  if (z < min || z > max) {
    throw new KiFehler("wert", `${name} muss zwischen ${min} und ${max} liegen, erhalten: ${zahlText(z)}.`);
  }
  return z;
}

/** A text; 0 is no text: empty in every form gives `standard`, or "… fehlt" without one. */
export function text(v: unknown, name: string, standard?: string): string {
  const s = skalar(v, name);
  if (istLeerOderNull(s)) {
    if (standard !== undefined) return standard;
    throw new KiFehler("wert", `${name} fehlt.`);
  }
  if (typeof s !== "string") throw new KiFehler("wert", `${name} muss Text sein, erhalten: ${zellText(s)}.`);
  return s;
}
