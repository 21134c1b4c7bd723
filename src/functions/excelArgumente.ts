/**
 * Turns the values Excel hands a custom function into domain inputs.
 *
 * Excel passes null for an omitted argument and, depending on host and version, null, "" or 0 for
 * an empty cell; ranges arrive as 2-D arrays. Everything a user can paste into a cell (booleans,
 * text that looks like a number, error values) is answered with a German message instead of
 * being coerced, because a guessed number in a budget table is worse than a visible error.
 */
import { Cent, KiFehler, MAX_BETRAG_EURO, euroZuCentGenau, zahlText } from "../core";

export type Zelle = unknown;
export type Bereich = unknown[][];

export function istLeer(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A range as a rectangular 2-D array; a scalar becomes 1×1. */
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

export interface ZahlOptionen {
  /** Value for an omitted or empty argument; without it an empty argument is an error. */
  standard?: number;
}

/** Shared default: a fresh `{}` per call was garbage on every argument of every call. */
const OHNE_STANDARD: ZahlOptionen = {};

export function zahl(v: unknown, name: string, opt: ZahlOptionen = OHNE_STANDARD): number {
  if (typeof v === "number" && Number.isFinite(v)) return v; // the usual argument, decided at once
  const s = skalar(v, name);
  if (istLeer(s)) {
    if (opt.standard !== undefined) return opt.standard;
    throw new KiFehler("wert", `${name} fehlt. Bitte einen Wert oder eine Zelle mit einer Zahl angeben.`);
  }
  if (typeof s !== "number") throw keineZahl(s, name);
  if (!Number.isFinite(s)) throw new KiFehler("wert", `${name} ist keine endliche Zahl.`);
  return s;
}

export function nichtNegativ(v: unknown, name: string, opt: ZahlOptionen = OHNE_STANDARD): number {
  const z = zahl(v, name, opt);
  if (z < 0) throw new KiFehler("wert", `${name} darf nicht negativ sein, erhalten: ${zahlText(z)}.`);
  return z;
}

/**
 * An amount in € as cents, not rounded (34993,645 € → 3499364,5): the result is rounded once,
 * where it is shown. Omitted gives standardCent.
 */
export function betrag(v: unknown, name: string, standardCent?: Cent): Cent {
  // A plain number in range: the checks below would all pass (NaN fails both comparisons).
  if (typeof v === "number" && v >= 0 && v <= MAX_BETRAG_EURO) return euroZuCentGenau(v);
  const s = skalar(v, name);
  if (istLeer(s) && standardCent !== undefined) return standardCent;
  const euro = nichtNegativ(s, name);
  if (euro > MAX_BETRAG_EURO) {
    throw new KiFehler("wert", `${name}: ${zahlText(euro)} € liegt über der zulässigen Grenze von 1 Billion €.`);
  }
  return euroZuCentGenau(euro);
}

export function satz(v: unknown, name: string, standard: number): number {
  const z = zahl(v, name, { standard });
  if (!(z >= 0 && z <= 1)) {
    throw new KiFehler("wert", `${name} muss zwischen 0 und 1 liegen (30 % = 0,3), erhalten: ${zahlText(z)}.`);
  }
  return z;
}

export function ganzeZahl(v: unknown, name: string, standard: number, min: number, max: number): number {
  const z = v === null || v === undefined ? standard : zahl(v, name, { standard });
  if (!Number.isInteger(z)) throw new KiFehler("wert", `${name} muss eine ganze Zahl sein, erhalten: ${zahlText(z)}.`);
  if (z < min || z > max) {
    throw new KiFehler("wert", `${name} muss zwischen ${min} und ${max} liegen, erhalten: ${zahlText(z)}.`);
  }
  return z;
}

export function text(v: unknown, name: string, standard?: string): string {
  const s = skalar(v, name);
  if (istLeer(s)) {
    if (standard !== undefined) return standard;
    throw new KiFehler("wert", `${name} fehlt.`);
  }
  if (typeof s !== "string") throw new KiFehler("wert", `${name} muss Text sein, erhalten: ${zellText(s)}.`);
  return s;
}
