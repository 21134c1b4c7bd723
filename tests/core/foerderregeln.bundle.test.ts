/**
 * The NRW funding rules for Kommunale Integrationszentren as versioned data
 * (docs/QUELLEN.md#foerderregeln), checked through the core and through the BUILT
 * KI.LANDESERSTATTUNG the way Excel calls it (null for omitted arguments, 2-D arrays for ranges).
 */
import {
  FOERDERREGELN,
  Foerderregel,
  KiFehler,
  angewandteFoerderregel,
  berechneErstattung,
  foerderregelAuskunft,
  foerderregelFuerJahr,
  projiziere,
  pruefeFoerderregeln,
} from "../../src/core";
import { GeladeneFunktionen, istFehler, ladeFunktionen } from "../helpers/ladeFunktionen";

type Koerperschaft = "Kreis" | "kreisfreie Stadt";
const hoechsterstattung = (r: Foerderregel, k: Koerperschaft) => foerderregelAuskunft(r, k).hoechstbetrag;
/** Municipal posts a rule set funds, read off its data: base posts plus the extra posts it counts. */
function foerderfaehigeStellen(r: Foerderregel, k: Koerperschaft): number {
  let stellen = 0;
  for (const t of r.tatbestaende) {
    if (t.art === "grundfoerderung") stellen += t.stellen;
    if (t.art === "zusatzstellen") stellen += t.maxStellen[k];
  }
  return stellen;
}

let ki: GeladeneFunktionen;

beforeAll(() => {
  ki = ladeFunktionen();
});

const LE = (...args: unknown[]) => ki.funktionen.LANDESERSTATTUNG(...args);

