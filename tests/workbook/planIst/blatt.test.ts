/**
 * The "Plan-Ist" sheet with seed 004's Stand and actuals (the figures worked out by hand in
 * tests/core/planIst/seed004.test.ts), built by baueArbeitsmappe in both formula modes, inserted
 * through the product's writer into the fake host and calculated there: every formula gives the
 * core's figure, the hand-computed totals stand in the cells, and a corrected actual recalculates.
 */
import { createFakeExcel } from "../../../devtools/fakeHost";
import type { Formelmodus, PlanIstOptionen } from "../../../src/scenario/optionen";
import { istZiele, liesIstCsv, planIstGrundlageAusStand } from "../../../src/scenario/planIst";
import { type BlattPlan, PLAN_IST_BLATTNAME, baueArbeitsmappe } from "../../../src/workbook";
import { fuegeBlattEin } from "../../excel/hilfen";
import { pruefeFormelergebnisse } from "../../helpers/formelergebnisse";
import { SEED004_IST_CSV, seed004Stand } from "../../helpers/planIstSeed004";

function planIstOptionen(): PlanIstOptionen {
  const stand = seed004Stand();
  const ziele = istZiele(planIstGrundlageAusStand(stand).eingabe);
  const imp = liesIstCsv(Buffer.from(SEED004_IST_CSV, "latin1"), "ist-2013.csv", { jahr: 2013, ziele });
  expect(imp.fehler).toEqual([]);
  return { stand, wahl: {}, ist: imp.istwerte, istQuelle: "ist-2013.csv" };
}

function blatt(modus: Formelmodus): BlattPlan {
  const stand = seed004Stand();
  const plan = baueArbeitsmappe(stand.zustand.szenarien, {
    modus,
    datum: new Date(2013, 10, 15),
    planIst: planIstOptionen(),
  });
  const b = plan.blaetter.find((x) => x.name === PLAN_IST_BLATTNAME);
  expect(b).toBeDefined();
  return b as BlattPlan;
}

/** The row (1-based) whose column A holds `text`. */
function zeileMit(plan: BlattPlan, text: string, ab = 0): number {
  const i = plan.zellen.findIndex((z, n) => n >= ab && z[0] !== null && "text" in z[0] && z[0].text === text);
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

describe.each<Formelmodus>(["ki", "nativ"])("Plan-Ist, Modus %s", (modus) => {
  it("every formula gives the core's figure, and the hand-computed figures stand in the cells", async () => {
    const plan = blatt(modus);
    const fake = createFakeExcel();
    await fuegeBlattEin(fake, plan);
    expect(pruefeFormelergebnisse(fake, [plan])).toBeGreaterThan(150);
    const w = (a: string) => fake.wert(PLAN_IST_BLATTNAME, a);
    // Overview: personnel plan up to October 157.500 €, actual 29.901 €, forecast 61.401 €.
    const personal = zeileMit(plan, "Personalkosten");
    expect([w(`C${personal}`), w(`D${personal}`), w(`E${personal}`), w(`H${personal}`)]).toEqual([
      189000, 157500, 29901, 61401,
    ]);
    // All costs forecast 101.487,96 €.
    expect(w(`H${zeileMit(plan, "Gesamtkosten")}`)).toBe(101487.96);
    // Refund: planned 168.000 € (year) and 140.000,01 € (to October), due 26.333,33 €, forecast 54.333,34 €.
    const erstattung = zeileMit(plan, "Landeserstattung");
    expect([w(`C${erstattung}`), w(`D${erstattung}`), w(`E${erstattung}`), w(`H${erstattung}`)]).toEqual([
      168000, 140000.01, 26333.33, 54333.34,
    ]);
    // The assumption is printed as one.
    expect(String(w("A4"))).toMatch(
      /^Annahme \(Voreinstellung des Programms\): Höchstbetrag je Stelle nach besetzten Monaten gekürzt/,
    );
    expect(
      fake
        .raster(PLAN_IST_BLATTNAME)
        .flat()
        .filter((t) => t.startsWith("#")),
    ).toEqual([]);
  });

  it("a corrected actual in the monthly values recalculates difference and forecast", async () => {
    const plan = blatt(modus);
    const fake = createFakeExcel();
    await fuegeBlattEin(fake, plan);
    const personal = zeileMit(plan, "Personalkosten");
    // Fachkraft 1's actual row: September (column K) 5.100 → 5.200 €.
    const detailKopf = plan.zellen.findIndex((z) => z[1] !== null && "text" in z[1] && z[1].text === "Plan/Ist");
    const ist = zeileMit(plan, "Fachkraft 1", detailKopf) + 1;
    expect(fake.wert(PLAN_IST_BLATTNAME, `B${ist}`)).toBe("Ist");
    fake.setzeWert(PLAN_IST_BLATTNAME, `K${ist}`, 5200);
    expect(fake.wert(PLAN_IST_BLATTNAME, `E${personal}`)).toBe(30001);
    expect(fake.wert(PLAN_IST_BLATTNAME, `H${personal}`)).toBe(61501);
  });
});

test("the sheet prints on A4 landscape, one page wide, with a chart of plan and actual", () => {
  const plan = blatt("nativ");
  expect(plan.druck).toMatchObject({ papier: "A4", querformat: true, seitenBreit: 1 });
  expect(plan.diagramme).toHaveLength(1);
  expect(plan.diagramme[0]).toMatchObject({ typ: "saeulen", reihenIn: "spalten", titel: "Plan und Ist je Monat 2013" });
});

test("a post planned from September is named under the notes", () => {
  const stand = seed004Stand();
  const o = { ...planIstOptionen(), wahl: { besetzungen: { Assistenz: { abMonat: 9 } } } };
  const plan = baueArbeitsmappe(stand.zustand.szenarien, { modus: "nativ", datum: new Date(2013, 10, 15), planIst: o });
  const b = plan.blaetter.find((x) => x.name === PLAN_IST_BLATTNAME)!;
  const texte = b.zellen.flatMap((z) => z.flatMap((c) => (c && "text" in c ? [c.text] : [])));
  expect(texte).toContain("Besetzung laut Plan: Assistenz (Assistenz): September, Oktober, November, Dezember.");
});
