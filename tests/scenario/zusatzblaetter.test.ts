/**
 * An on/off sheet from the catalogue (src/scenario/zusatzblaetter.ts) travels through every place
 * that offers it: the options, the saved state, the pane's state, the CLI's flag and help, the Word
 * text and the workbook's registration. A test catalogue stands in for a real sheet.
 */
import { zerlegeAufruf } from "../../src/cli/argumente";
import { zusatzblattHilfe } from "../../src/cli/hilfe";
import { erzeugeVorlagenSatz, type Szenario } from "../../src/scenario";
import { arbeitsmappenOptionen, type OptionenWahl } from "../../src/scenario/optionen";
import { kodiereSpeicherstand, leseSpeicherstand } from "../../src/scenario/speicherformat";
import { moeglicheZusatzblaetter, type ZusatzblattEintrag } from "../../src/scenario/zusatzblaetter";
import { kodiereZustand, zustandAusLadeergebnis } from "../../src/taskpane/anbindung";
import { anfangszustand, planerReducer } from "../../src/taskpane/zustand";
import { baueArbeitsmappe, registriereZusatzblatt, zusatzblattGewaehlt } from "../../src/workbook";
import { zusatzblattAbsaetze } from "../../src/workbook/vorlage/inhalt";

const NUR_KREISE = "Nur für Kreise.";
const KATALOG: ZusatzblattEintrag[] = [
  {
    id: "probe",
    blattname: "Probeblatt",
    schalter: "Blatt „Probeblatt“ aufnehmen",
    hilfe: "eine Probe.",
    option: "probeblatt",
    hindernis: (sz) => (sz.some((s) => s.koerperschaft === "kreisfreie Stadt") ? NUR_KREISE : null),
    vorlageAbsatz: "Das Probeblatt zeigt eine Probe.",
  },
];
const DATUM = new Date(2013, 1, 4);
const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
const stadt: Szenario[] = szenarien.map((s) => ({ ...s, koerperschaft: "kreisfreie Stadt" }));
const wahl = (zusatzblaetter: string[]): OptionenWahl => ({
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
  zusatzblaetter,
});

describe("on/off sheets from the catalogue", () => {
  it("keeps a chosen sheet only where the scenarios can have it, and unknown ids out of the options", () => {
    expect(moeglicheZusatzblaetter(szenarien, ["probe", "aus-neuerer-version"], KATALOG)).toEqual(["probe"]);
    expect(moeglicheZusatzblaetter(stadt, ["probe"], KATALOG)).toEqual([]);
    const o = arbeitsmappenOptionen(szenarien, wahl(["probe"]), "ki", DATUM, null, null, KATALOG);
    expect(o.zusatzblaetter).toEqual(["probe"]);
    expect(arbeitsmappenOptionen(stadt, wahl(["probe"]), "ki", DATUM, null, null, KATALOG)).not.toHaveProperty(
      "zusatzblaetter",
    );
  });

  it("saves the choice strictly: unknown ids kept, duplicates and non-text refused", () => {
    const stand = kodiereSpeicherstand(szenarien, { ...wahl(["probe", "neu"]), umlage: [], modus: "ki" }, DATUM);
    const gelesen = leseSpeicherstand(JSON.parse(JSON.stringify(stand)));
    expect(gelesen.ok && gelesen.stand.optionen.zusatzblaetter).toEqual(["probe", "neu"]);
    const mit = (z: unknown) => ({ ...stand, optionen: { ...stand.optionen, zusatzblaetter: z } });
    expect(leseSpeicherstand(mit(["probe", "probe"]))).toMatchObject({ ok: false });
    expect(leseSpeicherstand(mit([1]))).toMatchObject({ ok: false });
    expect(leseSpeicherstand(mit("probe"))).toMatchObject({ ok: false });
  });

  it("switches in the pane's state and survives save and load; an unchosen state saves no field", () => {
    let z = planerReducer(anfangszustand(szenarien), { typ: "zusatzblatt", id: "probe", aktiv: true });
    expect(z.zusatzblaetter).toEqual(["probe"]);
    const gespeichert = kodiereZustand(z, DATUM);
    const geladen = zustandAusLadeergebnis({ status: "ok", json: gespeichert });
    expect(geladen.status === "ok" && geladen.zustand.zusatzblaetter).toEqual(["probe"]);
    z = planerReducer(z, { typ: "zusatzblatt", id: "probe", aktiv: false });
    expect(z.zusatzblaetter).toEqual([]);
    expect((kodiereZustand(z, DATUM) as { optionen: object }).optionen).not.toHaveProperty("zusatzblaetter");
  });

  it("reads the CLI's switch and help line from the catalogue", () => {
    const argv = ["export", "--preset", "rhein-sieg-2013", "--out", "a.xlsx", "--probeblatt"];
    expect(zerlegeAufruf(argv, DATUM, KATALOG)).toMatchObject({ zusatzblaetter: ["probe"] });
    expect(() => zerlegeAufruf(argv, DATUM, [])).toThrow(/Unbekannte Option „--probeblatt“/);
    expect(zerlegeAufruf(argv.slice(0, 5), DATUM, KATALOG)).not.toHaveProperty("zusatzblaetter");
    expect(zusatzblattHilfe(KATALOG)).toBe(
      `  --probeblatt${" ".repeat(16)}zusätzlich das Blatt „Probeblatt“: eine Probe.\n`,
    );
  });

  it("gives the Word text the sheet's paragraph and the registration its decision", () => {
    const o = arbeitsmappenOptionen(szenarien, wahl(["probe"]), "ki", DATUM, null, null, KATALOG);
    expect(zusatzblattAbsaetze(o, KATALOG)).toEqual([{ art: "absatz", text: "Das Probeblatt zeigt eine Probe." }]);
    expect(zusatzblattAbsaetze({ ...o, zusatzblaetter: [] }, KATALOG)).toEqual([]);
    expect(zusatzblattGewaehlt(szenarien, o, "probe", KATALOG)).toBe(true);
    expect(zusatzblattGewaehlt(stadt, o, "probe", KATALOG)).toBe(false);
    const entferne = registriereZusatzblatt("probe", (sz, opt) =>
      zusatzblattGewaehlt(sz, opt, "probe", KATALOG)
        ? { ...baueArbeitsmappe([...sz], { modus: "ki", datum: DATUM }, []).blaetter[0], name: "Probeblatt" }
        : null,
    );
    try {
      expect(baueArbeitsmappe(szenarien, o).blaetter.map((b) => b.name)).toContain("Probeblatt");
      expect(baueArbeitsmappe(szenarien, { ...o, zusatzblaetter: [] }).blaetter.map((b) => b.name)).not.toContain(
        "Probeblatt",
      );
    } finally {
      entferne();
    }
  });
});
