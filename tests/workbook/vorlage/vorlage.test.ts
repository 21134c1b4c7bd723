/**
 * The Word section for the Vorlage: its text (read back from the .docx bytes) holds the same
 * figures as the workbook plan for every preset, and it uses A4 and Word's own styles.
 */
import { strFromU8, unzipSync } from "fflate";
import { ZEILEN, euroZuCent } from "../../../src/core";
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
import { tabellenformat } from "../../../src/workbook/vorlage/inhalt";
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
  expect(text).toContain("„KIZ“ belastet den Kreis jährlich um 80.778 € mehr als „Derzeitige Struktur“.");
  expect(text).toContain(
    "Beim Kreis verbleibt ein jährlicher Eigenanteil von 102.316 € bei „Derzeitige Struktur“ und 183.094 € bei „KIZ“.",
  );
  expect(text).toContain("Mehrjährige Betrachtung 2014–2018");
  expect(text).toContain("Barwert auf 2014");
});

test.each(VORLAGEN_SAETZE.map((s) => s.id))(
  "Vorlagensatz %s: jede Zahl der Kostentabelle wie im Arbeitsmappenplan",
  async (id) => {
    const szenarien = erzeugeVorlagenSatz(id);
    const plan = baueArbeitsmappe(szenarien, OPTIONEN);
    const bezuege = berechneBezuege(szenarien);
    const { text } = await docxTeile(szenarien);
    // One amount format per table: cents everywhere once any amount of the scenarios has cents.
    const f = tabellenformat(
      bezuege.szenarien.flatMap((s) => ZEILEN.map((z) => euroZuCent(wertImPlan(plan, s.kosten[z.schluessel])))),
    );
    for (const { schluessel, label } of ZEILEN) {
      const erwartet = bezuege.szenarien.map((s) => f.betrag(euroZuCent(wertImPlan(plan, s.kosten[schluessel]))));
      const differenzen = bezuege.differenzen.map((d) => f.differenz(euroZuCent(wertImPlan(plan, d[schluessel]))));
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
  // One amount format for the whole table: the burdens have cents, so every amount shows them.
  expect(mit.text).toContain("Alfter 100.000.000,00 € 20.194,50 €");
  expect(mit.text).toContain("Bornheim 300.000.000,00 € 60.583,50 €");
  expect(mit.text).toContain("Summe 400.000.000,00 € 80.778,00 €");
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

describe("Sprache und Form der Vorlage", () => {
  const alle = () =>
    VORLAGEN_SAETZE.map((satz) => {
      const szenarien = erzeugeVorlagenSatz(satz.id);
      const umlage = {
        mitglieder: [
          { name: "Alfter", grundlage: 23_456_789, minderbelastung: 0 },
          { name: "Bornheim", grundlage: 45_678_901.23, minderbelastung: 0.1 },
        ],
      };
      return baueVorlagenInhalt(szenarien, { ...OPTIONEN, umlage });
    });

  test("no brackets inside brackets, in any sentence of any preset", () => {
    for (const inhalt of alle()) {
      const texte = inhalt.bloecke.flatMap((b) =>
        b.art === "absatz" || b.art === "ueberschrift" ? [b.text] : b.art === "aufzaehlung" ? b.punkte : [],
      );
      for (const t of texte) {
        let tiefe = 0;
        let max = 0;
        for (const z of t) {
          if (z === "(") max = Math.max(max, ++tiefe);
          if (z === ")") tiefe--;
        }
        expect({ t, max }).toEqual({ t, max: Math.min(max, 1) });
      }
    }
  });

  test("one amount format per table: either every amount has cents or none has", () => {
    for (const inhalt of alle()) {
      for (const b of inhalt.bloecke) {
        if (b.art !== "tabelle") continue;
        const betraege = b.zeilen.flatMap((z) => z.zellen.filter((c) => / €$/.test(c)));
        const mitCent = betraege.filter((c) => /,\d\d €$/.test(c));
        expect([0, betraege.length]).toContain(mitCent.length);
      }
    }
  });

  test("number agreement: 1 Büro, 1 IT-Arbeitsplatz", () => {
    const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
    szenarien[0].arbeitsplaetze = 1;
    const text = vorlageAlsText(baueVorlagenInhalt(szenarien, OPTIONEN));
    expect(text).toContain("1 IT-Arbeitsplatz à 2.268 €; 1 Büro à 5.040 €");
    expect(text).toContain("4 Büros à 5.040 €");
    expect(text).not.toMatch(/\b1 Büros|\b1 IT-Arbeitsplätze/);
  });

  test("the Kämmerei's fields appear when filled and are left out when empty", () => {
    const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
    const leer = vorlageAlsText(baueVorlagenInhalt(szenarien, OPTIONEN, { haushaltsjahr: " ", produkt: "" }));
    for (const feld of ["Haushaltsjahr\t", "Produkt/Kostenstelle", "Deckungsvorschlag", "Beschlussvorschlag"])
      expect(leer).not.toContain(feld);
    expect(leer).toContain("Übersicht\n\nJährliche Aufwendungen „KIZ“\t353.094 €");
    expect(leer).toContain("Jährliche Erträge (Landeserstattung)\t170.000 €");
    expect(leer).toContain("Jährlicher Eigenanteil des Kreises\t183.094 €");
    expect(leer).toContain("Mehrbelastung gegenüber „Derzeitige Struktur“\t80.778 €");
    const voll = vorlageAlsText(
      baueVorlagenInhalt(szenarien, OPTIONEN, {
        haushaltsjahr: "2014",
        produkt: "05.01.01 Integration",
        deckungsvorschlag: "Mehraufwand im Produkt 05.01.01, gedeckt durch Minderaufwand im Produkt 05.02.01.",
        beschlussvorschlag: "Der Kreistag beschließt die Einrichtung eines Kommunalen Integrationszentrums.",
      }),
    );
    expect(voll).toContain("Beschlussvorschlag\n\nDer Kreistag beschließt die Einrichtung");
    expect(voll).toContain("Haushaltsjahr\t2014\nProdukt/Kostenstelle\t05.01.01 Integration\n");
    expect(voll).toContain("Deckungsvorschlag\tMehraufwand im Produkt 05.01.01");
  });
});
