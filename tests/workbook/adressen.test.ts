/** The one A1 module: anchors, whole rows, first cells and sheet names as every writer uses them. */
import {
  bereich,
  blattBezug,
  blattName,
  ersteZelle,
  ohneAnker,
  spanne,
  zeilenSpanne,
  zelle,
} from "../../src/workbook/adressen";

describe("adressen", () => {
  it("anchors both parts, only the column or only the row", () => {
    expect([zelle(4, 2), zelle(4, 2, true), zelle(4, 2, "spalte"), zelle(4, 2, "zeile")]).toEqual([
      "C5",
      "$C$5",
      "$C5",
      "C$5",
    ]);
    expect(spanne(0, 0, 11, 7, "zeile")).toBe("A$1:H$12");
    expect(bereich(2, 0, 2, 0, true)).toBe("$A$3");
  });

  it("writes print titles as anchored whole rows", () => {
    expect(zeilenSpanne(0, 3)).toBe("$1:$4");
    expect(zeilenSpanne(6, 6)).toBe("$7:$7");
  });

  it("drops the anchors and finds a range's first cell", () => {
    expect(ohneAnker("$C$14:$D$20")).toBe("C14:D20");
    expect(ersteZelle("$B$5:D9")).toBe("B5");
    expect(ersteZelle("C:D")).toBe("C1");
    expect(ersteZelle("3:5")).toBe("A3");
    expect(ersteZelle("kein Bereich")).toBeNull();
  });

  it("quotes a sheet name only where Excel needs it", () => {
    expect(blattName("Kostenvergleich")).toBe("Kostenvergleich");
    expect(blattName("Änderungsprotokoll")).toBe("Änderungsprotokoll");
    expect(blattName("Vergleich mit Stand")).toBe("'Vergleich mit Stand'");
    expect(blattName("AB12")).toBe("'AB12'");
    expect(blattBezug("Jan's Blatt", "$A$1")).toBe("'Jan''s Blatt'!$A$1");
  });
});
