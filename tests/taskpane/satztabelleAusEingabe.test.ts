/**
 * Issue 24 item 2: the Kreis's own rate table as pasted (tab- or semicolon-separated) or taken from
 * a selected range; German numbers, a header recognised only when it says so, every bad row named
 * with its number; stored with the saved state (older states read unchanged); scenarios that choose
 * it carry a copy, and removing the table never silently switches them to another table.
 */
import { EIGENE_SATZTABELLE, type EigeneSatztabelle, leeresSzenario } from "../../src/scenario";
import { pruefeSzenario } from "../../src/scenario/validierung";
import { kodiereSpeicherstand, leseSpeicherstand } from "../../src/scenario/speicherformat";
import { satzzeilenAusAuswahl, satzzeilenAusText } from "../../src/taskpane/satztabelleAusEingabe";
import { anfangszustand, planerReducer } from "../../src/taskpane/zustand";

describe("rows as pasted or selected", () => {
  it("reads tab-separated lines copied from Excel, with a header and German numbers", () => {
    const e = satzzeilenAusText(
      "Entgeltgruppe\t€/Jahr\tJahr\tQuelle\nA 11\t81.250\t2024\tKGSt 2024/25\r\nEG 9b\t72340,50\n\n",
    );
    expect(e.kopfzeile).toBe(true);
    expect(e.meldungen).toEqual([]);
    expect(e.zeilen).toEqual([
      { gruppe: "A 11", euro: 81_250, jahr: 2024, quelle: "KGSt 2024/25" },
      { gruppe: "EG 9b", euro: 72_340.5 },
    ]);
  });

  it("reads semicolon-separated lines; a first row with a number is data, not a header", () => {
    const e = satzzeilenAusText("TVöD 6;54.100\nA12;88.000,00;2025");
    expect(e.kopfzeile).toBe(false);
    expect(e.zeilen.map((z) => [z.gruppe, z.euro, z.jahr])).toEqual([
      ["EG 6", 54_100, undefined],
      ["A 12", 88_000, 2025],
    ]);
  });

  it("names each bad row with its number and keeps the good ones", () => {
    const e = satzzeilenAusText(
      "A 11\t81250\nA11\t1\nEG 6\tdreißig\nEG 8\t\nEG 9\t1,234\t\nEG 10\t50000\t20\nEG 11\t0",
    );
    expect(e.zeilen.map((z) => z.gruppe)).toEqual(["A 11"]);
    expect(e.meldungen).toEqual([
      { zeile: 2, text: "„A 11“ steht schon in einer Zeile darüber." },
      { zeile: 3, text: "Der Satz für „EG 6“ ist keine Zahl (z. B. 77.705 oder 77705,00)." },
      { zeile: 4, text: "Für „EG 8“ fehlt der Satz in €/Jahr." },
      { zeile: 5, text: "Der Satz für „EG 9“ hat mehr als zwei Nachkommastellen." },
      { zeile: 6, text: "Das Jahr für „EG 10“ muss ein Jahr zwischen 2000 und 2100 sein." },
      { zeile: 7, text: "Der Satz für „EG 11“ muss größer als 0 sein." },
    ]);
  });

  it("takes a selected range of two to four columns; numbers arrive as numbers", () => {
    const e = satzzeilenAusAuswahl({
      adresse: "Tabelle1!A1:C3",
      werte: [
        ["Besoldungsgruppe", "Kosten", "Jahr"],
        ["A 11", 81_250, 2024],
        ["EG 6", 54_100.25, ""],
      ],
    });
    expect("fehler" in e).toBe(false);
    if ("fehler" in e) return;
    expect(e.zeilen).toEqual([
      { gruppe: "A 11", euro: 81_250, jahr: 2024 },
      { gruppe: "EG 6", euro: 54_100.25 },
    ]);
    const breit = satzzeilenAusAuswahl({ adresse: "Tabelle1!A1:E1", werte: [["A 11", 1, 2, 3, 4]] });
    expect("fehler" in breit && breit.fehler).toMatch(/zwei bis vier Spalten/);
  });
});

