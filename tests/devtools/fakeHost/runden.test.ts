/** The fake host's ROUND rounds the decimal shown at 15 digits, half away from zero, like Excel. */
import { createFakeExcel } from "../../../devtools/fakeHost";
import { rundeWieExcel } from "../../../devtools/fakeHost/excelRunden";

describe("ROUND wie Excel", () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [10.45 - 10, 1, 0.4],
    [6804.375, 2, 6804.38],
    [-2.675, 2, -2.68],
    [594891.965, 2, 594891.97],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
    [0.0045, 2, 0],
    [7149000.000000001, 0, 7149000],
    [3.14159, 0, 3],
  ])("RUNDEN(%p; %p) = %p", (zahl, stellen, erwartet) => {
    expect(rundeWieExcel(zahl, stellen)).toBe(erwartet);
  });

  it("replaces HyperFormula's ROUND in the fake host", () => {
    const fake = createFakeExcel({ blaetter: ["T"] });
    fake.setzeWert("T", "A1", "=ROUND(1.005,2)");
    fake.setzeWert("T", "A2", "=ROUND(2.675,2)");
    fake.setzeWert("T", "A3", "=ROUND(3*2268.125,2)");
    expect([fake.wert("T", "A1"), fake.wert("T", "A2"), fake.wert("T", "A3")]).toEqual([1.01, 2.68, 6804.38]);
  });
});
