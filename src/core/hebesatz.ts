/**
 * The Rhein-Sieg-Kreis's allgemeine Kreisumlage (Hebesatz) by year, as the press reported the
 * approved budgets (docs/QUELLEN.md#hebesatz). A year without a reported rate has none here: the
 * sheet asks for the user's instead of guessing.
 */
import { QUELLEN_HEBESATZ_RSK, type Quelle } from "./quellen";

/** Per cent, as reported. 2019 is unknown. */
const HEBESAETZE_RSK: Readonly<Record<number, number>> = {
  2012: 36.9,
  2013: 36.71,
  2014: 36.13,
  2015: 36.59,
  2016: 36.59,
  2017: 36,
  2018: 35.4,
  2020: 32.8,
  2021: 29.77,
  2022: 31.92,
  2023: 29.5,
  2024: 29.67,
  2025: 32.3,
  2026: 32.3,
};

export interface Hebesatz {
  jahr: number;
  /** Per cent (36,71 for 36,71 %). */
  prozent: number;
  quelle: Quelle;
}

function quelleFuer(jahr: number): string {
  for (const [spanne, text] of Object.entries(QUELLEN_HEBESATZ_RSK)) {
    const [von, bis] = spanne.split("-").map(Number);
    if (jahr >= von && jahr <= (bis ?? von)) return text;
  }
  return "";
}

/** The reported rate of a year, or null when no source gives it (the user enters it). */
export function hebesatzRheinSieg(jahr: number): Hebesatz | null {
  const prozent = HEBESAETZE_RSK[jahr];
  if (prozent === undefined) return null;
  return {
    jahr,
    prozent,
    quelle: {
      text: `Allgemeine Kreisumlage Rhein-Sieg-Kreis ${jahr}, Haushaltsgenehmigung laut ${quelleFuer(jahr)}`,
      status: "V",
    },
  };
}

/** The years with a reported rate, ascending. */
export const HEBESATZ_JAHRE_RSK: readonly number[] = Object.keys(HEBESAETZE_RSK)
  .map(Number)
  .sort((a, b) => a - b);
