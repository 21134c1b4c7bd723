/**
 * A plan chart (DiagrammPlan) as DrawingML: the chart part (xl/charts/chartN.xml) and its anchor in
 * the sheet's drawing part (assembled in teile.ts). The series read exactly the plan's source range, split the way the pane's
 * `charts.add(typ, range, seriesBy)` splits it: the first row (or column) names the series, the
 * first column (or row) holds the categories.
 */
import { type BlattPlan, type DiagrammPlan, type Zelle, zelleDes } from "../../workbook/plan";
import { bereich, blattBezug } from "../../workbook/adressen";
import { ZAHLENFORMAT } from "../../workbook/stil";
import { zerlegeBereich } from "../adressen";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Excel's default series colours (Office theme accents), so the file looks like the pane's chart. */
const FARBEN = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

export interface Reihe {
  /** Absolute reference of the series name, e.g. "Kostenvergleich!$I$4". */
  name: string;
  kategorien: string;
  werte: string;
  nameText: string;
  kategorieTexte: string[];
  zahlen: Array<number | null>;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One-based row/column numbers (as exceljs counts) → "Kostenvergleich!$A$3:$A$5". */
function bezug(blatt: string, z1: number, s1: number, z2 = z1, s2 = s1): string {
  return blattBezug(blatt, bereich(z1 - 1, s1 - 1, z2 - 1, s2 - 1, true));
}

function anzeige(zelle: Zelle | undefined): string {
  if (!zelle) return "";
  if ("text" in zelle) return zelle.text;
  if ("zahl" in zelle) return String(zelle.zahl);
  return zelle.ergebnis === undefined ? "" : String(zelle.ergebnis);
}

function zahl(zelle: Zelle | undefined): number | null {
  if (!zelle) return null;
  if ("zahl" in zelle) return zelle.zahl;
  if ("formel" in zelle && typeof zelle.ergebnis === "number") return zelle.ergebnis;
  return null;
}

/** The series of a chart, with the cached values the plan expects (viewers that do not recalculate). */
export function reihenAus(blatt: BlattPlan, d: DiagrammPlan): Reihe[] {
  const r = zerlegeBereich(d.daten, { zeilen: 1, spalten: 1 });
  // Cell by cell: a levy sheet's member rows are built on read, the block builds a name or a burden alone.
  const zelle = (z: number, s: number) => zelleDes(blatt, z - 1, s - 1) ?? undefined;
  const n = blatt.name;
  if (d.reihenIn === "spalten") {
    const zeilen = Array.from({ length: r.unten - r.oben }, (_, i) => r.oben + 1 + i);
    return Array.from({ length: r.rechts - r.links }, (_, i) => r.links + 1 + i).map((s) => ({
      name: bezug(n, r.oben, s),
      kategorien: bezug(n, r.oben + 1, r.links, r.unten, r.links),
      werte: bezug(n, r.oben + 1, s, r.unten, s),
      nameText: anzeige(zelle(r.oben, s)),
      kategorieTexte: zeilen.map((z) => anzeige(zelle(z, r.links))),
      zahlen: zeilen.map((z) => zahl(zelle(z, s))),
    }));
  }
  const spalten = Array.from({ length: r.rechts - r.links }, (_, i) => r.links + 1 + i);
  return Array.from({ length: r.unten - r.oben }, (_, i) => r.oben + 1 + i).map((z) => ({
    name: bezug(n, z, r.links),
    kategorien: bezug(n, r.oben, r.links + 1, r.oben, r.rechts),
    werte: bezug(n, z, r.links + 1, z, r.rechts),
    nameText: anzeige(zelle(z, r.links)),
    kategorieTexte: spalten.map((s) => anzeige(zelle(r.oben, s))),
    zahlen: spalten.map((s) => zahl(zelle(z, s))),
  }));
}

function strRef(f: string, texte: readonly string[]): string {
  const punkte = texte.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${texte.length}"/>${punkte}</c:strCache></c:strRef>`;
}

function numRef(f: string, zahlen: ReadonlyArray<number | null>): string {
  const punkte = zahlen.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${zahlen.length}"/>${punkte}</c:numCache></c:numRef>`
  );
}

function reiheXml(reihe: Reihe, i: number, linie: boolean): string {
  const farbe = FARBEN[i % FARBEN.length];
  const form = linie
    ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${farbe}"/></a:solidFill></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${farbe}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(reihe.name, [reihe.nameText])}</c:tx>${form}` +
    `<c:cat>${strRef(reihe.kategorien, reihe.kategorieTexte)}</c:cat><c:val>${numRef(reihe.werte, reihe.zahlen)}</c:val>` +
    (linie ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

function titelXml(text: string, groesse: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${groesse}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="de-DE" sz="${groesse}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function achsenXml(balken: boolean): string {
  const kat = balken ? "l" : "b";
  const wert = balken ? "b" : "l";
  return (
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${balken ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${kat}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${wert}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(ZAHLENFORMAT.euro)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>` +
    `<c:crosses val="${balken ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part for one plan chart: clustered columns/bars or lines with markers, legend at the bottom. */
export function diagrammXml(blatt: BlattPlan, d: DiagrammPlan): string {
  const linie = d.typ === "linien";
  const reihen = reihenAus(blatt, d)
    .map((r, i) => reiheXml(r, i, linie))
    .join("");
  const achsen = `<c:axId val="1001"/><c:axId val="1002"/>`;
  const diagramm = linie
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${reihen}<c:marker val="1"/>${achsen}</c:lineChart>`
    : `<c:barChart><c:barDir val="${d.typ === "balken" ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
      `<c:varyColors val="0"/>${reihen}<c:gapWidth val="150"/>${achsen}</c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:lang val="de-DE"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titelXml(d.titel, 1400)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${diagramm}` +
    `${achsenXml(d.typ === "balken")}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function ecke(tag: "from" | "to", a1: string, plusEins: boolean): string {
  const r = zerlegeBereich(a1, { zeilen: 1, spalten: 1 });
  // "bis" names the last covered cell; the anchor's "to" is the edge after it.
  const s = r.links - 1 + (plusEins ? 1 : 0);
  const z = r.oben - 1 + (plusEins ? 1 : 0);
  return `<xdr:${tag}><xdr:col>${s}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${z}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part of one sheet: one twoCellAnchor per chart, covering the plan's von…bis cells. */
export function zeichnungXml(diagramme: ReadonlyArray<{ plan: DiagrammPlan; relId: string }>): string {
  const anker = diagramme
    .map(
      ({ plan, relId }, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${ecke("from", plan.von, false)}${ecke("to", plan.bis, true)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(plan.name)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anker}</xdr:wsDr>`
  );
}
