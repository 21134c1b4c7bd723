/**
 * The pure money helpers every € figure passes through: rounding half away from zero, and the
 * euro ↔ cent round trip over the whole permitted range (± 1 Billion €).
 */
import fc from "fast-check";
import { MAX_BETRAG_EURO, centZuEuro, euroZuCent, rundeKaufmaennisch } from "../../src/core";

const SEED = 20260213;
const LAEUFE = 5000;
const MAX_CENT = MAX_BETRAG_EURO * 100;

const ganzeCent = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: -MAX_CENT, max: MAX_CENT }),
  fc.constantFrom(0, 1, -1, 5, -5, MAX_CENT, -MAX_CENT, 10231600, 35309400, 17000000, 18309400, 8077800),
);

describe("Geldrundung (src/core/geld.ts)", () => {
  it("euroZuCent(centZuEuro(c)) === c for every whole cent amount in range", () => {
    fc.assert(
      fc.property(ganzeCent, (c) => {
        expect(euroZuCent(centZuEuro(c))).toBe(c);
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("gives exactly what rounding the 15-digit decimal view would give (fast path included)", () => {
    // The definition the fast path in rundeKaufmaennisch must not deviate from.
    const referenz = (x: number) => {
      const b = Number(x.toPrecision(15));
      const r = Math.sign(b) * Math.round(Math.abs(b));
      return r === 0 ? 0 : r;
    };
    const naheHaelfte = fc
      .tuple(fc.integer({ min: -(2 ** 45), max: 2 ** 45 }), fc.integer({ min: -64, max: 64 }))
      .map(([n, ulps]) => (n + 0.5) * (1 + ulps * Number.EPSILON));
    const dezimal = fc.tuple(
      fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
      fc.constantFrom(0.3, 0.1, 1 / 3, 0.7, 100),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          naheHaelfte,
          dezimal.map(([c, f]) => c * f),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        (x) => {
          expect(rundeKaufmaennisch(x)).toBe(referenz(x));
        },
      ),
      { seed: SEED, numRuns: LAEUFE * 4 },
    );
  });

  it("rounds exact halves away from zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (n) => {
        // n + 0.5 is exact in binary; away from zero means up for positive, down for negative values.
        const erwartet = n >= 0 ? n + 1 : n;
        expect(rundeKaufmaennisch(n + 0.5)).toBe(erwartet);
        expect(rundeKaufmaennisch(-(n + 0.5))).toBe(-erwartet);
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("rounds decimal half-cents (x,xx5 €) away from zero although they are inexact in binary", () => {
    // k thousandths of a euro with last digit 5: exactly half a cent, e.g. 1,005 € → 1,01 €.
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (m) => {
        const k = m * 10 + (m < 0 ? -5 : 5);
        const erwartet = Math.sign(k) * Math.floor((Math.abs(k) + 5) / 10);
        expect(euroZuCent(k / 1000)).toBe(erwartet);
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("never moves a value by more than half a cent and never returns -0", () => {
    fc.assert(
      fc.property(fc.double({ min: -MAX_BETRAG_EURO, max: MAX_BETRAG_EURO, noNaN: true }), (euro) => {
        const c = euroZuCent(euro);
        expect(Number.isInteger(c)).toBe(true);
        expect(Object.is(c, -0)).toBe(false);
        // 15 significant digits decide the rounding; beyond that the double itself is the noise.
        const toleranz = 0.5 + Math.abs(euro * 100) * 1e-14;
        expect(Math.abs(c - euro * 100)).toBeLessThanOrEqual(toleranz);
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("rejects amounts outside ± 1 Billion € with #WERT!", () => {
    fc.assert(
      fc.property(fc.double({ min: MAX_BETRAG_EURO, noNaN: true, minExcluded: true }), fc.boolean(), (euro, neg) => {
        expect(() => euroZuCent(neg ? -euro : euro)).toThrow(expect.objectContaining({ art: "wert" }));
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });
});
