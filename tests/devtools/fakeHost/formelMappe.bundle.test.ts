/**
 * A formula workbook written through the fake Office.js API and evaluated by HyperFormula with
 * the BUILT KI.* functions (dist/, via the manifest): the Rhein-Sieg-Kreis comparison of
 * 04.02.2013 (docs/QUELLEN.md#rhein-sieg-2013) from composed KI formulas over input cells.
 */
import { createFakeExcel, FakeExcel, GroessenregelTyp } from "./hilfen";
import { ladeFunktionen, GeladeneFunktionen } from "../../helpers/ladeFunktionen";

let ki: GeladeneFunktionen;
let fake: FakeExcel;

beforeAll(() => {
  ki = ladeFunktionen();
});

async function baueVergleich(f: FakeExcel): Promise<void> {
  await f.Excel.run(async (context) => {
    const annahmen = context.workbook.worksheets.getItem("Annahmen");
    annahmen.getRange("A1:C7").values = [
      ["Parameter", "Derzeit", "KIZ"],
      ["Personal", "A 11", 238300],
      ["Arbeitsplätze", 2, 8],
      ["Büros", 1, 4],
      ["Projektmittel", 2000, 5000],
      ["Querschnittssatz", 0.3, ""],
      ["Jahr", 2013, ""],
    ];
    context.workbook.names.add("Querschnittssatz", annahmen.getRange("B6"), "Rhein-Sieg-Kreis 2013: 30 %");
    const v = context.workbook.worksheets.add("Vergleich");
    v.getRange("A1:C10").formulas = [
      ["Zeile", "Derzeitige Struktur", "KIZ"],
      ["Personalkosten", "=KI.PERSONALKOSTEN(Annahmen!B2)", "=Annahmen!C2"],
      [
        "Querschnitts-/Sachkosten",
        "=KI.QUERSCHNITTSKOSTEN(B2,Querschnittssatz)",
        "=KI.QUERSCHNITTSKOSTEN(C2,Querschnittssatz)",
      ],
      ["IT-Standardarbeitsplatz", "=KI.ITKOSTEN(Annahmen!B3)", "=KI.ITKOSTEN(Annahmen!C3)"],
      ["Raumkosten", "=KI.RAUMKOSTEN(Annahmen!B4)", "=KI.RAUMKOSTEN(Annahmen!C4)"],
      ["Projektmittel", "=Annahmen!B5", "=Annahmen!C5"],
      [
        "Gesamtkosten",
        "=KI.GESAMTKOSTEN(B2,Annahmen!B3,Annahmen!B4,Annahmen!B5,Querschnittssatz)",
        "=KI.GESAMTKOSTEN(C2,Annahmen!C3,Annahmen!C4,Annahmen!C5,Querschnittssatz)",
      ],
      ["Kostenerstattung Land NRW", 0, '=KI.LANDESERSTATTUNG(C2,Annahmen!$B$7,"Kreis")'],
      ["Jährlicher Kostenanteil Kreis", "=KI.EIGENANTEIL(B7,B8)", "=KI.EIGENANTEIL(C7,C8)"],
      ["Mehrkosten KIZ", "", "=C9-B9"],
    ];
    v.getRange("B2:C10").numberFormat = "#,##0 €" as unknown as string[][];
    await context.sync();
  });
}

