/**
 * A reduction needs someone to carry it (§ 56 Abs. 4 KrO): one rule in the core, asked by the levy
 * split, the sheet builder, the pane's check and the CSV reader.
 */
import { minderbelastungOhneTraeger, OHNE_TRAEGER_MELDUNG, verteileUmlage } from "../../src/core/umlage";
import { pruefeUmlage } from "../../src/taskpane/optionenPruefung";
import { umlageZeile } from "../../src/taskpane/zustand";
import { baueArbeitsmappe } from "../../src/workbook";
import { erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";

test.each([
  [[1, 1], [100, 200], true],
  [[0.5, 0.25], [100, 200], true],
  [[1, 0], [100, 0], true], // the only one without reduction has a basis of 0
  [[1, 0], [100, null], false], // a basis not yet entered may still carry
  [[1, 0], [100, 200], false],
  [[0, 0], [0, 0], false], // no reduction: nothing to carry
])("Minderbelastungen %j bei Grundlagen %j: ohne Träger = %s", (m, g, ohne) => {
  const mitglieder = m.map((minderbelastung, i) => ({ minderbelastung, grundlage: g[i] }));
  expect(minderbelastungOhneTraeger(mitglieder)).toBe(ohne ? OHNE_TRAEGER_MELDUNG : null);
});

test("dieselbe Antwort in Kern, Aufgabenbereich und Blatt: 100 % für alle wird abgelehnt, auch bei 0 €", () => {
  const alle = [
    { grundlage: 100_00, minderbelastung: 1 },
    { grundlage: 300_00, minderbelastung: 1 },
  ];
  expect(() => verteileUmlage(0, alle)).toThrow(OHNE_TRAEGER_MELDUNG);
  expect(() => verteileUmlage(80_778_00, alle)).toThrow(OHNE_TRAEGER_MELDUNG);
  expect(pruefeUmlage([umlageZeile("Alfter", 100, 1), umlageZeile("Much", 300, 1)]).liste).toBe(OHNE_TRAEGER_MELDUNG);
  expect(() =>
    baueArbeitsmappe(erzeugeVorlagenSatz("rhein-sieg-2013"), {
      modus: "nativ",
      datum: new Date(2013, 1, 4),
      umlage: {
        mitglieder: [
          { name: "Alfter", grundlage: 100, minderbelastung: 1 },
          { name: "Much", grundlage: 300, minderbelastung: 1 },
        ],
      },
    }),
  ).toThrow(OHNE_TRAEGER_MELDUNG);
});
