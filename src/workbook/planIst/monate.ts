/**
 * "Plan-Ist" month by month: the totals per month and cumulated (formulas over the monthly values),
 * and the monthly values of every post and cost line, plan and actual, the data the sheet's
 * formulas read. Actual cells are inputs (blue): a corrected amount recalculates the sheet.
 */
import type { Cent, PlanIstErgebnis } from "../../core";
import { MONATSNAMEN } from "../../core";
import { spalte, spanne, zelle } from "../adressen";
import { Raster, euro } from "../raster";
import { RAHMEN_TABELLE, STIL } from "../stil";
import { type PlanIstLayout, SPALTE_JAHR, SPALTE_JANUAR, detailZeilen } from "./layout";
import { DIFFERENZ, EURO_CENT, PROZENT, anteil, monatsnameKurz, prozentFormel } from "./uebersicht";

const KOPF_MONATE = [
  "Monat",
  "Plan",
  "Ist",
  "Differenz €",
  "Differenz %",
  "Plan kumuliert",
  "Ist kumuliert",
  "Differenz kumuliert",
  "Prognose kumuliert",
];

/** SUMIF over the detail block's column of month m: the plan rows or the actual rows. */
function monatsFormel(l: PlanIstLayout, n: number, m: number, art: "Plan" | "Ist"): string {
  const s = spalte(SPALTE_JANUAR + m - 1);
  const von = l.detail + 1;
  const bis = l.detail + 2 * n;
  return `=SUMIF($B$${von}:$B$${bis},"${art}",${s}$${von}:${s}$${bis})`;
}

/** The totals per month and cumulated; months after the Stichmonat have no actual (empty). */
export function schreibeMonate(r: Raster, l: PlanIstLayout, e: PlanIstErgebnis): void {
  r.text(l.monateKopf - 1, 0, "Monate: Plan und Ist aller Zeilen, je Monat und kumuliert", STIL.zwischentitel);
  KOPF_MONATE.forEach((t, s) => r.text(l.monateKopf, s, t));
  r.formatiere(l.monateKopf, 0, l.monateKopf, 8, STIL.kopfzeileMitLinie);
  r.formatiere(l.monateKopf, 1, l.monateKopf, 8, { ausrichtung: "rechts" });
  const n = e.zeilen.length;
  let planKum: Cent = 0;
  let istKum: Cent = 0;
  let progKum: Cent = 0;
  for (let m = 1; m <= 12; m++) {
    const z = l.monate + m - 1;
    const a = (s: number) => zelle(z, s);
    const vor = (s: number) => zelle(z - 1, s);
    const plan = e.gesamt.plan[m - 1];
    const ist = e.gesamt.ist[m - 1];
    planKum += plan;
    progKum += e.gesamt.prognose[m - 1];
    r.text(z, 0, MONATSNAMEN[m - 1]);
    r.formel(z, 1, monatsFormel(l, n, m, "Plan"), euro(plan), { zahlenformat: EURO_CENT });
    r.formel(z, 5, m === 1 ? `=${a(1)}` : `=${vor(5)}+${a(1)}`, euro(planKum), { zahlenformat: EURO_CENT });
    const prognose = m <= e.stichmonat ? a(2) : a(1);
    r.formel(z, 8, m === 1 ? `=${prognose}` : `=${vor(8)}+${prognose}`, euro(progKum), { zahlenformat: EURO_CENT });
    if (m > e.stichmonat) continue;
    istKum += ist;
    r.formel(z, 2, monatsFormel(l, n, m, "Ist"), euro(ist), { zahlenformat: EURO_CENT });
    r.formel(z, 3, `=${a(2)}-${a(1)}`, euro(ist - plan), { zahlenformat: DIFFERENZ });
    r.formel(z, 4, prozentFormel(a(2), a(1)), anteil(ist, plan), { zahlenformat: PROZENT });
    r.formel(z, 6, m === 1 ? `=${a(2)}` : `=${vor(6)}+${a(2)}`, euro(istKum), { zahlenformat: EURO_CENT });
    r.formel(z, 7, `=${a(6)}-${a(5)}`, euro(istKum - planKum), { zahlenformat: DIFFERENZ });
  }
  const s = l.monateSumme;
  r.text(s, 0, "Jahr");
  r.formel(s, 1, `=SUM(${spanne(l.monate, 1, s - 1, 1)})`, euro(planKum), { zahlenformat: EURO_CENT });
  r.formel(s, 2, `=SUM(${spanne(l.monate, 2, s - 1, 2)})`, euro(istKum), { zahlenformat: EURO_CENT });
  r.formel(s, 8, `=${zelle(s - 1, 8)}`, euro(progKum), { zahlenformat: EURO_CENT });
  r.formatiere(s, 0, s, 8, STIL.summe);
  r.formatiere(l.monateKopf, 0, s, 8, { rahmen: RAHMEN_TABELLE });
}

