/**
 * Connects the multi-year and Kreisumlage sheets to the cells of "Annahmen" and "Kostenvergleich"
 * through the shared address lookup, so their base values stay live formulas.
 *
 * The rule-set cell of "Annahmen" is deliberately not linked: the multi-year sheet must apply the
 * rule set of each year ("auto"), not the one the scenario's own year selected.
 */
import { stelleImJahr } from "../../scenario/berechnung";
import type { Szenario } from "../../scenario/modell";
import { blattBezug, zelle } from "../adressen";
import { type AnnahmenBezuege, BLATT_ANNAHMEN, STELLEN_SPALTEN, annahmenLayout } from "../annahmen/bezuege";
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

/**
 * The cost cells of the base posts on "Annahmen", in the order the core lists them (the municipal
 * posts), where the sheet shows per-post caps.
 */
export function stellenBezugAusAnnahmen(szenarien: readonly Szenario[]): Stellenbezugsfunktion {
  const layout = annahmenLayout(szenarien);
  return (j, k) => {
    const l = layout.stellen[j];
    if (!l?.positionen) return null;
    const s = szenarien[j];
    const zeilen = s.stellen.flatMap((st, n) =>
      st.art === "kommunal" && stelleImJahr(st, s.jahr) ? [l.ersteZeile + n] : [],
    );
    const z = zeilen[k];
    return z === undefined ? null : blattBezug(BLATT_ANNAHMEN, zelle(z, STELLEN_SPALTEN.kosten, true));
  };
}
