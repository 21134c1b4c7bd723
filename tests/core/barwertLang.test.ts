/**
 * Present values over many years and at any rate (issue 26): the double-double fast path and the
 * cut-off of trailing zeros must give exactly the figure a BigInt fraction gives, also where the
 * discount factor leaves the range of doubles; and a whole column of Umlagegrundlagen (1,048,576
 * rows, mostly 0) is split like its filled rows.
 */
import fc from "fast-check";
import { barwert, umlageAnteileGenau } from "../../src/core";

/** x as the decimal Excel shows (15 significant digits): numerator / denominator. */
function dezimal(x: number): [bigint, bigint] {
  const [m, e] = x.toExponential(14).split("e");
  const ziffern = BigInt(m.replace(".", ""));
  const stellen = 14 - Number(e);
  return stellen >= 0 ? [ziffern, 10n ** BigInt(stellen)] : [ziffern * 10n ** BigInt(-stellen), 1n];
}

/**
 * Σ zᵢ / (1 + r)^(i + 1 − basis) for whole-cent zᵢ, exactly, rounded half away from zero. With
 * 1 + r = qz / qn: N = Σ zᵢ · qn^i · qz^(n−1−i) by one pass (a power of qn carried along), then
 * the sum is N · (qn/qz)^m / qz^(n−1) with m = 1 − basis.
 */
function genau(zahlungen: number[], rate: number, basis: number): number {
  const [rz, rn] = dezimal(rate);
  const [qz, qn] = [rn + rz, rn];
  let n = zahlungen.length;
  while (n > 1 && zahlungen[n - 1] === 0) n--;
  let summe = 0n;
  let potenz = 1n;
  for (let i = 0; i < n; i++) {
    summe = summe * qz + BigInt(zahlungen[i]) * potenz;
    potenz *= qn;
  }
  const m = 1 - basis;
  let zaehler = summe;
  let nenner = qz ** BigInt(n - 1);
  if (m >= 0) [zaehler, nenner] = [zaehler * qn ** BigInt(m), nenner * qz ** BigInt(m)];
  else [zaehler, nenner] = [zaehler * qz ** BigInt(-m), nenner * qn ** BigInt(-m)];
  const negativ = zaehler < 0n;
  const betrag = negativ ? -zaehler : zaehler;
  const q = Number((2n * betrag + nenner) / (2n * nenner));
  return (negativ ? -q : q) + 0;
}

describe("barwert over many years and at any rate", () => {
  it("equals the exact fraction, with and without empty years at the end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -30_000_000, max: 30_000_000 })), {
          minLength: 1,
          maxLength: 120,
        }),
        fc.constantFrom(0, 0.03, -0.05, 0.0001, -0.0001, -0.5, -0.99, 0.5, 1, 0.1 + 0.2 - 0.3),
        fc.nat(),
        fc.nat({ max: 300 }),
        (zahlungen, rate, basisWahl, leer) => {
          const basis = basisWahl % (zahlungen.length + 1);
          let soll: number | null;
          try {
            soll = genau(zahlungen, rate, basis);
          } catch {
            soll = null;
          }
          if (soll === null || Math.abs(soll) > 1e14) return; // over the limit: an error, checked below
          const mitLeeren = [...zahlungen, ...Array<number>(leer).fill(0)];
          expect(barwert(zahlungen, rate, basis)).toBe(soll);
          expect(barwert(mitLeeren, rate, basis)).toBe(soll);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a factor beyond the range of doubles: the exact figure, not 0 (before: every term became 0)", () => {
    const zahlungen = Array.from({ length: 266 }, (_, i) => (i % 7 === 3 ? -6_210_962 : 5_575_477 + i));
    expect(barwert(zahlungen, -0.99, 266)).toBe(genau(zahlungen, -0.99, 266));
    expect(barwert(zahlungen, -0.99, 266)).not.toBe(0);
  });

  it("5,000 years at a small negative rate and a whole column at −5 % are answered", () => {
    const lang = Array.from({ length: 5_000 }, (_, i) => 100_000 + ((i * 7919) % 200_000));
    expect(barwert(lang, -0.0001)).toBe(genau(lang, -0.0001, 1));
    const spalte = Array<number>(1_048_576).fill(0);
    for (let i = 0; i < 18; i++) spalte[i] = 10_000_000 + i * 12_345;
    expect(barwert(spalte, -0.05)).toBe(genau(spalte.slice(0, 18), -0.05, 1));
    // Payments of one sign whose terms pass every double: over the limit, decided without BigInt.
    expect(() => barwert(lang.concat(lang), -0.05)).toThrow("über 1 Billion €");
  });
});

describe("umlageAnteileGenau over a whole column", () => {
  it("1,048,576 rows, 19 filled: the filled rows' shares, 0 elsewhere, no stack overflow", () => {
    const voll = Array.from({ length: 19 }, (_, i) => 1_000_000 + i * 98_765.43);
    const spalte = [...voll, ...Array<number>(1_048_576 - 19).fill(0)];
    const anteile = umlageAnteileGenau(12_345_678, spalte);
    expect(anteile.slice(0, 19)).toEqual(umlageAnteileGenau(12_345_678, voll));
    expect(anteile.length).toBe(1_048_576);
    expect(anteile.slice(19).every((x) => x === 0)).toBe(true);
  });
});
