/**
 * Empty input cells: Excel passes them to KI.* as null (web), 0 (Windows) or "". Clearing any input on
 * "Annahmen" must give the same figures in both builds and in both formula modes.
 */
import { erzeugeVorlagenSatz } from "../../src/scenario";
import type { Formelmodus } from "../../src/scenario/optionen";
import { baueArbeitsmappe } from "../../src/workbook";
import { spalte, zerlegeA1 } from "../../src/workbook/adressen";
import { STELLEN_SPALTEN } from "../../src/workbook/annahmen/bezuege";
import { FARBE } from "../../src/workbook/stil";
import type { LeereZelle } from "../../devtools/fakeHost";
import { DATUM, LEERE_ZELLEN, neueMappe, zugriffAuf } from "./hilfen";

const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
const annahmen = baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM }).blaetter[1];

/** Every filled input cell (blue background) of "Annahmen". */
function eingabezellen(): string[] {
  const zellen = new Set<string>();
  for (const f of annahmen.formate) {
    if (f.format.hintergrund !== FARBE.eingabe) continue;
    const b = zerlegeA1(f.bereich)!;
    for (let z = b.vonZeile!; z <= b.bisZeile!; z++) {
      for (let s = b.vonSpalte!; s <= b.bisSpalte!; s++) {
        if (annahmen.zellen[z]?.[s]) zellen.add(`${spalte(s)}${z + 1}`);
      }
    }
  }
  return [...zellen];
}

async function nachLeeren(modus: Formelmodus, leer: LeereZelle, adresse: string): Promise<unknown[][]> {
  const fake = neueMappe(["Tabelle1"], leer);
  await zugriffAuf(fake).fuegeEin(baueArbeitsmappe(szenarien, { modus, datum: DATUM }));
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Annahmen").getRange(adresse).values = [[""]];
    await context.sync();
  });
  return fake.werte("Kostenvergleich", "B5:D12");
}

const EINGABEN = eingabezellen();

/** The Stellenanteil of the current structure's only post, found by its label in the staff table. */
function anteilDerStelle(): string {
  const name = szenarien[0].stellen[0].bezeichnung;
  const z = annahmen.zellen.findIndex((zeile) => {
    const a = zeile[STELLEN_SPALTEN.bezeichnung];
    return a !== null && a !== undefined && "text" in a && a.text === name;
  });
  return `${spalte(STELLEN_SPALTEN.anteil)}${z + 1}`;
}
const ANTEIL = anteilDerStelle();

test("finds the inputs of both scenarios", () => {
  expect(EINGABEN.length).toBeGreaterThan(20);
  expect(EINGABEN).toContain(ANTEIL);
  // Both scenarios' value columns (C and D) hold inputs.
  expect(["C", "D"].every((s) => EINGABEN.some((a) => a.startsWith(s)))).toBe(true);
});

test.each(EINGABEN)(
  "emptying Annahmen!%s gives the same figures in ki and nativ, every empty form",
  async (adresse) => {
    const [bezug, ...andere] = await Promise.all(
      (["ki", "nativ"] as Formelmodus[]).flatMap((modus) =>
        LEERE_ZELLEN.map(async ([titel, leer]) => ({
          fall: `${modus}, ${titel}`,
          werte: await nachLeeren(modus, leer, adresse),
        })),
      ),
    );
    for (const a of andere) expect([a.fall, a.werte]).toEqual([a.fall, bezug.werte]);
    // No error value: every empty input has a reading.
    expect(bezug.werte.flat().filter((w) => typeof w === "string" && w.startsWith("#"))).toEqual([]);
  },
);

test("an emptied Stellenanteil counts as 0 € in both modes, not as one full post", async () => {
  for (const modus of ["ki", "nativ"] as Formelmodus[]) {
    for (const [, leer] of LEERE_ZELLEN) {
      const w = await nachLeeren(modus, leer, ANTEIL);
      // B5 Personalkosten, B6 Querschnitt, B10 Gesamtkosten of the current structure.
      expect([modus, leer, w[0][0], w[1][0], w[5][0]]).toEqual([modus, leer, 0, 0, 11576]);
    }
  }
});
