import fc from "fast-check";
import { AufrufFehler } from "../../src/cli/argumente";
import { art, schreibweiseDerSpalte, zahlIn } from "../../src/scenario/csv/zahlschreibweise";

const spalte = (...texte: string[]) => texte.map((text, i) => ({ zeile: i + 1, text }));
const lies = (...texte: string[]) => {
  const sw = schreibweiseDerSpalte(spalte(...texte), "u.csv", "Umlagegrundlage");
  return texte.map((t) => zahlIn(t, sw));
};

test.each([
  ["123456", "neutral"],
  ["1.234,56", "deutsch"],
  ["1.234.567", "deutsch"],
  ["765,43", "deutsch"],
  ["1,234.56", "englisch"],
  ["1,234,567", "englisch"],
  ["765.43", "englisch"],
  ["1234.567", "englisch"],
  ["123.456", "mehrdeutig"],
  ["1,234", "mehrdeutig"],
  ["1 234,5", "deutsch"],
  ["12a", "ungueltig"],
  ["1.23.4", "ungueltig"],
])("%s ist %s", (text, erwartet) => expect(art(text)).toBe(erwartet));

test("eine Spalte, eine Schreibweise", () => {
  expect(lies("123.456", "1.000,5")).toEqual([123456, 1000.5]);
  expect(lies("123.456", "42")).toEqual([123456, 42]);
  expect(lies("765.43", "1,234,567.5", "42")).toEqual([765.43, 1234567.5, 42]);
  expect(lies("1,5", "-2,25")).toEqual([1.5, -2.25]);
});

test.each([
  [["765.43", "123.456"], "Zeile 1 und 2"],
  [["123.456", "9", "765.43"], "Zeile 1 und 3"],
  [["1.234,5", "1,234.5"], "Zeile 1 und 2"],
  [["765.43", "1,234"], "Zeile 1 und 2"],
])("%j wird mit den Zeilen abgelehnt", (texte, zeilen) => {
  expect(() => lies(...texte)).toThrow(AufrufFehler);
  expect(() => lies(...texte)).toThrow(`u.csv, ${zeilen}: Die Spalte „Umlagegrundlage“ mischt`);
});

test("Eigenschaft: jeder Betrag in Cent, deutsch oder englisch mit Tausendertrennern geschrieben, wird exakt gelesen", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999_999 }), { minLength: 1, maxLength: 8 }), (cents) => {
      const euro = cents.map((c) => c / 100);
      const fmt = (loc: string) => euro.map((e) => e.toLocaleString(loc, { minimumFractionDigits: 2 }));
      expect(lies(...fmt("de-DE"))).toEqual(euro);
      expect(lies(...fmt("en-US"))).toEqual(euro);
    }),
  );
});
