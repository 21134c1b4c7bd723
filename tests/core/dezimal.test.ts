/**
 * The fast paths added for speed (short decimals, whole cents, integer products, discounted sums in
 * doubles with an error bound) must give exactly what the exact BigInt definition gives. The
 * reference here is written independently: the 15-digit decimal of every operand as a BigInt
 * fraction, one rational result, rounded half away from zero.
 */
import fc from "fast-check";
import {
  alsDezimal,
  barwert,
  euroZuCentGenau,
  fortschreibung,
  rundeProdukt,
  rundeSummeDerProdukte,
} from "../../src/core";

const SEED = 20261201;
const LAEUFE = 4000;

/** x as the exact fraction [zähler, nenner] of its 15-significant-digit decimal. */
function bruch(x: number): [bigint, bigint] {
  const [m, e] = x.toExponential(14).split("e");
  const z = BigInt(m.replace(".", ""));
  const exp = Number(e) - 14;
  return exp >= 0 ? [z * 10n ** BigInt(exp), 1n] : [z, 10n ** BigInt(-exp)];
}

function runde(z: bigint, n: bigint): number {
  if (n < 0n) [z, n] = [-z, -n];
  const neg = z < 0n;
  const a = neg ? -z : z;
  const q = (2n * a + n) / (2n * n);
  const r = Number(neg ? -q : q);
  return r === 0 ? 0 : r;
}

/** Σ zᵢ / (1 + r)^(i + erster) exactly. */
function abgezinst(zahlungen: number[], rate: number, erster: number): number {
  const [rz, rn] = bruch(rate);
  const [qz, qn] = [rn + rz, rn]; // 1 + r
  let z = 0n;
  let n = 1n;
  zahlungen.forEach((betrag, i) => {
    const [bz, bn] = bruch(betrag);
    const e = i + erster;
    const [tz, tn] =
      e >= 0 ? [bz * qn ** BigInt(e), bn * qz ** BigInt(e)] : [bz * qz ** BigInt(-e), bn * qn ** BigInt(-e)];
    [z, n] = [z * tn + tz * n, n * tn];
  });
  return runde(z, n);
}

const centBetrag = fc.integer({ min: -(10 ** 13), max: 10 ** 13 }).map((c) => c / 100);
const halbeCent = fc.integer({ min: 0, max: 10 ** 11 }).map((c) => c + 0.5);
const zahl = fc.oneof(
  centBetrag,
  halbeCent,
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(0, 0.3, 0.1, 1 / 3, 34993.645, 255353.55, 7660606.5, 1e-7, 123456789.123456),
);
const rate = fc.oneof(
  fc.constantFrom(0, 0.025, 0.03, 0.3, -0.5, 1, 1 / 3, -0.999),
  fc.integer({ min: -990, max: 1000 }).map((p) => p / 1000),
  fc.double({ min: -0.99, max: 1, noNaN: true }),
);

