/**
 * `export --szenarien DATEI` (issue 25, item 6): the user's own scenarios and Stände, saved by the pane
 * as a file, through the built command line: the numbers of the user's scenarios (not the preset's), the
 * options from the file, the Stand sheets, and every refusal with the workbook's own German message.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import os from "node:os";
import path from "node:path";
import { berechneSzenario } from "../../src/scenario/berechnung";
import type { Szenario } from "../../src/scenario/modell";
import { HINWEIS_ERHALTEN, leseSpeicherstand, type GespeicherteOptionen } from "../../src/scenario/speicherformat";
import { erstelleStand, type Stand } from "../../src/scenario/staende";
import { kodiereSzenarioDatei } from "../../src/scenario/szenarioDatei";
import { erzeugeVorlagenSatz } from "../../src/scenario/vorlagen";
import { ergebniszeilen, regelwerkVermerke } from "../../src/workbook";
import { leseMappe, starteCli, umlageZeilen, wertDesNamens, type Lauf } from "./hilfen";

const BUDGET = 60_000;
let ordner: string;
let nr = 0;

beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-szenarien-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

const OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "DS-Nr. 2013/728",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: true,
  umlage: [
    { id: "gm-1", name: "Alfter", grundlage: 1_500_000, minderbelastung: 0 },
    { id: "gm-2", name: "Much", grundlage: 500_000, minderbelastung: 0 },
  ],
};

/** The preset with the user's own changes: renamed, and the KI with 20.000 € more Projektmittel. */
function eigeneSzenarien(): Szenario[] {
  const s = erzeugeVorlagenSatz("rhein-sieg-2013");
  s[1] = { ...s[1], name: "KI nach Haushaltsberatung", projektmittel: s[1].projektmittel + 20_000 };
  return s;
}

function stand(id: string, bezeichnung: string, datum: string, szenarien: Szenario[]): Stand {
  const o = { mehrjahr: null, umlage: { mitglieder: OPTIONEN.umlage } };
  return erstelleStand(
    {
      id,
      bezeichnung,
      datum,
      szenarien,
      optionen: OPTIONEN,
      regelwerke: regelwerkVermerke(szenarien),
      ergebnisse: ergebniszeilen(szenarien, o),
    },
    new Date(`${datum}T10:00:00Z`),
  );
}

function datei(inhalt: string | Uint8Array): string {
  const p = path.join(ordner, `s${++nr}.json`);
  writeFileSync(p, inhalt);
  return p;
}

async function exportiere(quelle: string, ...weitere: string[]): Promise<{ lauf: Lauf; ziel: string }> {
  const ziel = path.join(ordner, `k${++nr}.xlsx`);
  const lauf = await starteCli(["export", "--szenarien", quelle, "--out", ziel, "--datum", "2013-12-09", ...weitere]);
  return { lauf, ziel };
}

test(
  "die eigenen Szenarien, Optionen und Stände werden exportiert – mit den Zahlen des Nutzers",
  async () => {
    const szenarien = eigeneSzenarien();
    const vorlage = erzeugeVorlagenSatz("rhein-sieg-2013");
    const staende = [
      stand("stand-a", "Entwurf 04.02.2013", "2013-02-04", vorlage),
      stand("stand-b", "Kreisausschuss 09.12.2013", "2013-12-09", szenarien),
    ];
    const quelle = datei(kodiereSzenarioDatei(szenarien, OPTIONEN, staende, new Date("2013-12-10T08:00:00Z")));
    const { lauf, ziel } = await exportiere(quelle);
    expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
    const mappe = await leseMappe(ziel);
    expect(mappe.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Kostenvergleich", "Annahmen", "Umlage", "Vergleich mit Stand", "Änderungsprotokoll"]),
    );
    const eigenanteile = szenarien.map((s) => berechneSzenario(s).aufstellung.eigenanteil / 100);
    expect(eigenanteile[0]).toBe(102316);
    expect(eigenanteile[1]).not.toBe(183094); // the user's change, not the preset
    expect([wertDesNamens(mappe, "KI_Eigenanteil_1"), wertDesNamens(mappe, "KI_Eigenanteil_2")]).toEqual(eigenanteile);
    // The Umlage from the file: the extra cost split 3 : 1 between Alfter and Much.
    const mehr = eigenanteile[1] - eigenanteile[0];
    expect(umlageZeilen(mappe).map((z) => [z.name, z.grundlage, z.belastung])).toEqual([
      ["Alfter", 1_500_000, mehr * 0.75],
      ["Much", 500_000, mehr * 0.25],
    ]);
    // The Vorlage-Nr. from the file is in the header.
    expect(mappe.getWorksheet("Kostenvergleich")!.headerFooter.oddHeader).toContain("2013/728");
  },
  BUDGET,
);

