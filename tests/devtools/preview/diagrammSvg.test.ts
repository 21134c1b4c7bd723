/** @jest-environment jsdom */
/**
 * The chart drawing shared by the dev preview and the screenshot scripts: series extraction as
 * Excel does it for both seriesBy modes, axis scaling, German labels, the drawn geometry, and
 * reading a chart of the fake host (source range, number format, anchor).
 */
import { createFakeExcel } from "../../../devtools/fakeHost";
import { diagrammAnker, diagrammAusMappe, trenneQuelle } from "../../../devtools/preview/diagrammQuelle";
import {
  achse,
  diagrammSvg,
  reihenAusBereich,
  zahlText,
  type DiagrammBeschreibung,
} from "../../../devtools/preview/diagrammSvg";

const KOSTEN: unknown[][] = [
  ["Diagrammdaten", "Derzeitige Struktur", "KIZ"],
  ["Gesamtkosten", 102316, 353094],
  ["Kostenerstattung Land NRW", 0, 170000],
  ["Jährlicher Kostenanteil", 102316, 183094],
];
const texte = (werte: unknown[][]) => werte.map((z) => z.map((v) => (v === null ? "" : String(v))));

function parse(markup: string): Document {
  // As XML: a stray "<" or "&" from a cell text would make it fail.
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

function beschreibung(teil: Partial<DiagrammBeschreibung> = {}): DiagrammBeschreibung {
  return {
    name: "KI_Kostenvergleich",
    typ: "ColumnClustered",
    titel: "Kostenvergleich (€ je Jahr)",
    einheit: "€",
    legende: "Bottom",
    ...reihenAusBereich(KOSTEN, texte(KOSTEN), "Columns"),
    ...teil,
  };
}

const zahl = (e: Element, a: string) => Number(e.getAttribute(a));

describe("reihenAusBereich", () => {
  test('"Columns": first column categories, each further column a series named by its header', () => {
    expect(reihenAusBereich(KOSTEN, texte(KOSTEN), "Columns")).toEqual({
      kategorien: ["Gesamtkosten", "Kostenerstattung Land NRW", "Jährlicher Kostenanteil"],
      reihen: [
        { name: "Derzeitige Struktur", werte: [102316, 0, 102316] },
        { name: "KIZ", werte: [353094, 170000, 183094] },
      ],
    });
  });

  test('"Rows": first row categories, each further row a series named by its first cell', () => {
    expect(reihenAusBereich(KOSTEN, texte(KOSTEN), "Rows")).toEqual({
      kategorien: ["Derzeitige Struktur", "KIZ"],
      reihen: [
        { name: "Gesamtkosten", werte: [102316, 353094] },
        { name: "Kostenerstattung Land NRW", werte: [0, 170000] },
        { name: "Jährlicher Kostenanteil", werte: [102316, 183094] },
      ],
    });
  });

  test('"Auto" puts the series into the shorter dimension', () => {
    const breit = [
      ["", 2013, 2014, 2015, 2016],
      ["KIZ", 1, 2, 3, 4],
    ];
    expect(reihenAusBereich(breit, texte(breit), "Auto").reihen.map((r) => r.name)).toEqual(["KIZ"]);
    expect(reihenAusBereich(KOSTEN, texte(KOSTEN), "Auto").reihen).toHaveLength(2);
  });

  test("names and categories are the displayed texts; text and error cells are gaps", () => {
    const werte = [
      ["", "Eigenanteil"],
      [2013, 102316],
      [2014, "#WERT!"],
      [2015, ""],
    ];
    const angezeigt = [
      ["", "Eigenanteil"],
      ["2013", "102.316 €"],
      ["2014", "#WERT!"],
      ["2015", ""],
    ];
    expect(reihenAusBereich(werte, angezeigt, "Columns")).toEqual({
      kategorien: ["2013", "2014", "2015"],
      reihen: [{ name: "Eigenanteil", werte: [102316, null, null] }],
    });
  });
});

describe("achse und Beschriftung", () => {
  test("round steps from 0 past the largest value", () => {
    expect(achse([102316, 353094, 0, 170000]).striche).toEqual([0, 100000, 200000, 300000, 400000]);
    expect(achse([80778, 0]).striche).toEqual([0, 20000, 40000, 60000, 80000, 100000]);
  });

  test("negative values extend the axis below 0 without an extra empty step", () => {
    expect(achse([-50000, 120000]).striche).toEqual([-50000, 0, 50000, 100000, 150000]);
  });

  test("fractional steps get just enough decimals", () => {
    const a = achse([0.1, 0.27]);
    expect(a.striche).toEqual([0, 0.1, 0.2, 0.3]);
    expect(a.nachkommastellen).toBe(1);
    expect(achse([0, 1.1]).nachkommastellen).toBe(2); // steps of 0,25
  });

  test("no data: an axis from 0 to 1 instead of NaN", () => {
    const a = achse([]);
    expect(a.min).toBe(0);
    expect(a.max).toBe(1);
    expect(a.striche.every(Number.isFinite)).toBe(true);
  });

  test("German number format", () => {
    expect(zahlText(353094, "€")).toBe("353.094 €");
    expect(zahlText(-80778, "€")).toBe("-80.778 €");
    expect(zahlText(104711.32, "€", 0, 2)).toBe("104.711,32 €");
    expect(zahlText(0.25, "", 2)).toBe("0,25");
    expect(zahlText(-0, "€")).toBe("0 €");
  });
});

describe("diagrammSvg", () => {
  test("clustered columns: title, one bar per value, heights proportional, German axis, legend", () => {
    const svg = parse(diagrammSvg(beschreibung(), 1000, 400)).documentElement;
    expect(svg.getAttribute("width")).toBe("1000");
    expect(svg.getAttribute("aria-label")).toBe("Kostenvergleich (€ je Jahr)");
    expect(svg.querySelector("text.titel")?.textContent).toBe("Kostenvergleich (€ je Jahr)");

    const balken = Array.from(svg.querySelectorAll("rect.saeule"));
    expect(balken.map((b) => b.getAttribute("data-reihe"))).toEqual([
      "Derzeitige Struktur",
      "Derzeitige Struktur",
      "Derzeitige Struktur",
      "KIZ",
      "KIZ",
      "KIZ",
    ]);
    const kiz = balken.filter((b) => b.getAttribute("data-reihe") === "KIZ");
    // Height per euro is the same for every bar; all bars stand on the same baseline.
    const jeEuro = zahl(kiz[0], "height") / 353094;
    expect(zahl(kiz[1], "height") / 170000).toBeCloseTo(jeEuro, 4);
    expect(zahl(balken[0], "height") / 102316).toBeCloseTo(jeEuro, 4);
    expect(zahl(balken[1], "height")).toBe(0);
    const basis = zahl(kiz[0], "y") + zahl(kiz[0], "height");
    for (const b of balken) expect(zahl(b, "y") + zahl(b, "height")).toBeCloseTo(basis, 0);
    // Clustered: the two bars of a category side by side, categories left to right.
    expect(zahl(balken[0], "x") + zahl(balken[0], "width")).toBeCloseTo(zahl(kiz[0], "x"), 0);
    expect(zahl(kiz[0], "x")).toBeLessThan(zahl(balken[1], "x"));

    expect(Array.from(svg.querySelectorAll("text.achsenwert")).map((t) => t.textContent)).toEqual([
      "0 €",
      "100.000 €",
      "200.000 €",
      "300.000 €",
      "400.000 €",
    ]);
    expect(kiz[0].querySelector("title")?.textContent).toBe("KIZ – Gesamtkosten: 353.094 €");
    expect(Array.from(svg.querySelectorAll(".legendeneintrag")).map((e) => e.textContent)).toEqual([
      "Derzeitige Struktur",
      "KIZ",
    ]);
    // Everything inside the chart's box.
    for (const b of balken) {
      expect(zahl(b, "x")).toBeGreaterThanOrEqual(0);
      expect(zahl(b, "x") + zahl(b, "width")).toBeLessThanOrEqual(1000);
      expect(zahl(b, "y")).toBeGreaterThan(30); // below the title
    }
  });

  test("bar chart: horizontal bars, first category at the bottom as in Excel", () => {
    const svg = parse(diagrammSvg(beschreibung({ typ: "BarClustered", legende: "Right" }), 900, 340)).documentElement;
    const kiz = Array.from(svg.querySelectorAll('rect.saeule[data-reihe="KIZ"]'));
    expect(kiz.map((b) => b.getAttribute("data-kategorie"))).toEqual([
      "Gesamtkosten",
      "Kostenerstattung Land NRW",
      "Jährlicher Kostenanteil",
    ]);
    expect(zahl(kiz[0], "width") / zahl(kiz[1], "width")).toBeCloseTo(353094 / 170000, 2);
    expect(zahl(kiz[0], "y")).toBeGreaterThan(zahl(kiz[2], "y"));
    // All bars start at the same x (the 0 line); the legend on the right stays right of the bars.
    const x0 = zahl(kiz[0], "x");
    for (const b of svg.querySelectorAll("rect.saeule")) expect(zahl(b, "x")).toBe(x0);
    const legendeX = Math.min(...Array.from(svg.querySelectorAll(".legendeneintrag rect")).map((r) => zahl(r, "x")));
    for (const b of kiz) expect(zahl(b, "x") + zahl(b, "width")).toBeLessThan(legendeX);
  });

  test("line chart: one line per series, broken at a gap, points at the values", () => {
    const werte = [
      ["", "Derzeitige Struktur", "KIZ"],
      [2013, 102316, 183094],
      [2014, 104711.32, "#WERT!"],
      [2015, 107163.28, 199795.62],
    ];
    const d = beschreibung({
      typ: "Line",
      titel: "Eigenanteil je Jahr",
      ...reihenAusBereich(werte, texte(werte), "Columns"),
    });
    const svg = parse(diagrammSvg(d, 800, 300)).documentElement;
    expect(svg.querySelectorAll('polyline[data-reihe="Derzeitige Struktur"]')).toHaveLength(1);
    // KIZ: two single points either side of the gap.
    expect(svg.querySelectorAll('polyline[data-reihe="KIZ"]')).toHaveLength(2);
    const punkte = Array.from(svg.querySelectorAll('circle[data-reihe="Derzeitige Struktur"]'));
    expect(punkte.map((p) => Number(p.getAttribute("data-wert")))).toEqual([102316, 104711.32, 107163.28]);
    // Larger value, higher point; years left to right.
    expect(zahl(punkte[2], "cy")).toBeLessThan(zahl(punkte[0], "cy"));
    expect(zahl(punkte[0], "cx")).toBeLessThan(zahl(punkte[1], "cx"));
    expect(punkte[1].querySelector("title")?.textContent).toBe("Derzeitige Struktur – 2014: 104.711,32 €");
    expect(Array.from(svg.querySelectorAll("text")).some((t) => t.textContent === "2015")).toBe(true);
  });

  test("texts from cells are escaped, not markup", () => {
    const d = beschreibung({
      titel: 'Kosten <b>&</b> "Plan"',
      reihen: [{ name: "<script>alert(1)</script>", werte: [1, 2, 3] }],
    });
    const svg = parse(diagrammSvg(d, 600, 300)).documentElement;
    expect(svg.querySelector("text.titel")?.textContent).toBe('Kosten <b>&</b> "Plan"');
    expect(svg.querySelector("script")).toBeNull();
    expect(svg.querySelector(".legendeneintrag")?.textContent).toBe("<script>alert(1)</script>");
  });

  test("no title and no legend when Excel hides them; an empty source says so", () => {
    const svg = parse(diagrammSvg(beschreibung({ titel: "", legende: null }), 600, 300)).documentElement;
    expect(svg.querySelector("text.titel")).toBeNull();
    expect(svg.querySelector(".legende")).toBeNull();
    const leer = parse(diagrammSvg(beschreibung({ kategorien: [], reihen: [] }), 600, 300)).documentElement;
    expect(leer.textContent).toContain("Keine Daten im Quellbereich");
  });
});

describe("Diagramm aus der Fake-Arbeitsmappe", () => {
  test("reads the source range on its own sheet, the € format and the anchor cells", async () => {
    const fake = createFakeExcel({ blaetter: ["Bericht", "Daten mit Leerzeichen"] });
    await fake.Excel.run(async (context) => {
      const daten = context.workbook.worksheets.getItem("Daten mit Leerzeichen");
      const bereich = daten.getRange("A1:C3");
      bereich.values = [
        ["", "2013", "2014"],
        ["KIZ", 183094, 191347.38],
        ["Derzeitig", 102316, 104711.32],
      ];
      daten.getRange("B2:C3").numberFormat = [
        ["#,##0 €", "#,##0 €"],
        ["#,##0 €", "#,##0 €"],
      ];
      const bericht = context.workbook.worksheets.getItem("Bericht");
      const diagramm = bericht.charts.add("LineMarkers" as Excel.ChartType, bereich, "Rows" as Excel.ChartSeriesBy);
      diagramm.name = "Verlauf";
      diagramm.title.text = "Eigenanteil";
      diagramm.setPosition("B4", "G20");
      bericht.charts.add("ColumnClustered" as Excel.ChartType, bereich, "Columns" as Excel.ChartSeriesBy);
      await context.sync();
    });
    const [verlauf, ohneLage] = fake.diagramme("Bericht");
    expect(trenneQuelle(verlauf.quelle).blatt).toBe("Daten mit Leerzeichen");
    const d = diagrammAusMappe(fake, verlauf);
    expect(d).toMatchObject({
      name: "Verlauf",
      typ: "LineMarkers",
      titel: "Eigenanteil",
      einheit: "€",
      kategorien: ["2013", "2014"],
      reihen: [
        { name: "KIZ", werte: [183094, 191347.38] },
        { name: "Derzeitig", werte: [102316, 104711.32] },
      ],
    });
    expect(diagrammAnker(verlauf, 5)).toMatchObject({ von: "B4", bis: "G20" });
    // Never positioned: column A, below the used range, at the chart's own size.
    expect(diagrammAnker(ohneLage, 5)).toEqual({
      von: "A7",
      bis: null,
      breitePx: Math.round((ohneLage.width * 4) / 3),
      hoehePx: Math.round((ohneLage.height * 4) / 3),
    });
    expect(diagrammAusMappe(fake, ohneLage).reihen.map((r) => r.name)).toEqual(["2013", "2014"]);
  });

  test("an edited source cell shows in the next drawing", async () => {
    const fake = createFakeExcel({ blaetter: ["Blatt"] });
    fake.setzeWert("Blatt", "A1", "Kategorie");
    fake.setzeWert("Blatt", "B1", "Wert");
    fake.setzeWert("Blatt", "A2", "Eins");
    fake.setzeWert("Blatt", "B2", "=2*50");
    await fake.Excel.run(async (context) => {
      const blatt = context.workbook.worksheets.getItem("Blatt");
      blatt.charts.add("ColumnClustered" as Excel.ChartType, blatt.getRange("A1:B2"), "Columns" as Excel.ChartSeriesBy);
      await context.sync();
    });
    const wert = () => {
      const svg = parse(diagrammSvg(diagrammAusMappe(fake, fake.diagramme("Blatt")[0]), 400, 250)).documentElement;
      return svg.querySelector("rect.saeule")?.getAttribute("data-wert");
    };
    expect(wert()).toBe("100");
    fake.setzeWert("Blatt", "B2", 250);
    expect(wert()).toBe("250");
  });
});