describe("Regeltests aus dem Issue (gebautes KI.LANDESERSTATTUNG)", () => {
  it("2013, Kreis, förderfähige Personalkosten 238.300 € → 170.000 € (Deckel der Richtlinie 2012)", () => {
    expect(LE(238300, 2013, "Kreis", null, null, null)).toBe(170000);
    // Below the cap the grant is the cost: it never exceeds what it funds.
    expect(LE(150000, 2013, "Kreis", null, null, null)).toBe(150000);
  });

  it("2017, Kreis: 238.300 + 3 Zusatzstellen zu je 60.000 + 40.000 Sachausgaben → 170.000 + 150.000 + 40.000 = 360.000", () => {
    // As one total for the extra posts: min(180.000; 3 × 50.000) = 150.000.
    expect(LE(238300, 2017, "Kreis", 3, [[180000]], 40000)).toBe(360000);
    // As a range with the cost of each post: each min(60.000; 50.000).
    expect(LE(238300, 2017, "Kreis", 3, [[60000], [60000], [60000]], 40000)).toBe(360000);
    expect(LE(238300, 2017, "Kreis", 3, [[60000, 60000, 60000]], 40000)).toBe(360000);
  });

  it("2017, kreisfreie Stadt mit 3 Zusatzstellen: nur 2 zählen", () => {
    // 170.000 + 2 × 50.000 = 270.000; the third post gets nothing.
    expect(LE(238300, 2017, "kreisfreie Stadt", 3, [[60000], [60000], [60000]], 0)).toBe(270000);
    expect(LE(238300, 2017, "Stadt", 3, [[180000]], null)).toBe(270000);
    const r = berechneErstattung(foerderregelFuerJahr(2017), {
      koerperschaft: "kreisfreie Stadt",
      personalkosten: 23_830_000,
      zusatzstellen: 3,
      zusatzkosten: [6_000_000, 6_000_000, 6_000_000],
      sachausgaben: 0,
    });
    expect(r.posten.map((p) => p.betrag)).toEqual([17_000_000, 10_000_000, 0]);
  });

  it("ein Jahr vor 2012 → #NV mit Erklärung", () => {
    const r = LE(238300, 2011, "Kreis", null, null, null);
    expect(istFehler(r)).toBe(true);
    expect(r).toMatchObject({ code: "#N/A" });
    expect((r as { message: string }).message).toMatch(/2011.*keine Landesförderung.*ab 2012/);
    expect(() => foerderregelFuerJahr(2011)).toThrow(KiFehler);
  });

  it("2016 fällt noch unter 2012, 2017 schon unter den Ausbau (Zusatzstellen erst ab 2017)", () => {
    expect(LE(238300, 2016, "Kreis", 3, [[180000]], 40000)).toBe(170000);
    expect(LE(238300, 2017, "Kreis", 3, [[180000]], 40000)).toBe(360000);
    expect(foerderregelFuerJahr(2016).id).toBe("NRW-2012");
    expect(foerderregelFuerJahr(2018).id).toBe("NRW-2018");
    // Issue 22: from 2020 the governing version is not known; auto never stretches a rule over it.
    expect(LE(238300, 2030, "Kreis", null, null, null, null)).toMatchObject({ code: "#N/A" });
  });

  it("wendet ein ausdrücklich gewähltes Regelwerk an (angehängter optionaler Parameter regelwerk)", () => {
    // NRW-AKTUELL: base block 3 × 57.000 + 22.500 = 193.500, extra posts 57.000 each, pool 50.000.
    expect(LE(238300, 2013, "Kreis", null, null, null, "NRW-AKTUELL")).toBe(193500);
    expect(LE(238300, 2024, "Kreis", 3, [[180000]], 40000, "NRW-AKTUELL")).toBe(193500 + 171000 + 40000);
    expect(LE(238300, 2013, "Kreis", null, null, null, "auto")).toBe(170000);
    expect(LE(238300, 2013, "Kreis", null, null, null, "")).toBe(170000);
    expect(LE(238300, 2013, "Kreis", null, null, null, "NRW-1999")).toMatchObject({ code: "#VALUE!" });
    const meta = ki.metadaten.functions.find((f) => f.id === "LANDESERSTATTUNG")!;
    expect(meta.parameters.map((p) => p.name)).toEqual([
      "personalkosten",
      "jahr",
      "koerperschaft",
      "zusatzstellen",
      "zusatzkosten",
      "sachausgaben",
      "regelwerk",
    ]);
    expect(meta.parameters[6].optional).toBe(true);
  });
});

