/**
 * zuwendungenJeStelle for many posts (a whole column of them): rows that surely come after
 * "Stellen höchstens" FTE of higher cost per FTE get 0 without summing the rows before them. Every
 * funded share must still be the very double the direct sum over all rows gives (the sheets'
 * SUMPRODUCT sums the same way), and so every grant: held here against that direct sum, written
 * out as it was, over lists with ties, repeated rows, shares that are no binary fractions and 0.
 */
import fc from "fast-check";
import { Foerderstelle, foerdereGrundstellen, FOERDERREGELN, zuwendungenJeStelle } from "../../src/core";
import { rundeProdukt, rundeSummeDerProdukte, type Produkt } from "../../src/core/dezimal";

/** The funded shares and grants as computed for every row with the sum over all rows (n²). */
function direkt(jeStelle: number, bezug: number, hoechstens: number, stellen: readonly Foerderstelle[]) {
  return stellen.map((s, i) => {
    let hoeher = 0;
    let gleich = 0;
    for (let j = 0; j < stellen.length; j++) {
      const links = stellen[j].kosten * s.anteil;
      const rechts = s.kosten * stellen[j].anteil;
      if (links > rechts) hoeher += stellen[j].anteil;
      if (j <= i && links === rechts) gleich += stellen[j].anteil;
    }
    const f = Math.max(0, Math.min(s.anteil, hoechstens - (hoeher + gleich - s.anteil)));
    const deckel: Produkt = [jeStelle / bezug, f];
    const kosten: Produkt = f === s.anteil ? [s.kosten, 1] : [s.kosten, f, s.anteil];
    const w = (p: Produkt) => (p.length === 3 ? (p[0] * p[1]) / p[2] : p[0] * p[1]);
    const genau = w(kosten) < w(deckel) ? kosten : deckel;
    return {
      gefoerderterAnteil: f,
      deckel: rundeProdukt(deckel[0], deckel[1]),
      betrag: rundeSummeDerProdukte([genau]),
      genau,
    };
  });
}

const ANTEILE = [1, 0.5, 0.3, 0.8, 0.25, 0, 0.75, 1 / 3, 0.1, 2, 0.65, 1e-7];
const stelle = fc.record({
  kosten: fc.oneof(
    fc.constantFrom(5_000_000, 2_500_000, 6_000_000, 0, 5_000_000.5, 3_333_333.3),
    fc.integer({ min: 0, max: 20_000_000 }),
  ),
  anteil: fc.constantFrom(...ANTEILE),
});
/** Lists of 25 to 300 posts, often built from a few repeated rows (ties). */
const liste = fc.oneof(
  fc.array(stelle, { minLength: 25, maxLength: 300 }),
  fc
    .tuple(fc.array(stelle, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 25, maxLength: 300 }))
    .map(([vorlagen, wahl]) => wahl.map((k) => vorlagen[k % vorlagen.length])),
);

describe("zuwendungenJeStelle for many posts: the same doubles as the sum over all rows", () => {
  it("funded share, cap, grant and exact pair of every row", () => {
    fc.assert(
      fc.property(
        liste,
        fc.constantFrom(0, 0.5, 1, 2, 3, 7.3, 100),
        fc.constantFrom(1, 0.5),
        (stellen, hoechstens, bezug) => {
          expect(zuwendungenJeStelle(5_000_000, bezug, hoechstens, stellen)).toEqual(
            direkt(5_000_000, bezug, hoechstens, stellen),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("base posts of several positions through foerdereGrundstellen", () => {
    const regel = FOERDERREGELN[0];
    const t = regel.tatbestaende[0];
    if (t.art !== "grundfoerderung") throw new Error("NRW-2012 beginnt mit der Grundförderung");
    const stellen = Array.from({ length: 200 }, (_, i) => ({
      position: (["Fachkraft", "Verwaltung", "Assistenz"] as const)[i % 3],
      kosten: 4_000_000 + ((i * 7919) % 3_000_000),
      anteil: ANTEILE[i % ANTEILE.length],
    }));
    const ergebnis = foerdereGrundstellen(regel, t, stellen);
    for (const position of ["Fachkraft", "Verwaltung", "Assistenz"] as const) {
      const nr = stellen.flatMap((s, i) => (s.position === position ? [i] : []));
      const p = t.positionen.find((x) => x.position === position);
      const soll = direkt(
        p?.jeStelle ?? 0,
        position === "Assistenz" ? 0.5 : 1,
        p?.stellen ?? 0,
        nr.map((i) => stellen[i]),
      );
      nr.forEach((i, k) => expect(ergebnis[i].genau).toEqual(soll[k].genau));
    }
    // Most rows surely come after the funded ones: their grant is 0.
    expect(ergebnis.filter((x) => x.betrag === 0).length).toBeGreaterThan(150);
  });
});
