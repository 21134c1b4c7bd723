/**
 * The "Umlage" sheet in the fake Excel host with the BUILT KI.* functions: the Rhein-Sieg preset
 * (19 members, blank amounts), amounts typed in afterwards, the § 56 Abs. 4 KrO reduction, and
 * identical cents in the modes "ki" (KI.UMLAGE spills) and "nativ" (largest remainder in helper
 * columns). The Umlagegrundlagen used here are made-up test amounts; the real ones are not public.
 */
import fc from "fast-check";
import { createFakeExcel, FakeExcel } from "../../../devtools/fakeHost";
import { centZuEuro, euroZuCent, verteileUmlage } from "../../../src/core";
import { erzeugeVorlagenSatz } from "../../../src/scenario";
import { UMLAGE_BLATTNAME, baueUmlageBlatt } from "../../../src/workbook/umlage/blatt";
import { rheinSiegUmlage } from "../../../src/cli/umlageDatei";
import type { BlattPlan } from "../../../src/workbook/plan";
import type { Formelmodus, UmlageMitglied } from "../../../src/scenario/optionen";
import { GeladeneFunktionen, ladeFunktionen } from "../../helpers/ladeFunktionen";
import { fuegeBlattEin } from "../../excel/hilfen";

/** The 19 Rhein-Sieg members with blank Umlagegrundlagen, as the CLI and the pane enter them. */
const rheinSiegMitglieder = () => rheinSiegUmlage().mitglieder;

let ki: GeladeneFunktionen;
beforeAll(() => {
  ki = ladeFunktionen();
});

// Rows (1-based) and columns of the sheet: members from row 11, C = Belastung, D = UG, E = Minderbelastung.
const ERSTE = 11;

async function einfuegen(
  modus: Formelmodus,
  mitglieder: UmlageMitglied[],
): Promise<{ fake: FakeExcel; plan: BlattPlan }> {
  const fake = createFakeExcel({ ki });
  const plan = baueUmlageBlatt({ szenarien: erzeugeVorlagenSatz("rhein-sieg-2013"), optionen: { mitglieder }, modus });
  await fuegeBlattEin(fake, plan);
  return { fake, plan };
}

function spalte(fake: FakeExcel, buchstabe: string, anzahl: number): number[] {
  return fake
    .werte(UMLAGE_BLATTNAME, `${buchstabe}${ERSTE}:${buchstabe}${ERSTE + anzahl - 1}`)
    .map(([w]) => w as number);
}

const cent = (werte: number[]) => werte.map((w) => Math.round(w * 100));