/** The monthly values of every line: a plan row (values) and an actual row (inputs) each, with the year. */
/** Overhead without actual rows: the rate × the posts' actuals of the month, rounded to cents as the core does. */
function abgeleitet(l: PlanIstLayout, e: PlanIstErgebnis, satz: number, s: number): string {
  const stellen = e.zeilen.filter((z) => z.art === "stelle").length;
  const von = l.detail + 1;
  const bis = l.detail + 2 * stellen;
  const sp = spalte(s);
  if (stellen === 0) return "=0";
  return `=ROUND(${satz}*SUMIF($B$${von}:$B$${bis},"Ist",${sp}$${von}:${sp}$${bis}),2)`;
}

export function schreibeDetails(r: Raster, l: PlanIstLayout, e: PlanIstErgebnis, satz: number): void {
  r.text(l.detailKopf - 1, 0, "Monatswerte je Zeile (blau: Ist-Werte, hier korrigierbar)", STIL.zwischentitel);
  r.text(l.detailKopf, 0, "Zeile");
  r.text(l.detailKopf, 1, "Plan/Ist");
  for (let m = 1; m <= 12; m++) r.text(l.detailKopf, SPALTE_JANUAR + m - 1, monatsnameKurz(m));
  r.text(l.detailKopf, SPALTE_JAHR, "Jahr");
  r.formatiere(l.detailKopf, 0, l.detailKopf, SPALTE_JAHR, STIL.kopfzeileMitLinie);
  r.formatiere(l.detailKopf, SPALTE_JANUAR, l.detailKopf, SPALTE_JAHR, { ausrichtung: "rechts" });
  e.zeilen.forEach((x, k) => {
    const d = detailZeilen(l, k);
    r.text(d.plan, 0, x.bezeichnung);
    r.text(d.plan, 1, "Plan");
    r.text(d.ist, 0, x.istAbgeleitet ? `${x.bezeichnung} (Ist abgeleitet)` : x.bezeichnung, STIL.erlaeuterung);
    r.text(d.ist, 1, "Ist");
    for (let m = 1; m <= 12; m++) {
      const s = SPALTE_JANUAR + m - 1;
      r.zahl(d.plan, s, euro(x.plan[m - 1]), { zahlenformat: EURO_CENT });
      if (m > e.stichmonat) continue;
      if (x.istAbgeleitet)
        r.formel(d.ist, s, abgeleitet(l, e, satz, s), euro(x.ist[m - 1]), { zahlenformat: EURO_CENT });
      else r.zahl(d.ist, s, euro(x.ist[m - 1]), { zahlenformat: EURO_CENT });
    }
    if (!x.istAbgeleitet) r.formatiere(d.ist, SPALTE_JANUAR, d.ist, SPALTE_JAHR - 1, STIL.eingabe);
    const jahr = (z: number, cent: Cent) =>
      r.formel(z, SPALTE_JAHR, `=SUM(${spanne(z, SPALTE_JANUAR, z, SPALTE_JAHR - 1)})`, euro(cent), {
        zahlenformat: EURO_CENT,
        fett: true,
      });
    jahr(
      d.plan,
      x.plan.reduce((s, w) => s + w, 0),
    );
    jahr(
      d.ist,
      x.ist.reduce((s, w) => s + w, 0),
    );
    r.formatiere(d.ist, 0, d.ist, SPALTE_JAHR, { rahmen: { unten: "duenn" } });
  });
  r.formatiere(l.detailKopf, 0, l.detail + 2 * e.zeilen.length - 1, SPALTE_JAHR, { rahmen: RAHMEN_TABELLE });
}
