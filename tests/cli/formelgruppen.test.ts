/**
 * Shared formulas in the .xlsx writer: a cell joins a group only when its formula is the first
 * cell's moved down row by row, and the file read back by exceljs (its own expansion of shared
 * formulas, not ours) gives every cell the plan's formula.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { formelgruppen } from "../../src/cli/xlsx/formelgruppen";
import { schreibeXlsx } from "../../src/cli/xlsxSchreiber";
import type { BlattPlan, Zelle } from "../../src/workbook/plan";

const spalte = (formeln: Array<string | null>): Zelle[][] => formeln.map((f) => [f === null ? null : { formel: f }]);

test("eine nach unten gefüllte Formel wird eine Gruppe mit genauem Bereich; absolute Bezüge bleiben", () => {
  const zeilen = spalte(["=A5*$B$1+SUM($C$5:C5)", "=A6*$B$1+SUM($C$5:C6)", "=A7*$B$1+SUM($C$5:C7)"]);
  const g = formelgruppen(zeilen, 5, { naechste: 3 });
  expect(g.map((z) => z[0])).toEqual([
    '<f t="shared" ref="A5:A7" si="3">A5*$B$1+SUM($C$5:C5)</f>',
    '<f t="shared" si="3"/>',
    '<f t="shared" si="3"/>',
  ]);
});

test("ein Funktionsname mit Ziffern ist kein Bezug: LOG10 bleibt, A1 wandert", () => {
  const g = formelgruppen(spalte(["=LOG10(A1)", "=LOG10(A2)"]), 1, { naechste: 0 }).map((z) => z[0]);
  expect(g).toEqual(['<f t="shared" ref="A1:A2" si="0">LOG10(A1)</f>', '<f t="shared" si="0"/>']);
});

test.each([
  ["eine absolute Zeile, die mitwandert", ["=A1+$B$1", "=A2+$B$2"]],
  ["eine Zahl, die mitwandert", ["=A1+1", "=A2+2"]],
  ["Text mit der Zeilennummer", ['=A1&"A1"', '=A2&"A2"']],
  ["ein Funktionsname mit Ziffern", ["=LOG10(A1)", "=LOG11(A2)"]],
  ["ein Name mit Ziffern", ["=KI_Satz_1*A1", "=KI_Satz_2*A2"]],
  ["ein Bezug, der nicht mitwandert", ["=A1", "=A1"]],
  ["ein Bezug zwei Zeilen weiter", ["=A1", "=A3"]],
  ["eine führende Null", ["=A9", "=A010"]],
  ["eine Formel dahinter", ["=A1", "=A2+0"]],
])("keine Gruppe bei %s", (_, formeln) => {
  expect(formelgruppen(spalte(formeln), 1, { naechste: 0 }).map((z) => z[0])).toEqual([undefined, undefined]);
});

test("eine Lücke, eine andere Formel oder ein Wert beendet die Gruppe; danach beginnt eine neue", () => {
  const zeilen: Zelle[][] = [
    [{ formel: "=B1" }],
    [{ formel: "=B2" }],
    [null],
    [{ formel: "=B4" }],
    [{ formel: "=B5" }],
    [{ zahl: 1 }],
    [{ formel: "=C7" }],
  ];
  const g = formelgruppen(zeilen, 1, { naechste: 0 }).map((z) => z[0]);
  expect(g).toEqual([
    '<f t="shared" ref="A1:A2" si="0">B1</f>',
    '<f t="shared" si="0"/>',
    undefined,
    '<f t="shared" ref="A4:A5" si="1">B4</f>',
    '<f t="shared" si="1"/>',
    undefined,
    undefined,
  ]);
});

/** A formula of relative and absolute references, rendered for row offset d (an independent shift). */
type Teil = { text: string } | { sp: string; zeile: number; absolut: boolean };
const teil = fc.oneof(
  fc.constantFrom("+", "*", ",", ")", "SUM(", "IF(", "=0,", '"x1"', "2"),
  fc.record({
    sp: fc.constantFrom("A", "C", "AB", "$D"),
    zeile: fc.integer({ min: 1, max: 999 }),
    absolut: fc.boolean(),
  }),
);
function formel(teile: Array<string | Teil>, d: number): string {
  return (
    "=" +
    teile
      .map((t) => {
        if (typeof t === "string") return t;
        if ("text" in t) return t.text;
        return t.absolut ? `${t.sp}$${t.zeile}` : `${t.sp}${t.zeile + d}`;
      })
      .join(" ")
  );
}

test("Eigenschaft: gefüllte Spalten werden genau eine Gruppe, eine geänderte Zelle trennt sie", () => {
  fc.assert(
    fc.property(
      fc.array(teil, { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 2, max: 12 }),
      fc.nat(),
      (teile, n, k) => {
        const formeln = Array.from({ length: n }, (_, d) => formel(teile, d));
        const ganz = formelgruppen(spalte(formeln), 1, { naechste: 0 }).map((z) => z[0]);
        expect(ganz[0]).toMatch(new RegExp(`^<f t="shared" ref="A1:A${n}" si="0">`));
        expect(ganz.slice(1)).toEqual(Array(n - 1).fill('<f t="shared" si="0"/>'));
        // Cell k gets a different formula: no group may span it.
        const i = k % n;
        formeln[i] = `${formeln[i]}+1`;
        const geteilt = formelgruppen(spalte(formeln), 1, { naechste: 0 }).map((z) => z[0]);
        expect(geteilt[i] === undefined || geteilt[i]!.includes("ref=")).toBe(true);
      },
    ),
  );
});

test("gelesen mit exceljs: jede Zelle hat ihre Formel und ihr Ergebnis, auch über Gruppengrenzen (128 Zeilen je Gang)", async () => {
  const n = 300;
  const zellen: Zelle[][] = Array.from({ length: n }, (_, i) => [
    { zahl: i },
    // Results other than 0: exceljs reads a cached 0 as no result.
    { formel: `=A${i + 1}*2+$A$1+1`, ergebnis: i * 2 + 1 },
    i === 150 ? { formel: "=1" } : { formel: `=IF(A${i + 1}>B${i + 1},"a","b")`, ergebnis: "b" },
  ]);
  const blatt: BlattPlan = {
    name: "Gruppen",
    modus: "nativ",
    zellen,
    formate: [],
    spaltenbreiten: [],
    namen: [],
    diagramme: [],
    druck: null,
  };
  const mappe = new ExcelJS.Workbook();
  await mappe.xlsx.load((await schreibeXlsx({ blaetter: [blatt] })) as unknown as ExcelJS.Buffer);
  const ws = mappe.getWorksheet("Gruppen")!;
  for (let i = 0; i < n; i++) {
    for (let s = 1; s < 3; s++) {
      const z = zellen[i][s] as { formel: string; ergebnis?: number | string };
      const gelesen = [ws.getCell(i + 1, s + 1).formula, ws.getCell(i + 1, s + 1).result];
      expect(gelesen).toEqual([z.formel.slice(1), z.ergebnis]);
    }
  }
});
