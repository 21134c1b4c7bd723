/**
 * The "Why" of issue 10 at the access module: sheets are the add-in's by worksheet id, not by
 * name, so a user's own sheet with a generated name is never written to; and the fake host fails
 * like Excel: an invalid value fails at sync, after the earlier commands of the batch applied.
 */
import type { FakeExcel } from "../../devtools/fakeHost";
import { BlattBelegtFehler } from "../../src/excel/arbeitsmappenZugriff";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { baueArbeitsmappe } from "../../src/workbook";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

function plan(umlage: boolean) {
  return baueArbeitsmappe(erzeugeVorlagenSatz("rhein-sieg-2013"), {
    modus: "ki",
    datum: DATUM,
    umlage: umlage ? { mitglieder: [{ name: "Troisdorf", grundlage: 75000, minderbelastung: 0 }] } : null,
  });
}

/** What a user does by hand: delete a sheet, add one of the same name and type into it. */
async function ersetzeDurchEigenesBlatt(fake: FakeExcel, name: string): Promise<void> {
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    const eigenes = context.workbook.worksheets.add(name);
    eigenes.getRange("A1:B2").values = [
      ["Meine Nebenrechnung", 1234],
      ["Stand", "Kämmerei"],
    ];
    await context.sync();
  });
}

const EIGENE_ZELLEN = [
  ["Meine Nebenrechnung", 1234],
  ["Stand", "Kämmerei"],
];

describe("sheets known by identity", () => {
  it("never overwrites a user's own „Kostenvergleich“ made after the generated one was deleted", async () => {
    const fake = neueMappe();
    await zugriffAuf(fake).fuegeEin(plan(false));
    await ersetzeDurchEigenesBlatt(fake, "Kostenvergleich");

    const fehler = await zugriffAuf(fake)
      .fuegeEin(plan(false))
      .catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(BlattBelegtFehler);
    expect((fehler as BlattBelegtFehler).vorschlag).toBe("Kostenvergleich (2)");
    expect((fehler as Error).message).toMatch(
      /nicht vom KI-Kostenplaner.*nicht überschrieben.*„Kostenvergleich \(2\)“/,
    );
    expect(fake.werte("Kostenvergleich", "A1:B2")).toEqual(EIGENE_ZELLEN);
    expect(fake.benutzterBereich("Kostenvergleich")).toBe("A1:B2");

    // The offered name: the same plan goes there (renamed in the excel layer), the user's sheet stays as it is.
    const erg = await zugriffAuf(fake).fuegeEin(plan(false), new Map([["Kostenvergleich", "Kostenvergleich (2)"]]));
    expect(erg.blaetter).toContain("Kostenvergleich (2)");
    expect(fake.werte("Kostenvergleich", "A1:B2")).toEqual(EIGENE_ZELLEN);
    expect(fake.benutzterBereich("Kostenvergleich")).toBe("A1:B2");
    expect(fake.diagramme("Kostenvergleich")).toEqual([]);
    expect(fake.diagramme("Kostenvergleich (2)")).toHaveLength(1);
    // Its formulas compute through "Annahmen": the Rhein-Sieg difference, 80.778 €.
    const zeile = fake.raster("Kostenvergleich (2)").find((z) => z[0] === "Jährlicher Kostenanteil");
    expect(zeile?.slice(1, 6)).toEqual(["102.316 €", "", "183.094 €", expect.any(String), "+80.778 €"]);
  });

  it("leaves a user's own „Umlage“ alone when the levy sheet is switched off", async () => {
    const fake = neueMappe();
    await zugriffAuf(fake).fuegeEin(plan(true));
    await ersetzeDurchEigenesBlatt(fake, "Umlage");

    await zugriffAuf(fake).fuegeEin(plan(false));
    expect(fake.werte("Umlage", "A1:B2")).toEqual(EIGENE_ZELLEN);
    expect(fake.benutzterBereich("Umlage")).toBe("A1:B2");
    expect(String(fake.wert("Umlage", "A1"))).not.toMatch(/nicht mehr erzeugt/);
  });

  it("still marks its own „Umlage“ as no longer generated (the same check, the add-in's sheet)", async () => {
    const fake = neueMappe();
    await zugriffAuf(fake).fuegeEin(plan(true));
    await zugriffAuf(fake).fuegeEin(plan(false));
    expect(String(fake.wert("Umlage", "A1"))).toMatch(/nicht mehr erzeugt/);
  });
});

describe("the fake host fails like Excel", () => {
  it("rejects an invalid value at sync, after the earlier commands of the batch applied", async () => {
    const fake = neueMappe();
    const lauf = fake.Excel.run(async (context) => {
      const blatt = context.workbook.worksheets.getItem("Tabelle1");
      blatt.getRange("A1").values = [["vorher"]];
      // Accepted when set, like Office.js; Excel checks it when the batch runs.
      blatt.getRange("B1").format.fill.color = "keine Farbe";
      blatt.getRange("C1").values = [["nachher"]];
      await context.sync();
    });
    await expect(lauf).rejects.toThrow(/Farbe/);
    expect(fake.wert("Tabelle1", "A1")).toBe("vorher");
    expect(fake.wert("Tabelle1", "C1")).toBe("");
  });

  it("fails Excel.run in cell-edit mode unless it waits (delayForCellEdit)", async () => {
    const fake = neueMappe();
    fake.zellbearbeitung(true);
    await expect(fake.Excel.run(async () => undefined)).rejects.toThrow(/Zellbearbeitungsmodus/);
    let fertig = false;
    const wartend = fake.Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Tabelle1").getRange("A1").values = [[1]];
      await context.sync();
      fertig = true;
    });
    // Waits on the condition (the run is queued behind the edit), not on time: a few promise turns.
    for (let i = 0; i < 1000 && fake.wartendeLaeufe === 0; i++) await Promise.resolve();
    expect(fake.wartendeLaeufe).toBe(1);
    expect(fertig).toBe(false);
    fake.zellbearbeitung(false);
    await wartend;
    expect(fake.wert("Tabelle1", "A1")).toBe(1);
  });
});
