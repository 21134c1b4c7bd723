/**
 * Issue 24, item 4: overhead, IT and room rates as named, sourced alternatives. Which named rates
 * fit which field (name and unit), where a scenario's value comes from, what a preset records, how
 * a state without the record is read, and the strict reading of the record in the saved state.
 */
import { SACHSATZQUELLEN } from "../../src/core";
import {
  type Szenario,
  erzeugeVorlage,
  leeresSzenario,
  mitSachsatzQuelle,
  sachsatzAlternativen,
  sachsatzHerkunft,
  sachsatzQuellenVon,
} from "../../src/scenario";
import { kodiereSpeicherstand, leseSpeicherstand, type GespeicherteOptionen } from "../../src/scenario/speicherformat";
import { pruefeSzenario } from "../../src/scenario/validierung";
import { setzeFeld, uebernimmSachsatz } from "../../src/taskpane/zustand";

const OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

function angebot(feld: Parameters<typeof sachsatzAlternativen>[0]): Array<[string, number]> {
  return sachsatzAlternativen(feld).map((a) => [a.quelle.id, a.wert]);
}

describe("which named rates a field can take", () => {
  it("overhead: Rhein-Sieg 30 % and the AGebV's 28,1 %", () => {
    expect(angebot("querschnittssatz")).toEqual([
      ["RSK2013", 0.3],
      ["BUND-AGEBV-2021", 0.281],
    ]);
  });

  it("IT per workplace: Rhein-Sieg 2.268 € and Lower Saxony's 2.270 €", () => {
    expect(angebot("itSatz")).toEqual([
      ["RSK2013", 2268],
      ["NDS-2023", 2270],
    ]);
  });

  it("rooms per office: only Rhein-Sieg; Lower Saxony's 2.170 € are per workplace", () => {
    expect(angebot("raumSatz")).toEqual([["RSK2013", 5040]]);
    const nds = SACHSATZQUELLEN.find((q) => q.id === "NDS-2023")!;
    expect(nds.saetze.find((x) => x.name === "Raum")).toMatchObject({
      wert: 217_000,
      einheit: "€/Jahr je Arbeitsplatz",
    });
  });

  it("the workplace totals (AGebV 16.560 €, Lower Saxony 9.082 €) fit no field, and say what they cover", () => {
    const alle = (["querschnittssatz", "itSatz", "raumSatz"] as const).flatMap((f) => angebot(f).map((x) => x[1]));
    expect(alle).not.toContain(16_560);
    expect(alle).not.toContain(9_082);
    const agebv = SACHSATZQUELLEN.find((q) => q.id === "BUND-AGEBV-2021")!.saetze.find(
      (x) => x.name === "Arbeitsplatz",
    )!;
    expect(agebv.wert).toBe(1_656_000);
    expect(agebv.bezeichnung).toMatch(/insgesamt/);
    expect(agebv.bezeichnung).toMatch(/Aufteilung auf Räume, IT und laufende Sachkosten nicht festgehalten/);
    expect(agebv.quelle.status).toBe("D");
  });
});

