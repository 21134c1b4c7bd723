/**
 * "Änderungsprotokoll": from one Stand to the next (by meeting date), every changed assumption
 * (scenario, field, old, new) with its own effect on the yearly Eigenanteil, and the resulting
 * change of each scenario's Eigenanteil. Values only; prints on A4, one page wide.
 */
import { druckA4Quer, type Druckkopf } from "../druck";
import { spanne } from "../adressen";
import type { BlattPlan, Formelmodus } from "../plan";
import { Raster } from "../raster";
import { STIL } from "../stil";
import { sortiereStaende, type Stand } from "../../scenario/staende";
import { aenderungsliste, euroZelle } from "./tabelle";
import { erklaerteAenderungen, vergleicheErgebnisse } from "./vergleich";
import { standTitel } from "./vergleichBlatt";

export const PROTOKOLL_BLATTNAME = "Änderungsprotokoll";

/** One step of the trail: the Eigenanteil of each scenario before and after. */
function eigenanteile(r: Raster, ab: number, alt: Stand, neu: Stand): number {
  const zeilen = vergleicheErgebnisse(neu.ergebnisse, alt.ergebnisse).filter((z) =>
    z.schluessel.endsWith(":eigenanteil"),
  );
  zeilen.forEach((v, i) => {
    const z = ab + i;
    r.text(z, 0, "Eigenanteil");
    r.text(z, 1, `${v.bezeichnung.replace(/: .*$/, "")}: vorher / nachher / Änderung`);
    euroZelle(r, z, 2, v.stand);
    euroZelle(r, z, 3, v.jetzt);
    euroZelle(r, z, 4, v.differenz, true);
    r.formatiere(z, 0, z, 4, STIL.summe);
  });
  return ab + zeilen.length;
}

export function baueProtokollBlatt(e: {
  staende: readonly Stand[];
  modus: Formelmodus;
  druckkopf: Omit<Druckkopf, "titel">;
}): BlattPlan {
  const r = new Raster();
  const staende = sortiereStaende(e.staende);
  r.text(0, 0, "Änderungsprotokoll der festgeschriebenen Stände", STIL.titel);
  // Two short lines: a printed page ends at column E, and text does not run on beyond it.
  r.text(
    1,
    0,
    "Je Schritt jede geänderte Annahme mit ihrer Wirkung allein auf den jährlichen Eigenanteil",
    STIL.hinweis,
  );
  r.text(2, 0, "(die übrigen Annahmen wie im früheren Stand); darunter der Eigenanteil insgesamt.", STIL.hinweis);
  let z = 4;
  for (let i = 1; i < staende.length; i++) {
    const [alt, neu] = [staende[i - 1], staende[i]];
    r.text(z, 0, `${i}. Von ${standTitel(alt)} zu ${standTitel(neu)}`, STIL.zwischentitel);
    z = aenderungsliste(r, z + 1, erklaerteAenderungen(alt, neu), ["vorher", "nachher"]);
    z = eigenanteile(r, z, alt, neu) + 1;
  }
  return {
    name: PROTOKOLL_BLATTNAME,
    modus: e.modus,
    zellen: r.zellen(5),
    formate: r.formate,
    spaltenbreiten: [16, 50, 18, 18, 22],
    namen: [],
    diagramme: [],
    druck: druckA4Quer({
      druckbereich: spanne(0, 0, Math.max(z - 1, 1), 4),
      titelzeilen: null,
      kopf: { titel: "Änderungsprotokoll", ...e.druckkopf },
      fusszeileLinks: "KI-Kostenplaner – festgeschriebene Stände, Werte",
    }),
  };
}
