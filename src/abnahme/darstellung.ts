/**
 * How the acceptance report shows what it checked: formulas in the syntax a German Excel shows
 * them in (the checks write them through Office.js, which always takes en-US syntax), and the
 * start time in the machine's local time with its offset, never UTC.
 */

/** A KI.* call as written through the API: `=KI.NAME(…)` with no nested parentheses. */
const KI_FORMEL = /=KI\.[A-ZÄÖÜ_.]+\((?:"[^"]*"|[^()"])*\)/g;

/** One formula in German syntax: ";" between arguments, "," as the decimal mark; text in quotes untouched. */
export function formelDeutsch(formel: string): string {
  return formel
    .split(/("[^"]*")/)
    .map((teil, i) => (i % 2 === 1 ? teil : teil.replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2")))
    .join("");
}

/** Every KI.* formula in a detail text in German syntax; the rest of the text stays as it is. */
export function detailDeutsch(text: string): string {
  return text.replace(KI_FORMEL, (f) => formelDeutsch(f));
}

const zwei = (x: number) => String(x).padStart(2, "0");

/** "07.12.2026, 20:46:30 (UTC+01:00)": local time, with the offset so a reader elsewhere can place it. */
export function ortszeitText(d: Date): string {
  const versatz = -d.getTimezoneOffset();
  const vz = versatz < 0 ? "−" : "+";
  const a = Math.abs(versatz);
  return (
    `${zwei(d.getDate())}.${zwei(d.getMonth() + 1)}.${d.getFullYear()}, ` +
    `${zwei(d.getHours())}:${zwei(d.getMinutes())}:${zwei(d.getSeconds())} (UTC${vz}${zwei(Math.floor(a / 60))}:${zwei(a % 60)})`
  );
}

/** Local date for file names: "2026-12-07". */
export function ortsdatumIso(d: Date): string {
  return `${d.getFullYear()}-${zwei(d.getMonth() + 1)}-${zwei(d.getDate())}`;
}
