/**
 * The built command line end to end, started as `npx ki-kostenplaner` starts it: node running
 * bin/ki-kostenplaner.js, which runs the webpack build in dist-cli/.
 */
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { VORLAGEN_SAETZE } from "../../src/scenario/vorlagen";
import { alleFormeln, leseMappe, starteCli, wertDesNamens } from "./hilfen";

// Starts CLI processes: a limit against a hang, not a speed test (the suite must pass on a busy machine).
jest.setTimeout(300_000);

const BUDGET = 60_000;
let ordner: string;

beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-export-cli-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

test(
  "export --preset rhein-sieg-2013 schreibt die Arbeitsmappe mit Druckeinrichtung",
  async () => {
    const ziel = path.join(ordner, "kostenvergleich.xlsx");
    const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--datum", "2013-02-04"]);
    expect(lauf.code).toBe(0);
    expect(lauf.stdout).toContain(`Arbeitsmappe geschrieben: ${ziel}`);
    expect(lauf.stderr).not.toContain("Nicht enthalten");

    const mappe = await leseMappe(ziel);
    expect(mappe.worksheets.map((w) => w.name)).toEqual(["Kostenvergleich", "Annahmen"]);
    expect(wertDesNamens(mappe, "KI_Eigenanteil_2")).toBe(183094);
    expect(alleFormeln(mappe).filter((f) => /\bKI\./i.test(f.formel))).toEqual([]);
    const ws = mappe.getWorksheet("Kostenvergleich")!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("1:4");
    expect(ws.headerFooter.oddHeader).toContain("Stand 04.02.2013");
    expect(ws.headerFooter.oddFooter).toContain("Seite &P von &N");
  },
  BUDGET,
);

test(
  "--docx schreibt den Text für die Vorlage als Word-Datei neben die .xlsx-Datei",
  async () => {
    const ziel = path.join(ordner, "vorlage.xlsx");
    const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--docx"]);
    const docx = path.join(ordner, "vorlage.docx");
    expect(lauf.code).toBe(0);
    expect(lauf.stdout).toContain(`Word-Datei geschrieben: ${docx}`);
    const dokument = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))["word/document.xml"]);
    for (const betrag of ["102.316 €", "353.094 €", "170.000 €", "183.094 €", "+80.778 €"])
      expect(dokument).toContain(betrag);
  },
  BUDGET,
);

test(
  "jede Vorlage lässt sich exportieren, mit Mehrjahresplanung und Umlage",
  async () => {
    for (const { id } of VORLAGEN_SAETZE) {
      const ziel = path.join(ordner, `${id}.xlsx`);
      // A kreisfreie Stadt levies no Kreisumlage (refused with exit code 2, see exitcodes.bundle.test.ts).
      const umlage = id === "stadt-2017" ? [] : ["--umlage", "rhein-sieg"];
      const lauf = await starteCli([
        "export",
        "--preset",
        id,
        "--out",
        ziel,
        "--mehrjahr",
        "2017-2019",
        "--personalkostensteigerung",
        "2,5",
        ...umlage,
      ]);
      expect([id, lauf.code, lauf.stderr.replace(/^Hinweis:.*\n/gm, "")]).toEqual([id, 0, ""]);
      const blaetter = (await leseMappe(ziel)).worksheets.map((w) => w.name);
      expect(blaetter).toEqual(expect.arrayContaining(["Kostenvergleich", "Annahmen", "Mehrjahresplanung"]));
    }
  },
  BUDGET,
);

test(
  "Planjahre ab 2020 brauchen ein ausdrücklich gewähltes Regelwerk (--regelwerk); ohne es Exit 2 mit deutscher Meldung",
  async () => {
    const ziel = path.join(ordner, "ab2020.xlsx");
    const aufruf = ["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--mehrjahr", "2013-2022"];
    const ohne = await starteCli(aufruf);
    expect(ohne.code).toBe(2);
    expect(ohne.stderr).toContain("Für 2020 ist nicht belegt, welches Förderregelwerk gilt");
    const mit = await starteCli([...aufruf, "--regelwerk", "NRW-2020"]);
    expect([mit.code, mit.stderr.replace(/^Hinweis:.*\n/gm, "")]).toEqual([0, ""]);
    const blaetter = (await leseMappe(ziel)).worksheets.map((w) => w.name);
    expect(blaetter).toContain("Mehrjahresplanung");
    const falsch = await starteCli([...aufruf, "--regelwerk", "NRW-1999", "--ueberschreiben"]);
    expect([falsch.code, falsch.stderr]).toEqual([
      2,
      expect.stringContaining("Unbekanntes Förderregelwerk „NRW-1999“"),
    ]);
  },
  BUDGET,
);

