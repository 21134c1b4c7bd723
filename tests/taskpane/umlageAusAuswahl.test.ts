/** Selected cells → Umlage rows: header only when it says so, numbers as Excel or people write them, the same checks. */
import { pruefeUmlage } from "../../src/taskpane/optionenPruefung";
import { MAX_AUSWAHL_ZEILEN, umlageAusAuswahl } from "../../src/taskpane/umlageAusAuswahl";

const zeilenVon = (werte: Array<Array<string | number | boolean>>) => {
  const r = umlageAusAuswahl({ adresse: "Tabelle1!A1:C9", werte });
  if ("fehler" in r) throw new Error(r.fehler);
  return r;
};

describe("umlageAusAuswahl", () => {
  it("skips a header row that names the columns, and reads numbers, German text and percent cells", () => {
    const r = zeilenVon([
      ["Gemeinde", "Umlagegrundlage in €", "Minderbelastung"],
      ["Alfter ", 24500000, 0.5],
      ["Troisdorf", "120.000.000,50", "25 %"],
      ["", "", ""],
      ["Windeck", "", ""],
    ]);
    expect(r.zeilen.map(({ name, grundlage, minderbelastung }) => [name, grundlage, minderbelastung])).toEqual([
      ["Alfter", 24500000, 0.5],
      ["Troisdorf", 120000000.5, 0.25],
      ["Windeck", null, 0],
    ]);
    expect(r.hinweis).toBe("3 Gemeinden aus Tabelle1!A1:C9 übernommen (Kopfzeile übersprungen).");
  });

  it("keeps a first line with an unreadable amount as data, where the check reports it", () => {
    const r = zeilenVon([
      ["Alfter", "k.A."],
      ["Alfter", 5],
    ]);
    expect(r.zeilen.map((z) => z.name)).toEqual(["Alfter", "Alfter"]);
    const m = pruefeUmlage(r.zeilen);
    expect(m[`${r.zeilen[0].id}:grundlage`]).toBe("Bitte eine Zahl in € eingeben oder leer lassen.");
    expect(m[`${r.zeilen[1].id}:name`]).toBe("„Alfter“ steht schon in der Liste.");
  });

  it("refuses a selection of the wrong shape or size with a German message naming the range", () => {
    expect(umlageAusAuswahl({ adresse: "Tabelle1!A1:A5", werte: [["Alfter"], ["Troisdorf"]] })).toEqual({
      fehler:
        "Markierter Bereich Tabelle1!A1:A5: Bitte zwei oder drei Spalten markieren – Gemeinde, Umlagegrundlage in €, optional Minderbelastung in %.",
    });
    expect(umlageAusAuswahl({ adresse: "Tabelle1!A1", werte: [] })).toHaveProperty("fehler");
    expect(umlageAusAuswahl({ adresse: "Tabelle1!A1:B2", werte: [["", ""]] })).toEqual({
      fehler: "Markierter Bereich Tabelle1!A1:B2 enthält keine Gemeinden.",
    });
    const viele = Array.from({ length: MAX_AUSWAHL_ZEILEN + 1 }, (_, i) => [`G${i}`, i]);
    expect(umlageAusAuswahl({ adresse: "Tabelle1!A:B", werte: viele })).toEqual({
      fehler: `Markierter Bereich Tabelle1!A:B: ${MAX_AUSWAHL_ZEILEN + 1} Zeilen – höchstens ${MAX_AUSWAHL_ZEILEN} Gemeinden.`,
    });
  });
});