describe("Rhein-Sieg-Kreis 2013 as a formula workbook", () => {
  beforeEach(async () => {
    fake = createFakeExcel({ ki, blaetter: ["Annahmen"] });
    await baueVergleich(fake);
  });

  it("reproduces 102.316 / 353.094 / 170.000 / 183.094 and the difference 80.778", () => {
    expect(fake.werte("Vergleich", "B2:C9")).toEqual([
      [69800, 238300],
      [20940, 71490],
      [4536, 18144],
      [5040, 20160],
      [2000, 5000],
      [102316, 353094],
      [0, 170000],
      [102316, 183094],
    ]);
    expect(fake.wert("Vergleich", "C10")).toBe(80778);
    expect(fake.text("Vergleich", "C7")).toBe("353.094 €");
    expect(fake.formel("Vergleich", "C8")).toBe('=KI.LANDESERSTATTUNG(C2,Annahmen!$B$7,"Kreis")');
  });

  it("agrees with the sum of its lines", () => {
    const spalte = fake.werte("Vergleich", "C2:C7").map(([x]) => x as number);
    expect(spalte.slice(0, 5).reduce((a, b) => a + b, 0)).toBe(spalte[5]);
  });

  it("recalculates dependent cells when an input changes", async () => {
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Annahmen").getRange("B6").values = [[0.2]];
      const gesamt = context.workbook.worksheets.getItem("Vergleich").getRange("B7:C7");
      gesamt.load("values, text");
      await context.sync();
      expect(gesamt.values).toEqual([[95336, 329264]]);
      expect(gesamt.text).toEqual([["95.336 €", "329.264 €"]]);
    });
    // A user typing into the sheet recalculates too.
    fake.setzeWert("Annahmen", "C3", "10");
    expect(fake.wert("Vergleich", "C4")).toBe(22680);
    expect(fake.wert("Vergleich", "C9")).toBe(329264 + 4536 - 170000);
  });

  it("lists the workbook name with its reference and value", () => {
    expect(fake.namen()).toEqual([
      {
        name: "Querschnittssatz",
        formel: "=Annahmen!$B$6",
        kommentar: "Rhein-Sieg-Kreis 2013: 30 %",
        sichtbar: true,
        wert: 0.3,
      },
    ]);
  });
});

describe("KI errors and spills", () => {
  beforeEach(() => {
    fake = createFakeExcel({ ki, blaetter: ["T"] });
  });

  async function schreibe(adresse: string, formeln: unknown[][]): Promise<void> {
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange(adresse).formulas = formeln;
      await context.sync();
    });
  }

  it("delivers CustomFunctions.Error as the matching Excel error with its message", async () => {
    await schreibe("A1:C1", [['=KI.PERSONALKOSTEN("A 12")', "=KI.EIGENANTEIL(100,200)", '=KI.ITKOSTEN("zwei")']]);
    expect(fake.werte("T", "A1:C1")).toEqual([["#N/A", "#VALUE!", "#VALUE!"]]);
    expect(fake.fehler("T", "A1")).toEqual({
      code: "#N/A",
      meldung: expect.stringMatching(/keinen Satz.*eigene Satztabelle/),
    });
    expect(fake.fehler("T", "B1")?.meldung).toMatch(/höher als die Gesamtkosten/);
    expect(fake.text("T", "A1")).toBe("#NV");
    expect(fake.text("T", "B1")).toBe("#WERT!");
    expect(fake.text("T", "C1")).toBe("#WERT!");
  });

  it("propagates an error argument without calling the function, as Excel does", async () => {
    await schreibe("A1:B1", [["=1/0", "=KI.GESAMTKOSTEN(A1,1,1)"]]);
    expect(fake.wert("T", "B1")).toBe("#DIV/0!");
  });

  it("spills KOSTENAUFSTELLUNG over 8 rows × 2 columns", async () => {
    await schreibe("B2", [["=KI.KOSTENAUFSTELLUNG(238300,8,4,5000,170000)"]]);
    expect(fake.werte("T", "B2:C9")).toEqual([
      ["Personalkosten", 238300],
      ["Querschnitts-/Sachkosten", 71490],
      ["IT-Standardarbeitsplatz", 18144],
      ["Raumkosten", 20160],
      ["Projektmittel", 5000],
      ["Gesamtkosten", 353094],
      ["Kostenerstattung Land NRW", 170000],
      ["Jährlicher Kostenanteil", 183094],
    ]);
    expect(fake.werte("T", "B10:D10")).toEqual([["", "", ""]]);
    expect(fake.formel("T", "B2")).toBe("=KI.KOSTENAUFSTELLUNG(238300,8,4,5000,170000)");
    // Spilled cells report their value in `formulas`, as Excel does.
    expect(fake.formel("T", "C9")).toBe(183094);
  });

  it("shows a spilling function's error in its own cell only", async () => {
    await schreibe("A1", [["=KI.KOSTENAUFSTELLUNG(-5,8,4)"]]);
    expect(fake.wert("T", "A1")).toBe("#VALUE!");
    expect(fake.fehler("T", "A1")?.meldung).toMatch(/Personal/);
    expect(fake.werte("T", "A2:B2")).toEqual([["", ""]]);
  });

  it("answers a blocked spill with #SPILL!", async () => {
    await schreibe("A1:A2", [["=KI.KOSTENAUFSTELLUNG(1,1,1)"], ["im Weg"]]);
    expect(fake.wert("T", "A1")).toBe("#SPILL!");
  });

  it("flags a size rule that is too small instead of truncating", async () => {
    const klein = createFakeExcel({
      ki,
      blaetter: ["T"],
      groessenregeln: { KOSTENAUFSTELLUNG: { zeilen: 3, spalten: 2 } },
    });
    await klein.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("A1").formulas = [["=KI.KOSTENAUFSTELLUNG(1,1,1)"]];
    });
    expect(klein.wert("T", "A1")).toBe("#VALUE!");
    expect(klein.fehler("T", "A1")?.meldung).toMatch(/GROESSENREGELN/);
  });
});

