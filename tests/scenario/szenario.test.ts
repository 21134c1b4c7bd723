import { berechneSzenario, erzeugeVorlage, erzeugeVorlagenSatz } from "../../src/scenario";

describe("presets", () => {
  it("Rhein-Sieg 2013 reproduces the sheet in cents", () => {
    const [derzeitig, kiz] = erzeugeVorlagenSatz("rhein-sieg-2013").map(berechneSzenario);
    expect(derzeitig.aufstellung).toEqual({
      personalkosten: 6980000,
      querschnittskosten: 2094000,
      it: 453600,
      raum: 504000,
      projektmittel: 200000,
      gesamtkosten: 10231600,
      landeserstattung: 0,
      eigenanteil: 10231600,
    });
    expect(kiz.aufstellung).toEqual({
      personalkosten: 23830000,
      querschnittskosten: 7149000,
      it: 1814400,
      raum: 2016000,
      projektmittel: 500000,
      gesamtkosten: 35309400,
      landeserstattung: 17000000,
      eigenanteil: 18309400,
    });
    expect(kiz.aufstellung.eigenanteil - derzeitig.aufstellung.eigenanteil).toBe(8077800);
    expect(kiz.regel?.id).toBe("NRW-2012");
    expect(kiz.personal.landeslehrer).toBe(2);
  });

  it("Kreis 2017 example funds 3 extra posts under the 2017 rules", () => {
    const e = berechneSzenario(erzeugeVorlage("kreis-2017"));
    expect(e.regel?.id).toBe("NRW-2017");
    // Base: 2 × 67.615 + 66.717 + 0,5 × 51.178 = 227.536 € (BUND-AGEBV-2021) → capped at 170.000.
    expect(e.personal.grund).toBe(22753600);
    // Extra: 3 × 67.615 = 202.845 € → capped at 150.000.
    expect(e.personal.zusatz).toBe(20284500);
    expect(e.erstattung?.betrag).toBe(17000000 + 15000000);
  });

  it("kreisfreie Stadt 2017 example has 2 extra posts", () => {
    const e = berechneSzenario(erzeugeVorlage("stadt-2017"));
    expect(e.personal.zusatzstellen).toBe(2);
    // 170.000 base + 2 × 50.000 (extra posts cost 67.615 each, capped).
    expect(e.erstattung?.betrag).toBe(27000000);
  });
});
