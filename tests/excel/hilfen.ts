/** Shared setup: the fake host with the BUILT KI.* functions, and the access module over it. */
import { createFakeExcel, type FakeExcel } from "../../devtools/fakeHost";
import { erstelleArbeitsmappenZugriff, type ZugriffOptionen } from "../../src/excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../../src/excel/zugriff";
import type { BlattPlan } from "../../src/workbook/plan";
import { ladeFunktionen } from "../helpers/ladeFunktionen";

let funktionen: ReturnType<typeof ladeFunktionen> | undefined;

export function neueMappe(blaetter: string[] = ["Tabelle1"]): FakeExcel {
  funktionen ??= ladeFunktionen();
  return createFakeExcel({ ki: funktionen, blaetter });
}

export function zugriffAuf(fake: FakeExcel, optionen?: ZugriffOptionen): ArbeitsmappenZugriff {
  return erstelleArbeitsmappenZugriff(fake.Excel as unknown as ExcelHost, optionen);
}

export const DATUM = new Date(2013, 1, 4);

/** One sheet plan inserted through the product's writer, as the pane inserts a workbook. */
export async function fuegeBlattEin(fake: FakeExcel, plan: BlattPlan): Promise<void> {
  await zugriffAuf(fake).fuegeEin({ blaetter: [plan] });
}
