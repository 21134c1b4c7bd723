/**
 * KI.UMLAGE through the BUILT bundle: shares of a Kreis cost by Umlagegrundlagen, in whole cents
 * that sum exactly to the amount (largest remainder), plus the core distribution with the
 * § 56 Abs. 4 KrO reduction.
 */
import fc from "fast-check";
import { hebesatzpunkte, umlageAnteile, verteileUmlage, RHEIN_SIEG_GEMEINDEN } from "../../src/core";
import { GeladeneFunktionen, ladeFunktionen } from "../helpers/ladeFunktionen";

let ki: GeladeneFunktionen;

beforeAll(() => {
  ki = ladeFunktionen();
});

const UMLAGE = (...a: unknown[]) => ki.funktionen.UMLAGE(...a);

const cent = (euro: number) => Math.round(euro * 100);

describe("KI.UMLAGE", () => {
  it("UMLAGE(1000; {1;1;1}) → 333,34 / 333,33 / 333,33, zusammen genau 1.000,00", () => {
    const r = UMLAGE(1000, [[1], [1], [1]]) as number[][];
    expect(r).toEqual([[333.34], [333.33], [333.33]]);
    expect(r.flat().reduce((s, x) => s + cent(x), 0)).toBe(100000);
  });

  it("liefert dieselbe Form wie die Grundlagen: Spalte → Spalte, Zeile → Zeile", () => {
    expect(UMLAGE(1000, [[1, 1, 1]])).toEqual([[333.34, 333.33, 333.33]]);
    expect(
      UMLAGE(100, [
        [1, 3],
        [0, 1],
      ]),
    ).toEqual([
      [20, 60],
      [0, 20],
    ]);
  });

  it('leere Zeilen erhalten 0 – null, "" und 0 gleichermaßen', () => {
    expect(UMLAGE(80778, [[null], [""], [0], [2], [1], ["  "]])).toEqual([[0], [0], [0], [53852], [26926], [0]]);
  });

  it("verteilt die Mehrkosten des Rhein-Sieg-KIZ (80.778 €) nach Grundlagen", () => {
    // 80.778 × 3 / 7 = 34.619,142857…, × 2 / 7 = 23.079,428571…: 2 cents left over go to the largest remainders.
    const r = (UMLAGE(80778, [[3], [2], [2]]) as number[][]).flat();
    expect(r).toEqual([34619.14, 23079.43, 23079.43]);
    expect(r.reduce((s, x) => s + cent(x), 0)).toBe(8077800);
  });

  it("verteilt einen negativen Betrag (Entlastung) spiegelbildlich", () => {
    expect(UMLAGE(-1000, [[1], [1], [1]])).toEqual([[-333.34], [-333.33], [-333.33]]);
  });

  it("negative oder nur leere Grundlagen → #WERT!, Text → #WERT!", () => {
    const negativ = UMLAGE(1000, [[1], [-1]]) as unknown[][];
    expect(negativ).toHaveLength(1);
    expect(negativ[0][0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
    const leer = UMLAGE(1000, [[null], [0], [""]]) as unknown[][];
    expect(leer[0][0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
    expect((leer[0][0] as { message: string }).message).toMatch(/Umlagegrundlagen.*eintragen/);
    expect((UMLAGE(1000, [["Troisdorf"]]) as unknown[][])[0][0]).toMatchObject({ code: "#VALUE!" });
    // An empty amount is 0 € (excelArgumente: an empty cell counts as 0), so nothing is distributed.
    expect(UMLAGE(null, [[1]])).toEqual([[0]]);
  });

  it("Eigenschaften über zufällige Grundlagen: Summe stimmt immer, Anteile ≥ 0, je höchstens 1 Cent vom exakten Anteil", () => {
    const grundlage = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 50_000_000_000 }).map((c) => c / 100) },
      { weight: 1, arbitrary: fc.constantFrom<null | string | number>(null, "", 0) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc
          .array(grundlage, { minLength: 1, maxLength: 40 })
          .filter((g) => g.some((x) => typeof x === "number" && x > 0)),
        (betragCent, grundlagen) => {
          const r = (
            UMLAGE(
              betragCent / 100,
              grundlagen.map((g) => [g]),
            ) as number[][]
          ).map((z) => z[0]);
          expect(r).toHaveLength(grundlagen.length);
          const anteileCent = r.map(cent);
          expect(anteileCent.reduce((s, x) => s + x, 0)).toBe(betragCent);
          const ug = grundlagen.map((g) => (typeof g === "number" ? BigInt(cent(g)) : 0n));
          const summe = ug.reduce((s, x) => s + x, 0n);
          anteileCent.forEach((a, i) => {
            expect(a).toBeGreaterThanOrEqual(0);
            // Exact share in cents is B × UG / Σ UG; the rounded share lies within one cent of it.
            const exakt = BigInt(betragCent) * ug[i];
            const a100 = BigInt(a) * summe;
            const abstand = a100 > exakt ? a100 - exakt : exakt - a100;
            expect(abstand < summe).toBe(true);
            if (ug[i] === 0n) expect(a).toBe(0);
          });
        },
      ),
      { seed: 19, numRuns: 400 },
    );
  });
});

