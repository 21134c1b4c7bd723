/**
 * Per-post caps and rule sets as ranges, through the BUILT KI.LANDESERSTATTUNG the way Excel
 * calls it (null for omitted arguments, 2-D arrays for ranges).
 */
import { FOERDERREGELN, foerderregelAuskunft, pruefeFoerderregeln } from "../../src/core";
import { GeladeneFunktionen, istFehler, ladeFunktionen } from "../helpers/ladeFunktionen";

let ki: GeladeneFunktionen;
beforeAll(() => {
  ki = ladeFunktionen();
});
const LE = (...args: unknown[]) => ki.funktionen.LANDESERSTATTUNG(...args);
const meldung = (v: unknown) => (istFehler(v) ? `${v.code} ${v.message}` : `kein Fehler: ${String(v)}`);

const STELLEN = [
  ["Fachkraft", 45000],
  ["Fachkraft", 60000],
  ["Verwaltung", 50000],
  ["Assistenz", 25000],
];

/** The rules of NRW-2017 for a Kreis, typed into a sheet as the documented small table. */
const REGEL_2017_BEREICH = [
  ["Förderposition", "Höchstbetrag je Stelle", "Stellen höchstens"],
  ["Name", "Ausbau 2017 abgetippt", null],
  ["Quelle", "Erlass vom 28.12.2016; Rhein-Kreis Neuss 50/1842/XVI/2017", null],
  ["Fachkraft", 50000, 2],
  ["Verwaltung", 50000, 1],
  ["Assistenz", 20000, 0.5],
  ["Zusatzstelle", 50000, 3],
  ["Sachausgaben", 50000, null],
];

describe("Höchstbeträge je Stelle (Bereich Förderposition | Jahreskosten € | [Stellenanteil])", () => {
  it("=KI.LANDESERSTATTUNG(A2:B5; 2013): 45.000 + 50.000 + 50.000 + 20.000 = 165.000", () => {
    // Without a share column a row is one post as the guideline states it: the Assistenz row is the ½ post
    // (the reference case of the shared facts: 45.000 + 50.000 + 50.000 + 20.000 = 165.000 €).
    expect(LE(STELLEN, 2013, null, null, null, null)).toBe(165000);
    // With a header row and a Stellenanteil column, same result.
    const mitKopf = [
      ["Förderposition", "Jahreskosten €", "Stellenanteil"],
      ...STELLEN.map((z, i) => [...z, i === 3 ? 0.5 : 1]),
    ];
    expect(LE(mitKopf, 2013, null, null, null, null)).toBe(165000);
  });

  it("alle vier über ihrem Deckel → 170.000; als ein Betrag wie bisher gemeinsam gedeckelt", () => {
    expect(
      LE(
        [
          ["Fachkraft", 60000, 1],
          ["Fachkraft", 60000, 1],
          ["Verwaltung", 55000, 1],
          ["Assistenz", 25000, 0.5],
        ],
        2013,
      ),
    ).toBe(170000);
    expect(LE(180000, 2013, null, null, null, null)).toBe(170000);
    expect(LE([[180000]], 2013, null, null, null, null)).toBe(170000);
    expect(LE(165000, 2013, null, null, null, null)).toBe(165000);
  });

  it("eine Teilzeitstelle zählt anteilig: ½ Fachkraft mit 30.000 € erhält höchstens 25.000 €", () => {
    expect(LE([["Fachkraft", 30000, 0.5]], 2013)).toBe(25000);
    expect(LE([["Fachkraft", 20000, 0.5]], 2013)).toBe(20000);
    // 0,75 Verwaltung: Deckel 37.500.
    expect(LE([["Verwaltung", 40000, 0.75]], 2013)).toBe(37500);
    // A third full Fachkraft is beyond the two funded ones: nothing for it.
    expect(
      LE(
        [
          ["Fachkraft", 60000],
          ["Fachkraft", 60000],
          ["Fachkraft", 60000],
        ],
        2013,
      ),
    ).toBe(100000);
  });

  it("unbekannte Förderposition → #WERT! mit den bekannten", () => {
    const r = LE(
      [
        ["Hausmeister", 40000],
        ["Fachkraft", 50000],
      ],
      2013,
    );
    expect(r).toMatchObject({ code: "#VALUE!" });
    expect(meldung(r)).toMatch(/Hausmeister.*Fachkraft, Verwaltung, Assistenz/);
    expect(meldung(LE([[1, 2, 3, 4]], 2013))).toMatch(/2 oder 3 Spalten/);
  });

  it("Höchstbetrag jedes Regelwerks: 2012 170.000; 2017 Kreis 370.000; NRW-AKTUELL Kreis 6 + ½ = 364.500 + Sachausgaben", () => {
    const teuer = [
      ["Fachkraft", 90000, 1],
      ["Fachkraft", 90000, 1],
      ["Verwaltung", 90000, 1],
      ["Assistenz", 90000, 0.5],
    ];
    expect(LE(teuer, 2013)).toBe(170000);
    expect(LE(teuer, 2017, "Kreis", 3, [[90000], [90000], [90000]], 50000)).toBe(370000);
    expect(LE(teuer, 2024, "Kreis", 3, [[90000], [90000], [90000]], 0, "NRW-AKTUELL")).toBe(364500);
    expect(LE(teuer, 2024, "Kreis", 3, [[90000], [90000], [90000]], 50000, "NRW-AKTUELL")).toBe(414500);
    expect(LE(teuer, 2024, "Stadt", 3, [[90000], [90000], [90000]], 0, "NRW-AKTUELL")).toBe(307500);
    expect(LE(teuer, 2021, "Kreis", 0, null, 0, "NRW-2020")).toBe(187500);
    expect(LE(teuer, 2018, "Kreis", 0, null, 0, "NRW-2018")).toBe(170000);
    for (const r of FOERDERREGELN) {
      const max = foerderregelAuskunft(r, "Kreis").hoechstbetrag / 100;
      expect(LE(teuer, 2017, "Kreis", 3, [[90000], [90000], [90000]], 90000, r.id)).toBe(max);
    }
  });

  it("Festbetrag: eine Stelle unter dem festen Betrag erhält ihre Kosten, eine unbesetzte nichts", () => {
    expect(
      LE(
        [
          ["Fachkraft", 40000],
          ["Fachkraft", 0],
        ],
        2024,
        null,
        null,
        null,
        null,
        "NRW-AKTUELL",
      ),
    ).toBe(40000);
  });
});

