/**
 * Issue 24: every pay grade priced from a named source. Through the built bundle: the AGebV table
 * per grade to the euro (function and both formula modes on "Annahmen"), a rate carried from 2021
 * to 2026 at 2,5 % shown and computed on "Annahmen", the Kreis's own table taken from a range giving
 * the same figures in the pane's calculation, both modes and KI.PERSONALKOSTEN, and the named
 * workplace/overhead alternatives of KI.SATZ.
 */
import { AGEBV_2021_ZEILEN, AGEBV_TABELLE, fortschreibung, normalisiereEntgeltgruppe } from "../../src/core";
import {
  EIGENE_SATZTABELLE,
  type EigeneSatztabelle,
  type Szenario,
  berechneSzenario,
  erzeugeVorlage,
  leeresSzenario,
  pruefeSatzzeilen,
} from "../../src/scenario";
import type { Formelmodus } from "../../src/scenario/optionen";
import { baueArbeitsmappe } from "../../src/workbook";
import { istFehler, ladeFunktionen } from "../helpers/ladeFunktionen";
import { pruefeFormelergebnisse } from "../helpers/formelergebnisse";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

let ki: Record<string, (...a: unknown[]) => unknown>;
beforeAll(() => {
  ki = ladeFunktionen().funktionen as typeof ki;
});

/** The shared facts' derivation, written out independently of src/core/agebv.ts. */
const ERWARTET: Record<string, number> = {
  "A 9": 55_624,
  "A 10": 67_878,
  "A 11": 77_705,
  "A 12": 84_854,
  "A 13 (gD)": 94_286,
  "A 13 (hD)": 92_201,
  "EG 6": 51_178,
  "EG 8": 58_468,
  "EG 9a": 61_427,
  "EG 9b": 67_615,
  "EG 9c": 66_717,
  "EG 10": 70_768,
  "EG 11": 76_877,
  "EG 12": 83_647,
  "EG 13": 78_157,
};

describe("AGebV table through the built functions", () => {
  it("covers exactly the grades of the shared facts", () => {
    expect(AGEBV_2021_ZEILEN.map((z) => z.gruppe)).toEqual(Object.keys(ERWARTET));
  });

  it.each(Object.entries(ERWARTET))("%s costs %d € a year", (gruppe, euro) => {
    expect(ki.PERSONALKOSTEN([[gruppe]], [[1]], [["BUND-AGEBV-2021"]])).toBe(euro);
    expect(ki.SATZ(gruppe, null, "BUND-AGEBV-2021")).toBe(euro);
  });

  it('=KI.PERSONALKOSTEN("A 12";1;"BUND-AGEBV-2021") and other spellings of the name', () => {
    expect(ki.PERSONALKOSTEN([["A 12"]], [[1]], [["BUND-AGEBV-2021"]])).toBe(84_854);
    expect(ki.PERSONALKOSTEN([["A12"]], [[0.5]], [["bund agebv 2021"]])).toBe(42_427);
    expect(ki.PERSONALKOSTEN([["E 6"]], null, [["BUNDAGEBV2021"]])).toBe(51_178);
    expect(ki.PERSONALKOSTEN([["A 11"], ["E 6"]], [[2], [0.5]], [["BUND-AGEBV-2021"]])).toBe(2 * 77_705 + 25_589);
  });

  it("a grade the table lacks is #NV naming the table", () => {
    const r = ki.PERSONALKOSTEN([["EG 14"]], null, [["BUND-AGEBV-2021"]]);
    expect(istFehler(r) && r.code).toBe("#N/A");
    expect(istFehler(r) && r.message).toMatch(/BUND-AGEBV-2021/);
  });

  it("KI.SATZ gives the named workplace and overhead alternatives; without a source the Rhein-Sieg default", () => {
    expect(ki.SATZ("Querschnitt", null, "BUND-AGEBV-2021")).toBe(0.281);
    expect(ki.SATZ("Arbeitsplatz", null, "BUND-AGEBV-2021")).toBe(16_560);
    expect(ki.SATZ("IT", null, "NDS-2023")).toBe(2_270);
    expect(ki.SATZ("Raum", null, "NDS-2023")).toBe(2_170);
    expect(ki.SATZ("IT", null, "RSK2013")).toBe(2_268);
    expect(ki.SATZ("Raum", null, "RSK2013")).toBe(5_040);
    expect(ki.SATZ("Querschnitt", null, "RSK2013")).toBe(0.3);
    for (const leer of [null, "", 0]) {
      expect(ki.SATZ("Querschnitt", null, leer)).toBe(0.3);
      expect(ki.SATZ("IT", 2013, leer)).toBe(2_268);
    }
    const r = ki.SATZ("IT", null, "BUND-AGEBV-2021");
    expect(istFehler(r) && r.code).toBe("#N/A");
  });
});

