/**
 * Whether the pane offers the "Umlage" sheet: only a Kreis levies a Kreisumlage on its member
 * municipalities (§ 56 KrO NRW); a kreisfreie Stadt has none, so for it the section is replaced by a note
 * and an earlier choice is not inserted.
 */
import type { PlanerZustand } from "./zustand";

export const UMLAGE_NICHT_MOEGLICH =
  "Eine kreisfreie Stadt erhebt keine Kreisumlage: Das Blatt „Umlage“ gibt es nur für Kreise.";

export function umlageMoeglich(zustand: Pick<PlanerZustand, "szenarien">): boolean {
  return !zustand.szenarien.some((s) => s.koerperschaft === "kreisfreie Stadt");
}

/** The Umlage sheet is inserted only when it is chosen and possible. */
export function umlageGewaehlt(zustand: Pick<PlanerZustand, "szenarien" | "umlageAktiv">): boolean {
  return zustand.umlageAktiv && umlageMoeglich(zustand);
}
