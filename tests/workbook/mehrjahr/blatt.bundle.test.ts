/**
 * The "Mehrjahresplanung" sheet written into the fake Excel host and computed by HyperFormula with
 * the BUILT KI.* functions: values read back per year, the 2017 step in the refund, identical
 * cents in the modes "ki" and "nativ", agreement with the core projection, and live recalculation
 * when an assumption or an "Annahmen" cell changes.
 */
import { createFakeExcel } from "../../../devtools/fakeHost";
import { Mehrjahresannahmen, centZuEuro, fortschreibung, vergleicheMehrjahre } from "../../../src/core";
import { Szenario, erzeugeVorlage } from "../../../src/scenario";
import { kizMitAusbau } from "./szenarien";
import { Basisgroesse, baueMehrjahresBlatt, MEHRJAHR_BLATTNAME } from "../../../src/workbook/mehrjahr/blatt";
import { berechneSzenario, kostenstruktur } from "../../../src/scenario/berechnung";
import type { BlattPlan } from "../../../src/workbook/plan";
import type { Formelmodus, MehrjahrOptionen } from "../../../src/scenario/optionen";
import { GeladeneFunktionen, ladeFunktionen } from "../../helpers/ladeFunktionen";
import { fuegeBlattEin } from "../../excel/hilfen";
import { pruefeFormelergebnisse } from "../../helpers/formelergebnisse";

/** Year-by-year comparison of two scenarios through the core, as the sheet computes it. */
function mehrjahresvergleichFuerSzenarien(basis: Szenario, ki: Szenario, annahmen: Mehrjahresannahmen) {
  const struktur = (s: Szenario) => kostenstruktur(s, berechneSzenario(s));
  return vergleicheMehrjahre(struktur(basis), struktur(ki), annahmen);
}

let ki: GeladeneFunktionen;
beforeAll(() => {
  ki = ladeFunktionen();
});

const OPTIONEN: MehrjahrOptionen = {
  vonJahr: 2013,
  bisJahr: 2019,
  personalSteigerung: 0.025,
  sachSteigerung: 0.02,
  zinssatz: 0.03,
};

interface Layout {
  jahre: Map<number, number>;
  /** Zero-based column of each header text in the header row (last occurrence wins per name). */
  spalten: (text: string) => number[];
  kopfZeile: number;
}

function layout(plan: BlattPlan): Layout {
  const jahre = new Map<number, number>();
  let kopfZeile = -1;
  plan.zellen.forEach((zeile, i) => {
    const a = zeile[0];
    if (a && "zahl" in a && a.zahl >= 1900 && a.zahl <= 2200 && i > 12) jahre.set(a.zahl, i);
  });
  kopfZeile = Math.min(...jahre.values()) - 1;
  const kopf = plan.zellen[kopfZeile];
  return {
    jahre,
    kopfZeile,
    spalten: (text) => kopf.flatMap((z, j) => (z && "text" in z && z.text === text ? [j] : [])),
  };
}

