/**
 * Issue 24 item 3, the multi-year plan: a scenario priced from the AGebV table (base year 2021) in
 * 2026, its rates carried at 2,5 % on "Annahmen", planned 2026–2029 at a Personalkostensteigerung of
 * 3 %. The one rule (core personalkostenImPlanjahr): the table's rate carries the rates from 2021 to
 * the price base 2026; every plan year then grows at the plan's rate. The personnel costs per year
 * are worked out by hand below and must be the same in the core, in mode "ki" and in mode "nativ"
 * (the whole workbook in the fake host with the BUILT functions), and the sheet and the council
 * text say how they are derived.
 */
import { createFakeExcel } from "../../../devtools/fakeHost";
import { erstelleArbeitsmappenZugriff } from "../../../src/excel/arbeitsmappenZugriff";
import { AGEBV_TABELLE, personalkostenRegelText, projiziere } from "../../../src/core";
import { type Szenario, leeresSzenario } from "../../../src/scenario";
import { baueVorlagenInhalt } from "../../../src/workbook/vorlage";
import { baueArbeitsmappe } from "../../../src/workbook";
import type { Formelmodus, MehrjahrOptionen } from "../../../src/scenario/optionen";
import { MEHRJAHR_BLATTNAME, mehrjahresannahmenAus } from "../../../src/workbook/mehrjahr/blatt";
import { kostenstrukturAusSzenario } from "../../../src/workbook/mehrjahr/szenario";
import { regelnFuer } from "../../../src/scenario";
import { GeladeneFunktionen, ladeFunktionen } from "../../helpers/ladeFunktionen";
import { pruefeFormelergebnisse } from "../../helpers/formelergebnisse";

let ki: GeladeneFunktionen;
beforeAll(() => {
  ki = ladeFunktionen();
});

const OPTIONEN: MehrjahrOptionen = {
  vonJahr: 2026,
  bisJahr: 2029,
  personalSteigerung: 0.03,
  sachSteigerung: 0.02,
  zinssatz: 0.03,
};

function szenario(): Szenario {
  const s = leeresSzenario();
  return {
    ...s,
    name: "KI AGebV",
    jahr: 2026,
    satztabelle: AGEBV_TABELLE,
    satzSteigerung: 0.025,
    // Issue 22: "auto" is known only up to 2019; a plan from 2026 names its rule set.
    erstattung: { ...s.erstattung, aktiv: true, regelwerk: "NRW-2020" },
    stellen: [
      { id: "a", bezeichnung: "Leitung", gruppe: "A 12", anteil: 1, eigenerSatz: null, art: "kommunal" },
      { id: "b", bezeichnung: "Fachkraft", gruppe: "A 11", anteil: 2, eigenerSatz: null, art: "kommunal" },
      { id: "c", bezeichnung: "Assistenz", gruppe: "EG 6", anteil: 0.5, eigenerSatz: null, art: "kommunal" },
    ],
    arbeitsplaetze: 4,
    bueros: 2,
  };
}

/*
 * By hand. AGebV 2021: A 12 84.854 €, A 11 77.705 €, EG 6 51.178 €; 1,025^5 = 1,131408212890625.
 *   A 12 2026: 84.854 × 1,131408… = 96.004,5127… → 96.004,51
 *   A 11 2026: 77.705 × 1,131408… = 87.916,0793… → 87.916,08
 *   EG 6 2026: 51.178 × 1,131408… = 57.903,2094… → 57.903,21; half a post 28.951,605 → 28.951,61
 *   2026: 96.004,51 + 2 × 87.916,08 + 28.951,61 = 300.788,28
 *   2027: 300.788,28 × 1,03   = 309.811,9284   → 309.811,93
 *   2028: 300.788,28 × 1,03^2 = 319.106,2862…  → 319.106,29
 *   2029: 300.788,28 × 1,03^3 = 328.679,4747…  → 328.679,47
 */
const PERSONAL: Record<number, number> = {
  2026: 300_788.28,
  2027: 309_811.93,
  2028: 319_106.29,
  2029: 328_679.47,
};

async function mappe(modus: Formelmodus) {
  const plan = baueArbeitsmappe([szenario()], { modus, datum: new Date(2026, 1, 11), mehrjahr: OPTIONEN });
  const fake = createFakeExcel({ ki });
  await erstelleArbeitsmappenZugriff(fake.Excel).fuegeEin(plan);
  return { fake, plan };
}

/** Personnel costs per year as the sheet computes them: the "Personalkosten" column of the year rows. */
function personalAusBlatt(fake: ReturnType<typeof createFakeExcel>): Record<number, number> {
  const zeilen = fake.werte(MEHRJAHR_BLATTNAME, "A1:P80");
  const kopf = zeilen.findIndex((z) => z.includes("Personalkosten"));
  expect(kopf).toBeGreaterThan(10);
  const spalte = zeilen[kopf].indexOf("Personalkosten");
  const ergebnis: Record<number, number> = {};
  for (const z of zeilen.slice(kopf + 1)) {
    if (typeof z[0] === "number" && z[0] >= 2026 && z[0] <= 2029) ergebnis[z[0]] = z[spalte] as number;
  }
  return ergebnis;
}