describe("Regelwerke als Daten", () => {
  it("jedes Regelwerk hat eine Quelle, eine Gültigkeit und besteht die Datenprüfung", () => {
    expect(pruefeFoerderregeln(FOERDERREGELN)).toEqual([]);
    for (const r of FOERDERREGELN) {
      expect(r.quelle.text.length).toBeGreaterThan(30);
      expect(["V", "V2", "D"]).toContain(r.quelle.status);
      expect(r.tatbestaende.length).toBeGreaterThan(0);
    }
  });

  it("kennzeichnet die aktuellen Regeln als „zu prüfen“ und wendet sie nie allein nach dem Jahr an", () => {
    const aktuell = FOERDERREGELN.find((r) => r.id === "NRW-AKTUELL")!;
    expect(aktuell.quelle.status).toBe("V2");
    expect(aktuell.titel).toMatch(/zu prüfen/);
    expect(aktuell.automatisch).toBe(false);
    for (let jahr = 2012; jahr <= 2040; jahr++) {
      const id = jahr <= 2019 ? foerderregelFuerJahr(jahr).id : null;
      expect(id).not.toBe("NRW-AKTUELL");
      if (jahr > 2019) expect(() => foerderregelFuerJahr(jahr)).toThrow(/nicht belegt/);
    }
    expect(aktuell.status).toBe("zu prüfen");
    const auskunft = foerderregelAuskunft(aktuell, "Kreis");
    expect(auskunft.zuPruefen).toBe(true);
    expect(auskunft.satz).toMatch(/^Angewandt: Aktuelle Förderung .*Quelle: .*\[zu prüfen\]$/);
    expect(auskunft.landeslehrer).toBeNull();
  });

  it("Höchstbeträge und Stellen je Körperschaft stimmen mit den abgeleiteten Werten der Domänenfakten überein", () => {
    const r2012 = foerderregelFuerJahr(2013);
    const r2017 = foerderregelFuerJahr(2017);
    const aktuell = angewandteFoerderregel(2025, "NRW-AKTUELL");
    expect(hoechsterstattung(r2012, "Kreis")).toBe(17_000_000);
    // 170.000 + 3 × 50.000 + 50.000
    expect(hoechsterstattung(r2017, "Kreis")).toBe(37_000_000);
    expect(hoechsterstattung(r2017, "kreisfreie Stadt")).toBe(32_000_000);
    // README §2 [D]: Kreis 414.500 €/yr, kreisfreie Stadt 357.500 €/yr.
    expect(hoechsterstattung(aktuell, "Kreis")).toBe(41_450_000);
    expect(hoechsterstattung(aktuell, "kreisfreie Stadt")).toBe(35_750_000);
    expect(foerderfaehigeStellen(r2012, "Kreis")).toBe(3.5);
    expect(foerderfaehigeStellen(r2017, "Kreis")).toBe(6.5);
    expect(foerderfaehigeStellen(r2017, "kreisfreie Stadt")).toBe(5.5);
    // 6 (Kreis) / 5 (kreisfreie Stadt) specialist posts plus the half assistant post.
    expect(foerderfaehigeStellen(aktuell, "Kreis")).toBe(6.5);
    expect(foerderfaehigeStellen(aktuell, "kreisfreie Stadt")).toBe(5.5);
    expect(r2017.landeslehrer).toEqual({ Kreis: 3.5, "kreisfreie Stadt": 3 });
    expect(r2012.landeslehrer).toEqual({ Kreis: 2, "kreisfreie Stadt": 2 });
  });

  it("sagt der Aufgabenbereich-Oberfläche, welches Regelwerk galt und woher es stammt", () => {
    const a = foerderregelAuskunft(foerderregelFuerJahr(2013), "Kreis");
    expect(a).toMatchObject({ id: "NRW-2012", gueltigkeit: "2012–2016", zuPruefen: false, hoechstbetrag: 17_000_000 });
    // Issue 22 item 8: the 2012 amounts under the Land's programme page that states them.
    expect(a.satz).toMatch(
      /^Angewandt: Förderrichtlinie KI 2012 \(NRW-2012, 2012–2016\)\. Quelle: Bezirksregierung Arnsberg, Förderseite Kommunale Integrationszentren 2016\/17 .*Richtlinie vom 25\.06\.2012 \(MBl\. NRW\. 2012 S\. 537\).*je bis 50\.000 €.*bis 20\.000 €/,
    );
    const b = foerderregelAuskunft(foerderregelFuerJahr(2017), "kreisfreie Stadt");
    expect(b.gueltigkeit).toBe("2017");
    expect(b.posten[1]).toBe("zusätzliche Stellen, je bis 50.000 € (Kreis 3, kreisfreie Stadt 2): 2 × bis 50.000 €");
  });

  describe("eine neue Richtlinie ist eine Datenänderung, kein Code", () => {
    // A hypothetical guideline from 2026, entered only as data. The amounts are test data, not a claim.
    const TEST_2026: Foerderregel = {
      id: "TEST-2026",
      titel: "Testrichtlinie 2026",
      quelle: { text: "Testdaten dieses Tests, keine echte Richtlinie", status: "V" },
      status: "belegt",
      gueltigAb: 2026,
      gueltigBis: null,
      automatisch: true,
      finanzierungsart: "Festbetragsfinanzierung",
      bezugZurKosten: "Festbetrag je besetzter Stelle",
      teilzeit: "anteilig",
      tatbestaende: [
        {
          art: "grundfoerderung",
          bezeichnung: "Grundstellen",
          hoechstbetrag: 20_000_000,
          stellen: 3.5,
          positionen: [
            { position: "Fachkraft", jeStelle: 6_000_000, stellen: 2 },
            { position: "Verwaltung", jeStelle: 6_000_000, stellen: 1 },
            { position: "Assistenz", jeStelle: 2_000_000, stellen: 0.5 },
          ],
        },
        { art: "sachausgaben", bezeichnung: "Pauschale", hoechstbetrag: 6_000_000 },
      ],
      landeslehrer: { Kreis: 4, "kreisfreie Stadt": 3 },
      hinweis: "nur für den Test",
    };
    const REGELN = [...FOERDERREGELN, TEST_2026];

    it("wird ab ihrem Anfangsjahr gewählt, ohne dass das offene Ende des Vorgängers geändert werden muss", () => {
      expect(pruefeFoerderregeln(REGELN)).toEqual([]);
      expect(foerderregelFuerJahr(2019, REGELN).id).toBe("NRW-2018");
      expect(foerderregelFuerJahr(2026, REGELN).id).toBe("TEST-2026");
      expect(angewandteFoerderregel(2030, "test-2026", REGELN).id).toBe("TEST-2026");
      const e = berechneErstattung(foerderregelFuerJahr(2026, REGELN), {
        koerperschaft: "Kreis",
        personalkosten: 23_830_000,
        zusatzstellen: 3,
        zusatzkosten: 18_000_000,
        sachausgaben: 4_000_000,
      });
      // min(238.300; 200.000) + min(40.000; 60.000); the new rules know no extra posts.
      expect(e.betrag).toBe(24_000_000);
    });

    it("wirkt in der Mehrjahresplanung ab 2026", () => {
      const p = projiziere(
        {
          name: "KI",
          koerperschaft: "Kreis",
          personalGrund: 23_830_000,
          personalZusatz: 0,
          zusatzstellen: 0,
          querschnittssatz: 0.3,
          querschnitt: 7_149_000,
          it: 1_814_400,
          raum: 2_016_000,
          projektmittel: 500_000,
          sachausgaben: 0,
          regelwerk: "auto",
        },
        { vonJahr: 2026, bisJahr: 2027, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0 },
        REGELN,
      );
      expect(p.jahre.map((j) => [j.jahr, j.regel?.id, j.erstattung])).toEqual([
        [2026, "TEST-2026", 20_000_000],
        [2027, "TEST-2026", 20_000_000],
      ]);
      // The years between stay unknown: no rule is stretched over them.
      expect(foerderregelFuerJahr(2019, REGELN).id).toBe("NRW-2018");
      expect(() => foerderregelFuerJahr(2025, REGELN)).toThrow(/Für 2025 ist nicht belegt/);
    });

    it("die Datenprüfung weist ein Regelwerk ohne Quelle oder mit doppeltem Anfangsjahr zurück", () => {
      const ohneQuelle = { ...TEST_2026, id: "OHNE", quelle: { text: " ", status: "V" as const } };
      const doppelt = { ...TEST_2026, id: "DOPPELT" };
      const zweitquelle = {
        ...TEST_2026,
        id: "V2",
        gueltigAb: 2030,
        quelle: { text: "Sekundär", status: "V2" as const },
      };
      expect(pruefeFoerderregeln([...REGELN, ohneQuelle, doppelt, zweitquelle])).toEqual([
        "Regelwerk OHNE: Quelle fehlt.",
        "Regelwerk OHNE: Ein anderes Regelwerk beginnt ebenfalls 2026.",
        "Regelwerk DOPPELT: Ein anderes Regelwerk beginnt ebenfalls 2026.",
        "Regelwerk V2: Sekundärquelle, der Titel muss „zu prüfen“ enthalten.",
      ]);
    });
  });
});
