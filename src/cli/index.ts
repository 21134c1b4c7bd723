/**
 * Entry point of the compiled command line (dist-cli/ki-kostenplaner.js, started by
 * bin/ki-kostenplaner.js). Returns the exit code instead of calling process.exit, so output
 * streams are flushed before Node ends.
 */
import { istKiFehler } from "../core/fehler";
import { AufrufFehler, zerlegeAufruf } from "./argumente";
import { PdfFehler } from "./pdfFehler";
import { HILFE_ALLGEMEIN, HILFE_EXPORT, vorlagenListe } from "./hilfe";

declare const KI_VERSION: string;

/**
 * Exit codes (README, --help): 0 done; 2 the input cannot be used (options, CSV or scenario file, impossible
 * assumptions, an existing target without --ueberschreiben, a link as target, --pdf without LibreOffice
 * installed) – the user can fix it; 1 the machine failed (disk full, LibreOffice crashed, unexpected error).
 */
export const EXIT_OK = 0;
export const EXIT_FEHLER = 1;
export const EXIT_AUFRUF = 2;

export interface Ausgabe {
  out: (text: string) => void;
  err: (text: string) => void;
}

const KONSOLE: Ausgabe = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export async function main(argv: readonly string[], ausgabe: Ausgabe = KONSOLE): Promise<number> {
  try {
    const auftrag = zerlegeAufruf(argv);
    switch (auftrag.befehl) {
      case "hilfe":
        ausgabe.out(auftrag.thema === "export" ? HILFE_EXPORT : HILFE_ALLGEMEIN);
        return EXIT_OK;
      case "version":
        ausgabe.out(`${typeof KI_VERSION === "string" ? KI_VERSION : "unbekannt"}\n`);
        return EXIT_OK;
      case "vorlagen":
        ausgabe.out(vorlagenListe());
        return EXIT_OK;
      case "export": {
        // The export code (workbook plan, writers) loads only for an export: --help stays a bare start.
        const { fuehreExportAus } = await import(/* webpackMode: "eager" */ "./export");
        const e = await fuehreExportAus(auftrag);
        ausgabe.out(`Arbeitsmappe geschrieben: ${e.xlsx}\n  Blätter: ${e.blaetter.join(", ")}\n`);
        if (e.pdf) ausgabe.out(`PDF geschrieben: ${e.pdf}\n`);
        if (e.docx) ausgabe.out(`Word-Datei geschrieben: ${e.docx}\n`);
        for (const h of e.hinweise) ausgabe.err(`Hinweis: ${h}\n`);
        return EXIT_OK;
      }
    }
  } catch (e) {
    if (e instanceof AufrufFehler) {
      ausgabe.err(`Fehler: ${e.message}\n`);
      return EXIT_AUFRUF;
    }
    if (e instanceof PdfFehler) {
      ausgabe.err(`Arbeitsmappe geschrieben: ${e.xlsx}\nFehler: Die PDF-Datei wurde nicht erzeugt. ${e.message}\n`);
      return e.fehlt ? EXIT_AUFRUF : EXIT_FEHLER;
    }
    // Messages from the domain (KiFehler for impossible assumptions) are German already; they come
    // from the input, so they are input errors.
    if (istKiFehler(e)) {
      ausgabe.err(`Fehler: ${e.message}\n`);
      return EXIT_AUFRUF;
    }
    ausgabe.err(`Fehler: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_FEHLER;
  }
}
