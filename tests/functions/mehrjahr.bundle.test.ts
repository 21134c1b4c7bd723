/**
 * KI.FORTSCHREIBUNG and KI.BARWERT through the BUILT bundle, against Excel's documented formulas:
 *
 * - FV (Microsoft support, "FV function"): with no payments, FV(rate; nper; 0; −pv) = pv × (1+rate)^nper.
 *   FORTSCHREIBUNG(b; s; n) = ROUND(FV(s; n; 0; −b); 2).
 * - NPV (Microsoft support, "NPV function"): NPV(rate; v₁ … vₙ) = Σ vᵢ / (1+rate)^i, i.e. the first
 *   value is discounted by one period. BARWERT values year 1 undiscounted:
 *   BARWERT(z; r) = z₁ + NPV(r; z₂ … zₙ) = (1+r) × NPV(r; z₁ … zₙ), and BARWERT(z; r; 0) = NPV(r; z).
 */
import fc from "fast-check";
import { GeladeneFunktionen, istFehler, ladeFunktionen } from "../helpers/ladeFunktionen";

let ki: GeladeneFunktionen;

beforeAll(() => {
  ki = ladeFunktionen();
});

const FORTSCHREIBUNG = (...a: unknown[]) => ki.funktionen.FORTSCHREIBUNG(...a);
const BARWERT = (...a: unknown[]) => ki.funktionen.BARWERT(...a);

/** Excel's NPV as documented: Σ values_i / (1 + rate)^i, i = 1 … n. */
function npvExcel(rate: number, werte: number[]): number {
  return werte.reduce((s, v, i) => s + v / Math.pow(1 + rate, i + 1), 0);
}

/** Excel's FV with pmt = 0 and type = 0: −pv × (1 + rate)^nper. */
function fvExcel(rate: number, nper: number, pv: number): number {
  return -pv * Math.pow(1 + rate, nper);
}

const spalte = (werte: Array<number | null | string>) => werte.map((w) => [w]);

describe("KI.FORTSCHREIBUNG", () => {
  it("rechnet 69.800 € mit 2,5 % über 5 Jahre fort: 69.800 × 1,025^5 = 78.972,2932… → 78.972,29 €", () => {
    // 1,025^5 = 1,131408212890625 exactly.
    expect(FORTSCHREIBUNG(69800, 0.025, 5)).toBe(78972.29);
    expect(FORTSCHREIBUNG(69800, 0.025, 5)).toBeCloseTo(fvExcel(0.025, 5, -69800), 2);
  });

  it("gibt den Betrag bei 0 Jahren unverändert und rechnet mit negativen Jahren zurück", () => {
    expect(FORTSCHREIBUNG(238300, 0.03, 0)).toBe(238300);
    expect(FORTSCHREIBUNG(100, 0.1, 2)).toBe(121);
    expect(FORTSCHREIBUNG(121, 0.1, -2)).toBe(100);
  });

  it("rundet erst am Ende und kaufmännisch (halbe Cent vom Nullpunkt weg)", () => {
    // 0,05 € × 1,1 = 0,055 € → 0,06 €; −0,055 € → −0,06 €.
    expect(FORTSCHREIBUNG(0.05, 0.1, 1)).toBe(0.06);
    expect(FORTSCHREIBUNG(-0.05, 0.1, 1)).toBe(-0.06);
    // Ten years of 1 %: one rounding, not ten (yearly rounding would give 110,46 € for 100 €).
    expect(FORTSCHREIBUNG(100, 0.01, 10)).toBe(110.46);
    expect(FORTSCHREIBUNG(1000, 0.01, 10)).toBe(1104.62);
  });

  it("stimmt für zufällige Eingaben mit RUNDEN(ZW(s; n; 0; −b); 2) überein", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
        fc.integer({ min: -500, max: 1000 }),
        fc.integer({ min: -30, max: 30 }),
        (cent, promille10, n) => {
          const betrag = cent / 100;
          const s = promille10 / 10000;
          const ergebnis = FORTSCHREIBUNG(betrag, s, n) as number;
          const excel = fvExcel(s, n, -betrag);
          expect(Math.abs(ergebnis - excel)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(excel));
          expect(Math.round(ergebnis * 100) / 100).toBe(ergebnis);
        },
      ),
      { seed: 4711, numRuns: 500 },
    );
  });

  it("meldet unzulässige Eingaben deutsch statt zu rechnen", () => {
    expect(FORTSCHREIBUNG(100, -1, 2)).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
    expect(FORTSCHREIBUNG(100, 1.5, 2)).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
    expect(FORTSCHREIBUNG(100, 0.02, 1.5)).toMatchObject({ code: "#VALUE!" });
    expect(FORTSCHREIBUNG("100 €", 0.02, 1)).toMatchObject({ code: "#VALUE!" });
    // An empty rate is 0 %, in every form Excel passes an empty cell.
    for (const leer of [null, "", 0]) expect(FORTSCHREIBUNG(100, leer, 1)).toBe(100);
    const zuGross = FORTSCHREIBUNG(1e11, 1, 100);
    expect(istFehler(zuGross)).toBe(true);
    expect((zuGross as { message: string }).message).toMatch(/1 Billion/);
  });
});

