/** Print setup of one generated sheet (A4, orientation, fit to pages, print area, header and footer). */
import type { DruckPlan } from "../../workbook/plan";

export function richteDruckEin(s: Excel.PageLayout, druck: DruckPlan): void {
  s.orientation = (druck.querformat ? "Landscape" : "Portrait") as Excel.PageOrientation;
  s.paperSize = "A4" as Excel.PaperType;
  s.zoom =
    druck.seitenBreit !== null || druck.seitenHoch !== null
      ? { horizontalFitToPages: druck.seitenBreit ?? 0, verticalFitToPages: druck.seitenHoch ?? 0 }
      : { scale: 100 };
  s.setPrintArea(druck.druckbereich);
  if (druck.titelzeilen) s.setPrintTitleRows(druck.titelzeilen);
  const kf = s.headersFooters.defaultForAllPages;
  kf.centerHeader = druck.kopfzeile;
  kf.leftFooter = druck.fusszeileLinks;
  kf.rightFooter = druck.fusszeileRechts;
}