test(
  "Umlagegrundlagen aus einer CSV-Datei landen im Blatt „Umlage“",
  async () => {
    const csv = path.join(ordner, "grundlagen.csv");
    writeFileSync(csv, 'Gemeinde;Umlagegrundlage\nTroisdorf;100.000.000\n=HYPERLINK("x");300.000.000\n');
    const ziel = path.join(ordner, "umlage.xlsx");
    const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--umlage", csv]);
    expect(lauf.code).toBe(0);
    const umlage = (await leseMappe(ziel)).getWorksheet("Umlage")!;
    const texte: unknown[] = [];
    umlage.eachRow((z) => z.eachCell((c) => texte.push(c.value)));
    expect(texte).toContain("Troisdorf");
    // A name that looks like a formula stays text.
    expect(texte).toContain('=HYPERLINK("x")');
    expect(texte).toContain(100000000);
  },
  BUDGET,
);

test(
  "--modus ki: Exit-Code 2, deutsche Meldung mit Verweis auf den Aufgabenbereich, keine Datei",
  async () => {
    const ziel = path.join(ordner, "ki.xlsx");
    const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--modus", "ki"]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toBe(
      "Fehler: Der Formelmodus „ki“ ist in der Befehlszeile nicht verfügbar: Excel berechnet KI.*-Formeln nur, " +
        "wenn das Add-in sie selbst eingefügt hat. Bitte im Aufgabenbereich „In Arbeitsmappe einfügen“ verwenden.\n",
    );
    expect(lauf.stdout).toBe("");
    expect(existsSync(ziel)).toBe(false);
  },
  BUDGET,
);

test(
  "unbekannte Vorlage: Exit-Code 2, deutsche Meldung mit den verfügbaren Vorlagen, keine Datei",
  async () => {
    const ziel = path.join(ordner, "nichts.xlsx");
    const lauf = await starteCli(["export", "--preset", "koeln-2099", "--out", ziel]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toBe(
      `Fehler: Unbekannte Vorlage „koeln-2099“. Verfügbar sind: ${VORLAGEN_SAETZE.map((s) => s.id).join(", ")}.\n`,
    );
    expect(lauf.stdout).toBe("");
    expect(existsSync(ziel)).toBe(false);
  },
  BUDGET,
);

test(
  "unbekannte Option und fehlender Ordner: Exit-Code ≠ 0, deutsche Meldung, kein Stacktrace",
  async () => {
    const option = await starteCli(["export", "--preset", "rhein-sieg-2013", "--ausgabe", "x.xlsx"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      "Fehler: Unbekannte Option „--ausgabe“. Die möglichen Optionen zeigt: ki-kostenplaner export --help\n",
    );
    const ordnerFehlt = await starteCli([
      "export",
      "--preset",
      "rhein-sieg-2013",
      "--out",
      path.join(ordner, "fehlt", "k.xlsx"),
    ]);
    expect(ordnerFehlt.code).not.toBe(0);
    expect(ordnerFehlt.stderr).toMatch(/^Fehler: Der Ordner für „.*k\.xlsx“ existiert nicht\.\n$/);
  },
  BUDGET,
);

test(
  "--pdf ohne LibreOffice: die Arbeitsmappe entsteht, die fehlende PDF wird erklärt, Exit-Code 2 (fehlende Voraussetzung)",
  async () => {
    const ziel = path.join(ordner, "ohne-lo.xlsx");
    const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--pdf"], undefined, {
      KI_SOFFICE: path.join(ordner, "kein-soffice"),
    });
    expect(lauf.code).toBe(2);
    expect(existsSync(ziel)).toBe(true);
    expect(lauf.stderr).toContain("Die PDF-Datei wurde nicht erzeugt. LibreOffice wurde nicht gefunden");
    expect(lauf.stderr).toContain("apt-get install libreoffice-calc-nogui");
  },
  BUDGET,
);

test(
  "Hilfe und Vorlagenliste auf Deutsch",
  async () => {
    const hilfe = await starteCli(["export", "--help"]);
    expect(hilfe.code).toBe(0);
    expect(hilfe.stdout).toContain("ki-kostenplaner export --preset <Vorlage> --out <Datei.xlsx> [Optionen]");
    expect(hilfe.stdout).toContain("--pdf");
    const vorlagen = await starteCli(["vorlagen"]);
    expect(vorlagen.code).toBe(0);
    for (const s of VORLAGEN_SAETZE) expect(vorlagen.stdout).toContain(`${s.id}`);
    const leer = await starteCli([]);
    expect(leer.code).toBe(0);
    expect(leer.stdout).toContain("Aufruf:");
  },
  BUDGET,
);
