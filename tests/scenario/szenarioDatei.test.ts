import { kodiereSpeicherstand, SPEICHER_MAX_TIEFE } from "../../src/scenario/speicherformat";
import { kodiereSzenarioDatei, leseSzenarioDatei, SZENARIO_DATEI_MAX_ZEICHEN } from "../../src/scenario/szenarioDatei";
import { erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";

const OPTIONEN = {
  modus: "nativ" as const,
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};
const JETZT = new Date("2024-01-15T10:00:00Z");

test("Hin und zurück: derselbe Speicherstand wie in der Arbeitsmappe", () => {
  const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
  const r = leseSzenarioDatei(kodiereSzenarioDatei(szenarien, OPTIONEN, [], JETZT));
  expect(r).toEqual({
    ok: true,
    datei: {
      format: "ki-kostenplaner-szenarien",
      version: 1,
      gespeichertAm: JETZT.toISOString(),
      zustand: kodiereSpeicherstand(szenarien, OPTIONEN, JETZT),
      staende: [],
    },
  });
});

test.each([
  ["zu groß", () => " ".repeat(SZENARIO_DATEI_MAX_ZEICHEN + 1), "größer als erlaubt"],
  ["zu tief", () => "[".repeat(SPEICHER_MAX_TIEFE + 10), "zu tief verschachtelt"],
  ["unbekanntes Feld oben", () => kodiereSzenarioDatei([], OPTIONEN, []).replace("{", '{"extra":1,'), "(extra)"],
  [
    "Stände keine Liste",
    () => kodiereSzenarioDatei([], OPTIONEN, []).replace('"staende": []', '"staende": {}'),
    "staende",
  ],
])("%s wird abgelehnt", (_, text, meldung) => {
  const r = leseSzenarioDatei(text());
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.meldung).toContain(meldung);
    expect(r.meldung).not.toContain("Arbeitsmappe");
  }
});
