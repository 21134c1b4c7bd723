/** Print setup and printed texts shared by every generated sheet. */
import type { DruckPlan } from "./plan";

/** German date as printed on the sheets, independent of the machine's locale. */
export function datumText(d: Date): string {
  const zwei = (x: number) => String(x).padStart(2, "0");
  return `${zwei(d.getDate())}.${zwei(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/**
 * How the council document number reads in titles and headers. Users type either the bare number
 * ("2013/728") or it with its own label ("DS-Nr. 2013/728", "Vorlage 17/2013"); only a bare number
 * gets "Nr.", and a label that already names the document is not prefixed a second time.
 */
export function vorlageBezeichnung(nr: string | undefined): string {
  const v = (nr ?? "").trim();
  if (v === "") return "";
  if (/^\d/.test(v)) return `Vorlage Nr. ${v}`;
  if (/^\S*(vorlage|drucksache)/i.test(v)) return v;
  return `Vorlage ${v}`;
}

/** Header/footer text is parsed for "&" codes; user text must not trigger them. */
function kopfzeilenText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** What the printed header of a sheet names: its title, the council document and the date. */
export interface Druckkopf {
  titel: string;
  datum?: Date;
  vorlageNr?: string;
}

/**
 * Council-ready print setup shared by every generated sheet: A4 landscape, one page wide, title
 * rows repeated, header "title – Vorlage – Stand date", footer with a note and page numbers.
 */
export function druckA4Quer(p: {
  druckbereich: string;
  titelzeilen: string | null;
  kopf: Druckkopf;
  fusszeileLinks: string;
}): DruckPlan {
  const titel = [p.kopf.titel, vorlageBezeichnung(p.kopf.vorlageNr)].filter((t) => t !== "").join(" – ");
  const stand = p.kopf.datum ? ` – Stand ${datumText(p.kopf.datum)}` : "";
  return {
    querformat: true,
    papier: "A4",
    seitenBreit: 1,
    seitenHoch: null,
    druckbereich: p.druckbereich,
    titelzeilen: p.titelzeilen,
    kopfzeile: `${kopfzeilenText(titel)}${stand}`,
    fusszeileLinks: kopfzeilenText(p.fusszeileLinks),
    fusszeileRechts: "Seite &P von &N",
  };
}