describe("Kern: Umlage mit Minderbelastung nach § 56 Abs. 4 KrO", () => {
  it("entlastet eine Gemeinde um 50 % und legt den Rest nach Grundlagen auf die übrigen um", () => {
    // Shares 400 / 300 / 200 / 100 €; member 1 relieved by half: 150 €, spread over 3 and 4 as 2:1.
    const v = verteileUmlage(100_000, [
      { grundlage: 400, minderbelastung: 0 },
      { grundlage: 300, minderbelastung: 0.5 },
      { grundlage: 200, minderbelastung: 0 },
      { grundlage: 100, minderbelastung: 0 },
    ]);
    expect(v.anteile).toEqual([40_000, 30_000, 20_000, 10_000]);
    expect(v.entlastungen).toEqual([0, 15_000, 0, 0]);
    // 15.000 ct over UG 400 / 200 / 100 (the relieved member carries nothing): 8.571,43 / 4.285,71 / 2.142,86.
    expect(v.mehrbelastungen).toEqual([8_571, 0, 4_286, 2_143]);
    expect(v.belastungen).toEqual([48_571, 15_000, 24_286, 12_143]);
    expect(v.belastungen.reduce((s, x) => s + x, 0)).toBe(100_000);
    // 1.000 € on Umlagegrundlagen of 10 € (1.000 ct): 10.000 points.
    expect(v.hebesatzpunkte).toBeCloseTo(10000, 8);
  });

  it("weist eine Verteilung zurück, bei der niemand die Minderbelastung tragen kann", () => {
    expect(() =>
      verteileUmlage(100_000, [
        { grundlage: 1, minderbelastung: 1 },
        { grundlage: 0, minderbelastung: 0 },
      ]),
    ).toThrow(/niemand kann die Minderbelastung tragen/);
    expect(() => verteileUmlage(100, [{ grundlage: 1, minderbelastung: 1.2 }])).toThrow(/zwischen 0 und 1/);
  });

  it("summiert bei beliebigen Minderbelastungen immer genau auf den Betrag", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(
          fc.record({
            grundlage: fc.integer({ min: 0, max: 1e12 }),
            minderbelastung: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
          }),
          { minLength: 2, maxLength: 25 },
        ),
        (betrag, mitglieder) => {
          fc.pre(mitglieder.some((m) => m.minderbelastung === 0 && m.grundlage > 0));
          const v = verteileUmlage(betrag, mitglieder);
          expect(v.belastungen.reduce((s, x) => s + x, 0)).toBe(betrag);
          v.belastungen.forEach((b, i) => {
            expect(Number.isInteger(b)).toBe(true);
            if (betrag >= 0) expect(b).toBeGreaterThanOrEqual(0);
            if (mitglieder[i].grundlage === 0) expect(b).toBe(0);
          });
        },
      ),
      { seed: 56, numRuns: 300 },
    );
  });

  it("Hebesatzpunkte: ΔC / Σ UG × 100", () => {
    // 80.778 € on 1 billion € of Umlagegrundlagen = 0,0080778 points.
    expect(hebesatzpunkte(8_077_800, [100_000_000_000])).toBeCloseTo(0.0080778, 12);
    expect(umlageAnteile(0, [1, 2])).toEqual([0, 0]);
  });

  it("kennt die 19 Mitgliedsgemeinden des Rhein-Sieg-Kreises", () => {
    expect(RHEIN_SIEG_GEMEINDEN).toHaveLength(19);
    expect(new Set(RHEIN_SIEG_GEMEINDEN).size).toBe(19);
    expect(RHEIN_SIEG_GEMEINDEN).toContain("Troisdorf");
  });
});
