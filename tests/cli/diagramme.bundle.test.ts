/**
 * The charts of the CLI's .xlsx read the same cells as the charts the pane inserts: every preset,
 * with the multi-year and levy sheets, once through the pane's writer into the fake host and once
 * through the exceljs writer plus the chart parts; the file is then read back part by part.
 */
import JSZip from "jszip";
import { rheinSiegUmlage } from "../../src/cli/umlageDatei";
import { schreibeXlsx } from "../../src/cli/xlsxSchreiber";
import { VORLAGEN_SAETZE, erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";
import { type ArbeitsmappenOptionen, baueArbeitsmappe } from "../../src/workbook";
import { DATUM, neueMappe, zugriffAuf } from "../excel/hilfen";

const OPTIONEN: ArbeitsmappenOptionen = {
  modus: "nativ",
  datum: DATUM,
  mehrjahr: { vonJahr: 2014, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 },
  umlage: rheinSiegUmlage(),
};

interface DiagrammImPaket {
  blatt: string;
  name: string;
  /** Bounding box of every reference of the chart (series names, categories, values), "$A$1:$B$2". */
  bereich: string;
}

const lies = async (zip: JSZip, pfad: string) => (await zip.file(pfad)?.async("string")) ?? "";
const ziel = (rels: string, id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";

function umfassenderBereich(bezuege: string[]): { blatt: string; bereich: string } {
  const blaetter = new Set(bezuege.map((b) => b.slice(0, b.lastIndexOf("!"))));
  expect(blaetter.size).toBe(1);
  const zellen = bezuege.flatMap((b) => b.slice(b.lastIndexOf("!") + 1).split(":"));
  const teile = zellen.map((z) => /^\$([A-Z]+)\$(\d+)$/.exec(z)!);
  const spalten = teile.map((t) => t[1]).sort((a, b) => a.length - b.length || a.localeCompare(b));
  const zeilen = teile.map((t) => Number(t[2])).sort((a, b) => a - b);
  const blatt = [...blaetter][0].replace(/^'|'$/g, "").replace(/''/g, "'");
  return { blatt, bereich: `$${spalten[0]}$${zeilen[0]}:$${spalten.at(-1)}$${zeilen.at(-1)}` };
}

async function diagrammeImPaket(xlsx: Buffer): Promise<DiagrammImPaket[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const mappe = await lies(zip, "xl/workbook.xml");
  const mappeRels = await lies(zip, "xl/_rels/workbook.xml.rels");
  const gefunden: DiagrammImPaket[] = [];
  for (const [tag] of mappe.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(tag)![1];
    const id = /\br:id="([^"]+)"/.exec(tag)![1];
    const blattDatei = ziel(mappeRels, id).replace(/^.*\//, "");
    const blattXml = await lies(zip, `xl/worksheets/${blattDatei}`);
    const zeichnungId = /<drawing r:id="([^"]+)"\/>/.exec(blattXml)?.[1];
    if (!zeichnungId) continue;
    const blattRels = await lies(zip, `xl/worksheets/_rels/${blattDatei}.rels`);
    const zeichnung = ziel(blattRels, zeichnungId).replace("../", "xl/");
    const zeichnungXml = await lies(zip, zeichnung);
    const zeichnungRels = await lies(zip, zeichnung.replace("drawings/", "drawings/_rels/") + ".rels");
    for (const [, diagrammName, relId] of zeichnungXml.matchAll(/name="([^"]+)"\/>.*?r:id="([^"]+)"/g)) {
      const diagrammXml = await lies(zip, ziel(zeichnungRels, relId).replace("../", "xl/"));
      const bezuege = [...diagrammXml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
      const { blatt, bereich } = umfassenderBereich(bezuege);
      expect(blatt).toBe(name);
      gefunden.push({ blatt, name: diagrammName, bereich });
    }
  }
  return gefunden;
}

test.each(VORLAGEN_SAETZE.map((s) => s.id))("Vorlagensatz %s: Diagrammbereiche wie im Aufgabenbereich", async (id) => {
  const plan = baueArbeitsmappe(erzeugeVorlagenSatz(id), OPTIONEN);
  const fake = neueMappe();
  await zugriffAuf(fake).fuegeEin(plan);
  const imAufgabenbereich = plan.blaetter.flatMap((b) =>
    fake
      .diagramme(b.name)
      .map((d) => ({ blatt: b.name, name: d.name, bereich: d.quelle.split("!")[1].replace(/\$/g, "") })),
  );
  const imPlan = plan.blaetter.flatMap((b) =>
    b.diagramme.map((d) => ({
      blatt: b.name,
      name: d.name,
      bereich: d.daten,
    })),
  );
  expect(imAufgabenbereich.length).toBeGreaterThanOrEqual(2);
  expect(imAufgabenbereich).toEqual(imPlan);
  const imPaket = await diagrammeImPaket(await schreibeXlsx(plan));
  expect(imPaket.map((d) => ({ ...d, bereich: d.bereich.replace(/\$/g, "") }))).toEqual(imPlan);
});
