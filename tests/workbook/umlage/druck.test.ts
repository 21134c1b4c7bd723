/**
 * The printed "Umlage" page is the table a council member reads: the helper columns of the native
 * formulas stay out of the print area, and every header breaks between words.
 */
import { erzeugeVorlagenSatz } from "../../../src/scenario";
import { baueUmlageBlatt } from "../../../src/workbook/umlage/blatt";
import { rheinSiegUmlage } from "../../../src/cli/umlageDatei";
import type { BlattPlan } from "../../../src/workbook/plan";
import type { Formelmodus } from "../../../src/scenario/optionen";

const plan = (modus: Formelmodus): BlattPlan =>
  baueUmlageBlatt({ szenarien: erzeugeVorlagenSatz("rhein-sieg-2013"), optionen: rheinSiegUmlage(), modus });

function kopfzeile(p: BlattPlan): string[] {
  const zeile = p.zellen.find((z) => z[0] && "text" in z[0] && z[0].text === "Nr.");
  if (!zeile) throw new Error("Kopfzeile nicht gefunden");
  return zeile.map((z) => (z && "text" in z ? z.text : ""));
}

test.each<Formelmodus>(["nativ", "ki"])("Modus %s: der Druckbereich endet vor den Rundungshilfen", (modus) => {
  const p = plan(modus);
  const kopf = kopfzeile(p);
  const letzteGedruckte = kopf.indexOf("Grundlage für die Umverteilung (€)");
  expect(p.druck?.druckbereich).toMatch(/^A1:J\d+$/);
  expect(letzteGedruckte).toBe(9);
  if (modus === "nativ") expect(kopf.slice(10).every((t) => t.startsWith("Rundungshilfe"))).toBe(true);
  expect(kopf.slice(0, 10).some((t) => t.includes("Rundungshilfe"))).toBe(false);
});

test("jedes Wort einer Spaltenüberschrift passt in seine Spalte (fett ≈ 1,1 Zeichen je Zeichen)", () => {
  const p = plan("nativ");
  const zuEng = kopfzeile(p).flatMap((text, sp) =>
    text
      .split(/\s+/)
      .filter((wort) => wort.length * 1.1 > p.spaltenbreiten[sp])
      .map((wort) => `${wort} (Spalte ${sp + 1}, Breite ${p.spaltenbreiten[sp]})`),
  );
  expect(zuEng).toEqual([]);
});
