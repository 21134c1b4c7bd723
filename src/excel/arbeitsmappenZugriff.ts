/**
 * The one module through which the add-in touches Excel (Office.js in Excel, the fake host in
 * tests and the preview page). The task pane only calls the ArbeitsmappenZugriff it returns.
 *
 * Formulas are written through `range.formulas`, never `formulasLocal`. `formulas` is the
 * locale-independent en-US form ("=SUM(A1,1.5)"); `formulasLocal` is the user's form, and the
 * Office.js reference gives exactly this example: "the English "=SUM(A1, 1.5)" formula would become
 * "=SUMME(A1; 1,5)" in German" (Excel.Range.formulasLocal, learn.microsoft.com/javascript/api/excel/
 * excel.range#excel-excel-range-formulaslocal-member; the same split as VBA's Range.Formula vs
 * Range.FormulaLocal, learn.microsoft.com/office/vba/api/excel.range.formulalocal). Excel stores
 * the invariant form and shows German Excel users ";" and SUMME/RUNDEN/WENN; KI.* names stay as they
 * are in every language. So one plan works in German and English Excel alike.
 *
 * User text is written with a leading apostrophe. Excel interprets a string written through
 * `values`/`formulas` that starts with "=", "+" or "-" as a formula (Office.js reference,
 * Excel.Range.values), and "@…", "1/2", "30%" or "TRUE" would be converted too. The apostrophe
 * is Excel's quote prefix: it is not part of the value (reading `values` back gives the text
 * without it, cf. OfficeDev/office-js#6687), it works whatever the cell's number format is, and it
 * survives later edits of the number format — unlike a "@" format, which would also turn a
 * formula later written into the same cell into text.
 *
 * Round-trips: an insert needs at most 3 `context.sync()` calls — (1) which sheets, names and
 * block records exist, (2) which charts those sheets have, (3) everything written at once.
 */
import { leseAuswahl } from "./auswahl";
import type { ArbeitsmappenZugriff, ExcelHost } from "./zugriff";
import { ZugriffsFehler } from "./fehler";
import { STANDARD_SPEICHEROPTIONEN, type SpeicherOptionen } from "./zustandSpeicher";
import { erstelleZustandsZugriff } from "./zustandZugriff";

export {
  ZUSTAND_SCHLUESSEL,
  SICHERUNG_PRAEFIX,
  VERZEICHNIS_SCHLUESSEL,
  STAND_PRAEFIX,
  STANDKOPF_PRAEFIX,
} from "./schluessel";
export { BlattBelegtFehler, ZugriffsFehler } from "./fehler";
export { KonfliktFehler } from "./zustandSpeicher";

export interface ZugriffOptionen {
  /**
   * Whether stored raw state is readable saved data. Unreadable data is copied to a backup key
   * before it is saved over, so nothing the user had is lost. Default: the saved-data parser of
   * src/scenario/speicherformat.ts (truncated, foreign or other-version data is unreadable).
   */
  istLesbar?: (roh: string) => boolean;
  jetzt?: () => Date;
  /** Random part of new keys and revisions (default: crypto.getRandomValues); tests force collisions. */
  zufall?: () => string;
}

/**
 * The insert's code (einfuegen/schreiben) comes with the first insert. A chunk that cannot be
 * fetched (offline, a new release replaced the files) becomes a German message; the next insert
 * tries again.
 */
async function ladeSchreiber(): Promise<typeof import("./einfuegen/schreiben")> {
  try {
    return await import(/* webpackChunkName: "einfuegen" */ "./einfuegen/schreiben");
  } catch {
    throw new ZugriffsFehler(
      "Der Teil des Add-ins, der in die Arbeitsmappe schreibt, ließ sich nicht laden. Bitte die Verbindung " +
        "prüfen und erneut „Einfügen“ wählen; hilft das nicht, den Aufgabenbereich schließen und wieder öffnen.",
    );
  }
}

export function erstelleArbeitsmappenZugriff(host: ExcelHost, optionen: ZugriffOptionen = {}): ArbeitsmappenZugriff {
  const o: SpeicherOptionen = {
    istLesbar: optionen.istLesbar ?? STANDARD_SPEICHEROPTIONEN.istLesbar,
    jetzt: optionen.jetzt ?? STANDARD_SPEICHEROPTIONEN.jetzt,
    zufall: optionen.zufall ?? STANDARD_SPEICHEROPTIONEN.zufall,
  };
  return {
    ...erstelleZustandsZugriff(host, o),
    fuegeEin: async (plan, umbenennungen) => (await ladeSchreiber()).fuegeEin(host, plan, umbenennungen, o.jetzt),
    leseAuswahl: () => leseAuswahl(host),
  };
}
