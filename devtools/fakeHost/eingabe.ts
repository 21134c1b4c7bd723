/**
 * How Excel interprets what is written into a cell through `range.values` or `range.formulas`
 * (and what a user types): the same rules for both.
 *
 * Real Excel does NOT keep a string that looks like a formula as text. The Office.js reference
 * for Range.values says: "If the returned value starts with a plus ("+"), minus ("-"), or equal
 * sign ("="), Excel interprets this value as a formula." (@types/office-js, Excel.Range.values,
 * from learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * So `range.values = [["=HYPERLINK(\"x\")"]]` creates a formula. Text stays text only with a
 * leading apostrophe (quote prefix, not part of the value) or when the cell's number format is
 * "@" (Text) before the value is written. "@SUM(A1)" is treated like Excel's input line treats
 * it: as the formula =SUM(A1). Numeric-looking strings become numbers, "TRUE"/"FALSE" booleans,
 * "30%" 0.3 (en-US input rules, as the API is locale-independent). Dates are not parsed.
 */
import { pruefeFormellaenge, pruefeZelltext } from "./grenzen";
import { FakeOfficeFehler } from "./officeFehler";

export type Eingabe =
  | { art: "unveraendert" }
  | { art: "leer" }
  | { art: "wert"; wert: number | string | boolean }
  | { art: "formel"; formel: string };

const ZAHL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ZAHL_MIT_TAUSENDERN = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PROZENT = /^[+-]?(\d+(\.\d*)?|\.\d+)\s*%$/;

function alsZahl(s: string): number | undefined {
  const t = s.trim();
  if (ZAHL.test(t)) return Number(t);
  if (ZAHL_MIT_TAUSENDERN.test(t)) return Number(t.replace(/,/g, ""));
  if (PROZENT.test(t)) return Number(t.replace("%", "").trim()) / 100;
  return undefined;
}

/**
 * @param textformat the cell's number format is "@": strings are stored verbatim.
 * @param pruefeFormel answers whether Excel would accept the formula; Excel rejects the whole
 *   write with InvalidArgument otherwise.
 */
export function interpretiere(roh: unknown, textformat: boolean, pruefeFormel: (f: string) => boolean): Eingabe {
  if (roh === null || roh === undefined) return { art: "unveraendert" };
  if (typeof roh === "number") {
    if (!Number.isFinite(roh)) throw new FakeOfficeFehler("InvalidArgument", `Ungültiger Zahlenwert ${roh}.`);
    return { art: "wert", wert: roh };
  }
  if (typeof roh === "boolean") return { art: "wert", wert: roh };
  if (typeof roh !== "string") {
    throw new FakeOfficeFehler(
      "InvalidArgument",
      `Zellwerte müssen Zahl, Text oder Wahrheitswert sein, nicht ${typeof roh}.`,
    );
  }
  if (roh === "") return { art: "leer" };
  pruefeZelltext(roh);
  if (textformat) return { art: "wert", wert: roh };
  if (roh.startsWith("'")) return { art: "wert", wert: roh.slice(1) };
  const erstes = roh[0];
  if (erstes === "=" || erstes === "+" || erstes === "-" || erstes === "@") {
    const zahl = erstes === "=" || erstes === "@" ? undefined : alsZahl(roh);
    if (zahl !== undefined) return { art: "wert", wert: zahl };
    const formel = erstes === "=" ? roh : erstes === "@" ? `=${roh.slice(1)}` : `=${roh}`;
    if (formel.length < 2 || !pruefeFormel(formel)) {
      throw new FakeOfficeFehler(
        "InvalidArgument",
        `Excel liest "${roh}" als Formel, aber sie ist ungültig. Text mit Apostroph oder Zahlenformat "@" schreiben.`,
      );
    }
    pruefeFormellaenge(formel);
    return { art: "formel", formel };
  }
  const zahl = alsZahl(roh);
  if (zahl !== undefined) return { art: "wert", wert: zahl };
  const gross = roh.toUpperCase();
  if (gross === "TRUE" || gross === "FALSE") return { art: "wert", wert: gross === "TRUE" };
  return { art: "wert", wert: roh };
}
