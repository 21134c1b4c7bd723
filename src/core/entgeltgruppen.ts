/**
 * Pay-grade names as people type them. "EG 6", "E6", "TVöD 6" and "TVöD-E 6" mean the same
 * TVöD grade; "A 11" and "A11" the same civil-servant grade. Sub-grades ("EG 9b", "S 12") stay
 * distinct because they are paid differently.
 */

export interface Entgeltgruppe {
  /** Comparison key, e.g. "EG9B", "A11". */
  schluessel: string;
  /** How the product writes it, e.g. "EG 9b", "A 11". */
  anzeige: string;
}

const TVOED = /^(?:tv(?:ö|oe|o)d)?(?:eg|e)?(\d{1,2}[a-z]?)$/;
const BESOLDUNG = /^([abrsw])(\d{1,2}[a-z]?)$/;

function kompakt(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0\-_.]+/g, "");
}

/**
 * Normalised spellings already seen. A workbook uses a few dozen spellings, but every
 * PERSONALKOSTEN call looks its grades up again, and NFC normalisation plus two regular
 * expressions cost more than the rest of the call. Bounded so pasted junk cannot grow it.
 */
const GEMERKT_MAX = 1024;
const gemerkt = new Map<string, Entgeltgruppe | null>();

/** Returns null for blank input; unknown spellings are kept as their compact upper-case form. */
export function normalisiereEntgeltgruppe(text: string): Entgeltgruppe | null {
  const bekannt = gemerkt.get(text);
  if (bekannt !== undefined) return bekannt;
  const g = normalisiere(text);
  // Every caller gets this same object; frozen so that none can change it for the others.
  if (g) Object.freeze(g);
  if (gemerkt.size >= GEMERKT_MAX) gemerkt.clear();
  gemerkt.set(text, g);
  return g;
}

function normalisiere(text: string): Entgeltgruppe | null {
  const k = kompakt(text);
  if (k === "") return null;
  // Besoldung letters first: "s12" must stay Sozial- und Erziehungsdienst, "a11" Besoldung A.
  const b = BESOLDUNG.exec(k);
  if (b) {
    const buchstabe = b[1].toUpperCase();
    return { schluessel: buchstabe + b[2].toUpperCase(), anzeige: `${buchstabe} ${b[2]}` };
  }
  const t = TVOED.exec(k);
  if (t && (k.startsWith("tv") || k.startsWith("e"))) {
    return { schluessel: "EG" + t[1].toUpperCase(), anzeige: `EG ${t[1]}` };
  }
  return { schluessel: k.toUpperCase(), anzeige: text.trim() };
}
