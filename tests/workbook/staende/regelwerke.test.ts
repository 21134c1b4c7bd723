/**
 * Issue 22 item 7: what explains a difference is complete. A Stand frozen under another rule set
 * names that rule set and its effect (never "Keine Annahme geändert" beside a −50.000 € change of
 * the Eigenanteil), in the pane's list, on "Vergleich mit Stand" and in the "Änderungsprotokoll";
 * changes inside an own rule set read in German words with €, not as internal paths.
 */
import { EIGENES_REGELWERK_ID, euroZuCent, formatEuro } from "../../../src/core";
import { type Szenario, erzeugeVorlagenSatz } from "../../../src/scenario";
import { type GespeicherteOptionen, kodiereSpeicherstand } from "../../../src/scenario/speicherformat";
import { erstelleStand, type Stand } from "../../../src/scenario/staende";
import {
  PROTOKOLL_BLATTNAME,
  VERGLEICH_BLATTNAME,
  aktuellerStichtag,
  baueArbeitsmappe,
  erklaerteAenderungen,
  ergebniszeilen,
  regelwerkVermerke,
} from "../../../src/workbook";
import type { BlattPlan, Zelle } from "../../../src/workbook/plan";
import { kiSzenario, wieNrw2017 } from "../../helpers/eigenesRegelwerk";

const OPT: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

/** The Ausbau preset with one extra post (costing more than 50.000 €), "Automatisch nach Jahr" in 2017. */
const AUSBAU: Szenario[] = (() => {
  const sz = erzeugeVorlagenSatz("kreis-2017");
  const zusatz = sz[1].stellen.find((st) => st.art === "zusatz")!;
  zusatz.anteil = 1;
  return sz;
})();

/** A copy with the same ids: Stände match scenarios by id. */
const ausbauMitEinerStelle = (): Szenario[] => structuredClone(AUSBAU);

function stand(bez: string, datum: string, sz: Szenario[]): Stand {
  return erstelleStand({
    id: bez,
    bezeichnung: bez,
    datum,
    szenarien: sz,
    optionen: OPT,
    regelwerke: regelwerkVermerke(sz),
    ergebnisse: ergebniszeilen(sz, {}),
  });
}

/**
 * A Stand an earlier version froze with the same assumptions ("auto") while "auto" chose NRW-2012
 * for 2017: its results and rule-set note are those of NRW-2012, which funds no extra post.
 */
function staendeUnterAnderemRegelwerk(): Stand {
  const sz = ausbauMitEinerStelle();
  const damals = structuredClone(sz);
  damals[1].erstattung.regelwerk = "NRW-2012";
  const s = stand("Ausschuss", "2017-03-01", damals);
  return { ...s, zustand: kodiereSpeicherstand(sz, OPT) };
}

function texte(b: BlattPlan): string[][] {
  return b.zellen.map((r) => r.map((z: Zelle) => (z && "text" in z ? z.text : z && "zahl" in z ? String(z.zahl) : "")));
}

