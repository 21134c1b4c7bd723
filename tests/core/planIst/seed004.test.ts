/**
 * Seed 004's facts (docs/QUELLEN.md#vakanz): a KI of a Kreis approved in December 2012 for 2013
 * under the 2012 guideline, whose posts are filled only from September 2013. The plan is the
 * decision (all posts from January); the actuals come month by month up to October (Stichmonat).
 * Every expected figure is computed by hand below, in cents, and the core must give exactly it.
 */
import {
  type Cent,
  type Istwerte,
  type PlanIstEingabe,
  baueEigeneFoerderregel,
  besetzteMonate,
  findeFoerderregelNachId,
  planIst,
  vakanzregel,
} from "../../../src/core";

const GANZES_JAHR = besetzteMonate();

/**
 * Posts of the decision, yearly costs in €:
 *   Fachkraft 1  60.000 (cap 50.000)   → 5.000,00 € a month
 *   Fachkraft 2  60.000 (cap 50.000)   → 5.000,00 € a month
 *   Verwaltung   48.000 (cap 50.000)   → 4.000,00 € a month
 *   Assistenz ½  21.000 (cap 20.000 for the ½ post) → 1.750,00 € a month
 * Personnel 189.000 €/yr = 15.750 € a month. Overhead 30 % = 56.700 €/yr = 4.725 € a month.
 * IT 9.000 €/yr = 750 € a month; rooms 12.000 €/yr = 1.000 € a month; project funds 10.000 €/yr:
 * 1.000.000 cents / 12 = 83.333 rest 4, so January–April 83.334 cents, May–December 83.333 cents.
 */
function eingabe(regel = findeFoerderregelNachId("NRW-2012")): PlanIstEingabe {
  return {
    jahr: 2013,
    koerperschaft: "Kreis",
    regel,
    querschnittssatz: 0.3,
    sachkosten: { it: 900_000, raum: 1_200_000, projektmittel: 1_000_000 },
    sachausgaben: 0,
    stellen: [
      {
        schluessel: "FK1",
        bezeichnung: "Fachkraft 1",
        art: "grund",
        position: "Fachkraft",
        anteil: 1,
        jahreskosten: 6_000_000,
        besetzt: GANZES_JAHR,
      },
      {
        schluessel: "FK2",
        bezeichnung: "Fachkraft 2",
        art: "grund",
        position: "Fachkraft",
        anteil: 1,
        jahreskosten: 6_000_000,
        besetzt: GANZES_JAHR,
      },
      {
        schluessel: "VW",
        bezeichnung: "Verwaltung",
        art: "grund",
        position: "Verwaltung",
        anteil: 1,
        jahreskosten: 4_800_000,
        besetzt: GANZES_JAHR,
      },
      {
        schluessel: "AS",
        bezeichnung: "Assistenz",
        art: "grund",
        position: "Assistenz",
        anteil: 0.5,
        jahreskosten: 2_100_000,
        besetzt: GANZES_JAHR,
      },
    ],
  };
}

/** Months Jan–Dec; null = not reported. Actuals up to October. */
function monate(werte: Record<number, Cent>): Array<Cent | null> {
  return Array.from({ length: 12 }, (_, i) => (i < 10 ? (werte[i + 1] ?? 0) : null));
}

/**
 * Actuals (finance system, €): nobody before September; Fachkraft 1 5.100 in Sep and Oct;
 * Fachkraft 2 4.950,50 in Sep and Oct; Verwaltung 4.000 in Sep and Oct; the Assistenz starts in
 * October, 1.800. Rooms 1.000 every month; IT 4.500 once in September; project funds 2.000 in
 * October. No overhead row: overhead is derived as 30 % of each month's actual personnel.
 */
const IST: Istwerte = {
  FK1: monate({ 9: 510_000, 10: 510_000 }),
  FK2: monate({ 9: 495_050, 10: 495_050 }),
  VW: monate({ 9: 400_000, 10: 400_000 }),
  AS: monate({ 10: 180_000 }),
  Raum: monate({
    1: 100_000,
    2: 100_000,
    3: 100_000,
    4: 100_000,
    5: 100_000,
    6: 100_000,
    7: 100_000,
    8: 100_000,
    9: 100_000,
    10: 100_000,
  }),
  IT: monate({ 9: 450_000 }),
  Projektmittel: monate({ 10: 200_000 }),
};

