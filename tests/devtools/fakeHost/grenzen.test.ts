/**
 * Excel's limits in the fake host: a violation fails at context.sync(), like Excel, and the
 * commands queued before it stay applied (a batch does not roll back).
 */
import { createFakeExcel, FakeExcel } from "./hilfen";

let fake: FakeExcel;

beforeEach(() => {
  fake = createFakeExcel({ blaetter: ["T"] });
});

/** Queues `vorher` (A1 = 1) and then `verstoss`; asserts that only sync fails and A1 stays written. */
async function scheitertBeimSync(verstoss: (ctx: Excel.RequestContext) => void): Promise<unknown> {
  let fehler: unknown = null;
  await fake.Excel.run(async (context) => {
    const ctx = context as unknown as Excel.RequestContext;
    ctx.workbook.worksheets.getItem("T").getRange("A1").values = [[1]];
    // Assigning must not throw: Excel validates on the server, at sync.
    expect(() => verstoss(ctx)).not.toThrow();
    try {
      await context.sync();
    } catch (e) {
      fehler = e;
    }
  });
  expect(fake.wert("T", "A1")).toBe(1);
  expect(fehler).toMatchObject({ code: "InvalidArgument" });
  return fehler;
}

describe("limits fail at sync", () => {
  it("header and footer: 255 characters for the whole header", async () => {
    const kopf = (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem("T").pageLayout.headersFooters.defaultForAllPages;
    await scheitertBeimSync((ctx) => (kopf(ctx).centerHeader = "x".repeat(256)));
    await scheitertBeimSync((ctx) => {
      kopf(ctx).leftFooter = "x".repeat(150);
      kopf(ctx).rightFooter = "y".repeat(150);
    });
    await fake.Excel.run(async (context) => {
      kopf(context as unknown as Excel.RequestContext).centerHeader = "x".repeat(250);
      await context.sync();
    });
  });

  it("formulas: 8,192 characters", async () => {
    const lang = `=SUM(${Array.from({ length: 2100 }, () => "1").join(",")})`;
    expect(lang.length).toBeGreaterThan(4000);
    const zuLang = `=SUM(${Array.from({ length: 4100 }, () => "1").join(",")})`;
    expect(zuLang.length).toBeGreaterThan(8192);
    await scheitertBeimSync((ctx) => (ctx.workbook.worksheets.getItem("T").getRange("B1").formulas = [[zuLang]]));
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("B1").formulas = [[lang]];
      await context.sync();
    });
    expect(fake.wert("T", "B1")).toBe(2100);
  });

  it("name comments: 255 characters, on add and on change", async () => {
    await scheitertBeimSync((ctx) => ctx.workbook.names.add("KI_X", "=T!$A$1", "k".repeat(256)));
    await fake.Excel.run(async (context) => {
      context.workbook.names.add("KI_Y", "=T!$A$1", "k".repeat(255));
      await context.sync();
    });
    await scheitertBeimSync((ctx) => (ctx.workbook.names.getItem("KI_Y").comment = "k".repeat(256)));
    expect(fake.namen().find((n) => n.name === "KI_Y")?.kommentar).toBe("k".repeat(255));
  });

  it.each(["R", "c", "R1C1", "RC", "R5", "C7", "KI1", "XFD1048576"])(
    "refuses the defined name %s (a cell reference to Excel)",
    async (name) => {
      await scheitertBeimSync((ctx) => ctx.workbook.names.add(name, "=T!$A$1"));
    },
  );

  it("accepts names that only resemble references", async () => {
    await fake.Excel.run(async (context) => {
      for (const n of ["KI_Satz_1", "Rate", "R_1", "Cent"]) context.workbook.names.add(n, "=T!$A$1");
      await context.sync();
    });
    expect(fake.namen().map((n) => n.name)).toEqual(expect.arrayContaining(["KI_Satz_1", "Rate", "R_1", "Cent"]));
  });

  it.each(["x".repeat(32), "a/b", "Verlauf?", "History", "'Annahmen"])("refuses the sheet name %j", async (name) => {
    await scheitertBeimSync((ctx) => ctx.workbook.worksheets.add(name));
  });
});