describe("ein Stand unter einem anderen Regelwerk", () => {
  test("die Liste nennt das Regelwerk und seine Wirkung von −50.000 €", () => {
    const alt = staendeUnterAnderemRegelwerk();
    const jetzt = ausbauMitEinerStelle();
    const ergebnisse = ergebniszeilen(jetzt, {});
    const ea = (e: typeof ergebnisse, id: string) => e.find((z) => z.schluessel === `kosten:${id}:eigenanteil`)!.cent;
    expect(ea(ergebnisse, jetzt[1].id) - ea(alt.ergebnisse, jetzt[1].id)).toBe(-euroZuCent(50_000));
    const liste = erklaerteAenderungen(alt, aktuellerStichtag(kodiereSpeicherstand(jetzt, OPT), ergebnisse));
    expect(liste).toEqual([
      {
        szenario: jetzt[1].name,
        feld: "Angewandtes Förderregelwerk",
        alt: expect.stringMatching(/\(NRW-2012\)$/),
        neu: expect.stringMatching(/\(NRW-2017\)$/),
        wirkung: -euroZuCent(50_000),
      },
    ]);
  });

  test("„Vergleich mit Stand“ und „Änderungsprotokoll“ zeigen die Zeile, nie „Keine Annahme geändert“", () => {
    const alt = staendeUnterAnderemRegelwerk();
    const jetzt = ausbauMitEinerStelle();
    const neu = stand("Kreistag", "2017-03-20", jetzt);
    const plan = baueArbeitsmappe(jetzt, {
      modus: "nativ",
      datum: new Date(2017, 2, 21),
      staende: { vergleich: alt, alle: [alt, neu], aktuell: kodiereSpeicherstand(jetzt, OPT) },
    });
    for (const name of [VERGLEICH_BLATTNAME, PROTOKOLL_BLATTNAME]) {
      const t = texte(plan.blaetter.find((b) => b.name === name)!);
      expect(t.flat()).not.toContain("Keine Annahme geändert.");
      const zeile = t.find((r) => r[1] === "Angewandtes Förderregelwerk")!;
      expect(zeile[0]).toBe(jetzt[1].name);
      expect(zeile[2]).toMatch(/NRW-2012/);
      expect(zeile[3]).toMatch(/NRW-2017/);
      expect(Number(zeile[4])).toBe(-50_000);
    }
  });

  test("folgt das Regelwerk aus einer geänderten Annahme, sagt die Zeile das statt einer zweiten Wirkung", () => {
    const sz = ausbauMitEinerStelle();
    sz[1].erstattung.regelwerk = "NRW-2012";
    const alt = stand("Entwurf", "2017-02-01", sz);
    const jetzt = ausbauMitEinerStelle();
    const ergebnisse = ergebniszeilen(jetzt, {});
    const liste = erklaerteAenderungen(alt, aktuellerStichtag(kodiereSpeicherstand(jetzt, OPT), ergebnisse));
    expect(liste.map((a) => [a.feld, a.alt, a.neu, a.wirkungText ?? formatEuro(a.wirkung ?? 0)])).toEqual([
      [
        "Angewandtes Förderregelwerk",
        expect.stringMatching(/NRW-2012/),
        expect.stringMatching(/NRW-2017/),
        "folgt aus den Annahmen unten",
      ],
      ["Förderregelwerk", "NRW-2012", "Automatisch nach Jahr", formatEuro(-euroZuCent(50_000))],
    ]);
  });
});

describe("Änderungen im eigenen Regelwerk in deutschen Worten mit €", () => {
  test("Assistenz-Betrag, Zusatzstellen und Sachausgabenpauschale", () => {
    const a = kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017());
    const b = structuredClone(a);
    const e = b.erstattung.eigenesRegelwerk!;
    e.positionen[2].jeStelle = 25_000;
    e.zusatzstelle.stellen = 2;
    e.sachausgaben = 40_000;
    const liste = erklaerteAenderungen(
      aktuellerStichtag(kodiereSpeicherstand([a], OPT), ergebniszeilen([a], {})),
      aktuellerStichtag(kodiereSpeicherstand([b], OPT), ergebniszeilen([b], {})),
    );
    const zeilen = liste.map((x) => `${x.feld}: ${x.alt} → ${x.neu}`).sort();
    expect(zeilen).toEqual([
      "Eigenes Regelwerk: Förderposition „Assistenz“: Höchstbetrag für die ½ Stelle: 20.000 € → 25.000 €",
      "Eigenes Regelwerk: Sachausgabenpauschale: 50.000 € → 40.000 €",
      "Eigenes Regelwerk: Zusätzliche Stellen – Stellen höchstens: 3 → 2",
    ]);
    for (const x of liste) expect(x.feld).not.toMatch(/eigenesRegelwerk|positionen|jeStelle|erstattung/);
    // Each with its own effect on the yearly Eigenanteil (the ½ Assistenz costs 25.000 €).
    expect(liste.find((x) => x.feld.includes("Assistenz"))!.wirkung).toBe(-euroZuCent(5_000));
  });
});
