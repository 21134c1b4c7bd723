/**
 * Where everything sits on "Plan-Ist": rows of every block, so a block can reference another that
 * comes later (the overview sums the monthly values further down). Zero-based rows and columns.
 *
 *   title and notes             rows 0–4
 *   Übersicht (lines, totals)   Zeile | Schlüssel | Plan Jahr | Plan bis | Ist bis | Diff € | Diff % | Prognose | Prog. − Plan
 *   Erstattung (per post)       same columns; Eigenanteil = Gesamtkosten − Erstattung
 *   Monate (totals per month)   Monat | Plan | Ist | Diff € | Diff % | Plan kum. | Ist kum. | Diff kum. | Prognose kum.
 *   chart of plan and actual
 *   Monatswerte je Zeile        Zeile | Plan/Ist | Jan … Dez | Jahr   (the data every formula above reads)
 */
import type { PlanIstErgebnis } from "../../core";

/** Columns of the monthly values: January in column C. */
export const SPALTE_JANUAR = 2;
export const SPALTE_JAHR = SPALTE_JANUAR + 12;
export const DIAGRAMM_HOEHE = 18;

export interface PlanIstLayout {
  uebersichtKopf: number;
  /** First row of the lines (posts, then totals and cost lines) in the overview. */
  zeilen: number;
  personal: number;
  /** Overview rows of the cost lines (Querschnitt, IT, Raum, Projektmittel). */
  sach: number;
  gesamt: number;
  erstattungKopf: number;
  erstattungZeilen: number;
  /** Row of the rest of the refund not shown per post (Sachausgaben, a pooled cap), or −1. */
  erstattungRest: number;
  erstattungSumme: number;
  eigenanteil: number;
  monateKopf: number;
  monate: number;
  monateSumme: number;
  diagramm: number;
  detailKopf: number;
  /** First detail row: line k has its plan in detail + 2k, its actuals in detail + 2k + 1. */
  detail: number;
  hinweise: number;
}

export function planIstLayout(r: PlanIstErgebnis, mitRest: boolean): PlanIstLayout {
  const n = r.zeilen.length;
  const stellen = r.zeilen.filter((z) => z.art === "stelle").length;
  const uebersichtKopf = 7;
  const zeilen = uebersichtKopf + 1;
  const personal = zeilen + stellen;
  const sach = personal + 1;
  const gesamt = sach + (n - stellen);
  const erstattungKopf = gesamt + 3;
  const erstattungZeilen = erstattungKopf + 1;
  const erstattungRest = mitRest ? erstattungZeilen + stellen : -1;
  const erstattungSumme = erstattungZeilen + stellen + (mitRest ? 1 : 0);
  const eigenanteil = erstattungSumme + 1;
  const monateKopf = eigenanteil + 3;
  const monate = monateKopf + 1;
  const monateSumme = monate + 12;
  const diagramm = monateSumme + 3;
  const detailKopf = diagramm + DIAGRAMM_HOEHE + 2;
  const detail = detailKopf + 1;
  const hinweise = detail + 2 * n + 1;
  return {
    uebersichtKopf,
    zeilen,
    personal,
    sach,
    gesamt,
    erstattungKopf,
    erstattungZeilen,
    erstattungRest,
    erstattungSumme,
    eigenanteil,
    monateKopf,
    monate,
    monateSumme,
    diagramm,
    detailKopf,
    detail,
    hinweise,
  };
}

/** Detail rows of line k (index in PlanIstErgebnis.zeilen). */
export function detailZeilen(l: PlanIstLayout, k: number): { plan: number; ist: number } {
  return { plan: l.detail + 2 * k, ist: l.detail + 2 * k + 1 };
}

/** Overview row of line k: posts first, then (after the personnel total) the cost lines. */
export function uebersichtZeile(l: PlanIstLayout, r: PlanIstErgebnis, k: number): number {
  return r.zeilen[k].art === "stelle" ? l.zeilen + k : l.sach + (k - (l.personal - l.zeilen));
}
