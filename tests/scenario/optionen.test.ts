/**
 * The one rule for "is a Kreisumlage possible?" (src/scenario/optionen.ts), and that the pane's state,
 * a saved state, the workbook and the Word text all follow it: a kreisfreie Stadt gets no Umlage sheet
 * and no Kreisumlage section, whichever way its options were built.
 */
import { erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";
import {
  UMLAGE_NICHT_MOEGLICH,
  UMLAGE_OHNE_KI,
  arbeitsmappenOptionen,
  optionenAusSpeicherstand,
  umlageHindernis,
  umlageMoeglich,
  type OptionenWahl,
} from "../../src/scenario/optionen";
import { kodiereSpeicherstand } from "../../src/scenario/speicherformat";
import { UMLAGE_BLATTNAME, baueArbeitsmappe } from "../../src/workbook";
import { baueVorlagenInhalt, vorlageAlsText } from "../../src/workbook/vorlage";

const DATUM = new Date(2013, 1, 4);
const MITGLIEDER = [
  { name: "Alfter", grundlage: 100_000_000, minderbelastung: 0 },
  { name: "Bornheim", grundlage: 300_000_000, minderbelastung: 0 },
];
const WAHL: OptionenWahl = {
  vorlageNr: " 2013/728 ",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: true,
  umlage: MITGLIEDER,
};

describe("umlageHindernis", () => {
  test("ein Kreis mit KI-Szenario: möglich", () => {
    expect(umlageHindernis(erzeugeVorlagenSatz("rhein-sieg-2013"))).toBeNull();
    expect(umlageMoeglich(erzeugeVorlagenSatz("kreis-2017"))).toBe(true);
  });
  test("eine kreisfreie Stadt: nicht möglich, mit Grund", () => {
    expect(umlageHindernis(erzeugeVorlagenSatz("stadt-2017"))).toBe(UMLAGE_NICHT_MOEGLICH);
  });
  test("ein Kreis neben einer kreisfreien Stadt: nicht möglich (ein Blatt, eine Körperschaft)", () => {
    const gemischt = [...erzeugeVorlagenSatz("rhein-sieg-2013"), ...erzeugeVorlagenSatz("stadt-2017")];
    expect(umlageMoeglich(gemischt)).toBe(false);
  });
  test("ohne KI-Szenario (auch ganz ohne Szenario): nicht möglich", () => {
    const nurIst = erzeugeVorlagenSatz("rhein-sieg-2013").filter((s) => s.typ !== "ki");
    expect(nurIst.length).toBeGreaterThan(0);
    expect(umlageHindernis(nurIst)).toBe(UMLAGE_OHNE_KI);
    expect(umlageHindernis([])).toBe(UMLAGE_OHNE_KI);
  });
});

describe("arbeitsmappenOptionen", () => {
  test("übernimmt die Wahl, wo sie möglich ist", () => {
    const o = arbeitsmappenOptionen(erzeugeVorlagenSatz("rhein-sieg-2013"), WAHL, "nativ", DATUM);
    expect(o).toEqual({
      modus: "nativ",
      datum: DATUM,
      vorlageNr: "2013/728",
      mehrjahr: null,
      umlage: { mitglieder: MITGLIEDER },
      staende: null,
      planIst: null,
    });
  });
  test("lässt eine Umlage fallen, die für die Szenarien nicht möglich ist", () => {
    expect(arbeitsmappenOptionen(erzeugeVorlagenSatz("stadt-2017"), WAHL, "ki", DATUM).umlage).toBeNull();
  });
  test("ein gespeicherter Stand ergibt dieselben Optionen wie der Zustand, aus dem er stammt", () => {
    const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
    const stand = kodiereSpeicherstand(szenarien, { ...WAHL, umlage: [...MITGLIEDER], modus: "ki" }, DATUM);
    expect(optionenAusSpeicherstand(stand, DATUM)).toEqual(arbeitsmappenOptionen(szenarien, WAHL, "ki", DATUM));
  });
});

describe("Arbeitsmappe und Word-Text entscheiden die Kreisumlage gleich", () => {
  const faelle = ["rhein-sieg-2013", "kreis-2017", "stadt-2017"];
  test.each(faelle)("%s: Blatt „Umlage“ genau dann, wenn der Text einen Kreisumlage-Abschnitt hat", (id) => {
    const szenarien = erzeugeVorlagenSatz(id);
    // Options handed in directly, bypassing arbeitsmappenOptionen: the builders still ask the one rule.
    const roh = { modus: "nativ" as const, datum: DATUM, umlage: { mitglieder: MITGLIEDER } };
    const blatt = baueArbeitsmappe(szenarien, roh).blaetter.some((b) => b.name === UMLAGE_BLATTNAME);
    const text = vorlageAlsText(baueVorlagenInhalt(szenarien, roh));
    expect(blatt).toBe(umlageMoeglich(szenarien));
    expect(text.includes("Kreisumlage")).toBe(blatt);
  });
});
