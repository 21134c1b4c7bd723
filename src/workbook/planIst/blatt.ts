/**
 * The sheet "Plan-Ist" (issue 27): a decided Stand against actual costs of one year, per post and
 * cost line, per month and cumulated, with the refund the rule set allows for the actual spending,
 * the refund planned against the refund due, a year-end forecast and a chart of plan and actual.
 * The same in both formula modes: sums, differences and the forecast are plain formulas over the
 * monthly values on the sheet (KI.* has no monthly function); the refund is the core's value, as
 * the vacancy cut (an assumption, printed as one) is known only to the core. Prints on A4.
 */
import { type PlanIstErgebnis, planIst, regelMitStatus } from "../../core";
import { MONATSNAMEN } from "../../core";
import type { PlanIstGrundlage } from "../../scenario/planIst/eingabe";
import type { PlanIstOptionen } from "../../scenario/optionen";
import { standDatumText } from "../../scenario/staende";
import { spanne, zelle } from "../adressen";
import { druckA4Quer, type Druckkopf } from "../druck";
import type { BlattPlan, Formelmodus } from "../plan";
import { Raster } from "../raster";
import { STIL } from "../stil";
import { DIAGRAMM_HOEHE, SPALTE_JAHR, planIstLayout } from "./layout";
import { schreibeDetails, schreibeMonate } from "./monate";
import { schreibeErstattung, schreibeUebersicht } from "./uebersicht";

export const PLAN_IST_BLATTNAME = "Plan-Ist";
export const PLAN_IST_DIAGRAMM = "KI_PlanIst_Monate";

export interface PlanIstBlattEingabe {
  grundlage: PlanIstGrundlage;
  optionen: PlanIstOptionen;
  modus: Formelmodus;
  druckkopf: Omit<Druckkopf, "titel">;
}

export function planIstTitel(o: PlanIstOptionen, jahr: number): string {
  const stand = o.stand ? `Stand „${o.stand.bezeichnung}“ vom ${standDatumText(o.stand.datum)}` : "aktuelle Planung";
  return `Plan-Ist ${jahr}: ${stand} gegen Ist-Kosten`;
}

function stichmonatText(e: PlanIstErgebnis): string {
  return e.stichmonat === 0
    ? "noch keine Ist-Werte"
    : `Ist bis ${MONATSNAMEN[e.stichmonat - 1]} ${e.jahr} (Stichmonat)`;
}

function kopf(r: Raster, e: PlanIstErgebnis, b: PlanIstBlattEingabe): void {
  const g = b.grundlage;
  r.text(0, 0, planIstTitel(b.optionen, e.jahr), STIL.titel);
  const regel = g.eingabe.regel ? regelMitStatus(g.eingabe.regel) : "keine Landeserstattung beantragt";
  r.text(1, 0, `Szenario „${g.szenario.name}“. ${g.herleitung} Regelwerk: ${regel}.`, STIL.hinweis);
  r.text(
    2,
    0,
    `Ist-Werte: ${b.optionen.istQuelle}, ${stichmonatText(e)}. Prognose = Ist bis zum Stichmonat + Plan der übrigen Monate.`,
    STIL.hinweis,
  );
  r.text(3, 0, e.vakanz.text, { ...STIL.hinweis, fett: true });
  r.text(
    4,
    0,
    "Beträge in €. Summen, Differenzen und Prognose sind Formeln über die Monatswerte unten; die Landeserstattung " +
      "ist der Wert des Regelwerks für diese Monate (ändert sich nicht mit den Zellen).",
    STIL.hinweis,
  );
}

/** "Fachkraft 1: September–Dezember": the posts the plan does not have filled all year. */
function besetzungTexte(b: PlanIstBlattEingabe): string[] {
  return b.grundlage.eingabe.stellen.flatMap((st) => {
    const monate = st.besetzt.flatMap((x, i) => (x ? [MONATSNAMEN[i]] : []));
    if (monate.length === 12) return [];
    const text = monate.length === 0 ? "unbesetzt" : monate.join(", ");
    return [`Besetzung laut Plan: ${st.bezeichnung} (${st.schluessel}): ${text}.`];
  });
}

function hinweise(r: Raster, zeile: number, e: PlanIstErgebnis, b: PlanIstBlattEingabe): number {
  r.text(zeile, 0, "Hinweise", STIL.zwischentitel);
  const alle = [...besetzungTexte(b), ...e.hinweise];
  const texte = alle.length > 0 ? alle : ["keine"];
  texte.forEach((t, i) => r.text(zeile + 1 + i, 0, t, STIL.hinweis));
  return zeile + texte.length;
}

/** Whether the refund has a part not shown per post (Sachausgaben, a pooled cap) in any view. */
function mitRest(e: PlanIstErgebnis): boolean {
  const er = e.erstattung;
  if (er.jeStelle.some((s) => s.planJahr === null)) return true;
  const teil = (f: "planJahr" | "planBisStichmonat" | "zustehend" | "prognoseJahr") =>
    er[f] - er.jeStelle.reduce((s, x) => s + (x[f] ?? 0), 0);
  return [teil("planJahr"), teil("planBisStichmonat"), teil("zustehend"), teil("prognoseJahr")].some((x) => x !== 0);
}

export function bauePlanIstBlatt(b: PlanIstBlattEingabe): BlattPlan {
  const e = planIst(b.grundlage.eingabe, b.optionen.ist);
  const l = planIstLayout(e, mitRest(e));
  const r = new Raster();
  kopf(r, e, b);
  schreibeUebersicht(r, l, e);
  schreibeErstattung(r, l, e);
  schreibeMonate(r, l, e);
  r.text(l.diagramm - 1, 0, "Diagramm: Plan und Ist je Monat", STIL.zwischentitel);
  schreibeDetails(r, l, e, b.grundlage.eingabe.querschnittssatz);
  const letzte = hinweise(r, l.hinweise, e, b);
  return {
    name: PLAN_IST_BLATTNAME,
    modus: b.modus,
    zellen: r.zellen(SPALTE_JAHR + 1),
    formate: r.formate,
    spaltenbreiten: [30, 14, ...Array(12).fill(12), 13],
    namen: [],
    diagramme: [
      {
        name: PLAN_IST_DIAGRAMM,
        typ: "saeulen",
        daten: spanne(l.monateKopf, 0, l.monateKopf + 12, 2),
        reihenIn: "spalten",
        titel: `Plan und Ist je Monat ${e.jahr}`,
        von: zelle(l.diagramm, 0),
        bis: zelle(l.diagramm + DIAGRAMM_HOEHE - 1, 8),
      },
    ],
    druck: druckA4Quer({
      druckbereich: spanne(0, 0, letzte, SPALTE_JAHR),
      titelzeilen: null,
      kopf: { titel: planIstTitel(b.optionen, e.jahr), ...b.druckkopf },
      fusszeileLinks: "KI-Kostenplaner – Plan-Ist; Kürzung für unbesetzte Monate: Annahme",
    }),
  };
}
