/**
 * The workbook-level parts of the .xlsx file: content types, relationships, document properties,
 * xl/workbook.xml (sheets, defined names, print areas and titles, recalculation on load) and the
 * shared strings.
 */
import type { ArbeitsmappenPlan, BlattPlan } from "../../workbook/plan";
import { blattBezug, spanne, zeilenSpanne, zerlegeA1 } from "../../workbook/adressen";
import { NS_MAIN, NS_REL, XML_KOPF, xmlText } from "./xml";

const NS_PAKET_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYP = "application/vnd.openxmlformats-officedocument";

export const blattPfad = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

export function beziehungenXml(eintraege: ReadonlyArray<{ id: string; typ: string; ziel: string }>): string {
  const rel = eintraege.map((e) => `<Relationship Id="${e.id}" Type="${e.typ}" Target="${e.ziel}"/>`).join("");
  return `${XML_KOPF}<Relationships xmlns="${NS_PAKET_REL}">${rel}</Relationships>`;
}

/** [Content_Types].xml: every part the package holds, known before the first is written. */
export function inhaltstypenXml(blaetter: number, zeichnungen: number, diagramme: number): string {
  const teil = (pfad: string, typ: string) => `<Override PartName="/${pfad}" ContentType="${typ}"/>`;
  const je = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");
  return (
    `${XML_KOPF}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    teil("xl/workbook.xml", `${TYP}.spreadsheetml.sheet.main+xml`) +
    je(blaetter, (i) => teil(blattPfad(i), `${TYP}.spreadsheetml.worksheet+xml`)) +
    teil("xl/styles.xml", `${TYP}.spreadsheetml.styles+xml`) +
    teil("xl/sharedStrings.xml", `${TYP}.spreadsheetml.sharedStrings+xml`) +
    teil("xl/theme/theme1.xml", `${TYP}.theme+xml`) +
    teil("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    teil("docProps/app.xml", `${TYP}.extended-properties+xml`) +
    je(zeichnungen, (i) => teil(`xl/drawings/drawing${i + 1}.xml`, `${TYP}.drawing+xml`)) +
    je(diagramme, (i) => teil(`xl/charts/chart${i + 1}.xml`, `${TYP}.drawingml.chart+xml`)) +
    "</Types>"
  );
}

export function paketBeziehungenXml(): string {
  return beziehungenXml([
    { id: "rId1", typ: `${REL}/officeDocument`, ziel: "xl/workbook.xml" },
    {
      id: "rId2",
      typ: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      ziel: "docProps/core.xml",
    },
    { id: "rId3", typ: `${REL}/extended-properties`, ziel: "docProps/app.xml" },
  ]);
}

/** Sheets are rId1…rIdN; styles, shared strings and the theme follow them. */
export function mappenBeziehungenXml(blaetter: number): string {
  return beziehungenXml([
    ...Array.from({ length: blaetter }, (_, i) => ({
      id: `rId${i + 1}`,
      typ: `${REL}/worksheet`,
      ziel: `worksheets/sheet${i + 1}.xml`,
    })),
    { id: `rId${blaetter + 1}`, typ: `${REL}/styles`, ziel: "styles.xml" },
    { id: `rId${blaetter + 2}`, typ: `${REL}/sharedStrings`, ziel: "sharedStrings.xml" },
    { id: `rId${blaetter + 3}`, typ: `${REL}/theme`, ziel: "theme/theme1.xml" },
  ]);
}

export interface Eigenschaften {
  titel: string;
  erstellt: Date;
  beschreibung: string;
}

export function kernEigenschaftenXml(e: Eigenschaften): string {
  const zeit = e.erstellt.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_KOPF}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>KI-Kostenplaner</dc:creator><dc:title>${xmlText(e.titel)}</dc:title>` +
    `<dc:description>${xmlText(e.beschreibung)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${zeit}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${zeit}</dcterms:modified></cp:coreProperties>`
  );
}

export function anwendungsEigenschaftenXml(): string {
  return (
    `${XML_KOPF}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    "<Application>KI-Kostenplaner</Application></Properties>"
  );
}

/**
 * "A1:H12" or "$A$1:$H$12" → "$A$1:$H$12": a print area with relative rows would move in Excel.
 * Whole rows ("$1:$4", print titles) are anchored already and stay as they are.
 */
function absolut(text: string): string {
  const b = zerlegeA1(text);
  if (!b || b.vonZeile === null || b.bisZeile === null) throw new Error(`Ungültiger Bereich im Plan: „${text}“`);
  if (b.vonSpalte === null || b.bisSpalte === null) return zeilenSpanne(b.vonZeile, b.bisZeile);
  return spanne(b.vonZeile, b.vonSpalte, b.bisZeile, b.bisSpalte, true);
}

function namenXml(blaetter: readonly BlattPlan[]): string {
  const namen: string[] = [];
  blaetter.forEach((b) => {
    for (const n of b.namen) {
      namen.push(`<definedName name="${xmlText(n.name)}">${xmlText(blattBezug(b.name, n.bezug))}</definedName>`);
    }
  });
  blaetter.forEach((b, i) => {
    if (!b.druck) return;
    // Print areas and titles always name the sheet in quotes, as Excel writes them.
    const blatt = `'${b.name.replace(/'/g, "''")}'`;
    const eintrag = (name: string, bezug: string) =>
      `<definedName name="${name}" localSheetId="${i}">${xmlText(`${blatt}!${absolut(bezug)}`)}</definedName>`;
    namen.push(eintrag("_xlnm.Print_Area", b.druck.druckbereich));
    if (b.druck.titelzeilen) namen.push(eintrag("_xlnm.Print_Titles", b.druck.titelzeilen));
  });
  return namen.length > 0 ? `<definedNames>${namen.join("")}</definedNames>` : "";
}

/** xl/workbook.xml. Excel recalculates on opening; the cached results only serve viewers that cannot. */
export function mappeXml(plan: ArbeitsmappenPlan): string {
  const blaetter = plan.blaetter
    .map((b, i) => `<sheet name="${xmlText(b.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  return (
    `${XML_KOPF}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${blaetter}</sheets>${namenXml(plan.blaetter)}<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`
  );
}

/** xl/sharedStrings.xml; text with spaces at either end or line breaks keeps them (xml:space). */
export function gemeinsameTexteXml(texte: readonly string[], verweise: number): string {
  const eintraege = texte.map((t) =>
    /^\s|\s$|\n/.test(t) ? `<si><t xml:space="preserve">${xmlText(t)}</t></si>` : `<si><t>${xmlText(t)}</t></si>`,
  );
  return `${XML_KOPF}<sst xmlns="${NS_MAIN}" count="${verweise}" uniqueCount="${texte.length}">${eintraege.join("")}</sst>`;
}
