/**
 * The Word section for the Vorlage: its text (read back from the .docx bytes) holds the same
 * figures as the workbook plan for every preset, and it uses A4 and Word's own styles.
 */
import { strFromU8, unzipSync } from "fflate";
import { ZEILEN, euroZuCent, formatEuro } from "../../../src/core";
import { rheinSiegUmlage } from "../../../src/cli/umlageDatei";
import { VORLAGEN_SAETZE, erzeugeVorlagenSatz } from "../../../src/scenario/vorlagen";
import {
  type ArbeitsmappenOptionen,
  type ArbeitsmappenPlan,
  baueArbeitsmappe,
  berechneBezuege,
} from "../../../src/workbook";
import { spaltenIndex } from "../../../src/workbook/adressen";
import { baueVorlagenInhalt, vorlageAlsText } from "../../../src/workbook/vorlage";
import { schreibeVorlageDocx } from "../../../src/workbook/vorlage/docx";

const OPTIONEN: ArbeitsmappenOptionen = {
  modus: "nativ",
  datum: new Date(2013, 1, 4),
  vorlageNr: "DS-Nr. 2013/728",
  mehrjahr: { vonJahr: 2014, bisJahr: 2018, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 },
  umlage: null,
};

async function docxTeile(szenarien = erzeugeVorlagenSatz("rhein-sieg-2013"), optionen = OPTIONEN) {
  const teile = unzipSync(await schreibeVorlageDocx(baueVorlagenInhalt(szenarien, optionen)));
  const dokument = strFromU8(teile["word/document.xml"]);
  // The visible text: every run's text, paragraphs and cells separated by a space.
  const text = dokument
    .replace(/<\/w:p>|<\/w:tc>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { dokument, stile: strFromU8(teile["word/styles.xml"]), text };
}

/** The cached value the plan expects in a cell given as "Sheet!$B$10". */
function wertImPlan(plan: ArbeitsmappenPlan, bezug: string): number {
  const [blatt, adresse] = bezug.replace(/\$/g, "").split("!");
  const [, buchstaben, zeile] = /^([A-Z]+)(\d+)$/.exec(adresse)!;
  const zelle = plan.blaetter.find((b) => b.name === blatt.replace(/'/g, ""))!.zellen[Number(zeile) - 1][
    spaltenIndex(buchstaben)
  ];
  if (zelle && "formel" in zelle && typeof zelle.ergebnis === "number") return zelle.ergebnis;
  if (zelle && "zahl" in zelle) return zelle.zahl;
  throw new Error(`Kein Zahlenwert in ${bezug}`);
}

test("Rhein-Sieg: 102.316 / 353.094 / 170.000 / 183.094 und +80.778 im Text der Word-Datei", async () => {
  const { text } = await docxTeile();
  for (const betrag of ["102.316 €", "353.094 €", "170.000 €", "183.094 €", "+80.778 €"])
    expect(text).toContain(betrag);
  expect(text).toContain("Finanzielle Auswirkungen");
  expect(text).toContain("Vorlage DS-Nr. 2013/728 – Stand: 04.02.2013");
  expect(text).toContain("Sachdarstellung");
  expect(text).toContain("Differenz KIZ – Derzeitige Struktur");
  // The refund names its rule set and source; the Eigenanteil and the multi-year summary follow.
  expect(text).toMatch(
    /KIZ: 170\.000 € je Jahr nach „[^“]+“ \(NRW-2012, Stand: belegt\).*Quelle: Bezirksregierung Arnsberg, Förderseite Kommunale Integrationszentren 2016\/17.*Richtlinie vom 25\.06\.2012/,
  );
  expect(text).toContain("jährliche Mehrbelastung von 80.778 €");
  expect(text).toContain("Mehrjährige Betrachtung 2014–2018");
  expect(text).toContain("Barwert (auf 2014)");
});

test.each(VORLAGEN_SAETZE.map((s) => s.id))(
  "Vorlagensatz %s: jede Zahl der Kostentabelle wie im Arbeitsmappenplan",
  async (id) => {
    const szenarien = erzeugeVorlagenSatz(id);
    const plan = baueArbeitsmappe(szenarien, OPTIONEN);
    const bezuege = berechneBezuege(szenarien);
    const { text } = await docxTeile(szenarien);
    for (const { schluessel, label } of ZEILEN) {
      const erwartet = bezuege.szenarien.map((s) => formatEuro(euroZuCent(wertImPlan(plan, s.kosten[schluessel]))));
      const differenzen = bezuege.differenzen.map((d) => {
        const c = euroZuCent(wertImPlan(plan, d[schluessel]));
        return c > 0 ? `+${formatEuro(c)}` : formatEuro(c);
      });
      // The table row: label, one amount per scenario, then the differences to the first scenario.
      expect(text).toContain(` ${label} ${[...erwartet, ...differenzen].join(" ")} `);
    }
  },
);

test("A4 hoch, Überschriften und Tabellen mit Words eigenen Formatvorlagen", async () => {
  const { dokument, stile } = await docxTeile();
  expect(dokument).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(dokument).toContain('<w:pStyle w:val="Heading1"/>');
  expect(dokument).toContain('<w:pStyle w:val="Heading2"/>');
  expect(dokument).toContain('<w:tblStyle w:val="TableGrid"/>');
  expect(stile).toMatch(/<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"\/>/);
  expect(stile).toMatch(/w:styleId="Heading1"/);
});

test("Kreisumlage: mit Umlagegrundlagen die Belastung je Gemeinde, ohne sie ein Hinweis", async () => {
  const mitglieder = [
    { name: "Alfter", grundlage: 100_000_000, minderbelastung: 0 },
    { name: "Bornheim", grundlage: 300_000_000, minderbelastung: 0 },
  ];
  const mit = await docxTeile(undefined, { ...OPTIONEN, umlage: { mitglieder } });
  // 80.778 € in the ratio 1 : 3.
  expect(mit.text).toContain("Alfter 100.000.000 € 20.194,50 €");
  expect(mit.text).toContain("Bornheim 300.000.000 € 60.583,50 €");
  expect(mit.text).toContain("Summe 400.000.000 € 80.778 €");
  const ohne = await docxTeile(undefined, { ...OPTIONEN, umlage: rheinSiegUmlage() });
  expect(ohne.text).toContain("Die Umlagegrundlagen der Gemeinden sind noch nicht eingetragen");
});

test("der Text zum Kopieren enthält dieselben Abschnitte, Tabellen mit Tabulatoren", () => {
  const text = vorlageAlsText(baueVorlagenInhalt(erzeugeVorlagenSatz("rhein-sieg-2013"), OPTIONEN));
  expect(text.startsWith("FINANZIELLE AUSWIRKUNGEN\n")).toBe(true);
  expect(text).toContain("Jährlicher Kostenanteil\t102.316 €\t183.094 €\t+80.778 €");
  expect(text).toContain("– KIZ: 170.000 € je Jahr nach");
});

test("die Sachdarstellung nennt nur die Stellen des Haushaltsjahres und die Zeiträume der übrigen", () => {
  const szenarien = erzeugeVorlagenSatz("kreis-2017");
  szenarien[1].jahr = 2016;
  const text = vorlageAlsText(baueVorlagenInhalt(szenarien, OPTIONEN));
  const ki = text.split("\n").find((z) => z.includes("KI Kreis ab 2017: Kreis, Haushaltsjahr 2016"));
  expect(ki).toBeDefined();
  // 2016: the base posts only; the Ausbau posts and teachers are named with their first year.
  expect(ki).toContain("Personal: 2 Stellen EG 9b, 1 Stelle EG 9c, 1/2 Stelle EG 6;");
  expect(ki).toContain(
    "nur in einzelnen Jahren: Zusätzliche Fachkraft (Ausbau) ab 2017, Lehrkraft (Ausbau, vom Land abgeordnet) ab 2017",
  );
});
