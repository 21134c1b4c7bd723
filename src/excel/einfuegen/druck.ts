/** Print setup of one generated sheet (A4, orientation, fit to pages, print area, header and footer). */
import type { DruckPlan } from "../../workbook/plan";
import type { BlattPlan } from "../../workbook/plan";
import { SEITENRAENDER, seitenumbrueche } from "../../workbook/seiten";

/** Fixed margins: the page breaks the builder computes assume them (workbook/seiten.ts). */
function setzeRaender(s: Excel.PageLayout): void {
  s.leftMargin = SEITENRAENDER.links;
  s.rightMargin = SEITENRAENDER.rechts;
  s.topMargin = SEITENRAENDER.oben;
  s.bottomMargin = SEITENRAENDER.unten;
  s.headerMargin = SEITENRAENDER.kopf;
  s.footerMargin = SEITENRAENDER.fuss;
}

/**
 * Manual page breaks where the plan's blocks begin, measured with the row heights this writer
 * stores (base font `grundgroesse`); the sheet's earlier breaks go (the sheet is generated whole).
 */
export function setzeSeitenumbrueche(ws: Excel.Worksheet, blatt: BlattPlan, grundgroesse: number): void {
  if (!blatt.druck?.blockAnfaenge) return;
  ws.horizontalPageBreaks.removePageBreaks();
  for (const z of seitenumbrueche(blatt, grundgroesse)) ws.horizontalPageBreaks.add(`A${z + 1}`);
}

export function richteDruckEin(s: Excel.PageLayout, druck: DruckPlan): void {
  s.orientation = (druck.querformat ? "Landscape" : "Portrait") as Excel.PageOrientation;
  s.paperSize = "A4" as Excel.PaperType;
  s.zoom =
    druck.seitenBreit !== null || druck.seitenHoch !== null
      ? { horizontalFitToPages: druck.seitenBreit ?? 0, verticalFitToPages: druck.seitenHoch ?? 0 }
      : { scale: 100 };
  setzeRaender(s);
  s.setPrintArea(druck.druckbereich);
  if (druck.titelzeilen) s.setPrintTitleRows(druck.titelzeilen);
  const kf = s.headersFooters.defaultForAllPages;
  kf.centerHeader = druck.kopfzeile;
  kf.leftFooter = druck.fusszeileLinks;
  kf.rightFooter = druck.fusszeileRechts;
}