describe("where a scenario's rate comes from", () => {
  it("every preset and the empty scenario record the Rhein-Sieg rates they carry", () => {
    for (const s of [
      ...["rsk-2013-derzeitig", "rsk-2013-kiz", "kreis-2017", "stadt-2017"].map(erzeugeVorlage),
      leeresSzenario(),
    ]) {
      expect(s.sachsatzQuellen).toEqual({ querschnittssatz: "RSK2013", itSatz: "RSK2013", raumSatz: "RSK2013" });
      expect(sachsatzHerkunft(s, "itSatz")).toMatchObject({ art: "benannt", wert: 2268 });
      expect(pruefeSzenario(s)).toEqual({});
    }
  });

  it("taking a named rate sets value and record; typing a value makes it the Kreis's own", () => {
    let s = erzeugeVorlage("rsk-2013-kiz");
    s = uebernimmSachsatz(s, "querschnittssatz", "BUND-AGEBV-2021");
    s = uebernimmSachsatz(s, "itSatz", "NDS-2023");
    expect([s.querschnittssatz, s.itSatz, s.raumSatz]).toEqual([0.281, 2270, 5040]);
    expect(s.sachsatzQuellen).toEqual({ querschnittssatz: "BUND-AGEBV-2021", itSatz: "NDS-2023", raumSatz: "RSK2013" });
    expect(sachsatzHerkunft(s, "querschnittssatz")).toMatchObject({
      art: "benannt",
      quelle: { id: "BUND-AGEBV-2021" },
    });

    s = setzeFeld(s, "raumSatz", 4800);
    expect(s.sachsatzQuellen).toEqual({ querschnittssatz: "BUND-AGEBV-2021", itSatz: "NDS-2023" });
    expect(sachsatzHerkunft(s, "raumSatz")).toEqual({ art: "eigen" });
    // Marking a named value as the user's own keeps the number.
    s = uebernimmSachsatz(s, "itSatz", undefined);
    expect([s.itSatz, sachsatzHerkunft(s, "itSatz").art]).toEqual([2270, "eigen"]);
    // A source that has no fitting rate changes nothing.
    expect(uebernimmSachsatz(s, "raumSatz", "NDS-2023")).toBe(s);
  });

  it("a state saved before the record: the Rhein-Sieg values are read as such, other values as own", () => {
    const alt: Szenario = { ...erzeugeVorlage("rsk-2013-kiz"), itSatz: 2500 };
    delete alt.sachsatzQuellen;
    expect(sachsatzQuellenVon(alt)).toEqual({ querschnittssatz: "RSK2013", raumSatz: "RSK2013" });
    // Typing one rate keeps what the others were read as.
    const neu = setzeFeld(alt, "querschnittssatz", 0.25);
    expect(neu.sachsatzQuellen).toEqual({ raumSatz: "RSK2013" });
  });

  it("a record whose rate the value does not match is never cited, and the field says so", () => {
    const s: Szenario = { ...erzeugeVorlage("rsk-2013-kiz"), itSatz: 2000 };
    expect(sachsatzHerkunft(s, "itSatz")).toMatchObject({ art: "abweichend", quelle: { id: "RSK2013" } });
    expect(pruefeSzenario(s).itSatz).toBe(
      "Der IT-Satz ist als Satz „Rhein-Sieg-Kreis 2013“ vermerkt, weicht aber von dessen Wert ab. " +
        "Bitte den Satz erneut übernehmen oder als eigenen Wert eingeben.",
    );
    expect(pruefeSzenario(mitSachsatzQuelle(s, "itSatz", undefined))).toEqual({});
  });
});

describe("the record in the saved state", () => {
  function gespeichert(s: Szenario): unknown {
    return JSON.parse(JSON.stringify(kodiereSpeicherstand([s], OPTIONEN, new Date("2024-01-15T00:00:00Z"))));
  }

  it("round-trips", () => {
    const s = uebernimmSachsatz(erzeugeVorlage("rsk-2013-kiz"), "itSatz", "NDS-2023");
    const r = leseSpeicherstand(gespeichert(s));
    expect(r.ok && r.stand.szenarien[0].sachsatzQuellen).toEqual({
      querschnittssatz: "RSK2013",
      itSatz: "NDS-2023",
      raumSatz: "RSK2013",
    });
  });

  it("a state without it loads and saves back without it", () => {
    const s = erzeugeVorlage("rsk-2013-kiz");
    delete s.sachsatzQuellen;
    const json = gespeichert(s);
    const r = leseSpeicherstand(json);
    expect(r.ok && r.stand.szenarien[0]).not.toHaveProperty("sachsatzQuellen");
    expect(r.ok && JSON.parse(JSON.stringify(r.stand))).toEqual(json);
  });

  it.each<[string, unknown, RegExp]>([
    [
      "an unknown source",
      { itSatz: "KGST-2030" },
      /szenarien\[0\]\.sachsatzQuellen\.itSatz nennt die unbekannte Satzquelle „KGST-2030“/,
    ],
    [
      "a source without a fitting rate",
      { raumSatz: "NDS-2023" },
      /sachsatzQuellen\.raumSatz nennt die unbekannte Satzquelle „NDS-2023“ \(bekannt: „RSK2013“/,
    ],
    [
      "an unknown field",
      { arbeitsplatz: "BUND-AGEBV-2021" },
      /sachsatzQuellen enthält das unbekannte Feld „arbeitsplatz“/,
    ],
    ["not a text", { itSatz: 1 }, /sachsatzQuellen\.itSatz ist kein Text/],
    ["not an object", "RSK2013", /sachsatzQuellen fehlt oder ist kein Objekt/],
  ])("refuses %s with a German message", (_, wert, meldung) => {
    const json = gespeichert(erzeugeVorlage("rsk-2013-kiz")) as { szenarien: Array<Record<string, unknown>> };
    json.szenarien[0].sachsatzQuellen = wert;
    const r = leseSpeicherstand(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.meldung).toMatch(meldung);
  });
});
