/**
 * The levy sheet's member rows are built on demand (BlattPlan.zeilenblock): what a writer reads
 * through zeileDes/zelleDes is exactly what `zellen` (built on first read) holds, in both formula
 * sets, and the plan as data (JSON, spread) shows the same grid as before.
 */
import { erzeugeVorlagenSatz } from "../../../src/scenario";
import { breiteDes, zeileDes, zeilenzahlDes, zelleDes, type Zelle } from "../../../src/workbook/plan";
import { ausgeschriebeneMitgliedZeilen, baueUmlageBlatt } from "../../../src/workbook/umlage/blatt";
import { WanderndeFormel } from "../../../src/workbook/formelvorlage";

const mitglieder = Array.from({ length: 40 }, (_, i) => ({
  name: `Gemeinde ${i}`,
  grundlage: i % 7 === 3 ? null : 1_000_000 + i * 37.25,
  minderbelastung: i % 5 === 0 ? 0.1 : 0,
}));

/** A cell as data: a formula built from a template spelt out, whatever its class. */
function alsDaten(z: Zelle): Zelle {
  if (z === null || !("formel" in z)) return z;
  return z.ergebnis === undefined ? { formel: z.formel } : { formel: z.formel, ergebnis: z.ergebnis };
}

describe.each(["nativ", "ki"] as const)("Formelsatz %s", (modus) => {
  const bauen = () =>
    baueUmlageBlatt({ szenarien: erzeugeVorlagenSatz("rhein-sieg-2013"), optionen: { mitglieder }, modus });

  it("zeileDes und zelleDes geben jede Zeile und Zelle so, wie `zellen` sie hält", () => {
    const plan = bauen();
    const block = plan.zeilenblock!;
    expect(block.anzahl).toBe(40);
    // Read before `zellen` is built: the block alone.
    const gelesen = Array.from({ length: zeilenzahlDes(plan) }, (_, z) => zeileDes(plan, z).map(alsDaten));
    const einzeln = gelesen.map((zeile, z) =>
      Array.from({ length: breiteDes(plan) }, (_, s) => alsDaten(zelleDes(plan, z, s))),
    );
    const voll = (zeile: Zelle[]) => [...zeile, ...Array<Zelle>(breiteDes(plan) - zeile.length).fill(null)];
    expect(gelesen.map(voll)).toEqual(plan.zellen);
    expect(einzeln).toEqual(plan.zellen);
    expect(plan.zellen).toHaveLength(zeilenzahlDes(plan));
    expect(plan.zellen.every((z) => z.length === breiteDes(plan))).toBe(true);
    // Every member row has its name and a formula for the burden.
    for (let i = 0; i < 40; i++) {
      expect(plan.zellen[block.ab + i][1]).toEqual({ text: `Gemeinde ${i}` });
      expect(plan.zellen[block.ab + i][2]).toHaveProperty("formel");
    }
  });

  it.each([1, 2, 40, 1000])(
    "mit %i Gemeinden: jede Formel aus der Vorlage der ersten Zeile ist die ausgeschriebene Formel ihrer Zeile",
    (n) => {
      const e = {
        szenarien: erzeugeVorlagenSatz("rhein-sieg-2013"),
        optionen: {
          mitglieder: Array.from({ length: n }, (_, i) => mitglieder[(i + 1) % 40]).map((m, i) => ({
            ...m,
            name: `G ${i}`,
          })),
        },
        modus,
      };
      const plan = baueUmlageBlatt(e);
      const block = plan.zeilenblock!;
      const ausgeschrieben = ausgeschriebeneMitgliedZeilen(e);
      expect(ausgeschrieben).toHaveLength(n);
      let vorlagen = 0;
      ausgeschrieben.forEach((zeile, i) => {
        const gebaut = block.zeile(i);
        vorlagen += gebaut.filter((c) => c instanceof WanderndeFormel).length;
        expect(gebaut.map(alsDaten)).toEqual(zeile);
        expect(plan.zellen[block.ab + i]).toEqual(zeile);
      });
      // nativ: every formula of a row moves with it (12 columns); ki: the spilling shares do not (4 of 6).
      if (n > 1) expect(vorlagen).toBe(n * (modus === "nativ" ? 12 : 4));
    },
  );

  it("als Daten (JSON, Kopie) ist das Blatt das Raster der Zellen, ohne den Baustein", () => {
    const plan = bauen();
    const json = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "name",
      "modus",
      "zellen",
      "formate",
      "spaltenbreiten",
      "namen",
      "diagramme",
      "druck",
    ]);
    expect(json.zellen).toEqual(bauen().zellen);
    const kopie = { ...plan };
    expect(kopie.zeilenblock).toBeUndefined();
    expect(kopie.zellen).toBe(plan.zellen);
  });
});
