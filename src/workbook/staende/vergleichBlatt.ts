/**
 * "Vergleich mit Stand": the current figures line by line against a frozen Stand, with signed
 * differences, and the assumptions changed since (old → new). Values only — a Stand holds values,
 * not formulas — so the sheet reads the same in both formula modes. Prints on A4, one page wide.
 */
import { datumText, druckA4Quer, type Druckkopf } from "../druck";
import { spanne, zeilenSpanne } from "../adressen";
import type { BlattPlan, Formelmodus } from "../plan";
import { Raster } from "../raster";
import { STIL } from "../stil";
import type { Speicherstand } from "../../scenario/speicherformat";
import { standDatumText, type Ergebniszeile, type Stand } from "../../scenario/staende";
import { aenderungsliste, euroZelle, kopfzeile } from "./tabelle";
import { aktuellerStichtag, erklaerteAenderungen, vergleicheErgebnisse } from "./vergleich";

export const VERGLEICH_BLATTNAME = "Vergleich mit Stand";

export interface VergleichBlattEingabe {
  stand: Stand;
  aktuell: Speicherstand;
  ergebnisse: readonly Ergebniszeile[];
  modus: Formelmodus;
  druckkopf: Omit<Druckkopf, "titel">;
}

export function standTitel(s: Stand): string {
  return `„${s.bezeichnung}“ vom ${standDatumText(s.datum)}`;
}

export function baueVergleichBlatt(e: VergleichBlattEingabe): BlattPlan {
  const r = new Raster();
  r.text(0, 0, `Vergleich mit Stand ${standTitel(e.stand)}`, STIL.titel);
  r.text(
    1,
    0,
    `Festgeschrieben am ${datumText(new Date(e.stand.festgeschriebenAm))}. Werte, keine Formeln: Ein Stand enthält ` +
      "die damals berechneten Beträge. Differenz = jetzt − Stand.",
    STIL.hinweis,
  );
  const kopf = 3;
  kopfzeile(r, kopf, ["Bereich", "Position", "Jetzt", "Stand", "Differenz"]);
  const zeilen = vergleicheErgebnisse(e.ergebnisse, e.stand.ergebnisse);
  zeilen.forEach((v, i) => {
    const z = kopf + 1 + i;
    r.text(z, 0, v.bereich);
    r.text(z, 1, v.bezeichnung);
    euroZelle(r, z, 2, v.jetzt);
    euroZelle(r, z, 3, v.stand);
    euroZelle(r, z, 4, v.differenz, true);
    if (/Kostenanteil|Barwert|Summe/.test(v.bezeichnung)) r.formatiere(z, 0, z, 4, STIL.summe);
  });
  const ende = kopf + zeilen.length;
  r.formatiere(kopf, 0, ende, 4, STIL.tabelle);
  r.text(ende + 2, 0, "Geänderte Annahmen seit diesem Stand", STIL.zwischentitel);
  const aenderungen = erklaerteAenderungen(e.stand, aktuellerStichtag(e.aktuell, e.ergebnisse));
  const letzte = aenderungsliste(r, ende + 3, aenderungen, ["Stand", "Jetzt"]);
  return {
    name: VERGLEICH_BLATTNAME,
    modus: e.modus,
    zellen: r.zellen(5),
    formate: r.formate,
    spaltenbreiten: [18, 44, 16, 16, 22],
    namen: [],
    diagramme: [],
    druck: druckA4Quer({
      druckbereich: spanne(0, 0, letzte - 1, 4),
      titelzeilen: zeilenSpanne(kopf, kopf),
      kopf: { titel: `Vergleich mit Stand ${standTitel(e.stand)}`, ...e.druckkopf },
      fusszeileLinks: "KI-Kostenplaner – festgeschriebener Stand, Werte",
    }),
  };
}
