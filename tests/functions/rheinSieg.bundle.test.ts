/**
 * The Rhein-Sieg-Kreis comparison of 04.02.2013, reproduced through the built functions bundle.
 */
import { ladeFunktionen, istFehler, GeladeneFunktionen } from "../helpers/ladeFunktionen";

let ki: GeladeneFunktionen["funktionen"];

beforeAll(() => {
  ki = ladeFunktionen().funktionen;
});

describe("Rhein-Sieg-Kreis 2013: derzeitige Struktur", () => {
  it("reproduces every line of the current-structure column", () => {
    const pk = ki.PERSONALKOSTEN([["A 11"]], null, null);
    expect(pk).toBe(69800);
    expect(ki.QUERSCHNITTSKOSTEN(pk, null)).toBe(20940);
    expect(ki.ITKOSTEN(2, null)).toBe(4536);
    expect(ki.RAUMKOSTEN(1, null)).toBe(5040);
    const gesamt = ki.GESAMTKOSTEN(pk, 2, 1, 2000, null, null, null);
    expect(gesamt).toBe(102316);
    expect(ki.EIGENANTEIL(gesamt, null)).toBe(102316);
    expect(ki.EIGENANTEIL(gesamt, 0)).toBe(102316);
  });
});

describe("Rhein-Sieg-Kreis 2013: KIZ", () => {
  it("reproduces every line of the KIZ column from the stated personnel costs", () => {
    const pk = 238300;
    expect(ki.QUERSCHNITTSKOSTEN(pk, 0.3)).toBe(71490);
    expect(ki.ITKOSTEN(8, 2268)).toBe(18144);
    expect(ki.RAUMKOSTEN(4, 5040)).toBe(20160);
    const gesamt = ki.GESAMTKOSTEN(pk, 8, 4, 5000, null, null, null);
    expect(gesamt).toBe(353094);
    const erstattung = ki.LANDESERSTATTUNG(pk, 2013, "Kreis", null, null, null);
    expect(erstattung).toBe(170000);
    expect(ki.EIGENANTEIL(gesamt, erstattung)).toBe(183094);
  });

  it("builds the KIZ personnel cost from grades with a user table", () => {
    // A 12 and EG 6 are not published separately; a user table with A 12 + ½ EG 6 = 98.700 € reproduces the sheet.
    const tabelle = [
      ["Gruppe", "€/Jahr"],
      ["A 11", 69800],
      ["A 12", 80000],
      ["EG 6", 37400],
    ];
    const pk = ki.PERSONALKOSTEN([["A 12"], ["A11"], ["TVöD-E 6"]], [[1], [2], [0.5]], tabelle);
    expect(pk).toBe(238300);
  });

  it("spills the whole table with KOSTENAUFSTELLUNG", () => {
    const t = ki.KOSTENAUFSTELLUNG([[238300]], 8, 4, 5000, 170000, null, null, null) as unknown[][];
    expect(t.map((z) => [...z])).toEqual([
      ["Personalkosten", 238300],
      ["Querschnitts-/Sachkosten", 71490],
      ["IT-Standardarbeitsplatz", 18144],
      ["Raumkosten", 20160],
      ["Projektmittel", 5000],
      ["Gesamtkosten", 353094],
      ["Kostenerstattung Land NRW", 170000],
      ["Jährlicher Kostenanteil", 183094],
    ]);
  });
});

describe("errors", () => {
  it("answers an unknown grade with #NV and what to supply", () => {
    const r = ki.PERSONALKOSTEN([["A 12"]], null, null);
    expect(istFehler(r) && r.code).toBe("#N/A");
    expect(istFehler(r) && r.message).toMatch(/keinen Satz.*eigene Satztabelle/);
  });

  it("rejects a refund above the costs with #WERT!", () => {
    const r = ki.EIGENANTEIL(100, 200);
    expect(istFehler(r) && r.code).toBe("#VALUE!");
    expect(istFehler(r) && r.message).toMatch(/höher als die Gesamtkosten/);
  });
});
