/**
 * Formula templates (workbook/formelvorlage): a formula moved down d rows, as Excel fills it down, and
 * the check whether a text is such a move. The .xlsx writer's shared formulas rely on both.
 */
import fc from "fast-check";
import { formelgruppen } from "../../src/cli/xlsx/formelgruppen";
import { formelvorlage, passt, verschoben, WanderndeFormel } from "../../src/workbook/formelvorlage";
import type { Zelle } from "../../src/workbook/plan";

test("relative Zeilen wandern, absolute, Text in Anführungszeichen, Namen und Funktionen nicht", () => {
  const v = formelvorlage('=IF($C$5=0,"A1",LOG10(A11)*KI_Satz_1+SUM($B$11:B11)+Umlage!$D12)');
  expect(verschoben(v, 3)).toBe('=IF($C$5=0,"A1",LOG10(A14)*KI_Satz_1+SUM($B$11:B14)+Umlage!$D15)');
  expect(verschoben(v, 0)).toBe('=IF($C$5=0,"A1",LOG10(A11)*KI_Satz_1+SUM($B$11:B11)+Umlage!$D12)');
});

test("Eigenschaft: eine verschobene Formel passt genau zu ihrem Abstand", () => {
  const teil = fc.oneof(
    fc.constantFrom("+", "*(", ")", ",", '"x"', "SUM(", "$B$7"),
    fc.tuple(fc.constantFrom("A", "$C", "AB"), fc.integer({ min: 1, max: 99_999 })).map(([s, z]) => `${s}${z}`),
  );
  fc.assert(
    fc.property(fc.array(teil, { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 5000 }), (teile, d) => {
      const v = formelvorlage(`=${teile.join("")}`);
      const text = verschoben(v, d);
      expect(passt(v, text, d)).toBe(true);
      if (v.zeilen.length > 0) expect(passt(v, text, d + 1)).toBe(false);
      expect(passt(v, `${text} `, d)).toBe(false);
    }),
  );
});

test("Zellen aus einer Vorlage werden eine Gruppe, ohne ihren Text zu lesen; eine fremde Vorlage wird verglichen", () => {
  const v = formelvorlage("=A10*2");
  const gelesen = { anzahl: 0 };
  class Gezaehlt extends WanderndeFormel {
    override get formel(): string {
      gelesen.anzahl++;
      return super.formel;
    }
  }
  const zeilen: Zelle[][] = [0, 1, 2, 3].map((i) => [new Gezaehlt(v, i, i)]);
  // Same text from another template object: compared by text, and it fits.
  zeilen.push([new WanderndeFormel(formelvorlage("=A14*2"), 0)]);
  const g = formelgruppen(zeilen, 10, { naechste: 0 }).map((z) => z[0]);
  expect(g[0]).toBe('<f t="shared" ref="A10:A14" si="0">A10*2</f>');
  expect(g.slice(1)).toEqual(Array(4).fill('<f t="shared" si="0"/>'));
  expect(gelesen.anzahl).toBe(1);
});