test(
  "Optionen der Befehlszeile gehen der Datei vor: --umlage rhein-sieg statt der gespeicherten Gemeinden",
  async () => {
    const quelle = datei(kodiereSzenarioDatei(eigeneSzenarien(), OPTIONEN, []));
    const { lauf, ziel } = await exportiere(quelle, "--umlage", "rhein-sieg", "--vorlage-nr", "2014/1");
    expect(lauf.code).toBe(0);
    const mappe = await leseMappe(ziel);
    expect(umlageZeilen(mappe)).toHaveLength(19);
    expect(mappe.worksheets.map((w) => w.name)).not.toContain("Vergleich mit Stand");
  },
  BUDGET,
);

test(
  "--docx nimmt die Angaben der Kämmerei aus der Datei: Haushaltsjahr und Deckungsvorschlag stehen im Text",
  async () => {
    const angaben = { haushaltsjahr: "2014", deckungsvorschlag: "Minderausgaben im Produkt 05.01.01" };
    const quelle = datei(kodiereSzenarioDatei(eigeneSzenarien(), { ...OPTIONEN, vorlagenAngaben: angaben }, []));
    const { lauf, ziel } = await exportiere(quelle, "--docx");
    expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
    const docx = unzipSync(readFileSync(ziel.replace(/\.xlsx$/, ".docx")));
    const text = strFromU8(docx["word/document.xml"]).replace(/<[^>]+>/g, " ");
    expect(text).toContain("2014");
    expect(text).toContain("Minderausgaben im Produkt 05.01.01");
    expect(text).toContain("Deckungsvorschlag");
    // An empty field is left out, not printed blank.
    expect(text).not.toContain("Beschlussvorschlag");
  },
  BUDGET,
);

/** The file as the pane writes it, changed by `aendern` (parsed JSON). */
function veraendert(aendern: (json: Record<string, any>) => void): string {
  const json = JSON.parse(
    kodiereSzenarioDatei(eigeneSzenarien(), OPTIONEN, [stand("s", "Entwurf", "2013-02-04", eigeneSzenarien())]),
  );
  aendern(json);
  return JSON.stringify(json);
}

/** What the workbook says about the same saved state, without its sentence about the workbook. */
function meldungDerArbeitsmappe(zustand: unknown): string {
  const r = leseSpeicherstand(zustand);
  if (r.ok) throw new Error("erwartet unlesbar");
  return r.meldung.replace(HINWEIS_ERHALTEN, "").trim();
}

test.each<[string, () => string, (quelle: string) => string]>([
  [
    "abgeschnittenes JSON",
    () => veraendert(() => undefined).slice(0, 500),
    () => "Die Datei ist kein vollständiges JSON (abgeschnitten oder von einem anderen Programm?).",
  ],
  [
    "Feld einer neueren Version im Szenario",
    () => veraendert((j) => (j.zustand.szenarien[0].neuesFeld = 1)),
    (q) => meldungDerArbeitsmappe(JSON.parse(q).zustand),
  ],
  [
    "doppelte Szenario-Kennung",
    () => veraendert((j) => (j.zustand.szenarien[1].id = j.zustand.szenarien[0].id)),
    (q) => meldungDerArbeitsmappe(JSON.parse(q).zustand),
  ],
  [
    "Speicherstand einer neueren Version",
    () => veraendert((j) => (j.zustand.version = 2)),
    (q) => meldungDerArbeitsmappe(JSON.parse(q).zustand),
  ],
  [
    "Datei einer neueren Version",
    () => veraendert((j) => (j.version = 2)),
    () =>
      "Die Datei wurde mit einer neueren Version des KI-Kostenplaners gespeichert (Format 2); diese Version liest nur Format 1.",
  ],
  [
    "beschädigter Stand",
    () => veraendert((j) => (j.staende[0].bezeichnung = " ")),
    () => "staende[0]: Der Stand ist beschädigt: eine Bezeichnung eingeben (z. B. „Kreisausschuss 09.12.2013“).",
  ],
  [
    "keine Datei des KI-Kostenplaners",
    () => '{"name":"etwas anderes"}',
    () => "Die Datei stammt nicht vom KI-Kostenplaner (Kennung „ki-kostenplaner-szenarien“ fehlt).",
  ],
  [
    "ungültige Eingabe im Szenario (wie im Aufgabenbereich)",
    () => veraendert((j) => (j.zustand.szenarien[0].jahr = 1900)),
    () => "Szenario „Derzeitige Struktur“: Bitte ein Jahr zwischen 2000 und 2100 angeben.",
  ],
])(
  "%s: Exit 2 mit der deutschen Meldung",
  async (_, inhalt, meldung) => {
    const text = inhalt();
    const quelle = datei(text);
    const { lauf } = await exportiere(quelle);
    expect(lauf.code).toBe(2);
    const erwartet = meldung(text);
    expect(lauf.stderr).toBe(
      erwartet.startsWith("Szenario")
        ? `Fehler: --szenarien: „${quelle}“, ${erwartet}\n`
        : `Fehler: --szenarien: „${quelle}“: ${erwartet}\n`,
    );
  },
  BUDGET,
);
