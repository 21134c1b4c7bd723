/**
 * The check several sheet tests share: every formula cell a sheet plan carries an expected result
 * for (the core's figure, which writers without a calculation engine write as the cached value)
 * must hold exactly that value once the fake host has calculated it.
 */
import type { FakeExcel } from "../../devtools/fakeHost";
import { spalte } from "../../src/workbook/adressen";
import type { BlattPlan } from "../../src/workbook/plan";

/** Checks the formula cells of `blaetter` and returns how many it checked; `lies` adapts a computed value. */
export function pruefeFormelergebnisse(
  fake: FakeExcel,
  blaetter: readonly BlattPlan[],
  lies: (wert: unknown) => unknown = (w) => w,
): number {
  let geprueft = 0;
  for (const blatt of blaetter) {
    blatt.zellen.forEach((zeile, i) =>
      zeile.forEach((z, j) => {
        if (z && "formel" in z && z.ergebnis !== undefined) {
          const a = `${spalte(j)}${i + 1}`;
          expect([blatt.name, a, lies(fake.wert(blatt.name, a))]).toEqual([blatt.name, a, z.ergebnis]);
          geprueft++;
        }
      }),
    );
  }
  return geprueft;
}
