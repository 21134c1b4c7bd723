/**
 * Months as finance systems and people write them: "Jan", "Januar", "09", "2013-09", "09.2013",
 * "9/2013", "15.09.2013", "Sep 2013", an SAP period "009", or an Excel date (a serial number from a
 * selected range). A month of another year is named, never moved into the plan year.
 */
import type { Zelle } from "./istImport";

export const MONAT_KURZ = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

const NAMEN: ReadonlyArray<readonly string[]> = [
  ["jan", "januar", "jän", "jänner", "january"],
  ["feb", "februar", "february"],
  ["mär", "märz", "maerz", "mrz", "mar", "march"],
  ["apr", "april"],
  ["mai", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["aug", "august"],
  ["sep", "sept", "september"],
  ["okt", "oktober", "oct", "october"],
  ["nov", "november"],
  ["dez", "dezember", "dec", "december"],
];

const NACH_NAME = new Map<string, number>(NAMEN.flatMap((n, i) => n.map((x) => [x, i + 1] as const)));

/** Month and (optional) year of a text; undefined = not a month. */
function zerlege(t: string): { monat: number; jahr?: number } | undefined {
  const s = t.trim().toLocaleLowerCase("de").replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^0*(\d{1,2})$/.exec(s))) return { monat: Number(m[1]) };
  if ((m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s))) return { monat: Number(m[2]), jahr: Number(m[1]) };
  if ((m = /^(?:(\d{1,2})\.)?(\d{1,2})[./](\d{4})$/.exec(s))) return { monat: Number(m[2]), jahr: Number(m[3]) };
  if ((m = /^([a-zäé]+)\.?(?: ?[-/]? ?(\d{4}))?$/.exec(s))) {
    const monat = NACH_NAME.get(m[1]);
    return monat === undefined ? undefined : { monat, ...(m[2] ? { jahr: Number(m[2]) } : {}) };
  }
  return undefined;
}

/**
 * A header cell as a month column: its month, null when it names a month of another year, or
 * undefined when it is no month at all (a key or text column).
 */
export function monatAusKopf(kopf: string, jahr: number): number | null | undefined {
  const z = zerlege(kopf);
  if (!z || z.monat < 1 || z.monat > 12) return undefined;
  return z.jahr !== undefined && z.jahr !== jahr ? null : z.monat;
}

/** An Excel date serial (days since 30.12.1899) as month and year. */
function ausSerienzahl(n: number): { monat: number; jahr: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return { monat: d.getUTCMonth() + 1, jahr: d.getUTCFullYear() };
}

/** A booking's month cell: the month 1–12 of `jahr`, or a German sentence why not. */
export function monatAusWert(zelle: Zelle, jahr: number): number | string {
  const roh = zelle === null || zelle === undefined ? "" : String(zelle).trim();
  if (roh === "") return "Der Monat fehlt.";
  let z: { monat: number; jahr?: number } | undefined;
  if (typeof zelle === "number") z = zelle > 1000 ? ausSerienzahl(zelle) : { monat: zelle };
  else z = zerlege(roh);
  if (!z || !Number.isInteger(z.monat))
    return `„${roh}“ ist kein Monat (erwartet z. B. 9, 09.${jahr} oder ${jahr}-09).`;
  if (z.monat > 12 && z.monat <= 16 && z.jahr === undefined) {
    return `Periode ${z.monat} ist kein Kalendermonat (Sonderperiode?); bitte einem Monat zuordnen.`;
  }
  if (z.monat < 1 || z.monat > 12) return `„${roh}“ ist kein Monat von 1 bis 12.`;
  if (z.jahr !== undefined && z.jahr !== jahr) return `Der Monat „${roh}“ liegt nicht im Jahr ${jahr}.`;
  return z.monat;
}
