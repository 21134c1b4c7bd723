/**
 * Result sizes of the KI.* functions that return a matrix (spill), keyed by function id. Excel sizes
 * a spill after the call; a spreadsheet engine that plans the grid first (the fake host's
 * HyperFormula) must know the size before it calls. Declared here, beside the functions, so that a
 * new spilling function in functions.ts gets its size in the same folder, not in a test double.
 */
import { ZEILEN } from "../core/kostenaufstellung";

/** One extent of a spilled result: a fixed count, or the rows/columns of an argument (0-based). */
export type Ausdehnung = number | { argument: number; mass: "zeilen" | "spalten" };

export interface Groessenregel {
  zeilen: Ausdehnung;
  spalten: Ausdehnung;
}

/** Same shape as argument `argument` (0-based), or its transpose. */
export function formWieArgument(argument: number, transponiert = false): Groessenregel {
  return transponiert
    ? { zeilen: { argument, mass: "spalten" }, spalten: { argument, mass: "zeilen" } }
    : { zeilen: { argument, mass: "zeilen" }, spalten: { argument, mass: "spalten" } };
}

/** Add a line here when a function in functions.ts returns a matrix. */
export const GROESSENREGELN: Record<string, Groessenregel> = {
  // The eight lines of the Kostenaufstellung, label and amount.
  KOSTENAUFSTELLUNG: { zeilen: ZEILEN.length, spalten: 2 },
  // One share per Umlagegrundlage, in the shape the Umlagegrundlagen were given (column in, column out).
  UMLAGE: formWieArgument(1),
};
