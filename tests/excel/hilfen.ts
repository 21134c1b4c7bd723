/** Shared setup: the fake host with the BUILT KI.* functions, and the access module over it. */
import { createFakeExcel, type FakeExcel, type LeereZelle } from "../../devtools/fakeHost";
import { erstelleArbeitsmappenZugriff, type ZugriffOptionen } from "../../src/excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../../src/excel/zugriff";
import type { BlattPlan } from "../../src/workbook/plan";
import { ladeFunktionen } from "../helpers/ladeFunktionen";

let funktionen: ReturnType<typeof ladeFunktionen> | undefined;

/** A new fake workbook; `leereZelle` says how empty cells reach KI.* (null: web, 0: Windows, "": text). */
export function neueMappe(blaetter: string[] = ["Tabelle1"], leereZelle: LeereZelle = null): FakeExcel {
  funktionen ??= ladeFunktionen();
  return createFakeExcel({ ki: funktionen, blaetter, leereZelle });
}

/** Every form in which Excel passes an empty cell, for tests that must hold in either build. */
export const LEERE_ZELLEN: ReadonlyArray<[string, LeereZelle]> = [
  ["leer als null (Web)", null],
  ["leer als 0 (Windows)", 0],
  ['leer als "" (Text)', ""],
];

export function zugriffAuf(fake: FakeExcel, optionen?: ZugriffOptionen): ArbeitsmappenZugriff {
  return erstelleArbeitsmappenZugriff(fake.Excel as unknown as ExcelHost, optionen);
}

export const DATUM = new Date(2013, 1, 4);

/** One sheet plan inserted through the product's writer, as the pane inserts a workbook. */
export async function fuegeBlattEin(fake: FakeExcel, plan: BlattPlan): Promise<void> {
  await zugriffAuf(fake).fuegeEin({ blaetter: [plan] });
}
