/**
 * Packs the .xlsx once: exceljs writes its parts uncompressed (STORE), this module adds the plan's
 * charts and compresses the whole package in one pass with fflate. Before, exceljs compressed the
 * package, jszip unpacked it again and compressed it a second time, about half of a normal export
 * and most of a large levy sheet's. For the charts it adds: per sheet with charts one drawing part
 * (xl/drawings/drawingN.xml) and its relationships, one chart part per chart (xl/charts/chartN.xml),
 * the sheet's relationship and <drawing> element, and the [Content_Types].xml entries.
 */
import { deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from "fflate";
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

/** The package's parts by path, as fflate unpacks them; changed in place, packed once at the end. */
type Teile = Record<string, Uint8Array>;

function text(teile: Teile, pfad: string): string {
  const datei = teile[pfad];
  if (!datei) throw new Error(`Im Paket fehlt „${pfad}“.`);
  return strFromU8(datei);
}

function setzeText(teile: Teile, pfad: string, inhalt: string): void {
  teile[pfad] = strToU8(inhalt);
}

/** Sheet name → path of its part ("xl/worksheets/sheet1.xml"), read from the workbook and its rels. */
function blattPfade(zip: Teile): Map<string, string> {
  const mappe = text(zip, "xl/workbook.xml");
  const rels = text(zip, "xl/_rels/workbook.xml.rels");
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

function freieNummer(zip: Teile, muster: (n: number) => string, ab: number): number {
  let n = ab;
  while (zip[muster(n)]) n++;
  return n;
}

function fuegeBeziehungHinzu(zip: Teile, teil: string, typ: string, ziel: string): string {
  const pfad = relsPfad(teil);
  const bisher = zip[pfad]
    ? text(zip, pfad)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const ids = new Set([...bisher.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rIdKiDiagramm${n}`)) n++;
  const id = `rIdKiDiagramm${n}`;
  const eintrag = `<Relationship Id="${id}" Type="${typ}" Target="${ziel}"/>`;
  const neu = bisher.includes("</Relationships>")
    ? bisher.replace("</Relationships>", `${eintrag}</Relationships>`)
    : bisher.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${eintrag}</Relationships>`);
  setzeText(zip, pfad, neu);
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

function schreibeBlattDiagramme(zip: Teile, blatt: BlattPlan, blattPfad: string, typen: Array<[string, string]>) {
  const zNr = freieNummer(zip, (n) => `xl/drawings/drawing${n}.xml`, 1);
  const zeichnung = `xl/drawings/drawing${zNr}.xml`;
  const anker: Array<{ plan: BlattPlan["diagramme"][number]; relId: string }> = [];
  for (const d of blatt.diagramme) {
    const cNr = freieNummer(zip, (n) => `xl/charts/chart${n}.xml`, 1);
    const teil = `xl/charts/chart${cNr}.xml`;
    setzeText(zip, teil, diagrammXml(blatt, d));
    typen.push([teil, TYP_DIAGRAMM]);
    anker.push({
      plan: d,
      relId: fuegeBeziehungHinzu(zip, zeichnung, REL_DIAGRAMM, `../charts/chart${cNr}.xml`),
    });
  }
  setzeText(zip, zeichnung, zeichnungXml(anker));
  typen.push([zeichnung, TYP_ZEICHNUNG]);
  const relId = fuegeBeziehungHinzu(zip, blattPfad, REL_ZEICHNUNG, `../drawings/drawing${zNr}.xml`);
  setzeText(zip, blattPfad, setzeZeichnungInBlatt(text(zip, blattPfad), relId));
}

/**
 * The finished package: the parts exceljs wrote (best uncompressed), with the plan's charts added,
 * compressed once. A plan without charts is only packed.
 */
export function packeMitDiagrammen(xlsx: Uint8Array, plan: ArbeitsmappenPlan): Buffer {
  const zip: Teile = unzipSync(xlsx);
  const mitDiagrammen = plan.blaetter.filter((b) => b.diagramme.length > 0);
  if (mitDiagrammen.length > 0) {
    const pfade = blattPfade(zip);
    const typen: Array<[string, string]> = [];
    for (const blatt of mitDiagrammen) {
      const pfad = pfade.get(blatt.name);
      if (!pfad) throw new Error(`Blatt „${blatt.name}“ fehlt in der geschriebenen Arbeitsmappe.`);
      schreibeBlattDiagramme(zip, blatt, pfad, typen);
    }
    setzeText(zip, "[Content_Types].xml", ergaenzeInhaltstypen(text(zip, "[Content_Types].xml"), typen));
  }
  return packe(zip);
}

const CRC_TABELLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(daten: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < daten.length; i++) c = CRC_TABELLE[(c ^ daten[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * One deflate pass per part with Node's zlib (native: a 100,000-row sheet in a fraction of the
 * time fflate's JavaScript deflate takes); fflate's Zip only writes the container around it.
 */
function packe(teile: Teile): Buffer {
  const stuecke: Uint8Array[] = [];
  const zip = new Zip((fehler, stueck) => {
    if (fehler) throw fehler;
    stuecke.push(stueck);
  });
  for (const [pfad, daten] of Object.entries(teile)) {
    const gepackt = deflateRawSync(daten, { level: 6 });
    const datei: ZipInputFile = { filename: pfad, size: daten.length, crc: crc32(daten), compression: 8 };
    zip.add(datei);
    datei.ondata?.(null, gepackt, true);
  }
  zip.end();
  return Buffer.concat(stuecke);
}
