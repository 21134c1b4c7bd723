import { detailDeutsch, formelDeutsch, ortsdatumIso, ortszeitText } from "../../src/abnahme/darstellung";
import { ANZAHL_PUNKTE, PRUEFUNGEN } from "../../src/abnahme/lauf";

describe("Abnahmebericht in deutscher Darstellung", () => {
  it("shows formulas with semicolons and decimal commas, text in quotes untouched", () => {
    expect(formelDeutsch("=KI.GESAMTKOSTEN(238300,8,4,5000)")).toBe("=KI.GESAMTKOSTEN(238300;8;4;5000)");
    expect(formelDeutsch('=KI.LANDESERSTATTUNG(238300,2013,"Kreis, Stadt")')).toBe(
      '=KI.LANDESERSTATTUNG(238300;2013;"Kreis, Stadt")',
    );
    expect(formelDeutsch("=KI.GESAMTKOSTEN(A1,2.5,1,0.25)")).toBe("=KI.GESAMTKOSTEN(A1;2,5;1;0,25)");
  });

  it("converts only the formulas inside a detail text", () => {
    const detail = "=KI.GESAMTKOSTEN(238300,8,4,5000) = 353094; =KI.EIGENANTEIL(A3,A4) = 183094, alles gut";
    expect(detailDeutsch(detail)).toBe(
      "=KI.GESAMTKOSTEN(238300;8;4;5000) = 353094; =KI.EIGENANTEIL(A3;A4) = 183094, alles gut",
    );
  });

  it("gives the start in local time with its offset, and the local date for the file name", () => {
    const d = new Date(2026, 11, 7, 20, 5, 9);
    expect(ortszeitText(d)).toMatch(/^07\.12\.2026, 20:05:09 \(UTC[+−]\d{2}:\d{2}\)$/);
    expect(ortsdatumIso(new Date(2026, 0, 1, 0, 30))).toBe("2026-01-01");
  });

  it("counts the clean-up among the points the pane announces", () => {
    expect(ANZAHL_PUNKTE).toBe(PRUEFUNGEN.length + 1);
  });
});
