/**
 * Every KI.* function in the BUILT bundle, enumerated from dist/functions.json so that functions
 * added later are fuzzed without touching this file, called with random Excel-shaped arguments.
 */
import fc from "fast-check";
import { GeladeneFunktionen, ladeFunktionen } from "../helpers/ladeFunktionen";
import { argumentlisteFuer } from "./excelWerte";
import { verstoss } from "./invarianten";

const SEED = 20260211;
const LAEUFE = 1000;

const geladen: GeladeneFunktionen = ladeFunktionen();
const funktionen = geladen.metadaten.functions;

function aufruf(id: string, args: unknown[]): { ergebnis?: unknown; wurf?: unknown } {
  try {
    return { ergebnis: geladen.funktionen[id](...args) };
  } catch (wurf) {
    return { wurf };
  }
}

describe("Fuzzing aller KI.*-Funktionen über das gebaute Bundle", () => {
  it("registers every function listed in functions.json", () => {
    expect(funktionen.length).toBeGreaterThanOrEqual(9);
    for (const f of funktionen) expect(typeof geladen.funktionen[f.id]).toBe("function");
  });

  it.each(funktionen.map((f) => [f.id, f] as const))(
    "KI.%s: never throws, always a finite value, a rectangular spill or a German error",
    (id, meta) => {
      fc.assert(
        fc.property(argumentlisteFuer(meta.parameters), (args) => {
          const { ergebnis, wurf } = aufruf(id, args);
          if (wurf !== undefined) throw new Error(`KI.${id} hat geworfen: ${String(wurf)}`);
          const problem = verstoss(ergebnis, meta.result, args);
          if (problem) throw new Error(`KI.${id}: ${problem}`);
        }),
        { seed: SEED, numRuns: LAEUFE },
      );
    },
  );
});
