/**
 * The overview and the refund table of "Plan-Ist": per post and cost line plan (year, up to the
 * Stichmonat), actual up to the Stichmonat, difference in € and %, year-end forecast and its
 * difference to the plan. Amounts are formulas over the monthly values further down (the data is
 * in the workbook), so a corrected actual changes every figure; the refund is the rule set's value.
 */
import type { Cent, ErstattungPlanIst, PlanIstErgebnis } from "../../core";
import { spalte, zelle } from "../adressen";
import { Raster, euro } from "../raster";
import { RAHMEN_TABELLE, STIL, ZAHLENFORMAT } from "../stil";
import { type PlanIstLayout, SPALTE_JAHR, SPALTE_JANUAR, detailZeilen, uebersichtZeile } from "./layout";

export const EURO_CENT = ZAHLENFORMAT.euroCent;
export const DIFFERENZ = '+#,##0.00 "€";-#,##0.00 "€";0.00 "€"';
export const PROZENT = "+0.0%;-0.0%;0.0%";

/** A value cell, or a formula with the value it must give. */
export type Wert = { cent: Cent; formel?: string };

const summe = (w: readonly Cent[], bis = 12) => w.slice(0, bis).reduce((s, x) => s + x, 0);

export function monatsnameKurz(m: number): string {
  return ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"][m - 1];
}

export function kopfTexte(m: number): string[] {
  const bis = m === 0 ? "bis –" : `bis ${monatsnameKurz(m)}`;
  return [
    "Zeile",
    "Schlüssel",
    "Plan Jahr",
    `Plan ${bis}`,
    `Ist ${bis}`,
    "Differenz €",
    "Differenz %",
    "Prognose Jahr",
    "Prognose − Plan",
  ];
}

function setzeWert(r: Raster, z: number, s: number, w: Wert, format: string): void {
  if (w.formel !== undefined) r.formel(z, s, w.formel, euro(w.cent), { zahlenformat: format });
  else r.zahl(z, s, euro(w.cent), { zahlenformat: format });
}

/** (ist − plan) / plan rounded to 0,01 %, "" without a plan: what the % formula gives. */
export function anteil(ist: Cent, plan: Cent): number | "" {
  if (plan === 0) return "";
  const x = ((ist - plan) / plan) * 1e4;
  return (Math.sign(x) * Math.round(Math.abs(x))) / 1e4 + 0;
}

export function prozentFormel(ist: string, plan: string): string {
  return `=IF(${plan}=0,"",ROUND((${ist}-${plan})/${plan},4))`;
}

/** One row C…I: four amounts given, difference, %, forecast − plan as formulas. */
export function wertReihe(
  r: Raster,
  z: number,
  w: { planJahr: Wert; planBis: Wert; istBis: Wert; prognose: Wert },
): void {
  const a = (s: number) => zelle(z, s);
  setzeWert(r, z, 2, w.planJahr, EURO_CENT);
  setzeWert(r, z, 3, w.planBis, EURO_CENT);
  setzeWert(r, z, 4, w.istBis, EURO_CENT);
  r.formel(z, 5, `=${a(4)}-${a(3)}`, euro(w.istBis.cent - w.planBis.cent), { zahlenformat: DIFFERENZ });
  r.formel(z, 6, prozentFormel(a(4), a(3)), anteil(w.istBis.cent, w.planBis.cent), { zahlenformat: PROZENT });
  setzeWert(r, z, 7, w.prognose, EURO_CENT);
  r.formel(z, 8, `=${a(7)}-${a(2)}`, euro(w.prognose.cent - w.planJahr.cent), { zahlenformat: DIFFERENZ });
}

/** SUM over the months 1 … bis of a detail row, or 0 when there are none. */
function monatsSumme(zeile: number, von: number, bis: number, cent: Cent): Wert {
  if (bis < von) return { cent: 0 };
  const f = `=SUM(${spalte(SPALTE_JANUAR + von - 1)}${zeile + 1}:${spalte(SPALTE_JANUAR + bis - 1)}${zeile + 1})`;
  return { cent, formel: f };
}

