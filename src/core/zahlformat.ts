/**
 * German number text through Intl.NumberFormat instances made ONCE per option set, on first use.
 * `n.toLocaleString("de-DE", o)` builds a new formatter (locale data, options) on every call; at
 * pane start 48 such calls cost 108–139 ms under 4× CPU throttle (issue 26). The text is the same:
 * `deutsch(n, o) === n.toLocaleString("de-DE", o)` for every number and option set
 * (tests/core/zahlformat.test.ts).
 */
const formate = new Map<string, Intl.NumberFormat>();

/** `n` as German text with the given Intl options (e.g. `{ maximumFractionDigits: 2 }`). */
export function deutsch(n: number, optionen: Intl.NumberFormatOptions = {}): string {
  const schluessel = JSON.stringify(optionen);
  let format = formate.get(schluessel);
  if (format === undefined) {
    format = new Intl.NumberFormat("de-DE", optionen);
    formate.set(schluessel, format);
  }
  return format.format(n);
}