describe("a table of 2021 carried to a 2026 scenario, planned 2026–2029", () => {
  it("the core gives the personnel costs worked out by hand", () => {
    const s = szenario();
    const p = projiziere(kostenstrukturAusSzenario(s), mehrjahresannahmenAus(OPTIONEN, [s]), regelnFuer([s]));
    expect(Object.fromEntries(p.jahre.map((j) => [j.jahr, j.personal / 100]))).toEqual(PERSONAL);
  });

  it.each<Formelmodus>(["ki", "nativ"])("mode %s computes the same cents and states the rule", async (modus) => {
    const { fake, plan } = await mappe(modus);
    expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(50);
    expect(personalAusBlatt(fake)).toEqual(PERSONAL);
    const text = fake
      .werte(MEHRJAHR_BLATTNAME, "A1:A80")
      .map(([w]) => String(w ?? ""))
      .join("\n");
    expect(text).toContain(
      "Personalkosten je Jahr: im Preisstand 2026 (B8) die Personalkosten der Szenarien von „Annahmen“ (Tabelle " +
        `${AGEBV_TABELLE}, Basisjahr 2021, dort mit 2,5 % jährlich auf 2026 fortgeschrieben); jedes andere Jahr = ` +
        "Personalkosten im Preisstand × (1 + Personalkostensteigerung in B5) ^ (Jahr − Preisstand in B8), auf Cent gerundet.",
    );
    // B5 and B8 are the cells the note names: the plan's rate and the price-base year.
    expect(fake.wert(MEHRJAHR_BLATTNAME, "A5")).toBe("Personalkostensteigerung je Jahr");
    expect(fake.wert(MEHRJAHR_BLATTNAME, "B5")).toBe(0.03);
    expect(fake.wert(MEHRJAHR_BLATTNAME, "A8")).toBe("Preisstand der Ausgangswerte (Jahr)");
    expect(fake.wert(MEHRJAHR_BLATTNAME, "B8")).toBe(2026);
  });

  it("changing the plan's rate on the sheet moves 2027–2029, not 2026", async () => {
    const { fake } = await mappe("nativ");
    fake.setzeWert(MEHRJAHR_BLATTNAME, "B5", 0.02);
    const p = personalAusBlatt(fake);
    expect(p[2026]).toBe(PERSONAL[2026]);
    // 300.788,28 × 1,02 = 306.804,0456 → 306.804,05
    expect(p[2027]).toBe(306_804.05);
  });

  it.each<Formelmodus>(["ki", "nativ"])(
    "mode %s: 2026 follows the table's rate on Annahmen, later years the plan's",
    async (modus) => {
      const { fake } = await mappe(modus);
      const annahmen = fake.werte("Annahmen", "A1:C200");
      const z = annahmen.findIndex((x) => x[0] === "Fortschreibung: Planjahr | jährliche Steigerung");
      expect(annahmen[z].slice(1, 3)).toEqual([2026, 0.025]);
      fake.setzeWert("Annahmen", `C${z + 1}`, 0.03);
      // By hand at 3 % from 2021: 1,03^5 = 1,1592740743; A 12 98.369,04, A 11 90.081,39, EG 6 59.329,33 (half 29.664,665
      // → 29.664,67); 2026: 98.369,04 + 2 × 90.081,39 + 29.664,67 = 308.196,49; 2027: × 1,03 = 317.442,3847 → 317.442,38
      const p = personalAusBlatt(fake);
      expect(p[2026]).toBe(308_196.49);
      expect(p[2027]).toBe(317_442.38);
    },
  );

  it("a table not carried is named as such; a table of the plan's own year not at all", () => {
    const t = personalkostenRegelText(
      2026,
      [
        { id: "A", basisjahr: 2021, planjahr: 2026, steigerung: undefined, andereJahre: true },
        { id: "B", basisjahr: 2026, planjahr: 2026, steigerung: 0.02, andereJahre: false },
      ],
      "3 %",
    );
    expect(t).toContain("(Tabelle A, Basisjahr 2021, NICHT auf 2026 fortgeschrieben, da keine Steigerung angegeben);");
    expect(t).not.toContain("Tabelle B");
    expect(t).toContain("× (1 + 3 %) ^ (Jahr − 2026)");
  });

  it("the council text states the same rule", () => {
    const t = baueVorlagenInhalt([szenario()], { modus: "ki", datum: new Date(2026, 1, 11), mehrjahr: OPTIONEN });
    const alles = JSON.stringify(t);
    expect(alles).toContain(
      `Tabelle ${AGEBV_TABELLE}, Basisjahr 2021, dort mit 2,5 % jährlich auf 2026 fortgeschrieben`,
    );
    expect(alles).toContain("Personalkosten im Preisstand × (1 + Tarifsteigerung 3 %) ^ (Jahr − 2026)");
  });
});
