/** The pane's view of a scenario: its calculation (same core as KI.*) or why there is none. */
import { KiFehler } from "../core";
import { berechneSzenario, type Szenario, type SzenarioErgebnis } from "../scenario";
import { pruefeSzenario, type Pruefmeldungen } from "../scenario/validierung";

export interface SzenarioAuswertung {
  szenario: Szenario;
  meldungen: Pruefmeldungen;
  ergebnis: SzenarioErgebnis | null;
  /** Short reason shown in the comparison when there is no result. */
  fehler: string | null;
}

export function werteAus(szenario: Szenario): SzenarioAuswertung {
  const meldungen = pruefeSzenario(szenario);
  if (Object.keys(meldungen).length > 0) {
    return { szenario, meldungen, ergebnis: null, fehler: "Eingaben prüfen" };
  }
  try {
    return { szenario, meldungen, ergebnis: berechneSzenario(szenario), fehler: null };
  } catch (e) {
    const text = e instanceof KiFehler ? e.message : String(e);
    return { szenario, meldungen: { szenario: text }, ergebnis: null, fehler: text };
  }
}
