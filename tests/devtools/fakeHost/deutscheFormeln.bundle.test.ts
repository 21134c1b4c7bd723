/**
 * A real formula workbook evaluated by HyperFormula with the built KI functions bridged in and
 * German separators and function names, as a German Excel shows them: ";" between arguments,
 * "," as decimal mark, SUMME/RUNDEN/WENN. The Rhein-Sieg-Kreis comparison of 04.02.2013 is
 * built from composed KI formulas over input cells; changing an input recalculates.
 */
import type { HyperFormula } from "hyperformula";
import { DEUTSCHE_KONFIGURATION, erstelleKiHyperFormula } from "../../../devtools/fakeHost";
import { ladeFunktionen } from "../../helpers/ladeFunktionen";

let hf: HyperFormula;
let eingaben: number;
let vergleich: number;

const zelle = (sheet: number, adresse: string) => {
  const a = hf.simpleCellAddressFromString(adresse, sheet);
  if (!a) throw new Error(adresse);
  return a;
};
const wert = (sheet: number, adresse: string) => hf.getCellValue(zelle(sheet, adresse));

beforeEach(() => {
  hf = erstelleKiHyperFormula(ladeFunktionen(), { konfiguration: DEUTSCHE_KONFIGURATION });
  hf.addSheet("Annahmen");
  hf.addSheet("Kosten Vergleich");
  eingaben = hf.getSheetId("Annahmen") as number;
  vergleich = hf.getSheetId("Kosten Vergleich") as number;
  hf.setSheetContent(eingaben, [
    ["Parameter", "Derzeit", "KIZ"],
    ["Personal", "A 11", 238300],
    ["Arbeitsplätze", 2, 8],
    ["Büros", 1, 4],
    ["Projektmittel", "2.000", "5.000"],
    ["Querschnittssatz", "0,3", null],
    ["Jahr", 2013, null],
  ]);
  hf.addNamedExpression("Querschnittssatz", "=Annahmen!$B$6");
  hf.setSheetContent(vergleich, [
    ["Zeile", "Derzeitige Struktur", "KIZ"],
    ["Personalkosten", "=KI.PERSONALKOSTEN(Annahmen!B2)", "=Annahmen!C2"],
    [
      "Querschnittskosten",
      "=KI.QUERSCHNITTSKOSTEN(B2;Querschnittssatz)",
      "=KI.QUERSCHNITTSKOSTEN(C2;Querschnittssatz)",
    ],
    ["IT", "=KI.ITKOSTEN(Annahmen!B3;2268)", "=KI.ITKOSTEN(Annahmen!C3;2268)"],
    ["Räume", "=KI.RAUMKOSTEN(Annahmen!B4)", "=KI.RAUMKOSTEN(Annahmen!C4)"],
    ["Projektmittel", "=Annahmen!B5", "=Annahmen!C5"],
    [
      "Gesamtkosten",
      "=KI.GESAMTKOSTEN(B2;Annahmen!B3;Annahmen!B4;Annahmen!B5;Querschnittssatz)",
      "=KI.GESAMTKOSTEN(C2;Annahmen!C3;Annahmen!C4;Annahmen!C5;Querschnittssatz)",
    ],
    ["Landeserstattung", 0, '=KI.LANDESERSTATTUNG(C2;Annahmen!$B$7;"Kreis")'],
    ["Eigenanteil", "=KI.EIGENANTEIL(B7;B8)", "=KI.EIGENANTEIL(C7;C8)"],
    ["Mehrkosten", "=WENN(C9>B9;C9-B9;0)", "=RUNDEN(SUMME(C2:C6)-C7;2)"],
    ["Kontrolle", '=SVERWEIS("Gesamtkosten";A2:C9;3;FALSCH)', "=KI.EIGENANTEIL(1234,5;0,5)"],
  ]);
});

describe("German formula syntax with KI functions", () => {
  it("reproduces the Rhein-Sieg table", () => {
    expect(hf.getRangeValues({ start: zelle(vergleich, "B2"), end: zelle(vergleich, "C9") })).toEqual([
      [69800, 238300],
      [20940, 71490],
      [4536, 18144],
      [5040, 20160],
      [2000, 5000],
      [102316, 353094],
      [0, 170000],
      [102316, 183094],
    ]);
    expect(wert(vergleich, "B10")).toBe(80778);
    expect(wert(vergleich, "C10")).toBe(0);
    expect(wert(vergleich, "B11")).toBe(353094);
    // "1234,5" and "0,5" are German decimals: 1.234,50 € − 0,50 €.
    expect(wert(vergleich, "C11")).toBe(1234);
  });

  it("keeps German syntax in stored formulas", () => {
    expect(hf.getCellFormula(zelle(vergleich, "C8"))).toBe('=KI.LANDESERSTATTUNG(C2;Annahmen!$B$7;"Kreis")');
    expect(hf.getCellFormula(zelle(vergleich, "B10"))).toBe("=WENN(C9>B9;C9-B9;0)");
  });

  it("recalculates when an input cell changes", () => {
    hf.setCellContents(zelle(eingaben, "B6"), "0,2");
    expect(wert(vergleich, "B7")).toBe(95336);
    expect(wert(vergleich, "C7")).toBe(329264);
    expect(wert(vergleich, "C9")).toBe(159264);
    hf.setCellContents(zelle(eingaben, "B7"), 2012);
    expect(wert(vergleich, "C8")).toBe(170000);
  });

  it("shows KI errors with German error codes and the function's message", () => {
    hf.setCellContents(zelle(eingaben, "B2"), "A 12");
    const fehler = wert(vergleich, "B2") as { value: string; message: string };
    expect(fehler.value).toBe("#NV");
    expect(fehler.message).toMatch(/keinen Satz/);
    // Dependent cells carry the error on.
    expect((wert(vergleich, "B9") as { value: string }).value).toBe("#NV");
  });
});
