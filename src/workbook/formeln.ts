/**
 * The two formula languages of the generated sheets. Both compute exactly what the core computes:
 * every cost line is rounded to cents where the core rounds it, totals are sums of rounded lines.
 *
 * - "ki": the KI.* custom functions (the add-in must be loaded to recalculate);
 * - "nativ": Excel built-ins only (ROUND, SUM, SUMIF, MIN, IF, VLOOKUP), readable without the add-in.
 *
 * All formulas are en-US syntax (comma separators, English names), the form Office.js
 * `range.formulas` and the OOXML file format store.
 */
import type { Foerderregel } from "../core";
import type { Formelmodus } from "../scenario/optionen";

/** Addresses (sheet-qualified where needed) of the inputs of the refund. */
export interface ErstattungsBezuege {
  aktiv: string;
  jahr: string;
  koerperschaft: string;
  regelwerk: string;
  personalkostenGrund: string;
  personalkostenZusatz: string;
  zusatzstellen: string;
  sachausgaben: string;
  landespauschale: string;
  zusatzstelleSatz: string;
  maxZusatzstellen: string;
  sachausgabenpauschale: string;
}

export interface Formelsatz {
  modus: Formelmodus;
  /** Annual rate of one full-time post of `gruppe` from a two-column rate table (grade | €/Jahr). */
  satzAusTabelle(gruppe: string, tabelle: string): string;
  /** Cost of one staff line; `gruppe` and `satz` are adjacent cells (grade | rate). */
  stellenkosten(gruppe: string, satz: string, anteil: string): string;
  querschnitt(personalkosten: string, satz: string): string;
  it(anzahl: string, satz: string): string;
  raum(anzahl: string, satz: string): string;
  /** `regel` is the rule set the scenario uses; null when none applies (refund switched off, year too early). */
  erstattung(b: ErstattungsBezuege, regel: Foerderregel | null): string;
  eigenanteil(gesamtkosten: string, erstattung: string): string;
}

/** Euro amounts with cents, the way the core turns € into cents (half away from zero). */
export function aufCent(ausdruck: string): string {
  return `ROUND(${ausdruck},2)`;
}

export const FORMELN_KI: Formelsatz = {
  modus: "ki",
  satzAusTabelle: (gruppe, tabelle) => `=KI.PERSONALKOSTEN(${gruppe},1,${tabelle})`,
  // The line's own grade and rate form a one-row rate table, so own and looked-up rates take
  // the same path through the core.
  stellenkosten: (gruppe, satz, anteil) => `=KI.PERSONALKOSTEN(${gruppe},${anteil},${gruppe}:${satz})`,
  querschnitt: (pk, satz) => `=KI.QUERSCHNITTSKOSTEN(${pk},${satz})`,
  it: (anzahl, satz) => `=KI.ITKOSTEN(${anzahl},${satz})`,
  raum: (anzahl, satz) => `=KI.RAUMKOSTEN(${anzahl},${satz})`,
  erstattung: (b) =>
    `=IF(${b.aktiv}="ja",KI.LANDESERSTATTUNG(${b.personalkostenGrund},${b.jahr},${b.koerperschaft},` +
    `${b.zusatzstellen},${b.personalkostenZusatz},${b.sachausgaben},${b.regelwerk}),0)`,
  eigenanteil: (gesamt, erstattung) => `=KI.EIGENANTEIL(${gesamt},${erstattung})`,
};

export const FORMELN_NATIV: Formelsatz = {
  modus: "nativ",
  satzAusTabelle: (gruppe, tabelle) => `=VLOOKUP(${gruppe},${tabelle},2,FALSE)`,
  stellenkosten: (_gruppe, satz, anteil) => `=${aufCent(`${satz}*${anteil}`)}`,
  querschnitt: (pk, satz) => `=${aufCent(`${pk}*${satz}`)}`,
  it: (anzahl, satz) => `=${aufCent(`${anzahl}*${satz}`)}`,
  raum: (anzahl, satz) => `=${aufCent(`${anzahl}*${satz}`)}`,
  erstattung: (b, regel) => {
    // Without a rule set there is nothing to compute: #N/A if the refund is switched on.
    if (!regel) return `=IF(${b.aktiv}="ja",NA(),0)`;
    // Each grant is min(eligible cost, cap), as in the core; caps are the labelled Annahmen cells.
    const terme: string[] = [];
    for (const t of regel.tatbestaende) {
      if (t.art === "grundfoerderung") terme.push(`MIN(${b.personalkostenGrund},${b.landespauschale})`);
      if (t.art === "zusatzstellen") {
        terme.push(
          `MIN(${b.personalkostenZusatz},${aufCent(`${b.zusatzstelleSatz}*MIN(${b.zusatzstellen},${b.maxZusatzstellen})`)})`,
        );
      }
      if (t.art === "sachausgaben") terme.push(`MIN(${aufCent(b.sachausgaben)},${b.sachausgabenpauschale})`);
    }
    return `=IF(${b.aktiv}="ja",${terme.join("+")},0)`;
  },
  eigenanteil: (gesamt, erstattung) => `=${gesamt}-${erstattung}`,
};

export function formelsatz(modus: Formelmodus): Formelsatz {
  return modus === "ki" ? FORMELN_KI : FORMELN_NATIV;
}

export function modusZeile(modus: Formelmodus): string {
  return modus === "ki"
    ? "Formeln: KI-Funktionen (Add-in erforderlich)"
    : "Formeln: nur Excel-Standardfunktionen – ohne Add-in lesbar";
}
