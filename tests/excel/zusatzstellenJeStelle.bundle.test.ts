/**
 * Issue 22 items 1 and 2: every extra (Ausbau) post is capped on its own, min(cap × share, cost),
 * and the result does not depend on the order of the rows — in the core, through the built
 * KI.LANDESERSTATTUNG and on the sheets of both formula modes (Kostenvergleich and every formula
 * of every sheet, including the Mehrjahresplanung).
 */
import { berechneSzenario, leeresSzenario, type Stelle, type Szenario } from "../../src/scenario";
import type { Formelmodus } from "../../src/scenario/optionen";
import { baueArbeitsmappe, berechneBezuege } from "../../src/workbook";
import { pruefeFormelergebnisse } from "../helpers/formelergebnisse";
import { ladeFunktionen } from "../helpers/ladeFunktionen";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

let ki: Record<string, (...a: unknown[]) => unknown>;
beforeAll(() => {
  ki = ladeFunktionen().funktionen as typeof ki;
});

function stelle(id: string, art: Stelle["art"], satz: number, anteil = 1, extra: Partial<Stelle> = {}): Stelle {
  return { id, bezeichnung: id, gruppe: "EG 9b", anteil, eigenerSatz: satz, art, ...extra };
}

/** 2019, base posts at 170.000, two extra posts costing 71.600 € and 41.000 €, Sachausgaben 28.123,45 €. */
function zweiZusatzstellen(): Szenario {
  return {
    ...leeresSzenario(),
    name: "KI 2019",
    jahr: 2019,
    stellen: [
      stelle("Grundstellen", "kommunal", 200_000),
      stelle("Zusatz A", "zusatz", 71_600),
      stelle("Zusatz B", "zusatz", 41_000),
    ],
    projektmittel: 30_000,
    erstattung: { aktiv: true, regelwerk: "auto", sachausgaben: 28_123.45 },
  };
}

/** 2019, base posts at 150.000, 1,5 extra posts: the half post (29.802,95 €) listed first. */
function anderthalbStellen(halbeZuerst: boolean): Szenario {
  const halbe = stelle("halbe Zusatzstelle", "zusatz", 59_605.9, 0.5);
  const volle = stelle("volle Zusatzstelle", "zusatz", 71_600);
  return {
    ...leeresSzenario(),
    name: "KI 2019 (1,5 Zusatzstellen)",
    jahr: 2019,
    stellen: [stelle("Grundstellen", "kommunal", 150_000), ...(halbeZuerst ? [halbe, volle] : [volle, halbe])],
    erstattung: { aktiv: true, regelwerk: "auto", sachausgaben: 0 },
  };
}

const MEHRJAHR = { vonJahr: 2017, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 };

async function erstattungImBlatt(modus: Formelmodus, s: Szenario): Promise<unknown> {
  const plan = baueArbeitsmappe([s], { modus, datum: DATUM, mehrjahr: MEHRJAHR });
  const fake = neueMappe(["Tabelle1"]);
  await zugriffAuf(fake).fuegeEin(plan);
  // Every formula of every sheet gives the core's figure (refund rows of the multi-year sheet too).
  expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(50);
  const [blatt, adresse] = berechneBezuege([s]).szenarien[0].kosten.landeserstattung.replace(/\$/g, "").split("!");
  return fake.wert(blatt, adresse);
}

describe("extra posts capped one by one: two posts costing 71.600 € and 41.000 €", () => {
  it("the core refunds 289.123,45 € (pooled it was 298.123,45 €)", () => {
    expect(berechneSzenario(zweiZusatzstellen()).aufstellung.landeserstattung).toBe(28_912_345);
  });

  it("KI.LANDESERSTATTUNG with per-post costs, as a column and as Jahreskosten | Stellenanteil", () => {
    expect(ki.LANDESERSTATTUNG(200_000, 2019, "Kreis", 2, [[71_600], [41_000]], 28_123.45, null)).toBe(289_123.45);
    expect(ki.LANDESERSTATTUNG(200_000, 2019, "Kreis", 2, [[41_000], [71_600]], 28_123.45, null)).toBe(289_123.45);
    const bereich = [
      ["Jahreskosten", "Stellenanteil"],
      [71_600, 1],
      [41_000, 1],
    ];
    expect(ki.LANDESERSTATTUNG(200_000, 2019, "Kreis", null, bereich, 28_123.45, null)).toBe(289_123.45);
  });

  it.each(["ki", "nativ"] as Formelmodus[])("the sheet in mode %s shows 289.123,45 €", async (modus) => {
    expect(await erstattungImBlatt(modus, zweiZusatzstellen())).toBe(289_123.45);
  });
});

describe("fractional extra posts by share, not by position: 1,5 posts in 2019", () => {
  it("the core gives 225.000 € in either order (the old order-bound rule gave 204.802,95 €)", () => {
    expect(berechneSzenario(anderthalbStellen(true)).aufstellung.landeserstattung).toBe(22_500_000);
    expect(berechneSzenario(anderthalbStellen(false)).aufstellung.landeserstattung).toBe(22_500_000);
  });

  it("KI.LANDESERSTATTUNG with a Stellenanteil column gives 225.000 € in either order", () => {
    const halbeZuerst = [
      [29_802.95, 0.5],
      [71_600, 1],
    ];
    expect(ki.LANDESERSTATTUNG(150_000, 2019, "Kreis", 1.5, halbeZuerst, 0, null)).toBe(225_000);
    expect(ki.LANDESERSTATTUNG(150_000, 2019, "Kreis", 1.5, [...halbeZuerst].reverse(), 0, null)).toBe(225_000);
    // Without the count the listed shares count.
    expect(ki.LANDESERSTATTUNG(150_000, 2019, "Kreis", null, halbeZuerst, 0, null)).toBe(225_000);
  });

  it("two costs side by side are not read as a cost and a share", () => {
    const v = ki.LANDESERSTATTUNG(150_000, 2019, "Kreis", 2, [[60_000, 60_000]], 0, null) as { message?: string };
    expect(v.message).toMatch(/Jahreskosten € \| Stellenanteil/);
  });

  it("more posts than funded: the posts with the highest cost per FTE are funded, whatever the order", () => {
    // kreisfreie Stadt: 2 posts funded of three costing 30.000, 60.000 and 10.000.
    for (const liste of [
      [[30_000], [60_000], [10_000]],
      [[10_000], [30_000], [60_000]],
    ]) {
      expect(ki.LANDESERSTATTUNG(238_300, 2017, "Stadt", 3, liste, 0, null)).toBe(170_000 + 50_000 + 30_000);
    }
    // Four posts of 40.000 €, three funded: 120.000 €, not 3 × 50.000 €.
    const vier = [[40_000], [40_000], [40_000], [40_000]];
    expect(ki.LANDESERSTATTUNG(238_300, 2017, "Kreis", 4, vier, 0, null)).toBe(170_000 + 120_000);
  });

  it.each(["ki", "nativ"] as Formelmodus[])("the sheet in mode %s: 225.000 € in either order", async (modus) => {
    expect(await erstattungImBlatt(modus, anderthalbStellen(true))).toBe(225_000);
    expect(await erstattungImBlatt(modus, anderthalbStellen(false))).toBe(225_000);
  });
});
