/**
 * Names, charts, page layout, settings and application of the fake workbook.
 */
import { createFakeExcel, FakeExcel } from "./hilfen";

let fake: FakeExcel;

beforeEach(() => {
  fake = createFakeExcel({ blaetter: ["Annahmen", "Bericht"] });
});

describe("names", () => {
  it("adds names that formulas can use, finds, resolves and deletes them", async () => {
    await fake.Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem("Annahmen");
      a.getRange("B5:B6").values = [[0.3], [2268]];
      context.workbook.names.add("Satz", a.getRange("B5"));
      context.workbook.names.add("Werte", "=Annahmen!$B$5:$B$6", "beide");
      context.workbook.worksheets.getItem("Bericht").getRange("A1:B1").formulas = [["=Satz*100", "=SUM(Werte)"]];
      await context.sync();
      const fehlt = context.workbook.names.getItemOrNullObject("Nichtda");
      const satz = context.workbook.names.getItemOrNullObject("satz");
      satz.load("name, type, value, formula");
      const bereich = context.workbook.names.getItem("Werte").getRange();
      bereich.load("address, values");
      context.workbook.names.load("items/name");
      await context.sync();
      expect(fehlt.isNullObject).toBe(true);
      expect([satz.name, satz.type, satz.value, satz.formula]).toEqual([
        "Satz",
        "Range",
        "Annahmen!$B$5",
        "=Annahmen!$B$5",
      ]);
      expect(bereich.address).toBe("Annahmen!B5:B6");
      expect(bereich.values).toEqual([[0.3], [2268]]);
      expect(context.workbook.names.items.map((n) => n.name)).toEqual(["Satz", "Werte"]);
      satz.delete();
    });
    expect(fake.werte("Bericht", "A1:B1")).toEqual([["#NAME?", 2268.3]]);
    expect(fake.namen().map((n) => n.name)).toEqual(["Werte"]);
  });

  it("refuses a duplicate or a name that looks like a cell", async () => {
    const versuch = (name: string) =>
      fake.Excel.run(async (context) => {
        context.workbook.names.add(name, "=Annahmen!$A$1");
        await context.sync();
      });
    await versuch("Jahr");
    await expect(versuch("JAHR")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(versuch("KI1")).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("charts", () => {
  it("adds, titles, positions, finds and deletes a chart", async () => {
    await fake.Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("Bericht");
      b.getRange("A1:C3").values = [
        ["", "Derzeit", "KIZ"],
        ["Gesamt", 102316, 353094],
        ["Eigenanteil", 102316, 183094],
      ];
      const d = b.charts.add("ColumnClustered", b.getRange("A1:C3"), "Columns");
      d.name = "Vergleich";
      d.title.text = "Kosten je Jahr";
      d.setPosition("E2", "L18");
      await context.sync();
      const gefunden = b.charts.getItemOrNullObject("vergleich");
      const fehlt = b.charts.getItemOrNullObject("Anderes");
      gefunden.load("name, top, left, width, height");
      const anzahl = b.charts.getCount();
      await context.sync();
      expect(fehlt.isNullObject).toBe(true);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
      expect(anzahl.value).toBe(1);
      expect([gefunden.name, gefunden.top, gefunden.left, gefunden.width, gefunden.height]).toEqual([
        "Vergleich",
        15,
        192,
        384,
        255,
      ]);
    });
    expect(fake.diagramme("Bericht")).toEqual([
      expect.objectContaining({
        name: "Vergleich",
        typ: "ColumnClustered",
        titel: "Kosten je Jahr",
        titelSichtbar: true,
        quelle: "Bericht!A1:C3",
        reihenNach: "Columns",
        von: "Bericht!E2",
        bis: "Bericht!L18",
      }),
    ]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Bericht").charts.getItem("Vergleich").delete();
    });
    expect(fake.diagramme("Bericht")).toEqual([]);
  });
});

