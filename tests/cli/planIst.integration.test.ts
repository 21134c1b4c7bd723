/**
 * The printed "Plan-Ist" (issue 27): the built command line writes seed 004's Stand against its
 * actuals with --pdf; LibreOffice recalculates every formula on load and prints. The figures on the
 * page are LibreOffice's, and they are the ones worked out by hand in tests/core/planIst/seed004.test.ts.
 * The first page is kept as docs/screenshots/plan-ist-druck.png (npm run screenshots).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findeSoffice } from "../../src/cli/libreoffice";
import { kodiereSzenarioDatei } from "../../src/scenario/szenarioDatei";
import { bildschirmfotoOrdner } from "../helpers/ausgaben";
import { SEED004_IST_CSV, SEED004_OPTIONEN, seed004Stand, seed004Szenario } from "../helpers/planIstSeed004";
import { programm, starteCli } from "./hilfen";

// Starts LibreOffice: a limit against a hang, not a speed test.
jest.setTimeout(300_000);

let ordner: string;
beforeAll(() => {
  if (!findeSoffice()) throw new Error("LibreOffice (soffice) fehlt: apt-get install libreoffice-calc-nogui");
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-plan-ist-lo-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

test("Plan-Ist prints on A4 landscape with LibreOffice's own results: the hand-computed figures", async () => {
  const szenarien = path.join(ordner, "szenarien.json");
  writeFileSync(szenarien, kodiereSzenarioDatei([seed004Szenario()], SEED004_OPTIONEN, [seed004Stand()]));
  const ist = path.join(ordner, "ist-2013.csv");
  writeFileSync(ist, Buffer.from(SEED004_IST_CSV, "latin1"));
  const xlsx = path.join(ordner, "plan-ist.xlsx");
  const lauf = await starteCli([
    "export",
    "--szenarien",
    szenarien,
    "--stand",
    "Kreistag 18.12.2012",
    "--ist",
    ist,
    "--out",
    xlsx,
    "--datum",
    "2013-11-15",
    "--pdf",
  ]);
  expect(lauf.code).toBe(0);
  const pdf = path.join(ordner, "plan-ist.pdf");
  const info = programm("pdfinfo", [pdf]);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const seiten = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const texte = Array.from({ length: seiten }, (_, i) =>
    programm("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]),
  );
  const erste = texte.findIndex((t) => t.includes("Übersicht 2013"));
  expect(erste).toBeGreaterThanOrEqual(0);
  const seite = texte[erste];
  expect(seite).toContain("Plan-Ist 2013: Stand „Kreistag 18.12.2012“ vom 18.12.2012 gegen Ist-Kosten");
  expect(seite).toContain("Annahme (Voreinstellung des Programms)");
  // Personnel: plan 189.000, to October 157.500, actual 29.901, forecast 61.401; all costs forecast 101.487,96;
  // refund planned 168.000 and 140.000,01, due 26.333,33, forecast 54.333,34.
  for (const betrag of ["189.000,00 €", "157.500,00 €", "29.901,00 €", "61.401,00 €", "101.487,96 €"])
    expect(seite).toContain(betrag);
  for (const betrag of ["168.000,00 €", "140.000,01 €", "26.333,33 €", "54.333,34 €"]) expect(seite).toContain(betrag);
  expect(seite).toContain("Plan und Ist je Monat 2013");
  expect(seite).toMatch(/Seite \d von \d/);

  const png = path.join(bildschirmfotoOrdner(), "plan-ist-druck");
  const nummer = String(erste + 1);
  programm("pdftoppm", ["-png", "-r", "110", "-f", nummer, "-l", nummer, "-singlefile", pdf, png]);
  expect(programm("file", [`${png}.png`])).toMatch(/PNG image data, 128\d x 9\d\d/);
});
