/**
 * Domain errors. The core throws these; the custom-function adapter turns them into
 * CustomFunctions.Error values and the task pane into field messages. The kind decides which Excel
 * error the user sees, so it is chosen by what the user has to fix, not by where it was detected.
 */
export type FehlerArt =
  /** #WERT!: wrong type, unknown text, shape mismatch. */
  | "wert"
  /** #ZAHL!: a number out of its allowed range (negative counts, rates above 100 %, ...). */
  | "zahl"
  /** #NV: a figure the built-in data does not have; the message says what to supply. */
  | "nv";

export class KiFehler extends Error {
  readonly art: FehlerArt;

  constructor(art: FehlerArt, message: string) {
    super(message);
    this.name = "KiFehler";
    this.art = art;
  }
}

export function istKiFehler(e: unknown): e is KiFehler {
  return e instanceof KiFehler;
}
