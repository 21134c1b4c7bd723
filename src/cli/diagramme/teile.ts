/**
 * The chart parts of the package: per sheet with charts one drawing part (xl/drawings/drawingN.xml)
 * with its relationships, one chart part per chart (xl/charts/chartN.xml) and the sheet's
 * relationship to its drawing. The sheet writer puts the <drawing r:id> element into the sheet.
 */
import type { ArbeitsmappenPlan } from "../../workbook/plan";
import { beziehungenXml } from "../xlsx/mappe";
import { diagrammXml, zeichnungXml } from "./diagrammXml";

const REL_ZEICHNUNG = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_DIAGRAMM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
/** The relationship id of a sheet's drawing, and of the n-th chart in a drawing. */
const relId = (n: number) => `rIdKiDiagramm${n}`;

export interface DiagrammTeile {
  /** Sheet index → relationship id of its drawing (only sheets with charts). */
  zeichnungen: Map<number, string>;
  /** Path → content of every part the charts add. */
  teile: Array<[string, string]>;
  anzahlZeichnungen: number;
  anzahlDiagramme: number;
}

export function diagrammTeile(plan: ArbeitsmappenPlan): DiagrammTeile {
  const ergebnis: DiagrammTeile = { zeichnungen: new Map(), teile: [], anzahlZeichnungen: 0, anzahlDiagramme: 0 };
  plan.blaetter.forEach((blatt, i) => {
    if (blatt.diagramme.length === 0) return;
    const zNr = ++ergebnis.anzahlZeichnungen;
    const anker = blatt.diagramme.map((d, k) => {
      const cNr = ++ergebnis.anzahlDiagramme;
      ergebnis.teile.push([`xl/charts/chart${cNr}.xml`, diagrammXml(blatt, d)]);
      return { plan: d, relId: relId(k + 1), ziel: `../charts/chart${cNr}.xml` };
    });
    ergebnis.teile.push([`xl/drawings/drawing${zNr}.xml`, zeichnungXml(anker)]);
    ergebnis.teile.push([
      `xl/drawings/_rels/drawing${zNr}.xml.rels`,
      beziehungenXml(anker.map((a) => ({ id: a.relId, typ: REL_DIAGRAMM, ziel: a.ziel }))),
    ]);
    ergebnis.teile.push([
      `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
      beziehungenXml([{ id: relId(1), typ: REL_ZEICHNUNG, ziel: `../drawings/drawing${zNr}.xml` }]),
    ]);
    ergebnis.zeichnungen.set(i, relId(1));
  });
  return ergebnis;
}
