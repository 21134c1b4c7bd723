/**
 * The "Erläuterung" cells of "Kostenvergleich". An explanation that only restates an assumption
 * ("2 Arbeitsplätze", "30 % der Personalkosten", "4 Büros", "zzgl. 2 Landeslehrkräfte …") is a
 * formula on that "Annahmen" cell, so it cannot contradict the amount beside it after the user
 * edits the assumption. Everything else — the user's own wording, a preset's wording that says
 * more than the number ("1 Stelle A 12, …", "geschätzter Wert"), the rule set's title — stays
 * literal text and is never turned into a formula.
 *
 * The formulas use only "&", IF, ROUND and SUMIF. Numbers are joined as they are (no TEXT()
 * with a format string, whose codes differ between German and English Excel): Excel then uses
 * the display language's decimal separator, "1,5 Büros" in German Excel.
 */
import { type Kostenzeile, type Szenario, stelleImJahr } from "../../scenario";
import { type AnnahmeSchluessel, STELLEN_ART_TEXT } from "../annahmen/bezuege";
import type { Zelle } from "../plan";

/** Where the live explanations read from: assumption cells and the scenario's staff-table columns. */
export interface ErlaeuterungsBezuege {
  annahme: (k: AnnahmeSchluessel) => string;
  /** Sheet-qualified, absolute ranges of the staff table's "Art" and "Anteil" columns. */
  stellenArt: string;
  stellenAnteil: string;
}

interface Ableitung {
  /**
   * The text for the scenario's current values, as German Excel shows the formula's result
   * (without thousands separators); `gruppieren` gives the core's spelling ("1.000 Büros").
   */
  text: (s: Szenario, gruppieren: boolean) => string;
  formel: (b: ErlaeuterungsBezuege) => string;
}

/** The number as the core's standard explanation prints it (German, up to two decimals). */
function zahl(n: number, gruppieren: boolean): string {
  return n.toLocaleString("de-DE", { maximumFractionDigits: 2, useGrouping: gruppieren });
}

/** The teachers of the scenario's year: the staff table's totals read only the rows of that year. */
function landeslehrkraefte(s: Szenario): number {
  return s.stellen
    .filter((st) => st.art === "landeslehrer" && stelleImJahr(st, s.jahr))
    .reduce((summe, st) => summe + st.anteil, 0);
}

function mitEinheit(n: number, einzahl: string, mehrzahl: string, gruppieren: boolean): string {
  return `${zahl(n, gruppieren)} ${n === 1 ? einzahl : mehrzahl}`;
}

function anzahlFormel(bezug: string, einzahl: string, mehrzahl: string): string {
  return `ROUND(${bezug},2)&IF(${bezug}=1," ${einzahl}"," ${mehrzahl}")`;
}

const ABLEITUNGEN: Partial<Record<Kostenzeile, Ableitung>> = {
  querschnittskosten: {
    text: (s, g) => `${zahl(Math.round(s.querschnittssatz * 10000) / 100, g)} % der Personalkosten`,
    formel: (b) => `=ROUND(${b.annahme("querschnittssatz")}*100,2)&" % der Personalkosten"`,
  },
  it: {
    text: (s, g) => mitEinheit(s.arbeitsplaetze, "Arbeitsplatz", "Arbeitsplätze", g),
    formel: (b) => `=${anzahlFormel(b.annahme("arbeitsplaetze"), "Arbeitsplatz", "Arbeitsplätze")}`,
  },
  raum: {
    text: (s, g) => mitEinheit(s.bueros, "Büro", "Büros", g),
    formel: (b) => `=${anzahlFormel(b.annahme("bueros"), "Büro", "Büros")}`,
  },
  eigenanteil: {
    text: (s, g) => {
      const n = landeslehrkraefte(s);
      return n > 0 ? `zzgl. ${mitEinheit(n, "Landeslehrkraft", "Landeslehrkräfte", g)} (vom Land bezahlt)` : "";
    },
    formel: (b) => {
      const n = `SUMIF(${b.stellenArt},"${STELLEN_ART_TEXT.landeslehrer}",${b.stellenAnteil})`;
      return `=IF(${n}>0,"zzgl. "&${anzahlFormel(n, "Landeslehrkraft", "Landeslehrkräfte")}&" (vom Land bezahlt)","")`;
    },
  },
};

/**
 * The explanation cell of one cost line, or null when there is nothing to explain. `angezeigt` is
 * the text the core chose (the scenario's own wording or the standard text).
 */
export function erlaeuterungsZelle(
  s: Szenario,
  zeile: Kostenzeile,
  angezeigt: string,
  bezuege: ErlaeuterungsBezuege,
): Zelle {
  const ableitung = ABLEITUNGEN[zeile];
  const eigene = s.erlaeuterungen[zeile];
  // Live only where the wording is the standard text or says exactly what the assumption says:
  // a preset's "2 Arbeitsplätze" is the number restated, its "geschätzter Wert" is not.
  const abgeleitet =
    ableitung !== undefined &&
    (eigene === undefined || eigene === ableitung.text(s, false) || eigene === ableitung.text(s, true));
  if (abgeleitet) return { formel: ableitung.formel(bezuege), ergebnis: ableitung.text(s, false) };
  return angezeigt ? { text: angezeigt } : null;
}
