import { AufrufFehler, zerlegeAufruf } from "../../src/cli/argumente";
import { EINGABEJAHR_MIN, MAX_PLANJAHRE } from "../../src/core/grenzen";
import { zerlegeUmlageCsv } from "../../src/cli/umlageDatei";

const HEUTE = new Date(2024, 5, 1);
const aufruf = (...argv: string[]) => zerlegeAufruf(argv, HEUTE);

describe("Aufruf der Befehlszeile", () => {
  test("Standard: nativer Formelmodus, heutiges Datum, keine Zusatzblätter", () => {
    expect(aufruf("export", "--preset", "rhein-sieg-2013", "--out", "k.xlsx")).toEqual({
      befehl: "export",
      vorlagensatz: "rhein-sieg-2013",
      szenarienDatei: null,
      ausgabe: "k.xlsx",
      ueberschreiben: false,
      modus: "nativ",
      datum: HEUTE,
      pdf: false,
      docx: false,
      mehrjahr: null,
      umlage: null,
      regelwerk: null,
      planIst: null,
    });
  });

  test("alle Optionen, auch in der Form --name=wert", () => {
    const a = aufruf(
      "export",
      "--preset=rhein-sieg-2013",
      "--out",
      "k.xlsx",
      "--modus",
      "nativ",
      "--vorlage-nr",
      "DS-Nr. 2013/728",
      "--datum",
      "04.02.2013",
      "--pdf",
      "--docx",
      "--mehrjahr",
      "2013-2030",
      "--personalkostensteigerung",
      "2,5",
      "--zinssatz=3 %",
      "--umlage",
      "rhein-sieg",
      "--regelwerk",
      "nrw-2020",
      "--ueberschreiben",
    );
    expect(a).toEqual({
      befehl: "export",
      vorlagensatz: "rhein-sieg-2013",
      szenarienDatei: null,
      ausgabe: "k.xlsx",
      ueberschreiben: true,
      modus: "nativ",
      vorlageNr: "DS-Nr. 2013/728",
      datum: new Date(2013, 1, 4),
      pdf: true,
      docx: true,
      mehrjahr: { vonJahr: 2013, bisJahr: 2030, personalSteigerung: 0.025, sachSteigerung: 0, zinssatz: 0.03 },
      umlage: "rhein-sieg",
      regelwerk: "NRW-2020",
      planIst: null,
    });
  });

  test("--szenarien statt --preset; --force ist --ueberschreiben", () => {
    expect(aufruf("export", "--szenarien", "meine.json", "--out", "k.xlsx", "--force")).toMatchObject({
      vorlagensatz: null,
      szenarienDatei: "meine.json",
      ueberschreiben: true,
    });
  });

  test("Hilfe, Vorlagenliste und Version", () => {
    expect(aufruf()).toEqual({ befehl: "hilfe", thema: "allgemein" });
    expect(aufruf("--help")).toEqual({ befehl: "hilfe", thema: "allgemein" });
    expect(aufruf("export", "--help")).toEqual({ befehl: "hilfe", thema: "export" });
    expect(aufruf("export", "--preset", "x", "-h")).toEqual({ befehl: "hilfe", thema: "export" });
    expect(aufruf("vorlagen")).toEqual({ befehl: "vorlagen" });
    expect(aufruf("--version")).toEqual({ befehl: "version" });
  });

  test.each([
    [["exportieren"], "Unbekannter Befehl „exportieren“"],
    [["--preset", "rhein-sieg-2013"], "Zuerst den Befehl angeben"],
    [["export", "--out", "k.xlsx"], "Bitte mit --preset eine Vorlage"],
    [["export", "--preset", "p", "--szenarien", "s.json", "--out", "k.xlsx"], "entweder --preset oder --szenarien"],
    [["export", "--ueberschreiben=ja"], "Die Option --ueberschreiben erwartet keinen Wert"],
    [["export", "--preset", "rhein-sieg-2013"], "Bitte mit --out die Zieldatei angeben"],
    [["export", "--preset", "rhein-sieg-2013", "--out", "k.pdf"], "muss auf „.xlsx“ enden"],
    [["export", "--preset"], "Die Option --preset braucht einen Wert"],
    [["export", "--preset", "--out", "k.xlsx"], "Die Option --preset braucht einen Wert"],
    [["export", "--format", "pdf"], "Unbekannte Option „--format“"],
    [["export", "--pdf=ja"], "Die Option --pdf erwartet keinen Wert"],
    [["export", "--preset", "a", "--preset", "b"], "mehrfach angegeben"],
    [["export", "rhein-sieg-2013"], "Unerwartete Angabe „rhein-sieg-2013“"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--modus", "excel"], "Unbekannter Formelmodus „excel“"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--modus", "ki"], "im Aufgabenbereich „In Arbeitsmappe einfügen“"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--vorlage-nr", "x".repeat(81)], "höchstens 80"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--datum", "2013-02-30"], "Ungültiges Datum „2013-02-30“"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--datum", "morgen"], "Ungültiges Datum"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--mehrjahr", "2030-2013"], "Endjahr vor dem Anfangsjahr"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--mehrjahr", "2013"], "Ungültiger Zeitraum"],
    [["export", "--preset", "p", "--out", "k.xlsx", "--mehrjahr", "1990-2013"], `zwischen ${EINGABEJAHR_MIN} und`],
    [
      ["export", "--preset", "p", "--out", "k.xlsx", "--mehrjahr", `2000-${2000 + MAX_PLANJAHRE}`],
      `höchstens ${MAX_PLANJAHRE} Planjahre`,
    ],
    [["export", "--preset", "p", "--out", "k.xlsx", "--zinssatz", "3"], "nur zusammen mit --mehrjahr"],
    [
      ["export", "--preset", "p", "--out", "k.xlsx", "--mehrjahr", "2013-2014", "--zinssatz", "drei"],
      "Ungültiger Prozentsatz „drei“",
    ],
    [["export", "--preset", "p", "--out", "k.xlsx", "--vorlage-nr", "  "], "Vorlagennummer (--vorlage-nr) ist leer"],
  ])("%j → deutsche Fehlermeldung", (argv, meldung) => {
    expect(() => aufruf(...argv)).toThrow(AufrufFehler);
    expect(() => aufruf(...argv)).toThrow(meldung);
  });
});