function zeilenWerte(l: PlanIstLayout, e: PlanIstErgebnis, k: number, z: number) {
  const m = e.stichmonat;
  const d = detailZeilen(l, k);
  const x = e.zeilen[k];
  const rest = monatsSumme(d.plan, m + 1, 12, summe(x.plan) - summe(x.plan, m));
  const istBis = monatsSumme(d.ist, 1, m, summe(x.ist, m));
  const prognose = summe(x.prognose);
  return {
    planJahr: { cent: summe(x.plan), formel: `=${zelle(d.plan, SPALTE_JAHR)}` },
    planBis: monatsSumme(d.plan, 1, m, summe(x.plan, m)),
    istBis,
    prognose: {
      cent: prognose,
      formel: rest.formel ? `=${zelle(z, 4)}+${rest.formel.slice(1)}` : `=${zelle(z, 4)}`,
    },
  };
}

function spaltenSumme(zeilen: readonly number[], s: number, cent: Cent): Wert {
  return { cent, formel: `=${zeilen.map((z) => zelle(z, s)).join("+")}` };
}

/** The overview: posts, their total, the cost lines, the total of all costs. */
export function schreibeUebersicht(r: Raster, l: PlanIstLayout, e: PlanIstErgebnis): void {
  r.text(l.uebersichtKopf - 1, 0, `Übersicht ${e.jahr}`, STIL.zwischentitel);
  kopfTexte(e.stichmonat).forEach((t, s) => r.text(l.uebersichtKopf, s, t));
  r.formatiere(l.uebersichtKopf, 0, l.uebersichtKopf, 8, STIL.kopfzeileMitLinie);
  r.formatiere(l.uebersichtKopf, 2, l.uebersichtKopf, 8, { ausrichtung: "rechts" });
  const werte: Array<ReturnType<typeof zeilenWerte>> = [];
  e.zeilen.forEach((x, k) => {
    const z = uebersichtZeile(l, e, k);
    r.text(z, 0, x.bezeichnung);
    r.text(z, 1, x.schluessel);
    werte[k] = zeilenWerte(l, e, k, z);
    wertReihe(r, z, werte[k]);
  });
  const summenReihe = (z: number, titel: string, ks: number[]) => {
    r.text(z, 0, titel);
    const rows = ks.map((k) => uebersichtZeile(l, e, k));
    const feld = (f: "planJahr" | "planBis" | "istBis" | "prognose", s: number) =>
      spaltenSumme(
        rows,
        s,
        ks.reduce((acc, k) => acc + werte[k][f].cent, 0),
      );
    wertReihe(r, z, {
      planJahr: feld("planJahr", 2),
      planBis: feld("planBis", 3),
      istBis: feld("istBis", 4),
      prognose: feld("prognose", 7),
    });
    r.formatiere(z, 0, z, 8, STIL.summe);
  };
  const stellen = e.zeilen.flatMap((x, k) => (x.art === "stelle" ? [k] : []));
  summenReihe(l.personal, "Personalkosten", stellen);
  summenReihe(
    l.gesamt,
    "Gesamtkosten",
    e.zeilen.map((_, k) => k),
  );
  r.formatiere(l.uebersichtKopf, 0, l.gesamt, 8, { rahmen: RAHMEN_TABELLE });
}

