/** Per-post caps and first/last years of posts in the scenario calculation and the saved state. */
import { berechneSzenario, erzeugeVorlage, erzeugeVorlagenSatz, personalaufstellung } from "../../src/scenario";
import { kostenstruktur } from "../../src/scenario/berechnung";
import { gleichstaende, projiziere } from "../../src/core";
import { pruefeSzenario } from "../../src/scenario/validierung";
import type { Szenario } from "../../src/scenario";
import { type GespeicherteOptionen, kodiereSpeicherstand, leseSpeicherstand } from "../../src/scenario/speicherformat";

const OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

/** Kreis 2013 with the four posts, each with its own annual rate and Förderposition. */
function vierStellen(): Szenario {
  const s = erzeugeVorlage("kreis-2017");
  s.jahr = 2013;
  s.stellen = [
    {
      id: "a",
      bezeichnung: "Fachkraft 1",
      gruppe: "",
      anteil: 1,
      eigenerSatz: 45000,
      art: "kommunal",
      foerderposition: "Fachkraft",
    },
    {
      id: "b",
      bezeichnung: "Fachkraft 2",
      gruppe: "",
      anteil: 1,
      eigenerSatz: 60000,
      art: "kommunal",
      foerderposition: "Fachkraft",
    },
    {
      id: "c",
      bezeichnung: "Verwaltung",
      gruppe: "",
      anteil: 1,
      eigenerSatz: 50000,
      art: "kommunal",
      foerderposition: "Verwaltung",
    },
    {
      id: "d",
      bezeichnung: "Assistenz",
      gruppe: "",
      anteil: 0.5,
      eigenerSatz: 50000,
      art: "kommunal",
      foerderposition: "Assistenz",
    },
    { id: "e", bezeichnung: "Zusatzstelle", gruppe: "", anteil: 1, eigenerSatz: 60000, art: "zusatz", abJahr: 2017 },
  ];
  return s;
}

describe("Höchstbeträge je Stelle im Szenario", () => {
  it("gibt 165.000 € statt des gemeinsamen Deckels von 170.000 € und nennt Deckel und Zuwendung je Stelle", () => {
    const e = berechneSzenario(vierStellen());
    expect(e.erstattung!.betrag).toBe(16_500_000);
    expect(e.erstattung!.stellen!.map((x) => [x.deckel, x.betrag])).toEqual([
      [5_000_000, 4_500_000],
      [5_000_000, 5_000_000],
      [5_000_000, 5_000_000],
      [2_000_000, 2_000_000],
    ]);
  });

  it("ohne Förderposition bleibt es beim gemeinsamen Deckel (bestehende Szenarien behalten ihre Zahlen)", () => {
    const s = vierStellen();
    for (const st of s.stellen) delete st.foerderposition;
    expect(berechneSzenario(s).erstattung!.betrag).toBe(17_000_000);
    for (const v of erzeugeVorlagenSatz("rhein-sieg-2013")) expect(personalaufstellung(v).grundstellen).toBeNull();
  });

  it("eine Stelle kostet und wird gefördert erst ab ihrem ersten Jahr", () => {
    const s = vierStellen();
    expect(personalaufstellung(s, 2016).zusatz).toBe(0);
    expect(personalaufstellung(s, 2017).zusatz).toBe(6_000_000);
    s.jahr = 2017;
    expect(berechneSzenario(s).erstattung!.betrag).toBe(16_500_000 + 5_000_000);
    s.stellen[4].bisJahr = 2016;
    expect(berechneSzenario(s).personal.zusatzstellen).toBe(0);
  });
});

describe("Speicherstand mit Förderposition und Jahren", () => {
  it("liest Förderposition, erstes und letztes Jahr und weist eine unbekannte Position ab", () => {
    const s = vierStellen();
    s.stellen[4].bisJahr = 2019;
    const r = leseSpeicherstand(JSON.parse(JSON.stringify(kodiereSpeicherstand([s], OPTIONEN))));
    expect(r.ok && r.stand.szenarien[0].stellen).toEqual(s.stellen);
    const roh = JSON.parse(JSON.stringify(kodiereSpeicherstand([s], OPTIONEN)));
    roh.szenarien[0].stellen[0].foerderposition = "Hausmeister";
    const f = leseSpeicherstand(roh);
    expect(!f.ok && f.meldung).toMatch(/foerderposition/);
  });
});

describe("Prüfung vor dem Einfügen", () => {
  it("lässt Stellen mit Förderposition und Zeitraum ein, prüft die Jahre und die Pauschale", () => {
    const s = vierStellen();
    const m = pruefeSzenario(s);
    expect(m["stelle:a:foerderposition"]).toBeUndefined();
    expect(m["stelle:e:abJahr"]).toBeUndefined();
    const mitPauschale = vierStellen();
    mitPauschale.personalkostenPauschale = { betrag: 200_000, erlaeuterung: "", quelle: "" };
    mitPauschale.stellen[0].bisJahr = 2015;
    expect(pruefeSzenario(mitPauschale)["stelle:a:abJahr"]).toMatch(
      /Pauschale gilt für die Grundstellen in jedem Jahr/,
    );
    const halbesJahr = vierStellen();
    halbesJahr.stellen[0].abJahr = 2016.5;
    expect(pruefeSzenario(halbesJahr)["stelle:a:abJahr"]).toMatch(/Bitte ein Jahr zwischen/);
    const ohneZeitraum = vierStellen();
    for (const st of ohneZeitraum.stellen) {
      delete st.abJahr;
      st.gruppe = "EG 11";
    }
    expect(pruefeSzenario(ohneZeitraum)).toEqual({});
    s.stellen[4].bisJahr = 2010;
    expect(pruefeSzenario(s)["stelle:e:bisJahr"]).toMatch(/liegt vor dem ersten/);
    for (const v of erzeugeVorlagenSatz("kreis-2017")) expect(pruefeSzenario(v)).toEqual({});
  });
});

describe("Mehrjahresplanung und Gleichstand mit Höchstbeträgen je Stelle", () => {
  it("die Projektion deckelt jede Stelle im Jahr für sich, der Gleichstand liegt auf der Kurve je Stelle", () => {
    const s = vierStellen();
    const ks = kostenstruktur(s, berechneSzenario(s));
    expect(ks.grundstellen).toHaveLength(4);
    const p = projiziere(ks, {
      vonJahr: 2013,
      bisJahr: 2014,
      personalSteigerung: 0.1,
      sachSteigerung: 0,
      zinssatz: 0,
    });
    // 2013: 165.000; 2014: Fachkraft 1 at 49.500, the others at their caps → 169.500.
    expect(p.jahre.map((j) => j.erstattung)).toEqual([16_500_000, 16_950_000]);
    const basis = kostenstruktur(
      erzeugeVorlage("rsk-2013-derzeitig"),
      berechneSzenario(erzeugeVorlage("rsk-2013-derzeitig")),
    );
    const g = gleichstaende({ basis, ki: ks, jahr: 2013 }).find((x) => x.parameter === "landeserstattung")!;
    // Eigenanteil KI at the break-even refund equals the baseline's: refund = KI total − baseline Eigenanteil.
    const e = berechneSzenario(s);
    expect(g.wert).toBe(
      e.aufstellung.gesamtkosten - berechneSzenario(erzeugeVorlage("rsk-2013-derzeitig")).aufstellung.eigenanteil,
    );
    expect(g.aktuell).toBe(16_500_000);
  });
});
