/**
 * Writing text the way real Excel treats it, number formats in `text`, cell formats and borders.
 */
import { createFakeExcel, FakeExcel } from "./hilfen";

let fake: FakeExcel;

beforeEach(() => {
  fake = createFakeExcel({ blaetter: ["T"] });
});

async function schreibeWerte(adresse: string, werte: unknown[][], textformat = false): Promise<void> {
  await fake.Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("T").getRange(adresse);
    if (textformat) r.numberFormat = werte.map((z) => z.map(() => "@"));
    r.values = werte;
    await context.sync();
  });
}

describe("values that look like formulas (real Excel behaviour)", () => {
  it("turns =HYPERLINK(...) written through values into a formula", async () => {
    await schreibeWerte("A1", [['=HYPERLINK("x")']]);
    expect(fake.formel("T", "A1")).toBe('=HYPERLINK("x")');
    expect(fake.wert("T", "A1")).toBe("x");
  });

  it("keeps it as text behind an apostrophe or under number format @", async () => {
    await schreibeWerte("A1", [['\'=HYPERLINK("x")']]);
    await schreibeWerte("A2:D2", [['=HYPERLINK("x")', "+1", "@SUM(1,2)", "-2"]], true);
    expect(fake.wert("T", "A1")).toBe('=HYPERLINK("x")');
    expect(fake.formel("T", "A1")).toBe('=HYPERLINK("x")');
    expect(fake.werte("T", "A2:D2")).toEqual([['=HYPERLINK("x")', "+1", "@SUM(1,2)", "-2"]]);
  });

  it("reads +, - and @ the way Excel's input does", async () => {
    await schreibeWerte("A1:F1", [["+B1*2", "-2", "@SUM(1,2)", "12", "30%", "+1"]]);
    expect(fake.werte("T", "A1:F1")).toEqual([[-4, -2, 3, 12, 0.3, 1]]);
    expect(fake.formel("T", "A1")).toBe("=+B1*2");
    expect(fake.formel("T", "C1")).toBe("=SUM(1,2)");
  });

  it("rejects text that Excel would read as a broken formula", async () => {
    await expect(schreibeWerte("A1", [["=SUMME(1;"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("leaves cells given as null unchanged and clears cells given as empty text", async () => {
    await schreibeWerte("A1:C1", [[1, 2, 3]]);
    await schreibeWerte("A1:C1", [[null, "", 9]]);
    expect(fake.werte("T", "A1:C1")).toEqual([[1, "", 9]]);
  });
});

describe("displayed text", () => {
  it("formats with German separators by default", async () => {
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("T").getRange("A1:F1");
      r.values = [[102316, 0.3, 0.305, 1234.5, -80778, 1 / 3]];
      r.numberFormat = [["#,##0 €", "0 %", "0.00%", "#,##0.00 €", "#,##0 €", "General"]];
      r.load("text");
      await context.sync();
      expect(r.text).toEqual([["102.316 €", "30 %", "30,50%", "1.234,50 €", "-80.778 €", "0,333333333"]]);
    });
  });

  it("keeps the decimal point of '0.##' for a whole number, as Excel does ('2,')", async () => {
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("T").getRange("A1:F1");
      r.values = [[2, 2.5, 1234, 0.125, 3, 0.5]];
      r.numberFormat = [["0.##", "0.##", "#,##0.##", "0.####", "General", "General"]];
      r.load("text");
      await context.sync();
      expect(r.text).toEqual([["2,", "2,5", "1.234,", "0,125", "3", "0,5"]]);
    });
  });

  it("formats in en-US when asked", async () => {
    const en = createFakeExcel({ blaetter: ["T"], sprache: "en-US" });
    await en.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("T").getRange("A1:B1");
      r.values = [[1234.5, true]];
      r.numberFormat = [["#,##0.00 €", "General"]];
    });
    expect(en.raster("T")).toEqual([["1,234.50 €", "TRUE"]]);
  });
});

describe("cell formats", () => {
  it("sets and reports fonts, fill, alignment, widths and borders", async () => {
    await fake.Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("T");
      const kopf = t.getRange("A1:C1");
      kopf.values = [["Zeile", "Derzeit", "KIZ"]];
      kopf.format.font.bold = true;
      kopf.format.font.color = "#ffffff";
      kopf.format.fill.color = "#1F4E79";
      kopf.format.horizontalAlignment = "Center";
      kopf.format.wrapText = true;
      kopf.format.columnWidth = 90;
      const rand = kopf.format.borders.getItem("EdgeBottom");
      rand.style = "Continuous";
      rand.weight = "Medium";
      t.getRange("A2:C3").format.borders.getItem("InsideHorizontal").color = "#808080";
      const gemischt = t.getRange("A1:A2");
      gemischt.load("format/font/bold, format/columnWidth");
      const unten = t.getRange("B2").format.borders.getItem("EdgeTop");
      unten.load("style, weight");
      await context.sync();
      expect(gemischt.format.font.bold).toBeNull();
      expect(gemischt.format.columnWidth).toBe(90);
      // A1's bottom edge is A2's top edge, as in Excel.
      expect([unten.style, unten.weight]).toEqual(["Continuous", "Medium"]);
    });
    const f = fake.format("T", "B1");
    expect(f).toMatchObject({
      bold: true,
      color: "#FFFFFF",
      fill: "#1F4E79",
      horizontalAlignment: "Center",
      wrapText: true,
      columnWidth: 90,
      numberFormat: "General",
    });
    expect(f.borders.EdgeBottom).toEqual({ style: "Continuous", weight: "Medium", color: "#000000" });
    expect(fake.format("T", "B2").borders.EdgeBottom).toEqual({
      style: "Continuous",
      weight: "Thin",
      color: "#808080",
    });
    expect(fake.format("T", "B3").borders.EdgeBottom.style).toBe("None");
  });

  it("clears contents and formats separately", async () => {
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("T").getRange("A1:B1");
      r.values = [[1, 2]];
      r.format.font.bold = true;
      r.clear("Contents");
      await context.sync();
      expect(fake.werte("T", "A1:B1")).toEqual([["", ""]]);
      expect(fake.format("T", "A1").bold).toBe(true);
      r.clear();
    });
    expect(fake.format("T", "A1").bold).toBe(false);
    expect(fake.benutzterBereich("T")).toBeUndefined();
  });

  it("autofits columns to the displayed text", async () => {
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("T").getRange("A1:B2");
      r.values = [
        ["Querschnitts-/Sachkosten", 1],
        ["x", 2],
      ];
      r.format.autofitColumns();
    });
    expect(fake.format("T", "A1").columnWidth).toBeGreaterThan(fake.format("T", "B1").columnWidth);
  });
});

describe("derived ranges", () => {
  it("resizes, offsets and picks cells relative to a range", async () => {
    await fake.Excel.run(async (context) => {
      const basis = context.workbook.worksheets.getItem("T").getRange("B2");
      const a = basis.getResizedRange(2, 1);
      const b = basis.getOffsetRange(1, 2);
      const c = a.getCell(1, 1);
      a.load("address");
      b.load("address");
      c.load("address");
      await context.sync();
      expect([a.address, b.address, c.address]).toEqual(["T!B2:C4", "T!D3", "T!C3"]);
    });
  });
});