const TABELLE: EigeneSatztabelle = {
  quelle: "KGSt 2024/25",
  jahr: 2024,
  zeilen: [
    { gruppe: "A 11", euro: 81_250 },
    { gruppe: "EG 6", euro: 54_100, jahr: 2023, quelle: "Stellenplan" },
  ],
};

describe("stored with the saved state", () => {
  const optionen = {
    modus: "ki" as const,
    vorlageNr: "",
    mehrjahrAktiv: false,
    mehrjahr: null,
    umlageAktiv: false,
    umlage: [],
  };

  it("round-trips the table, a scenario's copy and its yearly rate", () => {
    const s = {
      ...leeresSzenario(),
      satztabelle: EIGENE_SATZTABELLE,
      eigeneSatztabelle: TABELLE,
      satzSteigerung: 0.025,
    };
    const json = JSON.parse(JSON.stringify(kodiereSpeicherstand([s], { ...optionen, eigeneSatztabelle: TABELLE })));
    const r = leseSpeicherstand(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.parse(JSON.stringify(r.stand))).toEqual(json);
    expect(r.stand.optionen.eigeneSatztabelle).toEqual(TABELLE);
    expect(r.stand.szenarien[0].satzSteigerung).toBe(0.025);
  });

  it("a state saved before issue 24 reads unchanged and has no table", () => {
    const json = JSON.parse(JSON.stringify(kodiereSpeicherstand([leeresSzenario()], optionen)));
    const r = leseSpeicherstand(json);
    expect(r.ok && r.stand.optionen).not.toHaveProperty("eigeneSatztabelle");
    expect(r.ok && r.stand.szenarien[0]).not.toHaveProperty("satzSteigerung");
    expect(r.ok && JSON.parse(JSON.stringify(r.stand))).toEqual(json);
  });

  it("an unknown field inside the table makes the state unreadable, naming it", () => {
    const json = JSON.parse(
      JSON.stringify(kodiereSpeicherstand([leeresSzenario()], { ...optionen, eigeneSatztabelle: TABELLE })),
    );
    json.optionen.eigeneSatztabelle.zeilen[0].stufe = 3;
    const r = leseSpeicherstand(json);
    expect(!r.ok && r.meldung).toMatch(/eigeneSatztabelle\.zeilen\[0\]\.stufe/);
  });
});

describe("scenarios carry a copy", () => {
  it("choosing the own table copies it; a changed table reaches every scenario; removing it is reported, not replaced", () => {
    const s = leeresSzenario();
    let z = planerReducer(anfangszustand([s]), { typ: "eigeneSatztabelle", wert: TABELLE });
    z = planerReducer(z, { typ: "aendere", id: s.id, aenderung: (x) => ({ ...x, satztabelle: EIGENE_SATZTABELLE }) });
    expect(z.szenarien[0].eigeneSatztabelle).toEqual(TABELLE);
    const neu = { ...TABELLE, quelle: "KGSt 2025/26" };
    z = planerReducer(z, { typ: "eigeneSatztabelle", wert: neu });
    expect(z.szenarien[0].eigeneSatztabelle?.quelle).toBe("KGSt 2025/26");
    z = planerReducer(z, { typ: "eigeneSatztabelle", wert: null });
    expect(z.szenarien[0].satztabelle).toBe(EIGENE_SATZTABELLE);
    expect(z.szenarien[0]).not.toHaveProperty("eigeneSatztabelle");
    expect(pruefeSzenario(z.szenarien[0]).satztabelle).toMatch(/eigene Satztabelle ist leer/);
    z = planerReducer(z, { typ: "aendere", id: s.id, aenderung: (x) => ({ ...x, satztabelle: "BUND-AGEBV-2021" }) });
    expect(pruefeSzenario(z.szenarien[0]).satztabelle).toBeUndefined();
  });
});
