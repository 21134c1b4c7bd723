/**
 * Writes a BlattPlan into the fake Excel host through the Office.js API, for the sheet tests and
 * screenshots of this issue. Texts go in with the quote prefix (they stay text even if they start
 * with "=" or "-"), formulas through range.formulas, formats and the chart as Office.js would.
 * One sync for the whole sheet.
 */
import type { FakeExcel } from "../../../devtools/fakeHost";
import type { BlattPlan, Format, Zelle } from "../../../src/workbook/plan";

function roh(z: Zelle): unknown {
  if (z === null) return null;
  if ("text" in z) return `'${z.text}`;
  if ("zahl" in z) return z.zahl;
  return z.formel;
}

const DIAGRAMMTYP = { linien: "Line", saeulen: "ColumnClustered", balken: "BarClustered" } as const;
const AUSRICHTUNG = { links: "Left", zentriert: "Center", rechts: "Right" } as const;

function formatiere(bereich: Excel.Range, f: Format): void {
  if (f.zahlenformat !== undefined) bereich.numberFormat = f.zahlenformat as unknown as string[][];
  if (f.fett !== undefined) bereich.format.font.bold = f.fett;
  if (f.kursiv !== undefined) bereich.format.font.italic = f.kursiv;
  if (f.schriftgroesse !== undefined) bereich.format.font.size = f.schriftgroesse;
  if (f.schriftfarbe !== undefined) bereich.format.font.color = f.schriftfarbe;
  if (f.hintergrund !== undefined) bereich.format.fill.color = f.hintergrund;
  if (f.ausrichtung !== undefined) {
    bereich.format.horizontalAlignment = AUSRICHTUNG[f.ausrichtung] as Excel.HorizontalAlignment;
  }
  if (f.umbruch !== undefined) bereich.format.wrapText = f.umbruch;
}

export async function schreibeBlatt(fake: FakeExcel, plan: BlattPlan): Promise<void> {
  await fake.Excel.run(async (context) => {
    const blatt = context.workbook.worksheets.add(plan.name);
    plan.zellen.forEach((zeile, i) =>
      zeile.forEach((zelle, j) => {
        if (zelle !== null) blatt.getCell(i, j).formulas = [[roh(zelle)]] as unknown as string[][];
      }),
    );
    for (const { bereich, format } of plan.formate) formatiere(blatt.getRange(bereich), format);
    plan.spaltenbreiten.forEach((breite, j) => {
      blatt.getCell(0, j).format.columnWidth = breite * 6;
    });
    for (const d of plan.diagramme) {
      const c = blatt.charts.add(DIAGRAMMTYP[d.typ] as Excel.ChartType, blatt.getRange(d.daten), "Columns");
      c.name = d.name;
      c.title.text = d.titel;
      c.setPosition(d.von, d.bis);
    }
    await context.sync();
  });
}
