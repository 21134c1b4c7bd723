/**
 * One worksheet part (xl/worksheets/sheetN.xml), written row by row into a sink: the XML of a sheet
 * with 100,000 member rows is never one string, and no cell object exists besides the plan's own.
 */
import { type BlattPlan, type DruckPlan, type Zelle, breiteDes, zeileDes, zeilenzahlDes } from "../../workbook/plan";
import { spalte } from "../../workbook/adressen";
import { zeilenhoehenDesBlatts } from "../../workbook/zeilenhoehen";
import { SEITENRAENDER, seitenumbrueche } from "../../workbook/seiten";
import type { Ausdehnung } from "../adressen";
import { Formatierung, GRUNDGROESSE, SCHRIFTART, type Stilverzeichnis } from "./stile";
import { formelgruppen, formelText } from "./formelgruppen";
import { NS_MAIN, NS_REL, XML_KOPF, xmlText } from "./xml";

const EXCEL_FEHLER = new Set(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#REF!", "#NAME?", "#NULL!"]);
/** Header and footer in the sheet's font ("&"font,style"" and "&size" codes), not the program default. */
const KOPF_SCHRIFT = `&"${SCHRIFTART},Regular"&9`;
/** Rows are handed to the sink in pieces of about this many characters. */
const STUECK = 1 << 16;
/** Rows read from the plan at a time: the reach of one shared formula group (formelgruppen). */
const ZEILEN_JE_GANG = 128;

/** Text cells refer to the workbook's shared strings (t="s"): every distinct text stored once. */
export class GemeinsameTexte {
  readonly texte: string[] = [];
  private readonly index = new Map<string, number>();
  anzahl = 0;

  id(text: string): number {
    this.anzahl++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texte.length;
      this.texte.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

export interface BlattUmgebung {
  stile: Stilverzeichnis;
  texte: GemeinsameTexte;
  /** Relationship id of the sheet's drawing part, when it has charts. */
  zeichnung: string | null;
}

export type Senke = (text: string) => void | Promise<void>;

export function ausdehnungDes(blatt: BlattPlan): Ausdehnung {
  const spalten = Math.max(1, blatt.spaltenbreiten.length, breiteDes(blatt));
  return { zeilen: Math.max(1, zeilenzahlDes(blatt)), spalten };
}

/**
 * The XML of one cell with a value, or null when the plan's cell is empty. `gruppe`: the cell's
 * element of a shared formula (formelgruppen), else its formula is written out.
 */
function zellXml(ref: string, s: number, zelle: Zelle, texte: GemeinsameTexte, gruppe?: string): string | null {
  if (zelle === null) return null;
  // A string is always a shared-string cell, never a formula: "=…", "+1", "@SUM" stay text.
  if ("text" in zelle) return `<c r="${ref}" s="${s}" t="s"><v>${texte.id(zelle.text)}</v></c>`;
  if ("zahl" in zelle) return `<c r="${ref}" s="${s}"><v>${zahlText(zelle.zahl)}</v></c>`;
  const f = gruppe ?? `<f>${formelText(zelle.formel)}</f>`;
  const e = zelle.ergebnis;
  if (e === undefined) return `<c r="${ref}" s="${s}">${f}</c>`;
  if (typeof e === "number") return `<c r="${ref}" s="${s}">${f}<v>${zahlText(e)}</v></c>`;
  if (EXCEL_FEHLER.has(e)) return `<c r="${ref}" s="${s}" t="e">${f}<v>${e}</v></c>`;
  return `<c r="${ref}" s="${s}" t="str">${f}<v>${xmlText(e)}</v></c>`;
}

function zahlText(z: number): string {
  if (!Number.isFinite(z)) throw new Error(`Keine endliche Zahl im Arbeitsmappenplan: ${z}`);
  return String(z);
}

function kopf(blatt: BlattPlan, ausdehnung: Ausdehnung, letzteZeile: number): string {
  const einpassen = blatt.druck !== null && (blatt.druck.seitenBreit !== null || blatt.druck.seitenHoch !== null);
  const spalten = blatt.spaltenbreiten
    .map((b, i) => `<col min="${i + 1}" max="${i + 1}" width="${b}" customWidth="1"/>`)
    .join("");
  return (
    `${XML_KOPF}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (einpassen ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="A1:${spalte(ausdehnung.spalten - 1)}${Math.max(ausdehnung.zeilen, letzteZeile)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    (spalten ? `<cols>${spalten}</cols>` : "")
  );
}

const STANDARDRAENDER = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** Fixed margins in inches on every printed sheet: the builder's page breaks assume them (workbook/seiten). */
function raenderXml(): string {
  const r = SEITENRAENDER;
  const zoll = (pt: number) => String(pt / 72);
  return (
    `<pageMargins left="${zoll(r.links)}" right="${zoll(r.rechts)}" top="${zoll(r.oben)}" ` +
    `bottom="${zoll(r.unten)}" header="${zoll(r.kopf)}" footer="${zoll(r.fuss)}"/>`
  );
}

/**
 * Manual page breaks where a block with its own header begins (workbook/seiten). As Excel writes
 * them: a break "after" 1-based row z, so the page starts at zero-based row z.
 */
function umbruchXml(blatt: BlattPlan): string {
  const z = seitenumbrueche(blatt, GRUNDGROESSE).filter((r) => r > 0);
  if (z.length === 0) return "";
  const brk = z.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${z.length}" manualBreakCount="${z.length}">${brk}</rowBreaks>`;
}

function druckXml(druck: DruckPlan | null): string {
  if (!druck) return STANDARDRAENDER;
  const raender = raenderXml();
  const einpassen = druck.seitenBreit !== null || druck.seitenHoch !== null;
  const seite =
    `<pageSetup paperSize="9" orientation="${druck.querformat ? "landscape" : "portrait"}"` +
    (einpassen ? ` fitToWidth="${druck.seitenBreit ?? 0}" fitToHeight="${druck.seitenHoch ?? 0}"` : "") +
    "/>";
  const abschnitt = (code: string, text: string) => (text ? `&${code}${KOPF_SCHRIFT}${text}` : "");
  const oben = abschnitt("C", druck.kopfzeile);
  const unten = abschnitt("L", druck.fusszeileLinks) + abschnitt("R", druck.fusszeileRechts);
  const kopfFuss =
    oben || unten
      ? "<headerFooter>" +
        (oben ? `<oddHeader>${xmlText(oben)}</oddHeader>` : "") +
        (unten ? `<oddFooter>${xmlText(unten)}</oddFooter>` : "") +
        "</headerFooter>"
      : "";
  return raender + seite + kopfFuss;
}

/**
 * Writes the sheet into `senke`. Formats come from the plan's ranges (resolved per row, see stile),
 * row heights from src/workbook/zeilenhoehen as in the Office.js writer.
 */
export async function schreibeBlatt(blatt: BlattPlan, u: BlattUmgebung, senke: Senke): Promise<void> {
  const ausdehnung = ausdehnungDes(blatt);
  const formatierung = new Formatierung(blatt, ausdehnung);
  const hoehen = zeilenhoehenDesBlatts(blatt, GRUNDGROESSE);
  const zeilen = Math.max(zeilenzahlDes(blatt), formatierung.letzteZeile);
  const zeile: ZeilenUmgebung = { u, formatierung, hoehen, buchstaben: [] };
  const gruppe = { naechste: 0 };
  let puffer: string[] = [kopf(blatt, ausdehnung, formatierung.letzteZeile), "<sheetData>"];
  let laenge = 0;
  for (let ab = 1; ab <= zeilen; ab += ZEILEN_JE_GANG) {
    const gang = Array.from({ length: Math.min(ZEILEN_JE_GANG, zeilen - ab + 1) }, (_, i) =>
      zeileDes(blatt, ab - 1 + i),
    );
    const gruppen = formelgruppen(gang, ab, gruppe);
    for (let i = 0; i < gang.length; i++) {
      const xml = zeilenXml(zeile, ab + i, gang[i], gruppen[i]);
      if (!xml) continue;
      puffer.push(xml);
      laenge += xml.length;
      if (laenge > STUECK) {
        await senke(puffer.join(""));
        puffer = [];
        laenge = 0;
      }
    }
  }
  puffer.push("</sheetData>", druckXml(blatt.druck), umbruchXml(blatt));
  if (u.zeichnung) puffer.push(`<drawing r:id="${u.zeichnung}"/>`);
  puffer.push("</worksheet>");
  await senke(puffer.join(""));
}

interface ZeilenUmgebung {
  u: BlattUmgebung;
  formatierung: Formatierung;
  hoehen: Map<number, number>;
  /** Column letters by one-based column, filled as used. */
  buchstaben: string[];
}

/** One `<row>` element (one-based row z), or "" when the row has neither a cell nor a height of its own. */
function zeilenXml(
  { u, formatierung, hoehen, buchstaben }: ZeilenUmgebung,
  z: number,
  zellen: readonly Zelle[],
  gruppen: ReadonlyArray<string | undefined>,
): string {
  const formate = formatierung.zeile(z);
  const breite = Math.max(zellen.length, formate.length - 1);
  let zeile = "";
  for (let s = 1; s <= breite; s++) {
    const zelle = zellen[s - 1] ?? null;
    const format = formate[s];
    if (zelle === null && format === undefined) continue;
    const ref = `${(buchstaben[s] ??= spalte(s - 1))}${z}`;
    const stil = u.stile.id(format, zelle !== null);
    zeile += zellXml(ref, stil, zelle, u.texte, gruppen[s - 1]) ?? `<c r="${ref}" s="${stil}"/>`;
  }
  const hoehe = hoehen.get(z - 1);
  if (!zeile && hoehe === undefined) return "";
  const ht = hoehe === undefined ? "" : ` ht="${hoehe}" customHeight="1"`;
  return `<row r="${z}"${ht}>${zeile}</row>`;
}
