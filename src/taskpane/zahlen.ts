/**
 * Numbers as people type them in a German form: "1.234,5", "0,3", "30 %", "69800 €". Fields keep
 * the typed text; only a complete, unambiguous number reaches the scenario.
 */
import { deutsch } from "../core/zahlformat";

/** Parses German (and plain) number input; returns NaN for anything that is not one number. */
export function parseDeutscheZahl(eingabe: string): number {
  let t = eingabe.replace(/[\s\u00a0\u202f]/g, "").replace(/[€%]$/u, "");
  if (t === "") return NaN;
  t = t.replace(/^−/u, "-");
  if (t.includes(",")) {
    // German notation: points group thousands, the comma is the decimal sign.
    if (!/^[+-]?\d{1,3}(\.\d{3})*(,\d*)?$|^[+-]?\d*(,\d*)?$/.test(t)) return NaN;
    t = t.replace(/\./g, "").replace(",", ".");
  } else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(t)) {
    // "69.800" in a German form is sixty-nine thousand eight hundred, not 69,8.
    t = t.replace(/\./g, "");
  } else if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) {
    return NaN;
  }
  if (t === "" || t === "-" || t === "+" || t === "." || t === "-." || t === "+.") return NaN;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

/** A number for an input field: German decimals, no digit grouping (easier to edit). */
export function zahlFuerFeld(n: number, maxNachkomma = 6): string {
  if (!Number.isFinite(n)) return "";
  return deutsch(n, { maximumFractionDigits: maxNachkomma, useGrouping: false });
}

/** A rate (0.3) as the percent figure people type (30), without float noise (0.07 × 100). */
export function prozentFuerFeld(anteil: number): string {
  if (!Number.isFinite(anteil)) return "";
  return zahlFuerFeld(Number((anteil * 100).toPrecision(12)), 4);
}

export function prozentAusFeld(text: string): number {
  const n = parseDeutscheZahl(text);
  return Number.isFinite(n) ? Number((n / 100).toPrecision(12)) : NaN;
}

/** Whole euros for the comparison table: 10231600 cents → "102.316"; cents only where present. */
export function euroBetrag(cent: number): string {
  const euro = cent / 100;
  return deutsch(euro, {
    minimumFractionDigits: Number.isInteger(euro) ? 0 : 2,
    maximumFractionDigits: 2,
  });
}

/** A difference with its sign, e.g. "+80.778", "−6.980", "±0". */
export function euroDifferenz(cent: number): string {
  if (cent === 0) return "±0";
  return (cent > 0 ? "+" : "−") + euroBetrag(Math.abs(cent));
}

/** An amount for an input field with German thousands separators: 23456789 → "23.456.789". */
export function betragFuerFeld(n: number): string {
  if (!Number.isFinite(n)) return "";
  return deutsch(n, { maximumFractionDigits: 2, useGrouping: true });
}

/** Digits, grouped by points, with an optional decimal part after a comma: "1.234,5". */
const GRUPPIERT = /^[+-]?\d{1,3}(\.\d{3})*(,\d*)?$/;
const ROH = /^([+-]?)(\d+)(,\d*)?$/;
const punkte = (t: string) => (t.match(/\./g) ?? []).length;

/**
 * Regroups an amount while it is typed: "1.234" plus "5" becomes "12.345", the caret staying after
 * the same digit. Only points the field set itself are moved: when the user types a point, or the
 * text was not grouped before, it is left exactly as typed (and the parser decides).
 */
export function tippeBetrag(alt: string, neu: string, caret: number): { text: string; caret: number } {
  const unveraendert = { text: neu, caret };
  const vorherGruppiert = alt === "" || GRUPPIERT.test(alt.trim()) || punkte(alt) === 0;
  if (!vorherGruppiert || punkte(neu) > punkte(alt)) return unveraendert;
  const roh = neu.trim().replace(/\./g, "");
  const m = ROH.exec(roh);
  if (!m) return unveraendert;
  const ganz = m[2].replace(/^0+(?=\d)/, "");
  const gruppen: string[] = [];
  for (let ende = ganz.length; ende > 0; ende -= 3) gruppen.unshift(ganz.slice(Math.max(0, ende - 3), ende));
  const text = `${m[1]}${gruppen.join(".")}${m[3] ?? ""}`;
  // The caret stays after the same number of digits (and signs/commas) it had before regrouping.
  const zeichenVorCaret = neu.slice(0, caret).replace(/\./g, "").replace(/^\s+/, "").length;
  let k = 0;
  let pos = 0;
  while (pos < text.length && k < zeichenVorCaret) {
    if (text[pos] !== ".") k++;
    pos++;
  }
  return { text, caret: pos };
}
