/**
 * Excel-shaped arguments and error answers of the built functions.
 */
import { ladeFunktionen, istFehler, StubFehler } from "../helpers/ladeFunktionen";

let ki: Record<string, (...a: unknown[]) => unknown>;
beforeAll(() => {
  ki = ladeFunktionen().funktionen as typeof ki;
});

const NI = [["NI2024"]];

function fehler(r: unknown): StubFehler {
  if (!istFehler(r)) throw new Error(`Fehler erwartet, erhalten: ${JSON.stringify(r)}`);
  return r;
}

describe("pay grades", () => {
  it.each(["EG 6", "E 6", "E6", "TVöD 6", "TVöD-E 6", "tvöd e6", "eg6", "TVoeD 6"])("%s is EG 6", (g) => {
    expect(ki.PERSONALKOSTEN([[g]], null, NI)).toBe(55900);
  });

  it("treats A 11 and A11 alike and keeps sub-grades distinct", () => {
    expect(ki.PERSONALKOSTEN([["A11"]], null, null)).toBe(69800);
    expect(ki.PERSONALKOSTEN([["a 11"]], null, null)).toBe(69800);
    expect(ki.PERSONALKOSTEN([["EG 9b"]], null, NI)).toBe(71600);
    expect(ki.PERSONALKOSTEN([["EG 9c"]], null, NI)).toBe(72300);
    expect(fehler(ki.PERSONALKOSTEN([["EG 9"]], null, NI)).code).toBe("#N/A");
    const tabelle = [
      ["S 12", 60000],
      ["EG 12", 70000],
    ];
    expect(ki.PERSONALKOSTEN([["S12"]], null, tabelle)).toBe(60000);
    expect(ki.PERSONALKOSTEN([["E 12"]], null, tabelle)).toBe(70000);
  });

  it("sums a range with shares and skips blank cells however the host sends them", () => {
    for (const leer of [null, "", 0]) {
      expect(ki.PERSONALKOSTEN([["EG 9b"], [leer], ["EG 6"]], [[2], [leer], [0.5]], NI)).toBe(2 * 71600 + 27950);
    }
  });

  it("applies a single share to every grade and defaults an omitted share to 1", () => {
    expect(ki.PERSONALKOSTEN([["EG 9b", "EG 6"]], [[0.5]], NI)).toBe(35800 + 27950);
    expect(ki.PERSONALKOSTEN([["EG 9b"]], null, NI)).toBe(71600);
  });

  it("rounds a third of a post to the cent, half away from zero", () => {
    expect(ki.PERSONALKOSTEN([["EG 6"]], [[1 / 3]], NI)).toBe(18633.33);
    expect(ki.PERSONALKOSTEN([["X"]], [[0.5]], [["X", 0.05]])).toBe(0.03);
  });
});

