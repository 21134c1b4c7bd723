/** zeilenwerte reads the eight amounts by name in the order of ZEILEN (KI.KOSTENAUFSTELLUNG's rows). */
import { Kostenaufstellung, ZEILEN, zeilenwerte } from "../../src/core";

it("zeilenwerte gives k[z.schluessel] for every row of ZEILEN, in that order", () => {
  const k = Object.fromEntries(ZEILEN.map((z, i) => [z.schluessel, (i + 1) * 101])) as unknown as Kostenaufstellung;
  expect(zeilenwerte(k)).toEqual(ZEILEN.map((z) => k[z.schluessel]));
});
