import { textbreiteDerSpalte, textbreitePunkte, zeilenAnzahl, zeilenhoehe } from "../../src/workbook/zeilenhoehen";

test("Umbruch an Leerzeichen und Bindestrichen, überlange Wörter werden geteilt", () => {
  const breite = textbreiteDerSpalte(20);
  expect(zeilenAnzahl("kurz", breite, 10, false)).toBe(1);
  expect(zeilenAnzahl("Differenz KIZ – Derzeitige Struktur", breite, 10, true)).toBe(2);
  expect(zeilenAnzahl("erste\nzweite", breite, 10, false)).toBe(2);
  const wort = "Integrationszentrumskostenaufstellung";
  expect(textbreitePunkte(wort, 10, false)).toBeGreaterThan(breite);
  expect(zeilenAnzahl(wort, breite, 10, false)).toBe(Math.ceil(textbreitePunkte(wort, 10, false) / breite));
});

test("Zeilenhöhen wie in Excel: Arial 10 → 12,75 pt, 14 → 18 pt", () => {
  expect(zeilenhoehe(10)).toBe(12.75);
  expect(zeilenhoehe(14)).toBe(18);
});