test("the plan: twelve months of each post make its yearly cost; cents spread from January on", () => {
  const r = planIst(eingabe(), IST);
  const zeile = (k: string) => r.zeilen.find((z) => z.schluessel === k)!;
  expect(zeile("FK1").plan).toEqual(Array(12).fill(500_000));
  expect(zeile("AS").plan).toEqual(Array(12).fill(175_000));
  expect(r.personal.plan).toEqual(Array(12).fill(1_575_000));
  expect(zeile("Querschnitt").plan).toEqual(Array(12).fill(472_500));
  expect(zeile("Projektmittel").plan).toEqual([...Array(4).fill(83_334), ...Array(8).fill(83_333)]);
});

test("actuals up to October, the difference, and the overhead derived from actual personnel", () => {
  const r = planIst(eingabe(), IST);
  expect(r.stichmonat).toBe(10);
  // Personnel Jan–Oct: plan 10 × 15.750 = 157.500 €; actual 10.200 + 9.901 + 8.000 + 1.800 = 29.901 €.
  const bis = (w: readonly number[]) => w.slice(0, 10).reduce((s, x) => s + x, 0);
  expect(bis(r.personal.plan)).toBe(15_750_000);
  expect(bis(r.personal.ist)).toBe(2_990_100);
  // Overhead: Sep 30 % × (5.100 + 4.950,50 + 4.000) = 30 % × 14.050,50 = 4.215,15 €;
  //           Oct 30 % × (14.050,50 + 1.800) = 30 % × 15.850,50 = 4.755,15 €.
  const q = r.zeilen.find((z) => z.schluessel === "Querschnitt")!;
  expect(q.istAbgeleitet).toBe(true);
  expect(q.ist).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 421_515, 475_515, 0, 0]);
  expect(r.hinweise.join(" ")).toContain("Querschnitts-/Sachkosten: keine Ist-Werte eingelesen");
});

test("refund due for the actual spending, with the caps cut by the months filled (default, an assumption)", () => {
  const r = planIst(eingabe(), IST);
  expect(r.vakanz.kuerzung).toBe("monatsanteilig");
  expect(r.vakanz.status).toBe("angenommen");
  expect(r.vakanz.text).toMatch(/^Annahme/);
  // Months with actual costs up to October: FK1 2, FK2 2, VW 2, AS 1.
  // FK1: cap 50.000 × 2/12 = 8.333,333… €, cost 10.200 → 8.333,33 €.
  // FK2: cap 8.333,333…, cost 9.901 → 8.333,33 €.   VW: cap 8.333,33…, cost 8.000 → 8.000,00 €.
  // AS:  cap 20.000 for the ½ post × 1/12 = 1.666,666… €, cost 1.800 → 1.666,67 €.
  // Due: 8.333,33 + 8.333,33 + 8.000 + 1.666,67 = 26.333,33 €.
  const je = Object.fromEntries(r.erstattung.jeStelle.map((s) => [s.schluessel, s]));
  expect([je.FK1.zustehend, je.FK2.zustehend, je.VW.zustehend, je.AS.zustehend]).toEqual([
    833_333, 833_333, 800_000, 166_667,
  ]);
  expect(r.erstattung.zustehend).toBe(2_633_333);
  // Planned for the year: min(50.000, 60.000) × 2 + min(50.000, 48.000) + min(20.000, 21.000) = 168.000 €.
  expect(r.erstattung.planJahr).toBe(16_800_000);
  // Planned up to October (10 months, costs 10/12 of the year): FK 50.000 × 10/12 = 41.666,666… < 50.000
  // → 41.666,67 each; VW min(41.666,67, 40.000) = 40.000; AS min(20.000 × 10/12 = 16.666,666…, 17.500)
  // → 16.666,67. Sum 41.666,67 × 2 + 40.000 + 16.666,67 = 140.000,01 €.
  expect(r.erstattung.planBisStichmonat).toBe(14_000_001);
});

