/**
 * The lean refund totals KI.LANDESERSTATTUNG uses (erstattungsbetrag, grundErstattungsbetrag) and
 * the rule-set lookup tables: each must give exactly what the full calculation and a plain scan
 * of the list give, over every built-in rule set, both kinds of Körperschaft and awkward inputs.
 */
import {
  ErstattungsEingabe,
  FOERDERREGELN,
  Foerderregel,
  GrundstellenKosten,
  KOERPERSCHAFTEN,
  KiFehler,
  berechneErstattung,
  erstattungsbetrag,
  findeFoerderregelNachId,
  foerderregelFuerJahr,
  grundErstattungsbetrag,
} from "../../src/core";

const PERSONALKOSTEN = [0, 1, 99.5, 12_345_678.5, 16_999_999.5, 17_000_000, 17_000_000.5, 25_000_000, 1e14];
const STELLEN: ReadonlyArray<readonly GrundstellenKosten[] | null> = [
  null,
  [],
  [
    { position: "Fachkraft", kosten: 6_000_000, anteil: 1 },
    { position: "Fachkraft", kosten: 4_000_000.5, anteil: 0.75 },
    { position: "Fachkraft", kosten: 5_000_000, anteil: 1 },
    { position: "Verwaltung", kosten: 3_333_333.5, anteil: 0.5 },
    { position: "Assistenz", kosten: 2_500_000, anteil: 0.5 },
  ],
];
const ZUSATZ: ReadonlyArray<ErstattungsEingabe["zusatzkosten"]> = [null, 0, 12_000_000.5, [6_000_000, 4_000_000.5, 1]];

function eingaben(): ErstattungsEingabe[] {
  const liste: ErstattungsEingabe[] = [];
  for (const koerperschaft of KOERPERSCHAFTEN)
    for (const personalkosten of PERSONALKOSTEN)
      for (const grundstellen of STELLEN)
        for (const zusatzkosten of ZUSATZ)
          for (const zusatzstellen of [0, 1.5, 3, 7])
            for (const sachausgaben of [0, 2_500_000.5, 9_000_000])
              liste.push({ koerperschaft, personalkosten, grundstellen, zusatzstellen, zusatzkosten, sachausgaben });
  return liste;
}

/** Whether every amount is whole cents: then rounding each item and rounding once agree. */
function ganzeCent(e: ErstattungsEingabe): boolean {
  const betraege = [
    e.personalkosten,
    e.sachausgaben,
    ...(e.grundstellen ?? []).map((s) => s.kosten),
    ...(e.zusatzkosten === null ? [] : Array.isArray(e.zusatzkosten) ? e.zusatzkosten : [e.zusatzkosten]),
  ];
  return betraege.every((b) => Number.isInteger(b));
}