describe("Schnelle Wege der Dezimalrechnung (src/core/dezimal.ts, geld.ts, projektion.ts)", () => {
  it("alsDezimal has the value of the 15-digit decimal, also on its fast path", () => {
    fc.assert(
      fc.property(zahl, (x) => {
        const d = alsDezimal(x);
        const [z, n] = bruch(x);
        expect(d.ziffern * n).toBe(z * 10n ** BigInt(d.stellen));
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("rundeProdukt equals the exact product of the decimals, rounded half away from zero", () => {
    expect(rundeProdukt(25535355, 0.3)).toBe(7660607); // exactly half a cent: rounded up
    expect(rundeProdukt(-25535355, 0.3)).toBe(-7660607);
    fc.assert(
      fc.property(
        fc.oneof(
          centBetrag.map((e) => e * 100),
          halbeCent,
        ),
        zahl.filter((x) => Math.abs(x) < 1e3),
        (a, b) => {
          const [az, an] = bruch(a);
          const [bz, bn] = bruch(b);
          expect(rundeProdukt(a, b)).toBe(runde(az * bz, an * bn));
        },
      ),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("rundeSummeDerProdukte equals the exact sum of the products, also on its integer path near a half", () => {
    expect(
      rundeSummeDerProdukte([
        [3350, 0.01],
        [3350, 0.01],
        [3350, 0.01],
      ]),
    ).toBe(101); // 3 × 33,5 ct
    const faktor = fc.oneof(
      fc.constantFrom(1, -1, 0.3, 0.5, 2),
      zahl.filter((x) => Math.abs(x) < 1e3),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              centBetrag.map((e) => e * 100),
              halbeCent,
              zahl,
            ),
            faktor,
          ),
          { maxLength: 8 },
        ),
        (paare) => {
          let z = 0n;
          let n = 1n;
          for (const [a, b] of paare) {
            const [az, an] = bruch(a);
            const [bz, bn] = bruch(b);
            [z, n] = [z * an * bn + az * bz * n, n * an * bn];
          }
          expect(rundeSummeDerProdukte(paare)).toBe(runde(z, n));
        },
      ),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("rundeSummeDerProdukte with a divisor (a post funded in part: cost × funded share / share) is exact", () => {
    // 18.304,734 € for ¾ of a post, ¼ funded: 6.101,578 €; with 0,5 ct the total is a half cent.
    expect(
      rundeSummeDerProdukte([
        [1830473.4, 0.25, 0.75],
        [0.5, 1],
      ]),
    ).toBe(610158);
    expect(
      rundeSummeDerProdukte([
        [-1830473.4, 0.25, 0.75],
        [-0.5, 1],
      ]),
    ).toBe(-610158);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(halbeCent, fc.constantFrom(0.25, 0.5, 0.75, 1), fc.constantFrom(0.75, 1, 3, 0.5)), {
          maxLength: 6,
        }),
        (terme) => {
          let z = 0n;
          let n = 1n;
          for (const [a, b, c] of terme) {
            const [az, an] = bruch(a);
            const [bz, bn] = bruch(b);
            const [cz, cn] = bruch(c);
            const [tz, tn] = [az * bz * cn, an * bn * cz];
            [z, n] = [z * tn + tz * n, n * tn];
          }
          expect(rundeSummeDerProdukte(terme)).toBe(runde(z, n));
        },
      ),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("euroZuCentGenau is the decimal shifted by two places", () => {
    fc.assert(
      fc.property(zahl, (euro) => {
        const [z, n] = bruch(euro);
        const c = euroZuCentGenau(euro);
        // The decimal z / 10^s shifted by two places, read back as the nearest double.
        const soll = Number(`${z}e${2 - (n.toString().length - 1)}`);
        expect(c).toBe(soll === 0 ? 0 : soll);
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
  });

  it("barwert and fortschreibung equal the exact discounted sum (the double path may not decide a half cent)", () => {
    expect(fortschreibung(10000001, 0.5, 1)).toBe(15000002); // 15000001,5 exactly: away from zero
    expect(barwert([1, 1], 1, 0)).toBe(1); // 0,5 + 0,25 = 0,75
    const betraege = fc.array(
      fc.oneof(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 6 }).map((c) => c + 0.5),
      ),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(betraege, rate, fc.integer({ min: 0, max: 40 }), (z, r, k) => {
        const basis = Math.min(k, z.length);
        let soll: number | null = abgezinst(z, r, 1 - basis);
        if (Math.abs(soll) > 1e14) soll = null; // refused as over the limit
        if (soll === null) expect(() => barwert(z, r, basis)).toThrow();
        else expect(barwert(z, r, basis)).toBe(soll);
      }),
      { seed: SEED, numRuns: LAEUFE },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        rate,
        fc.integer({ min: -200, max: 200 }),
        (b, r, j) => {
          const soll = abgezinst([b], r, -j);
          if (Math.abs(soll) > 1e14) expect(() => fortschreibung(b, r, j)).toThrow();
          else expect(fortschreibung(b, r, j)).toBe(soll);
        },
      ),
      { seed: SEED, numRuns: LAEUFE },
    );
  });
});
