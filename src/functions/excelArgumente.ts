/**
 * Turns the values Excel hands a custom function into domain inputs.
 *
 * Excel passes null for an omitted argument and, depending on host and version, null, "" or 0 for
 * an empty cell; ranges arrive as 2-D arrays. Everything a user can paste into a cell (booleans,
 * text that looks like a number, error values) is answered with a German message instead of
 * being coerced, because a guessed number in a budget table is worse than a visible error.
 */
import { Cent, KiFehler, MAX_BETRAG_EURO, euroZuCent, zahlText } from "../core";

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

const ZAHLTEXT = /^[+-]?\s*[\d.,\s]+\s*(?:€|%|eur)?$/i;

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
    if (ZAHLTEXT.test(v.trim())) {
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

export function zahl(v: unknown, name: string, opt: ZahlOptionen = {}): number {
  const s = skalar(v, name);
  if (istLeer(s)) {
    if (opt.standard !== undefined) return opt.standard;
    throw new KiFehler("wert", `${name} fehlt. Bitte einen Wert oder eine Zelle mit einer Zahl angeben.`);
  }
  if (typeof s !== "number") throw keineZahl(s, name);
  if (!Number.isFinite(s)) throw new KiFehler("zahl", `${name} ist keine endliche Zahl.`);
  return s;
}

export function nichtNegativ(v: unknown, name: string, opt: ZahlOptionen = {}): number {
  const z = zahl(v, name, opt);
  if (z < 0) throw new KiFehler("zahl", `${name} darf nicht negativ sein, erhalten: ${zahlText(z)}.`);
  return z;
}

/** An amount in € as cents; omitted gives standardCent. */
export function betrag(v: unknown, name: string, standardCent?: Cent): Cent {
  const s = skalar(v, name);
  if (istLeer(s) && standardCent !== undefined) return standardCent;
  const euro = nichtNegativ(s, name);
  if (euro > MAX_BETRAG_EURO) {
    throw new KiFehler("zahl", `${name}: ${zahlText(euro)} € liegt über der zulässigen Grenze von 1 Billion €.`);
  }
  return euroZuCent(euro);
}

export function satz(v: unknown, name: string, standard: number): number {
  const z = zahl(v, name, { standard });
  if (!(z >= 0 && z <= 1)) {
    throw new KiFehler("zahl", `${name} muss zwischen 0 und 1 liegen (30 % = 0,3), erhalten: ${zahlText(z)}.`);
  }
  return z;
}

export function ganzeZahl(v: unknown, name: string, standard: number, min: number, max: number): number {
  const z = zahl(v, name, { standard });
  if (!Number.isInteger(z)) throw new KiFehler("wert", `${name} muss eine ganze Zahl sein, erhalten: ${zahlText(z)}.`);
  if (z < min || z > max) {
    throw new KiFehler("zahl", `${name} muss zwischen ${min} und ${max} liegen, erhalten: ${zahlText(z)}.`);
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
