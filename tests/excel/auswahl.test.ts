/** The selected range through the fake host: one sync, values as Excel hands them over, whole columns cut. */
import { createFakeExcel } from "../../devtools/fakeHost";
import { leseAuswahl } from "../../src/excel/auswahl";

function mappe() {
  const fake = createFakeExcel({ blaetter: ["Tabelle1", "Grundlagen"] });
  fake.setzeWert("Grundlagen", "A1", "Gemeinde");
  fake.setzeWert("Grundlagen", "B1", "Umlagegrundlage in €");
  fake.setzeWert("Grundlagen", "A2", "Alfter");
  fake.setzeWert("Grundlagen", "B2", 24500000);
  fake.setzeWert("Grundlagen", "A3", "Bad Honnef");
  fake.setzeWert("Grundlagen", "B3", "k.A.");
  return fake;
}

describe("leseAuswahl", () => {
  it("reads the selected cells in one context.sync()", async () => {
    const fake = mappe();
    fake.waehleAus("Grundlagen!A2:B3");
    fake.resetSyncCount();
    const r = await leseAuswahl(fake.Excel);
    expect(fake.syncCount).toBe(1);
    expect(r.adresse).toBe("Grundlagen!A2:B3");
    expect(r.werte).toEqual([
      ["Alfter", 24500000],
      ["Bad Honnef", "k.A."],
    ]);
  });

  it("cuts whole selected columns to the rows that hold values", async () => {
    const fake = mappe();
    fake.waehleAus("Grundlagen!A:B");
    const r = await leseAuswahl(fake.Excel);
    expect(r.werte).toHaveLength(3);
    expect(r.werte[0]).toEqual(["Gemeinde", "Umlagegrundlage in €"]);
  });

  it("returns no values for an empty selection", async () => {
    const fake = mappe();
    fake.waehleAus("Tabelle1!C5:D9");
    const r = await leseAuswahl(fake.Excel);
    expect(r).toEqual({ adresse: "Tabelle1!C5:D9", werte: [] });
  });
});
