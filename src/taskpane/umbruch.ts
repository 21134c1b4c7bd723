/**
 * Compound-word joints where a narrow pane may break a line. A soft hyphen shows "-" only where the
 * line breaks ("Querschnitts-/Sach-" / "kosten"); hyphens: auto adds syllable breaks where the browser
 * knows German. Screen readers read the plain word (the soft hyphen is not spoken).
 */
const FUGEN = /(Standard|Kosten|Personal|Gesamt|Projekt|Querschnitts-\/Sach)(?=[a-zäöü])/g;
const WEICHES_TRENNZEICHEN = "\u00AD";

export function umbrechbar(text: string): string {
  return text.replace(FUGEN, `$1${WEICHES_TRENNZEICHEN}`);
}
