/**
 * `export --szenarien DATEI`: the user's own work, saved from the pane ("Szenarien als Datei speichern").
 * The file is checked by src/scenario/szenarioDatei (the parsers of the saved state and of the Stände),
 * the scenarios by the pane's own field checks; every refusal is an input error with the file named.
 */
import { sortiereStaende, type Stand } from "../scenario/staende";
import type { Szenario } from "../scenario/modell";
import type { GespeicherteOptionen, Speicherstand } from "../scenario/speicherformat";
import { leseSzenarioDatei, SZENARIO_DATEI_MAX_ZEICHEN } from "../scenario/szenarioDatei";
import { pruefeSzenario } from "../scenario/validierung";
import type { StaendeOptionen } from "../workbook/plan";
import { AufrufFehler } from "./argumente";
import { leseBegrenzt } from "./dateien";

export interface EigeneArbeit {
  szenarien: Szenario[];
  optionen: GespeicherteOptionen;
  staende: StaendeOptionen | null;
}

/** Reads and checks the file; the bound in bytes is the format's bound in characters (bytes ≥ characters). */
export function leseEigeneArbeit(datei: string): EigeneArbeit {
  const daten = leseBegrenzt(datei, SZENARIO_DATEI_MAX_ZEICHEN, "--szenarien");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(daten);
  } catch {
    throw new AufrufFehler(
      `--szenarien: „${datei}“ ist keine Textdatei in UTF-8 und stammt nicht vom KI-Kostenplaner.`,
    );
  }
  const r = leseSzenarioDatei(text);
  if (!r.ok) throw new AufrufFehler(`--szenarien: „${datei}“: ${r.meldung}`);
  const { zustand, staende } = r.datei;
  if (zustand.szenarien.length === 0) throw new AufrufFehler(`--szenarien: „${datei}“ enthält keine Szenarien.`);
  for (const s of zustand.szenarien) {
    const fehler = Object.values(pruefeSzenario(s));
    if (fehler.length > 0) {
      throw new AufrufFehler(
        `--szenarien: „${datei}“, Szenario „${s.name || s.id}“: ${fehler[0]}` +
          (fehler.length > 1 ? ` (und ${fehler.length - 1} weitere Angaben)` : ""),
      );
    }
  }
  return { szenarien: zustand.szenarien, optionen: zustand.optionen, staende: staendeAus(zustand, staende) };
}

/** All Stände for the Änderungsprotokoll; the newest is the one "Vergleich mit Stand" compares with. */
function staendeAus(aktuell: Speicherstand, staende: readonly Stand[]): StaendeOptionen | null {
  if (staende.length === 0) return null;
  const sortiert = sortiereStaende(staende);
  return { vergleich: sortiert[sortiert.length - 1], alle: sortiert, aktuell };
}