function a1(zeile: number, spalte: number): string {
  let n = spalte + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${zeile + 1}`;
}

async function einfuegen(
  modus: Formelmodus,
  szenarien: Szenario[],
  bezug?: (j: number, g: Basisgroesse) => string | null,
) {
  const fake = createFakeExcel({ ki, blaetter: ["Annahmen"] });
  const plan = baueMehrjahresBlatt({ szenarien, optionen: OPTIONEN, modus, bezug });
  await fuegeBlattEin(fake, plan);
  return { fake, plan };
}

describe("Mehrjahresplanung 2013–2019 im Fake-Host (Rhein-Sieg: derzeitige Struktur gegen KIZ mit Ausbau)", () => {
  const szenarien = () => [erzeugeVorlage("rsk-2013-derzeitig"), kizMitAusbau()];

  it.each<Formelmodus>(["ki", "nativ"])("Modus %s: jede Formelzelle ergibt den Wert des Kerns", async (modus) => {
    const { fake, plan } = await einfuegen(modus, szenarien());
    expect(fake.blattnamen()).toContain(MEHRJAHR_BLATTNAME);
    // 7 years × (2 scenarios × 5 + 2 − the baseline's literal refund 0) + totals and present values.
    expect(pruefeFormelergebnisse(fake, [plan])).toBe(7 * 11 + 14);
  });

  it("zeigt die Stufe 2017 in der Landeserstattung des KIZ", async () => {
    const { fake, plan } = await einfuegen("ki", szenarien());
    const l = layout(plan);
    const [, erstattungKiz] = l.spalten("Landeserstattung");
    const erstattung = (jahr: number) => fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(jahr)!, erstattungKiz));
    // 2013–2016 (Richtlinie 2012): only the base posts, capped at 170.000 €.
    for (const jahr of [2013, 2014, 2015, 2016]) expect(erstattung(jahr)).toBe(170000);
    // 2017 (Ausbau): 170.000 + min(180.000 × 1,025^4; 3 × 50.000) + min(40.000 × 1,02^4; 50.000)
    //   = 170.000 + 150.000 + 43.297,29 (40.000 × 1,08243216 = 43.297,2864) = 363.297,29 €.
    expect(erstattung(2017)).toBe(363297.29);
    const regelSpalte = l.spalten("Regelwerk (KIZ)")[0];
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2016)!, regelSpalte))).toBe("NRW-2012 (belegt)");
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2017)!, regelSpalte))).toBe("NRW-2017 (belegt)");
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2019)!, regelSpalte))).toBe("NRW-2018 (belegt)");
    expect(fake.formel(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2017)!, erstattungKiz))).toMatch(
      /^=KI\.LANDESERSTATTUNG\(KI\.FORTSCHREIBUNG\(/,
    );
  });

  it("rechnet das erste Jahr wie der Kostenvergleich und die Mehrbelastung kumuliert mit Barwert", async () => {
    const { fake, plan } = await einfuegen("nativ", szenarien());
    const l = layout(plan);
    const z2013 = l.jahre.get(2013)!;
    const [eaBasis, eaKiz] = [1, 2];
    // 2013: derzeitig 102.316 €; KIZ 353.094 + 180.000 × 1,3 + 40.000 (extra project funds) − 170.000 = 457.094 €.
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(z2013, eaBasis))).toBe(102316);
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(z2013, eaKiz))).toBe(457094);
    const diff = l.spalten("Mehrbelastung KIZ ggü. Derzeitige Struktur")[0];
    const kum = l.spalten("Mehrbelastung kumuliert")[0];
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(z2013, diff))).toBe(354778);
    const v = mehrjahresvergleichFuerSzenarien(szenarien()[0], szenarien()[1], {
      ...OPTIONEN,
      preisbasisJahr: 2013,
    } as Mehrjahresannahmen);
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2019)!, kum))).toBe(centZuEuro(v.summeDifferenz));
    const barwertZeile = l.jahre.get(2019)! + 2;
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(barwertZeile, diff))).toBe(centZuEuro(v.barwertDifferenz));
    expect(fake.formel(MEHRJAHR_BLATTNAME, a1(barwertZeile, diff))).toMatch(
      /^=ROUND\(D\d+\+NPV\(\$B\$7,D\d+:D\d+\),2\)$/,
    );
  });

  it("gibt in beiden Modi dieselben Cent", async () => {
    const k = await einfuegen("ki", szenarien());
    const n = await einfuegen("nativ", szenarien());
    const l = layout(k.plan);
    const letzte = Math.max(...l.jahre.values()) + 2;
    const breite = Math.max(...k.plan.zellen.map((z) => z.length));
    const bereich = `A1:${a1(letzte, breite - 1)}`;
    const kiWerte = k.fake.werte(MEHRJAHR_BLATTNAME, bereich);
    expect(n.fake.werte(MEHRJAHR_BLATTNAME, bereich)).toEqual(kiWerte);
    expect(kiWerte.flat().some((w) => typeof w === "string" && w.startsWith("#"))).toBe(false);
  });

  it("rechnet live: eine geänderte Steigerung oder ein geänderter Wert in „Annahmen“ ändert die Jahre", async () => {
    // A stand-in "Annahmen" sheet with the KIZ's base personnel costs; the sheet references that cell.
    const s = szenarien();
    const fake = createFakeExcel({ ki, blaetter: ["Annahmen"] });
    fake.setzeWert("Annahmen", "B2", 238300);
    const plan = baueMehrjahresBlatt({
      szenarien: s,
      optionen: OPTIONEN,
      modus: "ki",
      bezug: (j, g) => (j === 1 && g === "personalGrund" ? "Annahmen!$B$2" : null),
    });
    await fuegeBlattEin(fake, plan);
    expect(fake.formel(MEHRJAHR_BLATTNAME, "C13")).toBe("=Annahmen!$B$2");
    pruefeFormelergebnisse(fake, [plan]);
    const l = layout(plan);
    const eaKiz = 2;
    const z2019 = l.jahre.get(2019)!;
    fake.setzeWert(MEHRJAHR_BLATTNAME, "B5", 0.03);
    const mitDreiProzent = mehrjahresvergleichFuerSzenarien(s[0], s[1], {
      ...OPTIONEN,
      personalSteigerung: 0.03,
    }).ki.jahre.find((j) => j.jahr === 2019)!;
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(z2019, eaKiz))).toBe(centZuEuro(mitDreiProzent.eigenanteil));
    // 38.300 € less base personnel costs (2013 prices) in "Annahmen": the base grant stays capped at
    // 170.000 €, the overhead line is its own cell (carried by the price rate), so the Eigenanteil of 2019
    // falls by exactly the carried-forward difference 238.300 × 1,03^6 − 200.000 × 1,03^6.
    fake.setzeWert("Annahmen", "B2", 200000);
    const erwartet =
      mitDreiProzent.eigenanteil - (fortschreibung(23_830_000, 0.03, 6) - fortschreibung(20_000_000, 0.03, 6));
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(z2019, eaKiz))).toBe(centZuEuro(erwartet));
  });

  it("zeichnet ein Liniendiagramm der Eigenanteile mit den Jahren als Kategorien", async () => {
    const { fake, plan } = await einfuegen("ki", szenarien());
    const l = layout(plan);
    const [d] = fake.diagramme(MEHRJAHR_BLATTNAME);
    expect(d).toMatchObject({
      name: "KI_Mehrjahresplanung_Eigenanteil",
      typ: "LineMarkers", // the product writer draws lines with markers
      titel: "Eigenanteil und Mehrbelastung je Jahr",
    });
    // Years | Eigenanteil derzeitig | Eigenanteil KIZ | Mehrbelastung.
    expect(d.quelle).toBe(`${MEHRJAHR_BLATTNAME}!A${l.kopfZeile + 1}:D${l.jahre.get(2019)! + 1}`);
    expect(fake.wert(MEHRJAHR_BLATTNAME, `A${l.kopfZeile + 1}`)).toBe("");
  });

  it("kennzeichnet die Sätze als eigene Annahmen und nennt die angewandten Regelwerke mit Quelle", async () => {
    const { fake } = await einfuegen("ki", szenarien());
    const texte = fake.raster(MEHRJAHR_BLATTNAME).flat();
    expect(texte).toContain("Eigene Annahmen");
    expect(texte.filter((t) => /^Eigene Annahme \(/.test(t))).toHaveLength(3);
    expect(texte.some((t) => t.startsWith("Angewandt: Förderrichtlinie KI 2012 (NRW-2012, 2012–2016). Quelle: "))).toBe(
      true,
    );
    expect(texte.some((t) => t.startsWith("Angewandt: Ausbau der KI ab 2017 (NRW-2017, 2017). Quelle: "))).toBe(true);
    expect(fake.text(MEHRJAHR_BLATTNAME, "B5")).toBe("2,50%");
  });

  it("zeigt vor 2012 keine Förderung statt #NV", async () => {
    const fake = createFakeExcel({ ki });
    const plan = baueMehrjahresBlatt({
      szenarien: szenarien(),
      optionen: { ...OPTIONEN, vonJahr: 2010, bisJahr: 2013 },
      modus: "ki",
    });
    await fuegeBlattEin(fake, plan);
    const l = layout(plan);
    const [, erstattungKiz] = l.spalten("Landeserstattung");
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2011)!, erstattungKiz))).toBe(0);
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2011)!, l.spalten("Regelwerk (KIZ)")[0]))).toBe(
      "keine Förderung",
    );
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(l.jahre.get(2012)!, erstattungKiz))).toBeGreaterThan(0);
  });
});

describe("Preisstand: die Beträge gelten im Jahr des Szenarios", () => {
  it("2013er Vorlage, Planung 2020–2022: 2020 = Beträge von 2013, sieben Jahre fortgeschrieben", async () => {
    // For 2020 on no rule set is known (issue 22): the KI chooses one explicitly.
    const kiz = kizMitAusbau();
    const s = [
      erzeugeVorlage("rsk-2013-derzeitig"),
      { ...kiz, erstattung: { ...kiz.erstattung, regelwerk: "NRW-2018" } },
    ];
    const optionen: MehrjahrOptionen = { ...OPTIONEN, vonJahr: 2020, bisJahr: 2022 };
    const fake = createFakeExcel({ ki, blaetter: ["Annahmen"] });
    const plan = baueMehrjahresBlatt({ szenarien: s, optionen, modus: "nativ" });
    await fuegeBlattEin(fake, plan);
    pruefeFormelergebnisse(fake, [plan]);
    const l = layout(plan);
    const z2020 = l.jahre.get(2020)!;
    const [personalBasis] = l.spalten("Personalkosten");
    // Derzeitige Struktur 2013: Personalkosten of its lines, carried forward 7 years at 2,5 %.
    const basis = kostenstruktur(s[0], berechneSzenario(s[0]));
    const erwartet = fortschreibung(basis.personalGrund, 0.025, 7) + fortschreibung(basis.personalZusatz, 0.025, 7);
    expect(fake.wert(MEHRJAHR_BLATTNAME, a1(z2020, personalBasis))).toBe(centZuEuro(erwartet));
    expect(erwartet).toBeGreaterThan(basis.personalGrund + basis.personalZusatz);
    expect(fake.wert(MEHRJAHR_BLATTNAME, "B8")).toBe(2013);
  });
});