function agebvSzenario(jahr: number, satzSteigerung?: number): Szenario {
  const s = leeresSzenario();
  return {
    ...s,
    name: "KI AGebV",
    jahr,
    satztabelle: AGEBV_TABELLE,
    ...(satzSteigerung !== undefined ? { satzSteigerung } : {}),
    stellen: [
      { id: "a", bezeichnung: "Leitung", gruppe: "A 12", anteil: 1, eigenerSatz: null, art: "kommunal" },
      { id: "b", bezeichnung: "Fachkraft", gruppe: "A 11", anteil: 2, eigenerSatz: null, art: "kommunal" },
      { id: "c", bezeichnung: "Assistenz", gruppe: "EG 6", anteil: 0.5, eigenerSatz: null, art: "kommunal" },
    ],
    arbeitsplaetze: 4,
    bueros: 2,
  };
}

async function eingefuegt(modus: Formelmodus, szenarien: Szenario[]) {
  const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM });
  const fake = neueMappe(["Tabelle1"]);
  await zugriffAuf(fake).fuegeEin(plan);
  return { plan, fake, zeilen: fake.werte("Annahmen", "A1:L160") };
}

describe.each(["ki", "nativ"] as Formelmodus[])("AGebV and carried rates on Annahmen, mode %s", (modus) => {
  it("every AGebV grade's derivation on the sheet computes the shared facts' annual cost", async () => {
    const { plan, fake, zeilen } = await eingefuegt(modus, [agebvSzenario(2021)]);
    expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(30);
    for (const [gruppe, euro] of Object.entries(ERWARTET)) {
      const anzeige = normalisiereEntgeltgruppe(gruppe)!.anzeige;
      const z = zeilen.find((x) => x[0] === AGEBV_TABELLE && x[1] === anzeige);
      expect([gruppe, z?.[2]]).toEqual([gruppe, euro]);
    }
    const annahmen = plan.blaetter.find((b) => b.name === "Annahmen")!;
    const formeln = annahmen.zellen.flat().flatMap((c) => (c && "formel" in c ? [c.formel] : []));
    expect(
      formeln.filter((f) => /^=ROUND\([A-Z]+\d+\*\(1\+[A-Z]+\d+\)\+[A-Z]+\d+\+[A-Z]+\d+,0\)$/.test(f)),
    ).toHaveLength(15);
    const text = zeilen.flat().join(" ");
    expect(text).toContain("Bund, nicht kommunal NRW");
    expect(text).toContain("BGBl. I 2021 S. 204–210");
    expect(text).toMatch(/A 9 angenommen \(gehobener Dienst/);
  });

  it("a rate carried from 2021 to 2026 at 2,5 % is shown and computed; costs follow it", async () => {
    const s = agebvSzenario(2026, 0.025);
    const { plan, fake, zeilen } = await eingefuegt(modus, [s]);
    expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(30);
    const parameter = zeilen.find((x) => x[0] === "Fortschreibung: Planjahr | jährliche Steigerung")!;
    expect(parameter.slice(1, 3)).toEqual([2026, 0.025]);
    const a11 = zeilen.find((x) => x[0] === AGEBV_TABELLE && x[1] === "A 11")!;
    const carried = fortschreibung(7_770_500, 0.025, 5) / 100;
    // 77.705 × 1,025^5 = 87.916,0793…
    expect(carried).toBe(87_916.08);
    expect(a11.slice(2, 5)).toEqual([carried, 77_705, 2021]);
    expect(zeilen.flat().join(" ")).toMatch(/auf 2026 fortgeschrieben mit 2,5 %/);
    // The pane's calculation (the core) uses the same carried rates.
    const kern = berechneSzenario(s).aufstellung.personalkosten;
    const erwartet =
      fortschreibung(8_485_400, 0.025, 5) +
      2 * fortschreibung(7_770_500, 0.025, 5) +
      Math.round(fortschreibung(5_117_800, 0.025, 5) * 0.5);
    expect(kern).toBe(erwartet);
    const pk = zeilen.find((x) => x[0] === "Personalkosten insgesamt")!;
    expect(Math.round((pk[2] as number) * 100)).toBe(erwartet);
  });

  it("without a rate the 2021 rates stay and the sheet says they are NOT carried", async () => {
    const { zeilen } = await eingefuegt(modus, [agebvSzenario(2026)]);
    const a11 = zeilen.find((x) => x[0] === AGEBV_TABELLE && x[1] === "A 11")!;
    expect(a11[2]).toBe(77_705);
    expect(zeilen.flat().join(" ")).toMatch(/NICHT auf 2026 fortgeschrieben/);
  });
});

/** A selection as Excel hands it over: header, rows with optional year and source, an empty line. */
const AUSWAHL: Array<Array<string | number>> = [
  ["A 11", 81_250, 2024, "KGSt 2024/25"],
  ["EG 9b", 72_340.5, "", ""],
  ["EG 6", 54_100, "", ""],
];

function eigeneTabelle(): EigeneSatztabelle {
  const p = pruefeSatzzeilen(
    AUSWAHL.map((z) => ({
      gruppe: String(z[0]),
      euro: typeof z[1] === "number" ? z[1] : null,
      jahr: typeof z[2] === "number" ? z[2] : null,
      quelle: String(z[3] ?? ""),
    })),
  );
  expect(p.meldungen).toEqual([]);
  return { quelle: "Stellenplan Musterkreis 2025", jahr: 2025, zeilen: p.zeilen };
}

function eigenesSzenario(): Szenario {
  return {
    ...agebvSzenario(2025, 0.02),
    name: "KI eigene Tabelle",
    satztabelle: EIGENE_SATZTABELLE,
    eigeneSatztabelle: eigeneTabelle(),
    stellen: [
      { id: "a", bezeichnung: "Fachkraft", gruppe: "A 11", anteil: 1, eigenerSatz: null, art: "kommunal" },
      { id: "b", bezeichnung: "Fachkraft", gruppe: "EG 9b", anteil: 2, eigenerSatz: null, art: "kommunal" },
      { id: "c", bezeichnung: "Assistenz", gruppe: "EG 6", anteil: 0.5, eigenerSatz: null, art: "kommunal" },
    ],
  };
}

describe("the Kreis's own table from a range", () => {
  it("checks rows with German messages at the row", () => {
    const p = pruefeSatzzeilen([
      { gruppe: "A 11", euro: 80_000, jahr: null, quelle: "" },
      { gruppe: "A11", euro: 81_000, jahr: null, quelle: "" },
      { gruppe: "EG 6", euro: NaN, jahr: null, quelle: "" },
      { gruppe: "", euro: 1, jahr: null, quelle: "" },
      { gruppe: "EG 8", euro: 50_000, jahr: 1890, quelle: "" },
      { gruppe: "EG 9", euro: -5, jahr: null, quelle: "" },
    ]);
    expect(p.zeilen.map((z) => z.gruppe)).toEqual(["A 11"]);
    expect(p.meldungen.map((m) => m.zeile)).toEqual([2, 3, 4, 5, 6]);
    expect(p.meldungen[0].text).toMatch(/„A 11“ steht schon/);
    expect(p.meldungen[1].text).toMatch(/keine Zahl/);
  });

  it.each(["ki", "nativ"] as Formelmodus[])(
    "gives the same figures in the pane, mode %s and KI.PERSONALKOSTEN",
    async (modus) => {
      const s = eigenesSzenario();
      const { plan, fake, zeilen } = await eingefuegt(modus, [s]);
      expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(20);
      const kern = berechneSzenario(s).aufstellung.personalkosten;
      // A 11 is of 2024: carried one year at 2 %; the other rows are of the table's year 2025.
      const a11 = fortschreibung(8_125_000, 0.02, 1);
      expect(kern).toBe(a11 + 2 * 7_234_050 + 2_705_000);
      const funktion = ki.PERSONALKOSTEN([["A 11"], ["EG 9b"], ["EG 6"]], [[1], [2], [0.5]], AUSWAHL);
      // The function reads the range as it stands (no plan year): the uncarried rates.
      expect(funktion).toBe(81_250 + 2 * 72_340.5 + 27_050);
      const stellen = zeilen.filter((x) => x[0] === "Fachkraft" || x[0] === "Assistenz");
      expect(stellen.map((x) => x[5])).toEqual([a11 / 100, 144_681, 27_050]);
      const text = zeilen.flat().join(" ");
      expect(text).toContain("KGSt 2024/25 (vom Anwender eingegeben)");
      expect(text).toContain("Stellenplan Musterkreis 2025 (vom Anwender eingegeben)");
    },
  );

  it("an own table with the plan year's rates equals KI.PERSONALKOSTEN on the same range, in both modes", async () => {
    const s = { ...eigenesSzenario(), jahr: 2024 };
    s.eigeneSatztabelle = { ...s.eigeneSatztabelle!, jahr: 2024 };
    delete s.satzSteigerung;
    for (const modus of ["ki", "nativ"] as Formelmodus[]) {
      const { zeilen } = await eingefuegt(modus, [s]);
      const summe = zeilen
        .filter((x) => x[0] === "Fachkraft" || x[0] === "Assistenz")
        .reduce((a, x) => a + Math.round((x[5] as number) * 100), 0);
      expect(summe).toBe(berechneSzenario(s).aufstellung.personalkosten);
      expect(summe / 100).toBe(ki.PERSONALKOSTEN([["A 11"], ["EG 9b"], ["EG 6"]], [[1], [2], [0.5]], AUSWAHL));
    }
  });
});

describe("presets", () => {
  it("the Rhein-Sieg preset keeps its own rates and gives 102.316 / 353.094 / 183.094", () => {
    const d = berechneSzenario(erzeugeVorlage("rsk-2013-derzeitig")).aufstellung;
    const k = berechneSzenario(erzeugeVorlage("rsk-2013-kiz")).aufstellung;
    expect([d.gesamtkosten, k.gesamtkosten, k.eigenanteil]).toEqual([10_231_600, 35_309_400, 18_309_400]);
    expect(erzeugeVorlage("rsk-2013-kiz")).toMatchObject({ querschnittssatz: 0.3, itSatz: 2268, raumSatz: 5040 });
  });

  it("the 2017 examples use the AGebV table and say so, with the caveat", () => {
    for (const id of ["kreis-2017", "stadt-2017"]) {
      const s = erzeugeVorlage(id);
      expect(s.satztabelle).toBe(AGEBV_TABELLE);
      expect(s.quelle).toMatch(/Bund, nicht kommunal NRW/);
      expect(s.quelle).not.toMatch(/Nienburg/);
    }
  });
});
