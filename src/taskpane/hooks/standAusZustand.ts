/**
 * A Stand from the current work. Its result lines come from the sheet builder's Stände part
 * (src/workbook/staende/ergebnisse, with the multi-year sheet it reads), which the pane's start does
 * not need: useStaende loads this module when the user first freezes a Stand.
 */
import { optionenAusSpeicherstand } from "../../scenario/optionen";
import type { Speicherstand } from "../../scenario/speicherformat";
import { erstelleStand, type Stand } from "../../scenario/staende";
// Not the workbook index: that would bring every sheet builder along.
import { ergebniszeilen, regelwerkVermerke } from "../../workbook/staende/ergebnisse";
import { kodiereZustand } from "../anbindung";
import type { PlanerZustand } from "../zustand";

function neueStandId(d: Date): string {
  return `stand-${d.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** The Stand of the current work; throws with a German message when it cannot be frozen. */
export function standAusZustand(zustand: PlanerZustand, bezeichnung: string, datum: string, jetzt: Date): Stand {
  // A Stand is the decided plan: the Plan-Ist section's actuals are not part of it.
  const gespeichert = kodiereZustand({ ...zustand, planIst: undefined }, jetzt) as Speicherstand;
  const optionen = optionenAusSpeicherstand(gespeichert, jetzt);
  return erstelleStand(
    {
      id: neueStandId(jetzt),
      bezeichnung,
      datum,
      szenarien: zustand.szenarien,
      optionen: gespeichert.optionen,
      regelwerke: regelwerkVermerke(zustand.szenarien),
      ergebnisse: ergebniszeilen(zustand.szenarien, optionen),
    },
    jetzt,
  );
}
