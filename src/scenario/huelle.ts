/**
 * The strict start every stored format of the add-in shares (the saved state, a Stand, the scenario
 * file): the nesting depth checked in one linear pass before JSON.parse (deep nesting would overflow
 * the stack in parsing or in any later walk), then an object with the expected `format` and exactly
 * the expected `version`. Each reader words the outcome in its own German sentence.
 */

/** True when the JSON text nests objects/arrays deeper than `maxTiefe` (strings are skipped). */
export function zuTiefVerschachtelt(roh: string, maxTiefe: number): boolean {
  let tiefe = 0;
  let inText = false;
  for (let i = 0; i < roh.length; i++) {
    const c = roh.charCodeAt(i);
    if (inText) {
      if (c === 92)
        i++; // backslash: the next character is escaped
      else if (c === 34) inText = false;
    } else if (c === 34) inText = true;
    else if (c === 123 || c === 91) {
      if (++tiefe > maxTiefe) return true;
    } else if (c === 125 || c === 93) tiefe--;
  }
  return false;
}

export type Huelle =
  | { ok: true; felder: Record<string, unknown> }
  /** Not an object, or another format: not from this add-in. */
  | { ok: false; fehler: "fremd" }
  /** A higher version (from a newer add-in) or one that was never written. */
  | { ok: false; fehler: "neuer" | "unbekannt"; version: unknown };

/** Checks `format` and `version` of parsed JSON; the fields come back for the reader's own checks. */
export function pruefeHuelle(json: unknown, format: string, version: number): Huelle {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, fehler: "fremd" };
  const felder = json as Record<string, unknown>;
  if (felder.format !== format) return { ok: false, fehler: "fremd" };
  const v = felder.version;
  if (v === version) return { ok: true, felder };
  return { ok: false, fehler: typeof v === "number" && v > version ? "neuer" : "unbekannt", version: v };
}
