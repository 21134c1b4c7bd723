/**
 * The acceptance test itself, tested: the fixed list of checks against the fake host with the BUILT
 * KI.* functions. Every check that can pass there passes; the ones that cannot say why. Then the run
 * must leave the workbook as it found it (plus the report sheet), and a broken host must fail checks.
 */
import type { FakeExcel } from "../../devtools/fakeHost";
import { berichtText, schreibeBerichtsblatt } from "../../src/abnahme/bericht";
import { fuehreAbnahmeAus, PRUEFUNGEN, type Abnahmebericht } from "../../src/abnahme/lauf";
import type { Umgebung } from "../../src/abnahme/typen";
import type { ExcelHost } from "../../src/excel/zugriff";
import { neueMappe } from "../excel/hilfen";
import { ERWARTET_IM_FAKE_HOST } from "./erwartung";

function umgebung(fake: FakeExcel, excel: ExcelHost = fake.Excel as unknown as ExcelHost): Umgebung {
  return {
    excel,
    plattform: "Fake-Host",
    version: "test",
    // The fake host emulates the ExcelApi up to 1.9 (page layout); nothing newer.
    unterstuetzt: (set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= 9,
    jetzt: () => new Date(2026, 0, 5, 9, 30),
    warte: async () => undefined,
  };
}

const status = (b: Abnahmebericht) => Object.fromEntries(b.ergebnisse.map((e) => [e.id, e.status]));

describe("Abnahmetest gegen den Fake-Host", () => {
  let fake: FakeExcel;
  let bericht: Abnahmebericht;
  beforeAll(async () => {
    fake = neueMappe(["Tabelle1"]);
    fake.setzeWert("Tabelle1", "A1", "Notiz der Kämmerei");
    bericht = await fuehreAbnahmeAus(umgebung(fake));
  });

  it("runs every check once, in order, and then the clean-up", () => {
    expect(bericht.ergebnisse.map((e) => e.id)).toEqual([...PRUEFUNGEN.map((p) => p.id), "aufraeumen"]);
  });

  it("passes every check the fake host can answer; the others are skipped with the reason", () => {
    expect(status(bericht)).toEqual(ERWARTET_IM_FAKE_HOST);
    const detail = (id: string) => bericht.ergebnisse.find((e) => e.id === id)?.detail ?? "";
    expect(detail("fehlermeldung")).toMatch(/Meldungstext.*nicht/);
    expect(detail("rhein-sieg")).toContain("=KI.EIGENANTEIL(A3,A4) = 183094");
  });

  it("leaves the workbook as it was: the user's sheet and cell, no names, no settings", () => {
    expect(fake.blattnamen()).toEqual(["Tabelle1"]);
    expect(fake.wert("Tabelle1", "A1")).toBe("Notiz der Kämmerei");
    expect(fake.namen()).toEqual([]);
    expect(fake.settings()).toEqual({});
  });

  it("writes the report into a sheet and as text", async () => {
    const blatt = await schreibeBerichtsblatt(fake.Excel as unknown as ExcelHost, bericht);
    expect(blatt).toBe("Abnahmebericht");
    expect(fake.wert(blatt, "A1")).toBe("KI-Kostenplaner Abnahmetest");
    expect(fake.wert(blatt, "B3")).toBe("Fake-Host");
    expect(fake.wert(blatt, "C8")).toBe("bestanden");
    expect(await schreibeBerichtsblatt(fake.Excel as unknown as ExcelHost, bericht)).toBe("Abnahmebericht 2");
    const text = berichtText(bericht);
    expect(text).toMatch(/^KI-Kostenplaner Abnahmetest\n/);
    expect(text).toContain("Ergebnis: 14 bestanden, 0 fehlgeschlagen, 1 übersprungen");
    expect(text).toContain("[übersprungen] Fehlermeldung im Fehlersymbol der Zelle");
  });
});

describe("Abnahmetest in einer Mappe, die den Test nicht bestehen darf", () => {
  it("skips the inserts when the workbook already has the product's sheets, and keeps them", async () => {
    const fake = neueMappe(["Kostenvergleich"]);
    fake.setzeWert("Kostenvergleich", "B2", 4711);
    const b = await fuehreAbnahmeAus(umgebung(fake));
    expect(status(b).einfuegen).toBe("uebersprungen");
    expect(status(b)["namen-diagramme"]).toBe("uebersprungen");
    expect(fake.blattnamen()).toEqual(["Kostenvergleich"]);
    expect(fake.wert("Kostenvergleich", "B2")).toBe(4711);
  });

  it("fails the formula checks, with what was seen, when KI.* is not installed", async () => {
    const ohne = neueMappe();
    const { createFakeExcel } = await import("../../devtools/fakeHost");
    const leer = createFakeExcel({ blaetter: ["Tabelle1"] });
    const b = await fuehreAbnahmeAus(umgebung(ohne, leer.Excel as unknown as ExcelHost));
    expect(status(b)["ki-registriert"]).toBe("fehlgeschlagen");
    expect(b.ergebnisse[0].detail).toMatch(/#NAME\?.*nicht installiert/);
    expect(status(b)["rhein-sieg"]).toBe("fehlgeschlagen");
    expect(status(b).aufraeumen).toBe("bestanden");
    expect(leer.blattnamen()).toEqual(["Tabelle1"]);
  });
});