describe("Umlageblatt mit der Rhein-Sieg-Vorlage", () => {
  it.each<Formelmodus>(["ki", "nativ"])(
    "Modus %s: 19 Gemeinden ohne Beträge → überall 0 € und ein sichtbarer Hinweis",
    async (modus) => {
      const { fake } = await einfuegen(modus, rheinSiegMitglieder());
      expect(fake.wert(UMLAGE_BLATTNAME, "C4")).toBe(80778);
      expect(fake.werte(UMLAGE_BLATTNAME, `B${ERSTE}:B${ERSTE + 18}`).flat()).toEqual(
        rheinSiegMitglieder().map((m) => m.name),
      );
      expect(spalte(fake, "C", 19)).toEqual(Array(19).fill(0));
      expect(fake.wert(UMLAGE_BLATTNAME, "D11")).toBe("");
      expect(fake.wert(UMLAGE_BLATTNAME, "A8")).toBe(
        "Hinweis: Für 19 von 19 Gemeinden sind keine Umlagegrundlagen eingetragen; sie tragen 0 €. Bitte die Beträge in Spalte D eintragen.",
      );
      expect(fake.wert(UMLAGE_BLATTNAME, "C6")).toBe("–");
      const alles = fake.raster(UMLAGE_BLATTNAME).flat();
      expect(alles.filter((t) => t.startsWith("#"))).toEqual([]);
    },
  );

  it.each<Formelmodus>(["ki", "nativ"])(
    "Modus %s: eingetippte Umlagegrundlagen verteilen 80.778 € centgenau, Troisdorf zur Hälfte entlastet",
    async (modus) => {
      const { fake } = await einfuegen(modus, rheinSiegMitglieder());
      // Made-up amounts: 100 M€ + i × 7.777.777,77 € for member i; Much (Nr. 9) left blank.
      const grundlagen = rheinSiegMitglieder().map((_, i) => (i === 8 ? null : 100_000_000 + i * 7_777_777.77));
      grundlagen.forEach((g, i) => fake.setzeWert(UMLAGE_BLATTNAME, `D${ERSTE + i}`, g));
      const troisdorf = rheinSiegMitglieder().findIndex((m) => m.name === "Troisdorf");
      fake.setzeWert(UMLAGE_BLATTNAME, `E${ERSTE + troisdorf}`, 0.5);

      const v = verteileUmlage(
        8_077_800,
        grundlagen.map((g, i) => ({
          grundlage: g === null ? 0 : euroZuCent(g),
          minderbelastung: i === troisdorf ? 0.5 : 0,
        })),
      );
      expect(cent(spalte(fake, "F", 19))).toEqual(v.anteile);
      expect(cent(spalte(fake, "G", 19))).toEqual(v.entlastungen);
      expect(cent(spalte(fake, "H", 19))).toEqual(v.mehrbelastungen);
      const belastung = cent(spalte(fake, "C", 19));
      expect(belastung).toEqual(v.belastungen);
      expect(belastung.reduce((s, x) => s + x, 0)).toBe(8_077_800);
      expect(fake.wert(UMLAGE_BLATTNAME, `C${ERSTE + 19}`)).toBe(80778);
      expect(belastung[8]).toBe(0);
      expect(fake.wert(UMLAGE_BLATTNAME, "C6")).toBeCloseTo(v.hebesatzpunkte, 12);
      expect(fake.wert(UMLAGE_BLATTNAME, "A8")).toBe(
        "Hinweis: Für 1 von 19 Gemeinden sind keine Umlagegrundlagen eingetragen; sie tragen 0 €. Bitte die Beträge in Spalte D eintragen.",
      );
      // Troisdorf pays half its share; the other half is carried by the others.
      expect(belastung[troisdorf] * 2).toBeCloseTo(v.anteile[troisdorf], -1);
      expect(fake.wert(UMLAGE_BLATTNAME, "C7")).toBe(centZuEuro(v.entlastungen[troisdorf]));
    },
  );

  it("stimmt in beiden Modi für zufällige Grundlagen und Entlastungen auf den Cent mit dem Kern überein", async () => {
    const mitglied = fc.record({
      grundlage: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 1, max: 50_000_000_000 }).map((c) => c / 100) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      minderbelastung: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constantFrom(0.25, 0.5, 1) },
      ),
    });
    const faelle = fc.sample(
      fc
        .array(mitglied, { minLength: 2, maxLength: 25 })
        .filter((ms) => ms.some((m) => m.minderbelastung === 0 && m.grundlage !== null)),
      { seed: 56, numRuns: 12 },
    );
    for (const [k, roh] of faelle.entries()) {
      const mitglieder = roh.map((m, i) => ({ name: `Gemeinde ${i + 1}`, ...m }));
      const v = verteileUmlage(
        8_077_800,
        mitglieder.map((m) => ({
          grundlage: m.grundlage === null ? 0 : euroZuCent(m.grundlage),
          minderbelastung: m.minderbelastung,
        })),
      );
      for (const modus of ["ki", "nativ"] as const) {
        const { fake } = await einfuegen(modus, mitglieder);
        expect([k, modus, cent(spalte(fake, "C", mitglieder.length))]).toEqual([k, modus, v.belastungen]);
      }
    }
  });

  it("trägt die erwarteten Ergebnisse der Formeln in den Plan ein (für Writer mit Zwischenergebnis)", async () => {
    const mitglieder = rheinSiegMitglieder().map((m, i) => ({ ...m, grundlage: 1_000_000 * (i + 1) }));
    mitglieder[16].minderbelastung = 0.25;
    const { fake, plan } = await einfuegen("nativ", mitglieder);
    let geprueft = 0;
    plan.zellen.forEach((zeile, i) =>
      zeile.forEach((z, j) => {
        if (z && "formel" in z && z.ergebnis !== undefined) {
          const adresse = `${String.fromCharCode(65 + j)}${i + 1}`;
          const wert = fake.wert(UMLAGE_BLATTNAME, adresse);
          if (typeof z.ergebnis === "number" && typeof wert === "number" && !Number.isInteger(z.ergebnis * 100)) {
            expect(wert).toBeCloseTo(z.ergebnis, 12);
          } else expect([adresse, wert]).toEqual([adresse, z.ergebnis]);
          geprueft++;
        }
      }),
    );
    // Per member: share, reduction, redistribution, carrier basis, burden, quota; plus 4 cells on top and 7 totals.
    expect(geprueft).toBe(19 * 6 + 4 + 7);
  });

  it("zeichnet ein Balkendiagramm der Belastung je Gemeinde und hält Namen als Text", async () => {
    const mitglieder = [
      { name: '=HYPERLINK("http://x")', grundlage: 1, minderbelastung: 0 },
      { name: "-2", grundlage: 1, minderbelastung: 0 },
    ];
    const { fake, plan } = await einfuegen("ki", mitglieder);
    expect(plan.zellen[ERSTE - 1][1]).toEqual({ text: '=HYPERLINK("http://x")' });
    expect(fake.wert(UMLAGE_BLATTNAME, `B${ERSTE}`)).toBe('=HYPERLINK("http://x")');
    expect(fake.wert(UMLAGE_BLATTNAME, `B${ERSTE + 1}`)).toBe("-2");
    const [d] = fake.diagramme(UMLAGE_BLATTNAME);
    expect(d).toMatchObject({ typ: "BarClustered", titel: "Belastung je Gemeinde (€/Jahr)" });
    expect(d.quelle).toBe(`${UMLAGE_BLATTNAME}!B10:C12`);
    expect(spalte(fake, "C", 2)).toEqual([40389, 40389]);
  });

  it("nennt das Förderregelwerk der Landeserstattung in ΔC und wie sicher es ist (issue 22 item 3)", async () => {
    const { plan } = await einfuegen("nativ", rheinSiegMitglieder());
    const texte = plan.zellen.flat().flatMap((z) => (z && "text" in z ? [z.text] : []));
    expect(texte).toContain("Landeserstattung „KIZ“ in ΔC: Förderrichtlinie KI 2012 (NRW-2012) – belegt.");
  });

  it("meldet falsche Eingaben beim Erstellen deutsch", () => {
    const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
    expect(() => baueUmlageBlatt({ szenarien, optionen: { mitglieder: [] }, modus: "ki" })).toThrow(/mindestens eine/);
    expect(() =>
      baueUmlageBlatt({
        szenarien,
        optionen: { mitglieder: [{ name: "A", grundlage: -1, minderbelastung: 0 }] },
        modus: "ki",
      }),
    ).toThrow(/nicht negativ/);
    expect(() =>
      baueUmlageBlatt({
        szenarien,
        optionen: { mitglieder: [{ name: "A", grundlage: 1, minderbelastung: 2 }] },
        modus: "ki",
      }),
    ).toThrow(/zwischen 0 % und 100 %/);
  });
});
