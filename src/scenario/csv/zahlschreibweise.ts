/**
 * German (1.234.567,89) or English (1,234,567.89) numbers: decided once per column of a file, never per
 * value. "123.456" is 123456 in German and 123.456 in English; read value by value, a file mixing
 * `765.43` and `123.456` would silently make one municipality a thousand times larger. So each value is
 * classified, the column gets one convention, and a column that shows both is refused with the lines.
 */
import { EingabeFehler } from "./fehler";

export type Schreibweise = "deutsch" | "englisch";

/** What one value says about its convention; "mehrdeutig" reads differently in the two. */
type Art = "neutral" | Schreibweise | "mehrdeutig" | "ungueltig";

const MUSTER: ReadonlyArray<[RegExp, Art]> = [
  [/^\d+$/, "neutral"],
  [/^\d{1,3}(\.\d{3})+,\d+$/, "deutsch"], // 1.234,56
  [/^\d{1,3}(\.\d{3}){2,}$/, "deutsch"], // 1.234.567
  [/^\d{1,3}(,\d{3})+\.\d+$/, "englisch"], // 1,234.56
  [/^\d{1,3}(,\d{3}){2,}$/, "englisch"], // 1,234,567
  [/^\d{1,3}[.,]\d{3}$/, "mehrdeutig"], // 123.456 or 1,234
  [/^\d+,\d+$/, "deutsch"], // 765,43
  [/^\d+\.\d+$/, "englisch"], // 765.43
];

/** Blanks (also the narrow no-break space Excel uses as thousands separator) and the sign removed. */
function bereinigt(text: string): { t: string; negativ: boolean } {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  return t.startsWith("-") || t.startsWith("−") ? { t: t.slice(1), negativ: true } : { t, negativ: false };
}

export function art(text: string): Art {
  const { t } = bereinigt(text);
  return MUSTER.find(([m]) => m.test(t))?.[1] ?? "ungueltig";
}

/** The value in the given convention; NaN when it is no number. */
export function zahlIn(text: string, schreibweise: Schreibweise): number {
  if (art(text) === "ungueltig") return NaN;
  const { t, negativ } = bereinigt(text);
  const tausender = schreibweise === "deutsch" ? /\./g : /,/g;
  const n = Number(t.replace(tausender, "").replace(",", "."));
  return negativ ? -n : n;
}

export interface Spaltenwert {
  zeile: number;
  text: string;
}

/**
 * The convention of a column: English only when a value can only be English, German otherwise (how
 * German offices and Excel in German write). A column with values that can only be German and values
 * that can only be English, or with an English value beside one that is read differently in the two,
 * is refused with both lines named.
 */
export function schreibweiseDerSpalte(werte: readonly Spaltenwert[], datei: string, spalte: string): Schreibweise {
  // Each value's kind once (a column of 100,000 values was classified three times over).
  const arten = werte.map((w) => art(w.text));
  const erstes = (a: Art) => werte[arten.indexOf(a)] as Spaltenwert | undefined;
  const englisch = erstes("englisch");
  if (!englisch) return "deutsch";
  const anders = erstes("deutsch") ?? erstes("mehrdeutig");
  if (!anders) return "englisch";
  const [a, b] = anders.zeile < englisch.zeile ? [anders, englisch] : [englisch, anders];
  const lesart =
    art(anders.text) === "mehrdeutig"
      ? `„${anders.text}“ (Zeile ${anders.zeile}) hieße in deutscher Schreibweise ${zahlIn(anders.text, "deutsch").toLocaleString("de-DE")}, ` +
        `in englischer ${zahlIn(anders.text, "englisch").toLocaleString("de-DE")}`
      : `„${anders.text}“ (Zeile ${anders.zeile}) ist deutsch geschrieben`;
  throw new EingabeFehler(
    `${datei}, Zeile ${a.zeile} und ${b.zeile}: Die Spalte „${spalte}“ mischt deutsche und englische Zahlen – ` +
      `„${englisch.text}“ (Zeile ${englisch.zeile}) hat einen Dezimalpunkt, ${lesart}. Eine Datei muss eine ` +
      "Schreibweise verwenden; bitte einheitlich deutsch schreiben (1.234.567,89).",
  );
}
