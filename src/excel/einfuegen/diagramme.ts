/**
 * Charts of an insert. Phase (2) loads the chart names of the sheets that already exist, so a
 * chart the add-in made before is updated rather than duplicated; phase (3) writes them.
 */
import type { BlattPlan } from "../../workbook/plan";
import type { BlockEintrag } from "../blockverzeichnis";

const DIAGRAMMTYP: Record<"saeulen" | "balken" | "linien", Excel.ChartType> = {
  saeulen: "ColumnClustered" as Excel.ChartType,
  balken: "BarClustered" as Excel.ChartType,
  linien: "LineMarkers" as Excel.ChartType,
};

/** The charts present before the insert, by sheet and chart name (case-insensitive, like Excel). */
export type Diagrammbestand = (blatt: string, name: string) => Excel.Chart | undefined;

/**
 * Queues loading the charts of those sheets that exist; the collections are readable after the
 * next context.sync(), which the caller makes only when the map is not empty.
 */
export function fordereDiagrammeAn(
  blattnamen: readonly string[],
  vorhandeneBlaetter: ReadonlyMap<string, Excel.Worksheet>,
): Map<string, Excel.ChartCollection> {
  const sammlungen = new Map<string, Excel.ChartCollection>();
  for (const name of blattnamen) {
    const blatt = vorhandeneBlaetter.get(name.toLowerCase());
    if (!blatt) continue;
    blatt.charts.load("items/name");
    sammlungen.set(name.toLowerCase(), blatt.charts);
  }
  return sammlungen;
}

export function diagrammbestand(sammlungen: ReadonlyMap<string, Excel.ChartCollection>): Diagrammbestand {
  return (blatt, name) =>
    sammlungen.get(blatt.toLowerCase())?.items.find((d) => d.name.toLowerCase() === name.toLowerCase());
}

/** Adds or updates the plan's charts and deletes the ones this add-in made before that the plan dropped. */
export function schreibeDiagramme(
  blatt: Excel.Worksheet,
  b: BlattPlan,
  vorher: BlockEintrag | undefined,
  diagrammVon: Diagrammbestand,
): void {
  for (const d of b.diagramme) {
    const quelle = blatt.getRange(d.daten);
    const reihen = (d.reihenIn === "spalten" ? "Columns" : "Rows") as Excel.ChartSeriesBy;
    const vorhanden = diagrammVon(b.name, d.name);
    const diagramm = vorhanden ?? blatt.charts.add(DIAGRAMMTYP[d.typ], quelle, reihen);
    if (vorhanden) {
      vorhanden.chartType = DIAGRAMMTYP[d.typ];
      vorhanden.setData(quelle, reihen);
    }
    diagramm.name = d.name;
    diagramm.title.text = d.titel;
    diagramm.legend.position = "Bottom" as Excel.ChartLegendPosition;
    diagramm.setPosition(d.von, d.bis);
  }
  for (const altName of vorher?.diagramme ?? []) {
    if (b.diagramme.some((d) => d.name.toLowerCase() === altName.toLowerCase())) continue;
    diagrammVon(b.name, altName)?.delete();
  }
}

/**
 * After an interrupted insert (its record still lists the charts the sheet had before): every chart
 * that is neither one of those nor planned is a leftover of that insert, e.g. one added but not yet
 * named, and is deleted before the plan's charts are written.
 */
export function entferneDiagrammreste(
  sammlung: Excel.ChartCollection | undefined,
  vorher: readonly string[] | undefined,
  geplant: readonly string[],
): void {
  if (!sammlung || vorher === undefined) return;
  const behalten = new Set([...vorher, ...geplant].map((n) => n.toLowerCase()));
  for (const d of sammlung.items) if (!behalten.has(d.name.toLowerCase())) d.delete();
}