describe("page layout", () => {
  it("stores print setup, print area, title rows and headers", async () => {
    await fake.Excel.run(async (context) => {
      const p = context.workbook.worksheets.getItem("Bericht").pageLayout;
      p.orientation = "Landscape";
      p.paperSize = "A4";
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.centerHorizontally = true;
      p.setPrintArea("A1:H40");
      p.setPrintTitleRows("$1:$3");
      p.headersFooters.defaultForAllPages.centerHeader = "Kostenvergleich KIZ";
      p.headersFooters.defaultForAllPages.rightFooter = "Seite &P von &N";
      p.load("orientation, zoom");
      await context.sync();
      expect(p.orientation).toBe("Landscape");
      expect(p.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    });
    expect(fake.druckeinrichtung("Bericht")).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      druckbereich: "$A$1:$H$40",
      druckTitelZeilen: "$1:$3",
      centerHorizontally: true,
      kopfFuss: expect.objectContaining({ centerHeader: "Kostenvergleich KIZ", rightFooter: "Seite &P von &N" }),
    });
  });
});

describe("settings", () => {
  it("stores values as JSON copies and lists them", async () => {
    const szenario = { name: "Basis", werte: { querschnitt: 0.3 } };
    await fake.Excel.run(async (context) => {
      context.workbook.settings.add("ki.szenarien", szenario);
      context.workbook.settings.add("ki.version", "1");
      await context.sync();
      szenario.werte.querschnitt = 0.9;
      const s = context.workbook.settings.getItemOrNullObject("ki.szenarien");
      const fehlt = context.workbook.settings.getItemOrNullObject("ki.fehlt");
      s.load("value");
      context.workbook.settings.load("items/key");
      await context.sync();
      expect(s.value).toEqual({ name: "Basis", werte: { querschnitt: 0.3 } });
      expect(fehlt.isNullObject).toBe(true);
      expect(context.workbook.settings.items.map((x) => x.key)).toEqual(["ki.szenarien", "ki.version"]);
    });
    expect(fake.settings()).toEqual({
      "ki.szenarien": { name: "Basis", werte: { querschnitt: 0.3 } },
      "ki.version": "1",
    });
  });

  it("hands back raw seeded state unchanged, e.g. a corrupted JSON string", async () => {
    fake.setzeEinstellungRoh("ki.szenarien", '{"name": "Bas');
    await fake.Excel.run(async (context) => {
      const s = context.workbook.settings.getItem("ki.szenarien");
      s.load("value");
      await context.sync();
      expect(s.value).toBe('{"name": "Bas');
    });
  });

  it("rejects a value that cannot be stored", async () => {
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.settings.add("x", undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("application", () => {
  it("reports and sets the calculation mode and recalculates on request", async () => {
    await fake.Excel.run(async (context) => {
      const app = context.workbook.application;
      app.load("calculationMode");
      await context.sync();
      expect(app.calculationMode).toBe("Automatic");
      app.calculationMode = "Manual";
      context.workbook.worksheets.getItem("Annahmen").getRange("A1:A2").formulas = [[2], ["=A1*2"]];
      app.calculate("Full");
      await context.sync();
    });
    expect(fake.berechnungsmodus()).toBe("Manual");
    expect(fake.wert("Annahmen", "A2")).toBe(4);
  });
});

describe("inspection", () => {
  it("renders the displayed grid from A1 and notifies subscribers", async () => {
    let meldungen = 0;
    fake.abonniere(() => meldungen++);
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Bericht").getRange("B2:C2");
      r.values = [["Gesamt", 102316]];
      r.numberFormat = [["General", "#,##0 €"]];
    });
    fake.setzeWert("Bericht", "C3", "=C2*2");
    expect(meldungen).toBe(2);
    expect(fake.raster("Bericht")).toEqual([
      ["", "", ""],
      ["", "Gesamt", "102.316 €"],
      ["", "", "204632"],
    ]);
  });
});