describe("user rate tables", () => {
  it("skips header rows and rejects duplicate grades", () => {
    const t = [
      ["Gruppe", "Satz"],
      ["Stand 2024", ""],
      ["A 11", 70000],
      [null, null],
    ];
    expect(ki.PERSONALKOSTEN([["A 11"]], null, t)).toBe(70000);
    const doppelt = [
      ["A 11", 70000],
      ["A11", 71000],
    ];
    const f = fehler(ki.PERSONALKOSTEN([["A 11"]], null, doppelt));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/zweimal/);
  });

  it("gives a table-change result immediately (content cache keyed by content)", () => {
    const t = [["A 11", 70000]];
    expect(ki.PERSONALKOSTEN([["A 11"]], null, t)).toBe(70000);
    expect(ki.PERSONALKOSTEN([["A 11"]], null, [["A 11", 71000]])).toBe(71000);
  });

  it("the table used last is recognised only with the same shape and the same cells", () => {
    const t = [
      ["A 11", 70000],
      ["EG 9b", 60000],
    ];
    expect(ki.PERSONALKOSTEN([["EG 9b"]], null, t)).toBe(60000);
    // Same first two columns, but one row is short: the range is still refused as not rectangular.
    const f = fehler(
      ki.PERSONALKOSTEN([["EG 9b"]], null, [
        ["A 11", 70000, "x"],
        ["EG 9b", 60000],
      ]),
    );
    expect(f.message).toMatch(/nicht rechteckig/);
    expect(ki.PERSONALKOSTEN([["EG 9b"]], null, t)).toBe(60000);
    // A third column with notes: the same table.
    expect(
      ki.PERSONALKOSTEN([["EG 9b"]], null, [
        ["A 11", 70000, "a"],
        ["EG 9b", 60000, "b"],
      ]),
    ).toBe(60000);
    // The rate as text is a note, not the number: EG 9b is then not in the table.
    expect(
      fehler(
        ki.PERSONALKOSTEN([["EG 9b"]], null, [
          ["A 11", 70000],
          ["EG 9b", "60000"],
        ]),
      ).code,
    ).toBe("#N/A");
    expect(
      ki.PERSONALKOSTEN([["EG 9b"]], null, [
        ["A 11", 70000],
        ["EG 9b", 60001],
      ]),
    ).toBe(60001);
    expect(ki.PERSONALKOSTEN([["EG 9b"]], null, t)).toBe(60000);
  });

  it("names unknown built-in tables", () => {
    const f = fehler(ki.PERSONALKOSTEN([["A 11"]], null, [["KGSt"]]));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/RSK2013, BUND-AGEBV-2021, NI2024/);
  });
});

describe("error answers", () => {
  it("unknown grade → #NV with what to supply", () => {
    const f = fehler(ki.PERSONALKOSTEN([["A 12"]], null, null));
    expect(f.code).toBe("#N/A");
    expect(f.message).toMatch(/A 12.*RSK2013.*eigene Satztabelle/);
  });

  it("negative share → #WERT!", () => {
    const f = fehler(ki.PERSONALKOSTEN([["A 11"]], [[-0.5]], null));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/negativ/);
  });

  it("refund above costs → #WERT!", () => {
    expect(fehler(ki.EIGENANTEIL(102316, 170000)).code).toBe("#VALUE!");
  });

  it("shape mismatch between gruppe and anteil → #WERT!", () => {
    const f = fehler(ki.PERSONALKOSTEN([["A 11"], ["A 11"]], [[1, 1, 1]], null));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/Form/);
  });

  it("text where a number is needed → #WERT! with a hint for numbers stored as text", () => {
    const f = fehler(ki.ITKOSTEN("2", null));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/als Text gespeichert/);
    expect(fehler(ki.GESAMTKOSTEN("69.800", 2, 1, null, null, null, null)).message).toMatch(/Text/);
    expect(fehler(ki.RAUMKOSTEN(true, null)).message).toMatch(/WAHR\/FALSCH/);
    expect(fehler(ki.QUERSCHNITTSKOSTEN(69800, "30 %")).code).toBe("#VALUE!");
  });

  it("an empty required number counts as 0, as in Excel's own arithmetic, in every empty form", () => {
    for (const leer of [null, "", 0]) {
      expect(ki.GESAMTKOSTEN(69800, leer, 1, null, null, null, null)).toBe(69800 + 20940 + 5040);
      expect(ki.EIGENANTEIL(leer, null)).toBe(0);
    }
    // A required text still says what is missing, whichever empty form arrives.
    for (const leer of [null, "", 0]) expect(fehler(ki.SATZ(leer, null)).message).toMatch(/Name fehlt/);
    // An all-blank grade range is an empty staff list, like SUM over empty cells.
    expect(ki.PERSONALKOSTEN([[null], [""]], null, null)).toBe(0);
  });

  it("rates out of range → #WERT!", () => {
    expect(fehler(ki.QUERSCHNITTSKOSTEN(69800, 30)).code).toBe("#VALUE!");
    expect(fehler(ki.GESAMTKOSTEN(69800, 2, 1, 0, -0.1, null, null)).code).toBe("#VALUE!");
    expect(fehler(ki.ITKOSTEN(-1, null)).code).toBe("#VALUE!");
  });

  it("a year before 2012 → #NV; unknown body → #WERT!", () => {
    const f = fehler(ki.LANDESERSTATTUNG(238300, 2011, null, null, null, null));
    expect(f.code).toBe("#N/A");
    expect(f.message).toMatch(/keine Landesförderung/);
    expect(fehler(ki.LANDESERSTATTUNG(238300, 2013, "Gemeinde", null, null, null)).code).toBe("#VALUE!");
  });

  it("unknown SATZ name lists the known names", () => {
    const f = fehler(ki.SATZ("Miete", null));
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/Querschnitt, IT, Raum, Landespauschale, Zusatzstelle, Sachausgaben/);
  });

  it("KOSTENAUFSTELLUNG spills a single error cell on bad input", () => {
    const r = ki.KOSTENAUFSTELLUNG([["A 12"]], 1, 1, null, null, null, null, null) as unknown[][];
    expect(r).toHaveLength(1);
    expect(fehler(r[0][0]).code).toBe("#N/A");
  });
});

