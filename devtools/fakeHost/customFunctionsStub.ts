/**
 * For the browser preview: a global `CustomFunctions` stand-in that collects what the bundled
 * functions module registers (custom-functions-metadata appends CustomFunctions.associate calls
 * to it), so the same functions feed the HyperFormula bridge as in Excel. Install it before the
 * functions module is imported.
 */
import type { KiFunktionsMetadaten, KiFunktionsquelle } from "./kiBruecke";

/**
 * Like Excel, keeps a custom message only on #VALUE! and #N/A: on every other code Excel drops it,
 * so a test must not be able to pass on a message the user would never see.
 */
export class CustomFunctionsFehler {
  readonly message?: string;

  constructor(
    public code: string,
    message?: string,
  ) {
    if (code === "#VALUE!" || code === "#N/A") this.message = message;
  }
}

export const FEHLERCODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;

type Funktion = (...args: unknown[]) => unknown;

export interface CustomFunctionsStub {
  funktionen: Record<string, Funktion>;
  /** The source for createFakeExcel({ ki }) once the functions module has run. */
  quelle(metadaten: KiFunktionsMetadaten): KiFunktionsquelle;
}

export function installiereCustomFunctionsStub(
  ziel: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): CustomFunctionsStub {
  const funktionen: Record<string, Funktion> = {};
  ziel.CustomFunctions = {
    Error: CustomFunctionsFehler,
    ErrorCode: FEHLERCODES,
    associate(id: string | Record<string, Funktion>, fn?: Funktion) {
      if (typeof id === "string") funktionen[id] = fn as Funktion;
      else Object.assign(funktionen, id);
    },
  };
  return { funktionen, quelle: (metadaten) => ({ metadaten, funktionen }) };
}
