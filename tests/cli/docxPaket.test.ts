/**
 * The command line zips the Word file itself (docx's parts, Node's zlib): the file must hold the
 * same parts with the same content as the one docx's own Packer writes for the pane.
 */
import { strFromU8, unzipSync } from "fflate";
import { packeTeile } from "../../src/cli/xlsx/paket";
import { erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";
import { baueVorlagenInhalt } from "../../src/workbook/vorlage";
import { schreibeVorlageDocx, wordTeile } from "../../src/workbook/vorlage/docx";

/** The part's text; the document properties without their timestamps (each write has its own). */
function inhalte(datei: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(datei)).map(([pfad, daten]) => [
      pfad,
      strFromU8(daten).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1>…<"),
    ]),
  );
}

test("dieselben Teile mit demselben Inhalt wie über docx' Packer", async () => {
  const inhalt = baueVorlagenInhalt(erzeugeVorlagenSatz("rhein-sieg-2013"), {
    modus: "nativ",
    datum: new Date(2013, 1, 4),
    vorlageNr: "DS-Nr. 2013/728",
    umlage: null,
  });
  const teile = wordTeile(inhalt);
  // docx's compiler is undocumented: if it is gone, the CLI falls back to the Packer (and this test says so).
  expect(teile).not.toBeNull();
  const selbst = inhalte(packeTeile(teile!));
  const packer = inhalte(await schreibeVorlageDocx(inhalt));
  expect(Object.keys(selbst).sort()).toEqual(Object.keys(packer).sort());
  expect(selbst).toEqual(packer);
  expect(selbst["word/document.xml"]).toContain("102.316");
  expect(selbst["word/styles.xml"]).toContain('w:styleId="TableGrid"');
});
