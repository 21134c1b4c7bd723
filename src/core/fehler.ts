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

/**
 * The one table from error kind to Excel error: the key of CustomFunctions.ErrorCode a KI.* function
 * returns (shown in German Excel as #WERT!, #ZAHL!, #NV). Kept here, as plain names, so the core
 * stays free of Office types.
 */
export const EXCEL_FEHLERCODE: Readonly<Record<FehlerArt, "invalidValue" | "invalidNumber" | "notAvailable">> = {
  wert: "invalidValue",
  zahl: "invalidNumber",
  nv: "notAvailable",
};

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
