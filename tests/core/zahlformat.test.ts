/** The German number text writes exactly what toLocaleString("de-DE", …) writes, on both of its ways. */
import * as fc from "fast-check";
import { deutsch } from "../../src/core/zahlformat";

const OPTIONEN: Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 4 },
  { maximumFractionDigits: 6, useGrouping: false },
  { maximumFractionDigits: 2, useGrouping: true },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 0, maximumFractionDigits: 2 },
  { maximumSignificantDigits: 15, useGrouping: true },
  { maximumSignificantDigits: 15, useGrouping: false },
  { maximumFractionDigits: 0 },
  { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false },
];

describe("deutsch", () => {
  it("equals toLocaleString for every option set the project uses", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.double({ min: -1e7, max: 1e7 }),
          fc.integer(),
          // Short decimals where the binary value lies just below the half (1.005 → "1,01", as Intl).
          fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([z, k]) => z / 10 ** k),
          fc.constantFrom(0, -0, 0.5, 2.5, 1.005, 0.125, -0.001, 999.995, 9999.9999, 1234.5, 102316, 1e15, 1e-7, 1e21),
        ),
        fc.constantFrom(...OPTIONEN),
        (n, o) => deutsch(n, o) === n.toLocaleString("de-DE", o),
      ),
      { numRuns: 20000 },
    );
  });

  it("writes German grouping and decimals", () => {
    expect(deutsch(1234567.891, { maximumFractionDigits: 2 })).toBe("1.234.567,89");
    expect(deutsch(1234567.891, { maximumFractionDigits: 2 })).toBe("1.234.567,89");
    expect(deutsch(1234567.891, { maximumFractionDigits: 2, useGrouping: false })).toBe("1234567,89");
    expect(deutsch(2013)).toBe("2.013");
  });
});