describe("Umlagegrundlagen aus einer CSV-Datei", () => {
  test("wie Excel sie speichert: Semikolon, Dezimalkomma, Kopfzeile, Byte-Order-Mark, leere Grundlage", () => {
    const csv =
      "\uFEFFGemeinde;Umlagegrundlage;Minderbelastung\r\nTroisdorf;123.456.789,50;25 %\r\nSiegburg;98765432\r\nMuch;\r\n";
    expect(zerlegeUmlageCsv(csv, "u.csv")).toEqual({
      mitglieder: [
        { name: "Troisdorf", grundlage: 123456789.5, minderbelastung: 0.25 },
        { name: "Siegburg", grundlage: 98765432, minderbelastung: 0 },
        { name: "Much", grundlage: null, minderbelastung: 0 },
      ],
    });
  });

  test("Namen wie =HYPERLINK(…) bleiben Namen", () => {
    expect(zerlegeUmlageCsv('=HYPERLINK("x");100', "u.csv").mitglieder[0].name).toBe('=HYPERLINK("x")');
  });

  test.each([
    ["Gemeinde;Umlagegrundlage\nTroisdorf;viel", "u.csv, Zeile 2: „viel“ ist keine gültige Umlagegrundlage"],
    ["Troisdorf;-5", "u.csv, Zeile 1: „-5“ ist keine gültige Umlagegrundlage"],
    ["Troisdorf;5;150", "Minderbelastung „150“ muss ein Prozentsatz von 0 bis 100 sein"],
    ["Troisdorf;5\nTroisdorf;6", "„Troisdorf“ steht doppelt"],
    [";5", "der Name der Gemeinde fehlt"],
    ["a;1;2;3", "zu viele Spalten"],
    ["\n\n", "enthält keine Gemeinden"],
  ])("%j → Fehler", (csv, meldung) => {
    expect(() => zerlegeUmlageCsv(csv, "u.csv")).toThrow(meldung);
  });
});

describe("Sätze in Prozent", () => {
  const mehrjahr = (satz: string) =>
    aufruf("export", "--preset", "p", "--out", "k.xlsx", "--mehrjahr", "2013-2015", "--personalkostensteigerung", satz);

  test.each([
    ["2,5", 0.025],
    ["2.5", 0.025],
    ["2,5%", 0.025],
    ["2,5 %", 0.025],
    ["-1", -0.01],
    ["100", 1],
  ])("%s → %d", (satz, anteil) => {
    const a = mehrjahr(satz);
    expect(a.befehl === "export" && a.mehrjahr?.personalSteigerung).toBe(anteil);
  });

  test.each(["200", "-100", "150 %"])("%s wird als unplausibel abgelehnt und erklärt die Form", (satz) => {
    expect(() => mehrjahr(satz)).toThrow(AufrufFehler);
    expect(() => mehrjahr(satz)).toThrow(/% im Jahr ist unplausibel\. Der Satz wird in Prozent angegeben/);
  });
});
