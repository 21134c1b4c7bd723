/** The cached German formatter writes exactly what toLocaleString("de-DE", …) writes. */
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
];

describe("deutsch", () => {
  it("equals toLocaleString for every option set the project uses", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.constantFrom(0, -0, 0.5, 1234.5, 102316, 1e15)),
        fc.constantFrom(...OPTIONEN),
        (n, o) => deutsch(n, o) === n.toLocaleString("de-DE", o),
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps one formatter per option set: the same options in a new object give the same text", () => {
    expect(deutsch(1234567.891, { maximumFractionDigits: 2 })).toBe("1.234.567,89");
    expect(deutsch(1234567.891, { maximumFractionDigits: 2 })).toBe("1.234.567,89");
    expect(deutsch(1234567.891, { maximumFractionDigits: 2, useGrouping: false })).toBe("1234567,89");
    expect(deutsch(2013)).toBe("2.013");
  });
});
