/**
 * Domain errors. The core throws these; the custom-function adapter turns them into
 * CustomFunctions.Error values and the task pane into field messages. Only two kinds: Excel shows
 * a custom message only with #WERT! (invalidValue) and #NV (notAvailable) and drops it on #ZAHL!,
 * so every error that explains itself, a number out of range included, is one of these.
 */
export type FehlerArt =
  /** #WERT!: wrong type, unknown text, shape mismatch, a number out of its allowed range. */
  | "wert"
  /** #NV: a figure the built-in data does not have; the message says what to supply. */
  | "nv";

/**
 * The one table from error kind to Excel error: the key of CustomFunctions.ErrorCode a KI.* function
 * returns (shown in German Excel as #WERT!, #NV). Kept here, as plain names, so the core
 * stays free of Office types.
 */
export const EXCEL_FEHLERCODE: Readonly<Record<FehlerArt, "invalidValue" | "notAvailable">> = {
  wert: "invalidValue",
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
