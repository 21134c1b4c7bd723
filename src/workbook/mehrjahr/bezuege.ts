/**
 * Connects the multi-year and Kreisumlage sheets to the cells of "Annahmen" and "Kostenvergleich"
 * through the shared address lookup, so their base values stay live formulas.
 *
 * The rule-set cell of "Annahmen" is deliberately not linked: the multi-year sheet must apply the
 * rule set of each year ("auto"), not the one the scenario's own year selected.
 */
import type { Szenario } from "../../scenario/modell";
import { blattBezug, zelle } from "../adressen";
import { type AnnahmenBezuege, type AnnahmenLayout, BLATT_ANNAHMEN, STELLEN_SPALTEN } from "../annahmen/bezuege";
import type { Basisgroesse, Bezugsfunktion, Stellenbezugsfunktion } from "./blatt";

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
      case "querschnittssatz":
        return s.annahmen.querschnittssatz;
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

/**
 * The cost and share cells of a scenario's posts on "Annahmen" (by their position in its list),
 * which the multi-year sheet reads for per-post caps and for years whose posts differ.
 */
export function stellenBezugAusAnnahmen(szenarien: readonly Szenario[], layout: AnnahmenLayout): Stellenbezugsfunktion {
  return (j, nr, spalte) => {
    const l = layout.stellen[j];
    const st = szenarien[j]?.stellen[nr];
    if (!l || !st) return null;
    // Seconded teachers cost nothing but need a desk: only their share is read (for IT and rooms).
    if (spalte === "kosten" && st.art === "landeslehrer") return null;
    if (spalte === "kosten" && szenarien[j].personalkostenPauschale && st.art === "kommunal") return null;
    const sp = spalte === "kosten" ? STELLEN_SPALTEN.kosten : STELLEN_SPALTEN.anteil;
    return blattBezug(BLATT_ANNAHMEN, zelle(l.zeileVonStelle(nr), sp, true));
  };
}