/** The refund per post (values of the rule set), the rest, the total and the Eigenanteil. */
export function schreibeErstattung(r: Raster, l: PlanIstLayout, e: PlanIstErgebnis): void {
  const er: ErstattungPlanIst = e.erstattung;
  r.text(
    l.erstattungKopf - 1,
    0,
    "Landeserstattung: geplant, für die Ist-Ausgaben zustehend, Prognose",
    STIL.zwischentitel,
  );
  const kopf = kopfTexte(e.stichmonat);
  kopf[4] = kopf[4].replace("Ist", "Zustehend");
  kopf.forEach((t, s) => r.text(l.erstattungKopf, s, t));
  r.formatiere(l.erstattungKopf, 0, l.erstattungKopf, 8, STIL.kopfzeileMitLinie);
  r.formatiere(l.erstattungKopf, 2, l.erstattungKopf, 8, { ausrichtung: "rechts" });
  const werte = (x: { planJahr: Cent; planBisStichmonat: Cent; zustehend: Cent; prognoseJahr: Cent }) => ({
    planJahr: { cent: x.planJahr },
    planBis: { cent: x.planBisStichmonat },
    istBis: { cent: x.zustehend },
    prognose: { cent: x.prognoseJahr },
  });
  const einzeln = er.jeStelle.filter((s) => s.planJahr !== null);
  er.jeStelle.forEach((s, i) => {
    const z = l.erstattungZeilen + i;
    r.text(z, 0, s.bezeichnung);
    r.text(z, 1, s.schluessel);
    if (s.planJahr === null) r.text(z, 2, "gemeinsamer Höchstbetrag: siehe übrige Posten", STIL.erlaeuterung);
    else wertReihe(r, z, werte(s as Parameters<typeof werte>[0]));
  });
  const teil = (f: "planJahr" | "planBisStichmonat" | "zustehend" | "prognoseJahr") =>
    er[f] - einzeln.reduce((acc, s) => acc + (s[f] as Cent), 0);
  if (l.erstattungRest >= 0) {
    r.text(l.erstattungRest, 0, "übrige Posten (Sachausgaben, gemeinsamer Höchstbetrag)");
    wertReihe(
      r,
      l.erstattungRest,
      werte({
        planJahr: teil("planJahr"),
        planBisStichmonat: teil("planBisStichmonat"),
        zustehend: teil("zustehend"),
        prognoseJahr: teil("prognoseJahr"),
      }),
    );
  }
  const ende = l.erstattungSumme - 1;
  const summeSpalte = (s: number, cent: Cent): Wert => ({
    cent,
    formel: `=SUM(${zelle(l.erstattungZeilen, s)}:${zelle(ende, s)})`,
  });
  r.text(l.erstattungSumme, 0, "Landeserstattung");
  wertReihe(r, l.erstattungSumme, {
    planJahr: summeSpalte(2, er.planJahr),
    planBis: summeSpalte(3, er.planBisStichmonat),
    istBis: summeSpalte(4, er.zustehend),
    prognose: summeSpalte(7, er.prognoseJahr),
  });
  r.formatiere(l.erstattungSumme, 0, l.erstattungSumme, 8, STIL.summe);
  schreibeEigenanteil(r, l, e);
  r.formatiere(l.erstattungKopf, 0, l.eigenanteil, 8, { rahmen: RAHMEN_TABELLE });
}

function schreibeEigenanteil(r: Raster, l: PlanIstLayout, e: PlanIstErgebnis): void {
  const er = e.erstattung;
  const m = e.stichmonat;
  const g = e.gesamt;
  const differenz = (s: number, kosten: Cent, erstattung: Cent): Wert => ({
    cent: kosten - erstattung,
    formel: `=${zelle(l.gesamt, s)}-${zelle(l.erstattungSumme, s)}`,
  });
  r.text(l.eigenanteil, 0, "Eigenanteil (Kosten − Erstattung)");
  wertReihe(r, l.eigenanteil, {
    planJahr: differenz(2, summe(g.plan), er.planJahr),
    planBis: differenz(3, summe(g.plan, m), er.planBisStichmonat),
    istBis: differenz(4, summe(g.ist, m), er.zustehend),
    prognose: differenz(7, summe(g.prognose), er.prognoseJahr),
  });
  r.formatiere(l.eigenanteil, 0, l.eigenanteil, 8, STIL.schlusssumme);
}
