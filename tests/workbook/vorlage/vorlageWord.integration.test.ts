/**
 * The Vorlage's .docx as LibreOffice Writer prints it: A4 portrait, the Rhein-Sieg figures in the
 * PDF text, and the first page rendered to vorlage-word.png for the README (.tmp/screenshots; `npm run screenshots` writes docs/screenshots).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { konvertiere } from "../../../src/cli/libreoffice";
import { erzeugeVorlagenSatz } from "../../../src/scenario/vorlagen";
import { baueVorlagenInhalt } from "../../../src/workbook/vorlage";
import { schreibeVorlageDocx } from "../../../src/workbook/vorlage/docx";
import { programm } from "../../cli/hilfen";
import { bildschirmfotoOrdner } from "../../helpers/ausgaben";

let ordner: string;
beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-vorlage-word-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

test("LibreOffice druckt die Word-Datei auf A4 hoch mit den Zahlen der Arbeitsmappe", async () => {
  const inhalt = baueVorlagenInhalt(
    erzeugeVorlagenSatz("rhein-sieg-2013"),
    {
      modus: "nativ",
      datum: new Date(2013, 1, 4),
      vorlageNr: "DS-Nr. 2013/728",
      mehrjahr: { vonJahr: 2014, bisJahr: 2018, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0.03 },
      umlage: {
        mitglieder: [
          { name: "Alfter", grundlage: 23_456_789, minderbelastung: 0 },
          { name: "Bornheim", grundlage: 45_678_901.23, minderbelastung: 0 },
        ],
      },
    },
    {
      haushaltsjahr: "2014",
      produkt: "05.01.01 Integration",
      beschlussvorschlag:
        "Der Kreistag beschließt die Einrichtung eines Kommunalen Integrationszentrums zum 01.01.2014.",
    },
  );
  const docx = path.join(ordner, "vorlage.docx");
  writeFileSync(docx, await schreibeVorlageDocx(inhalt));
  const [pdf] = await konvertiere([docx], "pdf", ordner);
  expect(programm("pdfinfo", [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = programm("pdftotext", ["-layout", pdf, "-"]);
  for (const betrag of ["102.316 €", "353.094 €", "170.000 €", "183.094 €", "+80.778 €"])
    expect(text).toContain(betrag);
  expect(text).toContain("Finanzielle Auswirkungen");
  expect(text).toContain("Barwert auf 2014");
  expect(text).toContain("Beschlussvorschlag");
  expect(text).not.toContain("Deckungsvorschlag");
  expect(text).toMatch(/Summe\s+69\.135\.690,23 €\s+80\.778,00 €/);
  const png = path.join(bildschirmfotoOrdner(), "vorlage-word");
  programm("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
  expect(programm("file", [`${png}.png`])).toMatch(/PNG image data, 66\d x 93\d/);
  programm("pdftoppm", ["-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile", pdf, `${png}-2`]);
}, 120_000);