describe("size rules shaped like an argument", () => {
  // A stand-in for a function that spills one value per row of its second argument (like UMLAGE).
  const quelle = {
    metadaten: {
      functions: [
        {
          id: "VERTEILE",
          name: "VERTEILE",
          parameters: [{ name: "betrag" }, { name: "grundlagen", dimensionality: "matrix" }],
          result: { dimensionality: "matrix" },
        },
        {
          id: "SPIEGEL",
          name: "SPIEGEL",
          parameters: [{ name: "bereich", dimensionality: "matrix" }],
          result: { dimensionality: "matrix" },
        },
        { id: "OHNEREGEL", name: "OHNEREGEL", parameters: [], result: { dimensionality: "matrix" } },
      ],
    },
    funktionen: {
      VERTEILE: (betrag: unknown, grundlagen: unknown) => {
        const g = (grundlagen as number[][]).map((z) => z[z.length - 1]);
        const summe = g.reduce((a, b) => a + b, 0);
        return g.map((x) => [((betrag as number) * x) / summe]);
      },
      SPIEGEL: (bereich: unknown) =>
        (bereich as unknown[][])[0].map((_, j) => (bereich as unknown[][]).map((z) => z[j])),
      OHNEREGEL: () => [[1, 2]],
    } as Record<string, (...a: unknown[]) => unknown>,
  };
  const regeln: Record<string, GroessenregelTyp> = {
    VERTEILE: { zeilen: { argument: 1, mass: "zeilen" }, spalten: 1 },
  };

  it("spills one value per row of the argument, transposes, and names a missing rule", async () => {
    const { formWieArgument } = await import("../../../devtools/fakeHost");
    const f = createFakeExcel({
      ki: quelle,
      blaetter: ["T"],
      groessenregeln: { ...regeln, SPIEGEL: formWieArgument(0, true) },
    });
    await f.Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("T");
      t.getRange("A1:B3").values = [
        ["Troisdorf", 300],
        ["Siegburg", 200],
        ["Hennef", 500],
      ];
      t.getRange("D1").formulas = [["=KI.VERTEILE(1000,A1:B3)"]];
      t.getRange("F1").formulas = [["=KI.SPIEGEL(A1:B3)"]];
      t.getRange("F5").formulas = [["=KI.OHNEREGEL()"]];
    });
    expect(f.werte("T", "D1:D4")).toEqual([[300], [200], [500], [""]]);
    expect(f.werte("T", "F1:H2")).toEqual([
      ["Troisdorf", "Siegburg", "Hennef"],
      [300, 200, 500],
    ]);
    expect(f.fehler("T", "F5")?.meldung).toMatch(/keine Größenregel/);
  });
});
