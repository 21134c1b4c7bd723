/**
 * Adds the plan's charts to the .xlsx package exceljs wrote: per sheet with charts one drawing part
 * (xl/drawings/drawingN.xml) and its relationships, one chart part per chart (xl/charts/chartN.xml),
 * the sheet's relationship and <drawing> element, and the [Content_Types].xml entries.
 */
import JSZip from "jszip";
import type { ArbeitsmappenPlan, BlattPlan } from "../../workbook/plan";
import { diagrammXml, zeichnungXml } from "./diagrammXml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_ZEICHNUNG = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_DIAGRAMM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const TYP_ZEICHNUNG = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYP_DIAGRAMM = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Elements that follow <drawing> in CT_Worksheet; <drawing> must come before the first of them. */
const NACH_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls"];
const NACH_DRAWING_2 = ["webPublishItems", "tableParts", "extLst"];

function entXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

async function text(zip: JSZip, pfad: string): Promise<string> {
  const datei = zip.file(pfad);
  if (!datei) throw new Error(`Im Paket fehlt „${pfad}“.`);
  return datei.async("string");
}

/** Sheet name → path of its part ("xl/worksheets/sheet1.xml"), read from the workbook and its rels. */
async function blattPfade(zip: JSZip): Promise<Map<string, string>> {
  const mappe = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const ziele = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const ziel = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && ziel) ziele.set(id, ziel.startsWith("/") ? ziel.slice(1) : `xl/${ziel}`);
  }
  const pfade = new Map<string, string>();
  for (const m of mappe.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const pfad = id ? ziele.get(id) : undefined;
    if (name !== undefined && pfad) pfade.set(entXml(name), pfad);
  }
  return pfade;
}

function relsPfad(teil: string): string {
  const i = teil.lastIndexOf("/");
  return `${teil.slice(0, i)}/_rels/${teil.slice(i + 1)}.rels`;
}

function freieNummer(zip: JSZip, muster: (n: number) => string, ab: number): number {
  let n = ab;
  while (zip.file(muster(n))) n++;
  return n;
}

async function fuegeBeziehungHinzu(zip: JSZip, teil: string, typ: string, ziel: string): Promise<string> {
  const pfad = relsPfad(teil);
  const bisher = zip.file(pfad)
    ? await text(zip, pfad)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const ids = new Set([...bisher.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rIdKiDiagramm${n}`)) n++;
  const id = `rIdKiDiagramm${n}`;
  const eintrag = `<Relationship Id="${id}" Type="${typ}" Target="${ziel}"/>`;
  const neu = bisher.includes("</Relationships>")
    ? bisher.replace("</Relationships>", `${eintrag}</Relationships>`)
    : bisher.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${eintrag}</Relationships>`);
  zip.file(pfad, neu);
  return id;
}

/** Puts <drawing r:id> where CT_Worksheet wants it and makes sure the r: prefix is declared. */
export function setzeZeichnungInBlatt(blattXml: string, relId: string): string {
  let xml = blattXml;
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) {
    xml = xml.replace(
      /<worksheet\b/,
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
  }
  const element = `<drawing r:id="${relId}"/>`;
  for (const tag of [...NACH_DRAWING, ...NACH_DRAWING_2]) {
    const i = xml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0) return xml.slice(0, i) + element + xml.slice(i);
  }
  return xml.replace("</worksheet>", `${element}</worksheet>`);
}

function ergaenzeInhaltstypen(typen: string, eintraege: ReadonlyArray<[string, string]>): string {
  const neu = eintraege.map(([teil, typ]) => `<Override PartName="/${teil}" ContentType="${typ}"/>`).join("");
  return typen.replace("</Types>", `${neu}</Types>`);
}

async function schreibeBlattDiagramme(zip: JSZip, blatt: BlattPlan, blattPfad: string, typen: Array<[string, string]>) {
  const zNr = freieNummer(zip, (n) => `xl/drawings/drawing${n}.xml`, 1);
  const zeichnung = `xl/drawings/drawing${zNr}.xml`;
  const anker: Array<{ plan: BlattPlan["diagramme"][number]; relId: string }> = [];
  for (const d of blatt.diagramme) {
    const cNr = freieNummer(zip, (n) => `xl/charts/chart${n}.xml`, 1);
    const teil = `xl/charts/chart${cNr}.xml`;
    zip.file(teil, diagrammXml(blatt, d));
    typen.push([teil, TYP_DIAGRAMM]);
    anker.push({
      plan: d,
      relId: await fuegeBeziehungHinzu(zip, zeichnung, REL_DIAGRAMM, `../charts/chart${cNr}.xml`),
    });
  }
  zip.file(zeichnung, zeichnungXml(anker));
  typen.push([zeichnung, TYP_ZEICHNUNG]);
  const relId = await fuegeBeziehungHinzu(zip, blattPfad, REL_ZEICHNUNG, `../drawings/drawing${zNr}.xml`);
  zip.file(blattPfad, setzeZeichnungInBlatt(await text(zip, blattPfad), relId));
}

/** Returns the package with the plan's charts added; a plan without charts returns it unchanged. */
export async function fuegeDiagrammeEin(xlsx: Uint8Array, plan: ArbeitsmappenPlan): Promise<Buffer> {
  const mitDiagrammen = plan.blaetter.filter((b) => b.diagramme.length > 0);
  if (mitDiagrammen.length === 0) return Buffer.from(xlsx);
  const zip = await JSZip.loadAsync(xlsx);
  const pfade = await blattPfade(zip);
  const typen: Array<[string, string]> = [];
  for (const blatt of mitDiagrammen) {
    const pfad = pfade.get(blatt.name);
    if (!pfad) throw new Error(`Blatt „${blatt.name}“ fehlt in der geschriebenen Arbeitsmappe.`);
    await schreibeBlattDiagramme(zip, blatt, pfad, typen);
  }
  zip.file("[Content_Types].xml", ergaenzeInhaltstypen(await text(zip, "[Content_Types].xml"), typen));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
