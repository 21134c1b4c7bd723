/**
 * What a cell may show after a KI.* call, whatever the input: a finite number, text, a rectangular
 * spill of those, or an Excel error whose tooltip is a German sentence. Anything else (a throw,
 * NaN, Infinity, undefined, -0, a stack-trace fragment) is a defect the user would see.
 */
import { ERROR_CODES, StubFehler, istFehler } from "../../helpers/ladeFunktionen";

/**
 * Fragments of JavaScript internals that must never reach a tooltip, and numbers written the
 * English way (1.5, 1e+300), which a German reader misreads (1.5 looks like fifteen).
 */
const TECHNIK_WOERTER =
  /TypeError|RangeError|ReferenceError|SyntaxError|Cannot read|is not a function|is not iterable|\bundefined\b|\bNaN\b|\bInfinity\b|\[object |\bnull\b|\btrue\b|\bfalse\b|Interner Fehler|at Object\.|\.js:\d|\d\.\d{1,2}(?!\d)|\de[+-]\d/;

/** The only Excel error codes that show a message, so the only ones the functions may return. */
const ERLAUBTE_CODES: readonly string[] = [ERROR_CODES.invalidValue, ERROR_CODES.notAvailable];

/** Every text the user typed, so that echoing "NaN" back in quotes is not mistaken for a leak. */
export function eingabetexte(args: unknown): string[] {
  if (typeof args === "string") return [args];
  if (Array.isArray(args)) return args.flatMap(eingabetexte);
  return [];
}

/** Removes „quoted“ parts that repeat the user's own text (possibly trimmed or cut with …). */
function ohneZitate(meldung: string, texte: readonly string[]): string {
  return meldung.replace(/„([^“]*)“/g, (ganz, inhalt: string) => {
    const kern = inhalt.replace(/…$/, "").trim();
    return texte.some((t) => t.includes(kern)) ? "„…“" : ganz;
  });
}

export function pruefeFehler(e: StubFehler, texte: readonly string[] = []): string | null {
  if (!ERLAUBTE_CODES.includes(e.code)) return `unerwarteter Fehlercode ${e.code}`;
  const m = e.message;
  if (typeof m !== "string" || m.trim() === "") return "Fehler ohne Meldung";
  if (m.length > 255) return `Meldung länger als 255 Zeichen (${m.length})`;
  const technik = TECHNIK_WOERTER.exec(ohneZitate(m, texte));
  if (technik) return `Meldung enthält „${technik[0]}“: ${m}`;
  return null;
}

function pruefeZahl(v: number): string | null {
  if (!Number.isFinite(v)) return `keine endliche Zahl: ${v}`;
  if (Object.is(v, -0)) return "negative Null";
  return null;
}

/** null when the value is acceptable for a function with the given result metadata, else why not. */
export function verstoss(
  ergebnis: unknown,
  result: { type?: string; dimensionality?: string },
  args: unknown[] = [],
): string | null {
  const texte = eingabetexte(args);
  if (istFehler(ergebnis)) return pruefeFehler(ergebnis, texte);
  if (result.dimensionality === "matrix") {
    if (!Array.isArray(ergebnis) || ergebnis.length === 0) return `keine 2-D-Matrix: ${String(ergebnis)}`;
    if (!ergebnis.every((z) => Array.isArray(z))) return "Zeilen sind keine Arrays";
    const breite = (ergebnis[0] as unknown[]).length;
    if (breite === 0) return "leere Zeile";
    for (const zeile of ergebnis as unknown[][]) {
      if (zeile.length !== breite) return "Matrix nicht rechteckig";
      for (const zelle of zeile) {
        if (typeof zelle === "number") {
          const z = pruefeZahl(zelle);
          if (z) return z;
        } else if (istFehler(zelle)) {
          const f = pruefeFehler(zelle, texte);
          if (f) return f;
        } else if (typeof zelle !== "string") {
          return `Zelle vom Typ ${typeof zelle}`;
        }
      }
    }
    return null;
  }
  if (result.type === "string") return typeof ergebnis === "string" ? null : `kein Text: ${String(ergebnis)}`;
  if (typeof ergebnis === "number") return pruefeZahl(ergebnis);
  if (result.type === "any" && typeof ergebnis === "string") return null;
  return `unerwarteter Rückgabewert vom Typ ${typeof ergebnis}: ${String(ergebnis)}`;
}
