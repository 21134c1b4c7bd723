/**
 * The Vorlage section as a Word document (.docx), built with the `docx` library: A4 portrait,
 * Word's own heading styles (Überschrift 1/2) and the built-in table style "Table Grid"
 * (Tabellenraster), so the proposal writer can restyle everything with the document's styles.
 * Runs in Node (CLI) and in the browser (task pane, loaded lazily as its own chunk).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { VorlagenBlock, VorlagenInhalt } from "./inhalt";

/** A4 in twentieths of a point (210 × 297 mm), margins 2,5 cm. */
const A4 = { breite: 11906, hoehe: 16838, rand: 1418 };
/** The width between the margins, in twentieths of a point. */
const TEXTBREITE = A4.breite - 2 * A4.rand;
const TABELLENSTIL = "TableGrid";
/**
 * docx writes no table styles; Word knows "Table Grid" as a built-in style by its name, so the
 * definition given to word/styles.xml is Word's own (single 0.5 pt lines) and shows as such. It goes
 * in as docx's `externalStyles`, beside docx's own default styles, so the package is zipped once
 * (before, it was unzipped again to add the style and zipped a second time).
 */
const TABELLENSTIL_XML =
  // The root's declarations are the ones docx writes for its own styles part (they become the part's root).
  `<w:styles mc:Ignorable="w14 w15" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
  `xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">` +
  `<w:style w:type="table" w:styleId="${TABELLENSTIL}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
  `<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>` +
  `<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
  `<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
  `<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
  `</w:tblBorders></w:tblPr></w:style></w:styles>`;

function zelle(text: string, fett: boolean, rechts: boolean, breite: number): TableCell {
  return new TableCell({
    width: { size: breite, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: rechts ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: fett })],
      }),
    ],
  });
}

/** Amounts, signed differences and years align right; words (a product name, a proposal) left. */
const ZAHL = /^[+−-]?\d[\d.]*(,\d+)?( €| %)?$/;

function tabelle(b: Extract<VorlagenBlock, { art: "tabelle" }>): Table {
  // A column aligns right when every value below the header is a figure.
  const rechts = (i: number) => i > 0 && b.zeilen.every((z) => ZAHL.test(z.zellen[i] ?? ""));
  // The label column gets the room its words need ("IT-Standardarbeitsplatz" on one line); the
  // amount columns share the rest.
  const spalten = Math.max(b.kopf.length, ...b.zeilen.map((z) => z.zellen.length));
  const erste = spalten <= 2 ? Math.round(TEXTBREITE * 0.55) : Math.round(TEXTBREITE * 0.3);
  const breiten = Array.from({ length: spalten }, (_, i) =>
    i === 0 ? erste : Math.floor((TEXTBREITE - erste) / (spalten - 1)),
  );
  const kopf =
    b.kopf.length === 0
      ? []
      : [new TableRow({ tableHeader: true, children: b.kopf.map((t, i) => zelle(t, true, rechts(i), breiten[i])) })];
  const zeilen = b.zeilen.map(
    (z) =>
      new TableRow({
        cantSplit: true,
        children: z.zellen.map((t, i) => zelle(t, z.summe === true, rechts(i), breiten[i])),
      }),
  );
  return new Table({
    style: TABELLENSTIL,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...kopf, ...zeilen],
  });
}

function element(b: VorlagenBlock): Array<Paragraph | Table> {
  switch (b.art) {
    case "ueberschrift":
      return [
        new Paragraph({ text: b.text, heading: b.ebene === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }),
      ];
    case "absatz":
      return [new Paragraph({ text: b.text })];
    case "aufzaehlung":
      return b.punkte.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case "tabelle":
      // An empty paragraph after the table keeps the next heading from sticking to it.
      return [tabelle(b), new Paragraph({ text: "" })];
  }
}

export function baueWordDokument(inhalt: VorlagenInhalt): Document {
  return new Document({
    creator: "KI-Kostenplaner",
    title: inhalt.titel,
    externalStyles: TABELLENSTIL_XML,
    // Arial 11 pt with a little space after each paragraph; headings keep Word's own styles.
    styles: { default: { document: { run: { font: "Arial", size: 22 }, paragraph: { spacing: { after: 80 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.breite, height: A4.hoehe },
            margin: { top: A4.rand, bottom: A4.rand, left: A4.rand, right: A4.rand },
          },
        },
        children: inhalt.bloecke.flatMap(element),
      },
    ],
  });
}

/**
 * The document's parts before zipping (path → XML text or bytes), from docx's own compiler, for a
 * caller that zips them faster itself: the command line, with Node's native zlib instead of docx's
 * JavaScript deflate, which in a short-lived process runs before the JIT has compiled it (about
 * 70 ms of an export). docx does not document its compiler: null when it is missing, and the
 * caller then takes schreibeVorlageDocx.
 */
export function wordTeile(inhalt: VorlagenInhalt): Map<string, string | Uint8Array> | null {
  type Uebersetzer = { compile?: (d: Document, p?: boolean, o?: unknown[]) => Map<string, unknown> };
  const uebersetzer = (Packer as unknown as { compiler?: Uebersetzer }).compiler;
  if (typeof uebersetzer?.compile !== "function") return null;
  const teile = new Map<string, string | Uint8Array>();
  for (const [pfad, daten] of uebersetzer.compile(baueWordDokument(inhalt), undefined, [])) {
    if (typeof daten !== "string" && !(daten instanceof Uint8Array)) return null;
    teile.set(pfad, daten);
  }
  return teile;
}

/** The .docx file's bytes. */
export async function schreibeVorlageDocx(inhalt: VorlagenInhalt): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(baueWordDokument(inhalt)));
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