describe("erstattungsbetrag: the total of berechneErstattung without its items", () => {
  const alle = eingaben();
  const ganz = alle.filter(ganzeCent);

  it.each(FOERDERREGELN.map((r) => [r.id, r] as const))("%s: same cents for every whole-cent input", (_id, regel) => {
    let verschieden = 0;
    for (const e of ganz) if (erstattungsbetrag(regel, e) !== berechneErstattung(regel, e).betrag) verschieden++;
    expect(alle.length).toBe(2592);
    expect(ganz.length).toBe(320);
    expect(verschieden).toBe(0);
  });

  it("with sub-cent inputs rounds once: never more than half a cent per item from the pane's item-wise total", () => {
    for (const regel of FOERDERREGELN) {
      for (const e of alle) {
        const einzeln = berechneErstattung(regel, e);
        const abstand = Math.abs(erstattungsbetrag(regel, e) - einzeln.betrag);
        expect(abstand).toBeLessThanOrEqual(Math.ceil(einzeln.posten.length / 2));
      }
    }
  });

  it("grundErstattungsbetrag equals both for a single total without extra posts or material costs", () => {
    const geprueft: number[] = [];
    for (const regel of FOERDERREGELN) {
      for (const personalkosten of PERSONALKOSTEN) {
        const e: ErstattungsEingabe = {
          koerperschaft: "Kreis",
          personalkosten,
          grundstellen: null,
          zusatzstellen: 0,
          zusatzkosten: null,
          sachausgaben: 0,
        };
        const voll = berechneErstattung(regel, e).betrag;
        expect(grundErstattungsbetrag(regel, personalkosten)).toBe(voll);
        expect(erstattungsbetrag(regel, e)).toBe(voll);
        geprueft.push(voll);
      }
    }
    // The caps bite: 170.000 € (2012 rules) and the half cent rounded away from zero.
    expect(geprueft).toContain(17_000_000);
    expect(geprueft).toContain(100);
  });

  it("refuses negative input with the same message", () => {
    const regel = FOERDERREGELN[0];
    const e: ErstattungsEingabe = {
      koerperschaft: "Kreis",
      personalkosten: -1,
      zusatzstellen: 0,
      zusatzkosten: null,
      sachausgaben: 0,
    };
    const meldung = "Kosten, Stellenzahl und Sachausgaben dürfen nicht negativ sein.";
    expect(() => berechneErstattung(regel, e)).toThrow(meldung);
    expect(() => erstattungsbetrag(regel, e)).toThrow(meldung);
    expect(() => grundErstattungsbetrag(regel, -1)).toThrow(new KiFehler("wert", meldung));
    expect(() => erstattungsbetrag(regel, { ...e, personalkosten: 0, zusatzstellen: -1 })).toThrow(meldung);
  });
});

describe("rule-set lookups over the built-in list agree with a plain scan", () => {
  // A copy is not FOERDERREGELN itself: it takes the scanning path.
  const kopie: readonly Foerderregel[] = [...FOERDERREGELN];

  it("by year, repeatedly and in any order", () => {
    const jahre = [2013, 2013, 2017, 2012, 2016, 2017, 2019, 2013, 2018, 2018];
    for (const jahr of jahre) expect(foerderregelFuerJahr(jahr)).toBe(foerderregelFuerJahr(jahr, kopie));
    expect(foerderregelFuerJahr(2013).id).toBe("NRW-2012");
    expect(foerderregelFuerJahr(2017).id).toBe("NRW-2017");
    expect(foerderregelFuerJahr(2019).id).toBe("NRW-2018");
    // Issue 22: no rule outside the years it is known to govern; both paths say so, in German.
    for (const jahr of [2020, 2026, 2040, 2100]) {
      expect(() => foerderregelFuerJahr(jahr)).toThrow(`Für ${jahr} ist nicht belegt, welches Förderregelwerk gilt`);
      expect(() => foerderregelFuerJahr(jahr, kopie)).toThrow(/Bitte wählen Sie das Regelwerk ausdrücklich/);
    }
  });

  it("a year without rules fails every time with the same message (nothing is stored)", () => {
    for (let i = 0; i < 2; i++) {
      expect(() => foerderregelFuerJahr(2011)).toThrow(/erst ab 2012/);
      expect(() => foerderregelFuerJahr(2011.5)).toThrow("Das Jahr muss eine ganze Zahl sein, nicht 2011.5.");
    }
    expect(() => foerderregelFuerJahr(2013.5)).toThrow("Das Jahr muss eine ganze Zahl sein, nicht 2013.5.");
  });

  it("by id: case and surrounding blanks do not matter; an unknown id names the known ones", () => {
    for (const r of FOERDERREGELN) {
      for (const schreibweise of [r.id, r.id.toLowerCase(), `  ${r.id.toUpperCase()} `]) {
        expect(findeFoerderregelNachId(schreibweise)).toBe(r);
        expect(findeFoerderregelNachId(schreibweise, kopie)).toBe(r);
      }
    }
    const meldung = `Unbekanntes Regelwerk „NRW-1999“. Bekannt: ${FOERDERREGELN.map((r) => r.id).join(", ")}.`;
    expect(() => findeFoerderregelNachId("NRW-1999")).toThrow(meldung);
    expect(() => findeFoerderregelNachId("NRW-1999", kopie)).toThrow(meldung);
  });
});