describe("optional arguments and empty cells", () => {
  it("omitted optional arguments take the documented defaults", () => {
    expect(ki.GESAMTKOSTEN(69800, 2, 1, null, null, null, null)).toBe(69800 + 20940 + 4536 + 5040);
    expect(ki.LANDESERSTATTUNG(238300, null, null, null, null, null)).toBe(170000);
  });

  it('an empty cell in an optional rate is 0, whether it arrives as null, "" or 0 (a range parameter)', () => {
    for (const leer of [[[null]], [[""]], [[0]], "", 0]) {
      expect(ki.GESAMTKOSTEN(69800, 2, 1, leer, leer, leer, leer)).toBe(69800);
      expect(ki.LANDESERSTATTUNG(238300, leer, leer, leer, leer, leer)).toBe(170000);
    }
  });

  it("a zero optional rate is a real zero", () => {
    expect(ki.GESAMTKOSTEN(69800, 2, 1, 0, 0, 0, 0)).toBe(69800);
  });

  it("accepts 1×1 ranges where Excel passes a cell", () => {
    expect(ki.ITKOSTEN([[2]], [[2268]])).toBe(4536);
  });

  it("SATZ shows the built-in defaults with the year's rule set", () => {
    expect(ki.SATZ("Querschnitt", null)).toBe(0.3);
    expect(ki.SATZ("it", null)).toBe(2268);
    expect(ki.SATZ("Raum", null)).toBe(5040);
    expect(ki.SATZ("Landespauschale", 2013)).toBe(170000);
    expect(ki.SATZ("Zusatzstelle", 2017)).toBe(50000);
    expect(ki.SATZ("Sachausgaben", 2017)).toBe(50000);
    expect(fehler(ki.SATZ("Zusatzstelle", 2013)).code).toBe("#N/A");
  });

  it("LANDESERSTATTUNG from 2017 caps per post and counts only the first n posts of a range", () => {
    expect(ki.LANDESERSTATTUNG(238300, 2017, "Kreis", 3, [[60000], [60000], [60000]], 40000)).toBe(360000);
    expect(ki.LANDESERSTATTUNG(238300, 2017, "Kreis", 3, [[180000]], 40000)).toBe(360000);
    expect(ki.LANDESERSTATTUNG(238300, 2017, "kfS", 3, [[60000], [60000], [60000]], 0)).toBe(270000);
    expect(ki.LANDESERSTATTUNG(238300, 2017, "Stadt", 3, [[30000], [60000], [10000]], 0)).toBe(170000 + 30000 + 50000);
    expect(ki.LANDESERSTATTUNG(100000, 2017, null, 2, null, 70000)).toBe(100000 + 100000 + 50000);
  });
});
