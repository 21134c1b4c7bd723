/**
 * Every KI.* function in the BUILT bundle, enumerated from dist/functions.json so that functions
 * added later are fuzzed without touching this file, called with random Excel-shaped arguments.
 */
import fc from "fast-check";
import { GeladeneFunktionen, istFehler, ladeFunktionen } from "../../helpers/ladeFunktionen";
import { argumentlisteFuer } from "./excelWerte";
import { verstoss } from "./invarianten";

const SEED = 20260211;
const LAEUFE = 1000;

/**
 * Functions whose numeric results are euro amounts (or, for SATZ, amounts and a two-digit rate):
 * every number they return must be a whole number of cents. Functions added later are checked by
 * the general invariant; add them here once their result is known to be money.
 */
const GELDFUNKTIONEN = new Set([
  "PERSONALKOSTEN",
  "QUERSCHNITTSKOSTEN",
  "ITKOSTEN",
  "RAUMKOSTEN",
  "GESAMTKOSTEN",
  "LANDESERSTATTUNG",
  "EIGENANTEIL",
  "KOSTENAUFSTELLUNG",
  "SATZ",
]);

/** Whole cents, and few enough of them that integer-cent arithmetic is still exact (< 2^53 cents). */
function istCentGenau(z: number): boolean {
  return Math.abs(z * 100) <= Number.MAX_SAFE_INTEGER && Math.round(z * 100) / 100 === z;
}

function zahlenIn(ergebnis: unknown): number[] {
  if (typeof ergebnis === "number") return [ergebnis];
  if (Array.isArray(ergebnis)) return ergebnis.flatMap(zahlenIn);
  return [];
}

/** A result that is a calculated value rather than an error (a spilled error is an error too). */
function istBerechnet(ergebnis: unknown): boolean {
  if (istFehler(ergebnis)) return false;
  if (Array.isArray(ergebnis)) return !ergebnis.flat().some(istFehler);
  return true;
}

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
      let berechnet = 0;
      fc.assert(
        fc.property(argumentlisteFuer(meta.parameters), (args) => {
          const { ergebnis, wurf } = aufruf(id, args);
          if (wurf !== undefined) throw new Error(`KI.${id} hat geworfen: ${String(wurf)}`);
          const problem = verstoss(ergebnis, meta.result, args);
          if (problem) throw new Error(`KI.${id}: ${problem}`);
          if (GELDFUNKTIONEN.has(id)) {
            const krumm = zahlenIn(ergebnis).find((z) => !istCentGenau(z));
            if (krumm !== undefined) throw new Error(`KI.${id}: ${krumm} ist kein ganzer Cent-Betrag`);
          }
          if (istBerechnet(ergebnis)) berechnet++;
        }),
        { seed: SEED, numRuns: LAEUFE },
      );
      // A fuzzer that only ever reaches the first type check tests nothing behind it.
      const hinweis = `KI.${id}: nur ${berechnet} von ${LAEUFE} Aufrufen lieferten ein Ergebnis; excelWerte.ts um passende Werte ergänzen`;
      if (berechnet < 10) {
        if (GELDFUNKTIONEN.has(id)) throw new Error(hinweis);
        console.warn(hinweis);
      }
    },
  );
});
