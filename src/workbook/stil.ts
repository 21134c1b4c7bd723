/**
 * The look of every generated sheet, named by meaning: an input is the same colour on
 * "Annahmen", "Mehrjahresplanung" and "Umlage", a header the same everywhere, a total the same
 * everywhere. "Annahmen" says so in its legend ("Blau hinterlegte Zellen sind Eingaben").
 *
 * Number formats are en-US codes; the euro sign is quoted so it stays literal text in every
 * Excel, LibreOffice and the fake host alike. No format has optional decimals after a point
 * ("0.##"): Excel keeps the point for a whole number and prints "2,".
 */
import type { Format } from "./plan";

export const FARBE = {
  /** Light blue: a cell the user is expected to fill in or change. */
  eingabe: "#DDEBF7",
  /** Light grey: computed from other cells, not typed in. */
  berechnet: "#F2F2F2",
  /** Grey blue: header rows of every table. */
  kopfzeile: "#D9E1F2",
  /** Light yellow: totals (Gesamtkosten, Eigenanteil, Summe, Barwert). */
  summe: "#FFF2CC",
  /** Dark red: a warning the user must act on. */
  warnung: "#C00000",
  /** Grey: helper columns the reader may ignore. */
  nebensache: "#7F7F7F",
} as const;

export const ZAHLENFORMAT = {
  /** Whole euros: the comparison's cost lines, as the council sheet prints them. */
  euro: '#,##0 "€"',
  /** Euros with cents: amounts that carry cents (rates, projections, shares of the levy). */
  euroCent: '#,##0.00 "€"',
  /** Signed difference in whole euros. */
  differenz: '+#,##0 "€";-#,##0 "€";0 "€"',
  /** Signed difference with cents: results of two Stände compared line by line. */
  differenzCent: '+#,##0.00 "€";-#,##0.00 "€";0.00 "€"',
  /** Whole percent: shares typed as percent (Querschnittssatz, Minderbelastung). */
  prozent: "0%",
  /** Percent with two decimals: yearly rates and quotas (2,50 %). */
  prozentGenau: "0.00%",
  /**
   * Counts (Arbeitsplätze, Büros) and staff shares (Stellenanteile): "General" shows 2 as "2" and
   * 0,5 as "0,5". A pattern with optional decimals such as "#,##0.##" would print "2," in Excel,
   * and a fixed "#,##0" would hide a share the user typed.
   */
  anzahl: "General",
  /** Years without thousands separator. */
  jahr: "0",
  hebesatzpunkte: "0.0000",
  /** Helper numbers of the native rounding columns (General for the same reason as anzahl). */
  hilfszahl: "General",
} as const;

/** Whole euros where the amount has no cents, else with cents. */
export function euroFormat(wert: number): string {
  return Number.isInteger(wert) ? ZAHLENFORMAT.euro : ZAHLENFORMAT.euroCent;
}

/** Thin lines around and inside a table block, as the Rhein-Sieg sheet draws its tables. */
export const RAHMEN_TABELLE = {
  oben: "duenn",
  unten: "duenn",
  links: "duenn",
  rechts: "duenn",
  innenSenkrecht: "duenn",
  innenWaagerecht: "duenn",
} as const;

export const STIL = {
  titel: { fett: true, schriftgroesse: 14 },
  zwischentitel: { fett: true, schriftgroesse: 12 },
  /** Header row of a table. */
  kopfzeile: { fett: true, hintergrund: FARBE.kopfzeile, umbruch: true },
  /** Header row that closes with a medium line above the data. */
  kopfzeileMitLinie: { fett: true, hintergrund: FARBE.kopfzeile, umbruch: true, rahmen: { unten: "mittel" } },
  eingabe: { hintergrund: FARBE.eingabe },
  berechnet: { hintergrund: FARBE.berechnet },
  /** A total row: bold on yellow, a thin line above. */
  summe: { fett: true, hintergrund: FARBE.summe, rahmen: { oben: "duenn" } },
  /** The last total of a table, closed by a double line. */
  schlusssumme: { fett: true, hintergrund: FARBE.summe, rahmen: { unten: "doppelt" } },
  /** Notes, footnotes and explanations under a table. */
  hinweis: { kursiv: true, schriftgroesse: 9 },
  /** Source column and source lines. */
  quelle: { schriftgroesse: 9 },
  /**
   * Printed notes and sources on "Annahmen": at least 10 pt, as the body text (the 9 pt of
   * `quelle` would print below 8 pt once the sheet is fitted to the page width).
   */
  quelleDruck: { schriftgroesse: 10 },
  /** Subtitle or explanation beside a value. */
  erlaeuterung: { kursiv: true },
  warnung: { fett: true, schriftfarbe: FARBE.warnung },
  /** A table's only total: a thin line above, closed by a double line. */
  einzigeSumme: { fett: true, hintergrund: FARBE.summe, rahmen: { oben: "duenn", unten: "doppelt" } },
  /** Helper columns (the native rounding's intermediate numbers) the reader may ignore. */
  hilfsspalte: { zahlenformat: ZAHLENFORMAT.hilfszahl, schriftfarbe: FARBE.nebensache },
  /** A word standing where a number would ("entfällt", "vom Land", "wie Planjahr"). */
  stattZahl: { ausrichtung: "rechts", kursiv: true },
  /** Text aligned with the numbers of its column (a year, a period, a date). */
  rechtsbuendig: { ausrichtung: "rechts" },
  zentriert: { ausrichtung: "zentriert" },
  /** A label or figure stressed within a table (a total's label, a year). */
  fett: { fett: true },
  /** Long text that wraps within its column instead of running over. */
  umbruch: { umbruch: true },
  /** The lines of a whole table block. */
  tabelle: { rahmen: RAHMEN_TABELLE },
  /** A thin line under a header row. */
  linieUnten: { rahmen: { unten: "duenn" } },
  /** A double line closing the last line that counts (Eigenanteil). */
  doppelLinieUnten: { rahmen: { unten: "doppelt" } },
} as const satisfies Record<string, Format>;

/** A number in one of the formats above, nothing else. */
export function zahlenformat(format: string): Format {
  return { zahlenformat: format };
}

/** A number the user is expected to type in or change, on the input colour. */
export function eingabeZahl(format: string): Format {
  return { zahlenformat: format, ...STIL.eingabe };
}

/** A number computed from other cells, on the computed colour. */
export function berechneteZahl(format: string): Format {
  return { zahlenformat: format, ...STIL.berechnet };
}
