/**
 * Issue 22 item 7 (own rule sets): only whole cents, with one check for the pane and the core, so
 * a cap of 0,005 € is refused at the field and by KI.LANDESERSTATTUNG alike (never #WERT! on the KI
 * sheet next to a number on the native one); and the Assistenz amount means what its label says —
 * the cap for the half post, as the guideline states it (20.000 € for the ½ Verwaltungsassistenz).
 */
import { EIGENES_REGELWERK_ID, euroZuCent, foerdereGrundstellen } from "../../src/core";
import {
  type EigenesRegelwerk,
  baueEigenesRegelwerk,
  berechneSzenario,
  pruefeEigenesRegelwerk,
} from "../../src/scenario";
import { leseSpeicherstand } from "../../src/scenario/speicherformat";
import { regelwerkTabellenZeilen } from "../../src/workbook/annahmen/bezuege";
import { kiSzenario, wieNrw2017 } from "../helpers/eigenesRegelwerk";
import { type GeladeneFunktionen, istFehler, ladeFunktionen } from "../helpers/ladeFunktionen";

let ki: GeladeneFunktionen;
beforeAll(() => {
  ki = ladeFunktionen();
});

const HALBER_CENT =
  "Der Höchstbetrag für die ½ Stelle (Assistenz) muss in ganzen Cent angegeben sein (höchstens zwei " +
  "Nachkommastellen), erhalten: 0,005 €.";

function mitAssistenz(jeStelle: number): EigenesRegelwerk {
  const e = wieNrw2017();
  e.positionen[2] = { position: "Assistenz", jeStelle, stellen: 0.5 };
  return e;
}

describe("eigenes Regelwerk: nur ganze Cent, in Aufgabenbereich und Kern gleich geprüft", () => {
  test("0,005 € wird am Feld mit deutscher Meldung abgelehnt, und das Regelwerk baut nicht", () => {
    const e = mitAssistenz(0.005);
    expect(pruefeEigenesRegelwerk(e)).toEqual({ "Assistenz.jeStelle": HALBER_CENT });
    expect(() => baueEigenesRegelwerk(e)).toThrow(HALBER_CENT);
    // Other amounts and the Sachausgaben have the same check.
    const z = { ...wieNrw2017(), zusatzstelle: { jeStelle: 50_000.001, stellen: 3 }, sachausgaben: 1.999 };
    const m = pruefeEigenesRegelwerk(z);
    expect(m["zusatzstelle.jeStelle"]).toMatch(/^Der Höchstbetrag je Stelle \(Zusatzstellen\) muss in ganzen Cent/);
    expect(m.sachausgaben).toMatch(/^Die Sachausgabenpauschale muss in ganzen Cent.*1,999 €\.$/);
    // Whole cents pass, also with two decimals.
    expect(pruefeEigenesRegelwerk(mitAssistenz(22_500.25))).toEqual({});
  });

  test("die Tabelle auf „Annahmen“ als Bereich an KI.LANDESERSTATTUNG: dieselbe Meldung als #WERT!", () => {
    const bereich = regelwerkTabellenZeilen(mitAssistenz(0.005));
    const stellen = [["Assistenz", 25_000, 0.5]];
    const v = ki.funktionen.LANDESERSTATTUNG(stellen, 2019, "Kreis", null, null, null, bereich);
    expect(istFehler(v) && v.code).toBe("#VALUE!");
    expect(istFehler(v) && v.message).toBe(`Eigenes Regelwerk ungültig: ${HALBER_CENT}`);
    // The whole-cent table gives a number: 0,5 × 40.000 for the half post = 20.000, capped at the cost.
    const gut = regelwerkTabellenZeilen(mitAssistenz(20_000));
    expect(ki.funktionen.LANDESERSTATTUNG(stellen, 2019, "Kreis", null, null, null, gut)).toBe(20_000);
  });
});

describe("eigenes Regelwerk: der Assistenz-Betrag gilt für die ½ Stelle, wie Beschriftung und Richtlinie", () => {
  test("20.000 € für die ½ Stelle: eine halbe Assistenz höchstens 20.000 €, eine volle 40.000 €", () => {
    const regel = baueEigenesRegelwerk(mitAssistenz(20_000));
    const t = regel.tatbestaende.find((x) => x.art === "grundfoerderung")!;
    if (t.art !== "grundfoerderung") throw new Error("keine Grundförderung");
    const deckel = (anteil: number) =>
      foerdereGrundstellen(regel, t, [{ position: "Assistenz", kosten: 9_000_000, anteil }])[0].deckel;
    expect(deckel(0.5)).toBe(euroZuCent(20_000));
    // The rule funds ½ post; a full post is funded for that half, so its cap stays 20.000 €.
    expect(deckel(1)).toBe(euroZuCent(20_000));
    // A rule set funding a whole Assistenz post at 40.000 € for the half: 80.000 € for the full post.
    const ganz = mitAssistenz(40_000);
    ganz.positionen[2].stellen = 1;
    const r2 = baueEigenesRegelwerk(ganz);
    const t2 = r2.tatbestaende.find((x) => x.art === "grundfoerderung")!;
    if (t2.art !== "grundfoerderung") throw new Error("keine Grundförderung");
    expect(foerdereGrundstellen(r2, t2, [{ position: "Assistenz", kosten: 9_000_000, anteil: 1 }])[0].deckel).toBe(
      euroZuCent(80_000),
    );
    // Labels say so: the table header on "Annahmen" and the field message.
    expect(regelwerkTabellenZeilen(mitAssistenz(20_000))[0][1]).toBe(
      "Höchstbetrag je Stelle (Assistenz: für die ½ Stelle)",
    );
    expect(pruefeEigenesRegelwerk(mitAssistenz(-1))["Assistenz.jeStelle"]).toBe(
      "Der Höchstbetrag für die ½ Stelle (Assistenz) darf nicht negativ sein.",
    );
  });

  test("ein früher gespeichertes eigenes Regelwerk ergibt dieselben Beträge (keine Umdeutung, keine Migration)", () => {
    // As a state of the version before this change stored it: Assistenz 20.000 € with 0,5 posts.
    const alt = {
      format: "ki-kostenplaner",
      version: 1,
      gespeichertAm: "2026-11-30T10:00:00.000Z",
      szenarien: [kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017())],
      optionen: {
        modus: "ki",
        vorlageNr: "",
        mehrjahrAktiv: false,
        mehrjahr: null,
        umlageAktiv: false,
        umlage: [],
        eigenesRegelwerk: wieNrw2017(),
      },
    };
    const r = leseSpeicherstand(JSON.parse(JSON.stringify(alt)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = berechneSzenario(r.stand.szenarien[0]).erstattung!;
    // 45.000 + 50.000 + 50.000 + 20.000 (½ Assistenz costing 25.000) + 97.500 Zusatz + 50.000 Sachausgaben.
    const grund = e.stellen!.reduce((s, p) => s + p.betrag, 0);
    expect(grund).toBe(euroZuCent(45_000 + 50_000 + 50_000 + 20_000));
    expect(e.betrag).toBe(berechneSzenario(kiSzenario("NRW-2017")).erstattung!.betrag);
  });
});