test("year-end forecast: actuals to October, plan for November and December", () => {
  const r = planIst(eingabe(), IST);
  // Personnel: FK1 10.200 + 2 × 5.000 = 20.200; FK2 9.901 + 10.000 = 19.901; VW 8.000 + 8.000 = 16.000;
  // AS 1.800 + 2 × 1.750 = 5.300. Sum 61.401 €.
  expect(r.personal.prognose.reduce((s, x) => s + x, 0)).toBe(6_140_100);
  // All lines: personnel 61.401 + overhead (4.215,15 + 4.755,15 + 2 × 4.725 = 18.420,30) + IT (4.500 + 2 × 750
  // = 6.000) + rooms (10 × 1.000 + 2 × 1.000 = 12.000) + project funds (2.000 + 2 × 833,33 = 3.666,66)
  // = 101.487,96 €.
  expect(r.gesamt.prognose.reduce((s, x) => s + x, 0)).toBe(10_148_796);
  // Refund forecast: months filled FK1 4, FK2 4, VW 4, AS 3.
  // FK1: cap 50.000 × 4/12 = 16.666,666… < 20.200 → 16.666,67; FK2 the same (19.901);
  // VW: min(16.666,67, 16.000) = 16.000; AS: cap 20.000 × 3/12 = 5.000 < 5.300 → 5.000.
  // Sum 16.666,67 × 2 + 16.000 + 5.000 = 54.333,34 €.
  expect(r.erstattung.prognoseJahr).toBe(5_433_334);
});

test("an own rule set that keeps the yearly cap for vacant months: the whole actual spending is refunded", () => {
  const eigen = baueEigeneFoerderregel({
    name: "Bescheid 2013",
    quelle: "Zuwendungsbescheid vom 20.12.2012",
    finanzierungsart: "Festbetragsfinanzierung",
    positionen: [
      { position: "Fachkraft", jeStelle: 5_000_000, stellen: 2 },
      { position: "Verwaltung", jeStelle: 5_000_000, stellen: 1 },
      { position: "Assistenz", jeStelle: 2_000_000, stellen: 0.5 },
    ],
    zusatzstellen: null,
    sachausgaben: null,
    vakanzkuerzung: "keine",
  });
  expect(vakanzregel(eigen)).toMatchObject({ kuerzung: "keine", herkunft: "Regelwerk", status: "angenommen" });
  const r = planIst(eingabe(eigen), IST);
  // Each post's cost up to October stays below its yearly cap: 10.200 + 9.901 + 8.000 + 1.800 = 29.901 €.
  expect(r.erstattung.zustehend).toBe(2_990_100);
  expect(r.hinweise.join(" ")).not.toContain("gekürzt");
});

test("a post filled from 1 September, and a vacancy from March to May, in the plan", () => {
  expect(besetzteMonate({ abMonat: 9 })).toEqual([...Array(8).fill(false), ...Array(4).fill(true)]);
  expect(besetzteMonate({ vakanzen: [{ vonMonat: 3, bisMonat: 5 }] })).toEqual([
    true,
    true,
    false,
    false,
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
  const e = eingabe();
  const spaet = { ...e, stellen: e.stellen.map((st) => ({ ...st, besetzt: besetzteMonate({ abMonat: 9 }) })) };
  const r = planIst(spaet);
  // Planned from September: 4 months. FK: 4 × 5.000 = 20.000 € cost, cap 50.000 × 4/12 = 16.666,67 → 16.666,67.
  expect(r.erstattung.jeStelle[0].planJahr).toBe(1_666_667);
  expect(r.stichmonat).toBe(0);
  expect(r.erstattung.prognoseJahr).toBe(r.erstattung.planJahr);
  expect(() => besetzteMonate({ abMonat: 13 })).toThrow("Der erste besetzte Monat muss ein Monat von 1 bis 12 sein");
});
