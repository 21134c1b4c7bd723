/**
 * Connects the multi-year and Kreisumlage sheets to the cells of "Annahmen" and "Kostenvergleich"
 * through the shared address lookup, so their base values stay live formulas.
 *
 * The rule-set cell of "Annahmen" is deliberately not linked: the multi-year sheet must apply the
 * rule set of each year ("auto"), not the one the scenario's own year selected.
 */
import type { AnnahmenBezuege } from "../annahmen/bezuege";
import type { Basisgroesse, Bezugsfunktion } from "./blatt";

export function bezugAusAnnahmen(b: AnnahmenBezuege): Bezugsfunktion {
  return (j: number, g: Basisgroesse): string | null => {
    const s = b.szenarien[j];
    if (!s) return null;
    switch (g) {
      case "koerperschaft":
        return s.annahmen.koerperschaft;
      case "personalGrund":
        return s.annahmen.personalkostenGrund;
      case "personalZusatz":
        return s.annahmen.personalkostenZusatz;
      case "zusatzstellen":
        return s.annahmen.zusatzstellen;
      case "sachausgaben":
        return s.annahmen.sachausgaben;
      case "querschnitt":
        return s.kosten.querschnittskosten;
      case "it":
        return s.kosten.it;
      case "raum":
        return s.kosten.raum;
      case "projektmittel":
        return s.kosten.projektmittel;
      case "eigenanteil":
        return s.kosten.eigenanteil;
    }
  };
}