describe("KI.BARWERT", () => {
  it("Excel-Beispiel 1 (NPV, 10 %, −10.000 nach einem Jahr, dann 3.000 / 4.200 / 6.800): NBW = 1.188,44 €", () => {
    const z = spalte([-10000, 3000, 4200, 6800]);
    // basisjahr_index 0 is Excel's NPV convention.
    expect(BARWERT(z, 0.1, 0)).toBe(1188.44);
    expect(npvExcel(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
    // Default: the first year undiscounted: −10.000 + NPV(10 %; 3.000; 4.200; 6.800) = 1.307,29 €.
    expect(BARWERT(z, 0.1, null)).toBe(1307.29);
    expect(-10000 + npvExcel(0.1, [3000, 4200, 6800])).toBeCloseTo(1307.29, 2);
  });

  it("Excel-Beispiel 2 (NPV, 8 %, Investition 40.000 zu Beginn, dann 8.000 … 14.500): 1.922,06 €, mit −9.000 im 6. Jahr −3.749,47 €", () => {
    const z = [-40000, 8000, 9200, 10000, 12000, 14500];
    expect(BARWERT([z], 0.08, null)).toBe(1922.06);
    expect(BARWERT([[...z, -9000]], 0.08, null)).toBe(-3749.47);
  });

  it("Zeile und Spalte geben dasselbe; Basisjahr k zinst auf das k-te Jahr ab", () => {
    const z = [183094, 183094, 183094];
    expect(BARWERT([z], 0.03, null)).toBe(BARWERT(spalte(z), 0.03, null));
    // 183.094 × (1 + 1/1,03 + 1/1,03²) = 183.094 × 2,9134696… = 533.438,820… → 533.438,82 €
    expect(BARWERT([z], 0.03, null)).toBe(533438.82);
    expect(BARWERT([z], 0.03, 1)).toBe(533438.82);
    // Valued at year 2: 183.094 × 1,03 + 183.094 + 183.094 / 1,03 = 549.441,985… → 549.441,99 €
    expect(BARWERT([z], 0.03, 2)).toBe(549441.99);
    expect(BARWERT([z], 0, null)).toBe(549282);
  });

  it("leere Zellen zählen als 0 für ihr Jahr (anders als NBW, das sie überspringt)", () => {
    expect(BARWERT(spalte([100, null, 100]), 0.1, null)).toBe(182.64);
    expect(BARWERT(spalte([100, "", 100]), 0.1, null)).toBe(182.64);
  });

  it("stimmt für zufällige Reihen mit z₁ + NBW(r; z₂ … zₙ) und mit NBW(r; z) überein", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100_000_000, max: 100_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -200, max: 2000 }),
        (cents, zehntelPromille) => {
          const z = cents.map((c) => c / 100);
          const r = zehntelPromille / 10000;
          const erwartet = z[0] + npvExcel(r, z.slice(1));
          expect(Math.abs((BARWERT([z], r, null) as number) - erwartet)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs((BARWERT([z], r, 0) as number) - npvExcel(r, z))).toBeLessThanOrEqual(0.005 + 1e-9);
        },
      ),
      { seed: 815, numRuns: 500 },
    );
  });

  it("meldet unzulässige Eingaben", () => {
    expect(
      BARWERT(
        [
          [1, 2],
          [3, 4],
        ],
        0.03,
        null,
      ),
    ).toMatchObject({ code: "#VALUE!" });
    expect(BARWERT([[1, 2]], -1, null)).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
    expect(BARWERT([[1, 2]], 0.03, 3)).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
    expect(BARWERT([[1, "zwei"]], 0.03, null)).toMatchObject({ code: "#VALUE!" });
    expect(BARWERT([[1, true]], 0.03, null)).toMatchObject({ code: "#VALUE!" });
  });
});
