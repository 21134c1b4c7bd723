/** German number input as the pane's fields read it. */
import { euroDifferenz, parseDeutscheZahl, prozentAusFeld, prozentFuerFeld } from "../../src/taskpane/zahlen";

test.each([
  ["69800", 69800],
  ["69.800", 69800],
  ["1.234.567,5", 1234567.5],
  ["0,3", 0.3],
  ["0.3", 0.3],
  ["2,5 %", 2.5],
  ["5000 €", 5000],
  ["−1", -1],
  ["-0,5", -0.5],
  [",5", 0.5],
])("%s → %s", (eingabe, zahl) => {
  expect(parseDeutscheZahl(eingabe)).toBe(zahl);
});

test.each(["", "acht", "1,2,3", "1.23,4", "12a", "-", ",", "1e5", "Infinity"])("„%s“ ist keine Zahl", (eingabe) => {
  expect(parseDeutscheZahl(eingabe)).toBeNaN();
});

test("Prozentfelder ohne Rundungsrauschen", () => {
  expect(prozentFuerFeld(0.07)).toBe("7");
  expect(prozentFuerFeld(0.025)).toBe("2,5");
  expect(prozentAusFeld("7")).toBe(0.07);
  expect(prozentAusFeld("2,5")).toBe(0.025);
});

test("Differenzen mit Vorzeichen", () => {
  expect(euroDifferenz(8077800)).toBe("+80.778");
  expect(euroDifferenz(-698000)).toBe("−6.980");
  expect(euroDifferenz(0)).toBe("±0");
});
