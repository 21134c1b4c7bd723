/**
 * The .xlsx writer of the command line: turns an ArbeitsmappenPlan into a file for any machine
 * without Excel. It only translates the plan; the layout itself comes from the one table-building
 * core (src/workbook), the same one the task pane uses.
 *
 * The parts are written here directly (./xlsx) and the package is compressed once. Each sheet is
 * written row by row into its compressed part, so a levy sheet of 100,000 municipalities needs
 * neither a cell model nor its whole XML in memory (with exceljs's cell model it took 89 s and
 * 3.7 GB).
 */
import { type ArbeitsmappenPlan, zeilenzahlDes } from "../workbook/plan";
import { diagrammTeile } from "./diagramme/teile";
import { GemeinsameTexte, schreibeBlatt } from "./xlsx/blatt";
import {
  anwendungsEigenschaftenXml,
  blattPfad,
  gemeinsameTexteXml,
  inhaltstypenXml,
  kernEigenschaftenXml,
  mappeXml,
  mappenBeziehungenXml,
  paketBeziehungenXml,
} from "./xlsx/mappe";
import { Paket, STUFE_GROSS } from "./xlsx/paket";
import { Stilverzeichnis } from "./xlsx/stile";
import { themaXml } from "./xlsx/thema";

export { GRUNDGROESSE, SCHRIFTART } from "./xlsx/stile";

/** Rows from which a sheet is compressed with the fast level (paket.ts). */
const GROSSES_BLATT = 5_000;

export interface SchreibOptionen {
  /** Document title in the file properties. */
  titel?: string;
  erstellt?: Date;
}

export async function schreibeXlsx(plan: ArbeitsmappenPlan, optionen: SchreibOptionen = {}): Promise<Buffer> {
  const diagramme = diagrammTeile(plan);
  const n = plan.blaetter.length;
  const paket = new Paket();
  paket.teil("[Content_Types].xml", inhaltstypenXml(n, diagramme.anzahlZeichnungen, diagramme.anzahlDiagramme));
  paket.teil("_rels/.rels", paketBeziehungenXml());
  paket.teil(
    "docProps/core.xml",
    kernEigenschaftenXml({
      titel: optionen.titel ?? "",
      erstellt: optionen.erstellt ?? new Date(),
      beschreibung: plan.blaetter.map((b) => `${b.name}: Formelmodus ${b.modus}`).join("; "),
    }),
  );
  paket.teil("docProps/app.xml", anwendungsEigenschaftenXml());
  paket.teil("xl/workbook.xml", mappeXml(plan));
  paket.teil("xl/_rels/workbook.xml.rels", mappenBeziehungenXml(n));
  const stile = new Stilverzeichnis();
  const texte = new GemeinsameTexte();
  for (const [i, blatt] of plan.blaetter.entries()) {
    const umgebung = { stile, texte, zeichnung: diagramme.zeichnungen.get(i) ?? null };
    const stufe = zeilenzahlDes(blatt) > GROSSES_BLATT ? STUFE_GROSS : undefined;
    await paket.strom(blattPfad(i), (schreibe) => schreibeBlatt(blatt, umgebung, schreibe), stufe);
  }
  for (const [pfad, inhalt] of diagramme.teile) paket.teil(pfad, inhalt);
  paket.teil("xl/styles.xml", stile.xml());
  paket.teil("xl/sharedStrings.xml", gemeinsameTexteXml(texte.texte, texte.anzahl));
  paket.teil("xl/theme/theme1.xml", themaXml());
  return paket.ende();
}