describe("Zusatzstellen als Bereich Jahreskosten € | Stellenanteil: leere Zellen (issue 22 items 2 and 4)", () => {
  it('ein leerer Stellenanteil zählt als 0, ob die Zelle als null, "" oder 0 ankommt; leere Zeilen zählen nicht', () => {
    const mit = (anteil: unknown) =>
      LE(
        200000,
        2017,
        "Kreis",
        null,
        [
          ["Jahreskosten €", "Stellenanteil"],
          [60000, 1],
          [45000, anteil],
          [null, null],
          [0, ""],
        ],
        null,
        null,
      );
    const ergebnisse = [null, "", 0].map(mit);
    // 170.000 € base + 50.000 € for the full post; the post without a share gets nothing.
    expect(ergebnisse).toEqual([220000, 220000, 220000]);
    // The same post as a half post (45.000 € for the half, cap 25.000 €), first or last: 25.000 € more.
    expect(mit(0.5)).toBe(245000);
    expect(
      LE(
        200000,
        2017,
        "Kreis",
        null,
        [
          [45000, 0.5],
          [60000, 1],
        ],
        null,
        null,
      ),
    ).toBe(245000);
  });
});

describe("Regelwerk als Bereich (Förderposition | Höchstbetrag je Stelle | Stellen höchstens)", () => {
  it("gibt dieselbe Erstattung wie dasselbe eingebaute Regelwerk", () => {
    const faelle: unknown[][] = [
      [STELLEN, 2017, "Kreis", 3, [[60000], [40000], [60000]], 30000],
      [238300, 2017, "Kreis", 3, [[180000]], 40000],
      [
        [
          ["Fachkraft", 30000, 0.5],
          ["Assistenz", 10000, null],
        ],
        2017,
        "Kreis",
        1,
        null,
        70000,
      ],
    ];
    for (const f of faelle) {
      expect(typeof LE(...f, "NRW-2017")).toBe("number");
      expect(LE(...f, REGEL_2017_BEREICH)).toBe(LE(...f, "NRW-2017"));
    }
    expect(LE(STELLEN, 2017, "Kreis", 3, [[90000], [90000], [90000]], 90000, REGEL_2017_BEREICH)).toBe(365000);
  });

  it("weist schlechte Regelwerke mit deutscher Meldung ab", () => {
    const ohneQuelle = REGEL_2017_BEREICH.filter((z) => z[0] !== "Quelle");
    expect(meldung(LE(STELLEN, 2017, null, null, null, null, ohneQuelle))).toMatch(/#VALUE!.*Quelle fehlt/);
    const negativ = REGEL_2017_BEREICH.map((z) => (z[0] === "Fachkraft" ? ["Fachkraft", -5, 2] : z));
    expect(meldung(LE(STELLEN, 2017, null, null, null, null, negativ))).toMatch(/#VALUE!.*negativ/);
    const unbekannt = [...REGEL_2017_BEREICH, ["Hausmeister", 1000, 1]];
    expect(meldung(LE(STELLEN, 2017, null, null, null, null, unbekannt))).toMatch(/#VALUE!.*Hausmeister.*Bekannt/);
  });

  it("die eingebauten Regelwerke bestehen die Datenprüfung, jedes mit Finanzierungsart und Bezug zur Kosten", () => {
    expect(pruefeFoerderregeln(FOERDERREGELN)).toEqual([]);
    expect(FOERDERREGELN.map((r) => r.id)).toEqual(["NRW-2012", "NRW-2017", "NRW-2018", "NRW-2020", "NRW-AKTUELL"]);
    for (const r of FOERDERREGELN) {
      expect(r.bezugZurKosten).toBe(
        r.finanzierungsart === "Festbetragsfinanzierung" ? "Festbetrag je besetzter Stelle" : "bis zu den Kosten",
      );
    }
    // Versions whose years are not known are applied only by name; NRW-2018 governs 2018–2019
    // (issue 22 item 3, the Land's programme page in the shared facts).
    for (const id of ["NRW-2020", "NRW-AKTUELL"]) {
      expect(FOERDERREGELN.find((r) => r.id === id)!.automatisch).toBe(false);
    }
    const r2018 = FOERDERREGELN.find((r) => r.id === "NRW-2018")!;
    expect([r2018.automatisch, r2018.gueltigAb, r2018.gueltigBis]).toEqual([true, 2018, 2019]);
  });
});
