/**
 * The fake behaves like Office.js where code against it can go wrong: unloaded properties, null
 * objects, queued commands, round-trip counting, errors out of Excel.run.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   this file reads unloaded and unsynced properties on purpose, to prove the fake refuses them as Excel does. */
import { createFakeExcel, FakeExcel } from "../../../devtools/fakeHost";

let fake: FakeExcel;

beforeEach(() => {
  fake = createFakeExcel({ blaetter: ["Annahmen", "Bericht"] });
});

describe("load / sync", () => {
  it("throws PropertyNotLoaded for a property that was not loaded and synced", async () => {
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Annahmen").getRange("B5");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      // Loaded but not yet synced: still not available.
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(r.values).toEqual([[""]]);
      expect(() => r.text).toThrow(/not available/);
    });
  });

  it("applies queued writes only at sync", async () => {
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Annahmen").getRange("A1:B1");
      r.values = [[2, "=A1*3"]];
      expect(fake.wert("Annahmen", "B1")).toBe("");
      await context.sync();
      expect(fake.wert("Annahmen", "B1")).toBe(6);
      // After a set, the proxy returns what the code set (Office.js keeps it locally) ...
      expect(r.values).toEqual([[2, "=A1*3"]]);
      r.load("values, formulas, address, rowCount, columnCount");
      await context.sync();
      // ... and after load + sync what Excel computed.
      expect(r.values).toEqual([[2, 6]]);
      expect(r.formulas).toEqual([[2, "=A1*3"]]);
      expect(r.address).toBe("Annahmen!A1:B1");
      expect([r.rowCount, r.columnCount]).toEqual([1, 2]);
    });
  });

  it("loads nested properties by path and collection items", async () => {
    await fake.Excel.run(async (context) => {
      const blaetter = context.workbook.worksheets;
      blaetter.load("items/name");
      const r = blaetter.getItem("Bericht").getRange("A1");
      r.format.font.bold = true;
      r.load("format/font/bold, format/fill/color");
      await context.sync();
      expect(blaetter.items.map((b) => b.name)).toEqual(["Annahmen", "Bericht"]);
      expect(r.format.font.bold).toBe(true);
      expect(r.format.fill.color).toBe("#FFFFFF");
    });
  });

  it("rejects a load of a property the object does not have", async () => {
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Annahmen").getRange("A1").load("wert");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("null objects", () => {
  it("tells isNullObject only after a sync", async () => {
    await fake.Excel.run(async (context) => {
      const fehlt = context.workbook.worksheets.getItemOrNullObject("Gibtsnicht");
      const da = context.workbook.worksheets.getItemOrNullObject("bericht");
      expect(() => fehlt.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      fehlt.load("name");
      da.load("name");
      await context.sync();
      expect(fehlt.isNullObject).toBe(true);
      expect(fehlt.name).toBeNull();
      expect(da.isNullObject).toBe(false);
      expect(da.name).toBe("Bericht");
    });
  });

  it("fails a command on a null object with ItemNotFound", async () => {
    await expect(
      fake.Excel.run(async (context) => {
        const fehlt = context.workbook.worksheets.getItemOrNullObject("Gibtsnicht");
        fehlt.getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("reports an empty used range as null object", async () => {
    await fake.Excel.run(async (context) => {
      const leer = context.workbook.worksheets.getItem("Bericht").getUsedRangeOrNullObject();
      const blatt = context.workbook.worksheets.getItem("Annahmen");
      blatt.getRange("C3:D4").values = [
        [1, 2],
        [3, 4],
      ];
      const benutzt = blatt.getUsedRangeOrNullObject();
      benutzt.load("address");
      await context.sync();
      expect(leer.isNullObject).toBe(true);
      expect(benutzt.isNullObject).toBe(false);
      expect(benutzt.address).toBe("Annahmen!C3:D4");
    });
  });
});

describe("round-trips and errors", () => {
  it("counts every sync, including the one Excel.run makes for leftover commands", async () => {
    fake.resetSyncCount();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Annahmen").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Annahmen").getRange("A2").values = [[2]];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.werte("Annahmen", "A1:A2")).toEqual([[1], [2]]);
    await fake.Excel.run(async () => undefined);
    expect(fake.syncCount).toBe(2);
  });

  it("propagates an error thrown by the batch", async () => {
    await expect(
      fake.Excel.run(async () => {
        throw new Error("kaputt");
      }),
    ).rejects.toThrow("kaputt");
  });

  it("rejects sync with ItemNotFound for a missing sheet and keeps earlier commands", async () => {
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Annahmen").getRange("A1").values = [[7]];
        context.workbook.worksheets.getItem("Fehlt").getRange("A1").values = [[8]];
        context.workbook.worksheets.getItem("Annahmen").getRange("A2").values = [[9]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.werte("Annahmen", "A1:A2")).toEqual([[7], [""]]);
  });

  it("refuses proxies used after their Excel.run ended", async () => {
    let gemerkt: Excel.Range | undefined;
    await fake.Excel.run(async (context) => {
      gemerkt = context.workbook.worksheets.getItem("Annahmen").getRange("A1");
    });
    expect(() => gemerkt!.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("rejects a values array of the wrong shape", async () => {
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Annahmen").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("worksheets", () => {
  it("adds, renames, reorders, hides, activates and deletes", async () => {
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      const neu = ws.add("Mehrjahres planung");
      neu.position = 0;
      neu.activate();
      ws.getItem("Bericht").visibility = "Hidden";
      ws.getItem("Annahmen").name = "Eingaben";
      await context.sync();
      const aktiv = ws.getActiveWorksheet();
      aktiv.load("name, position");
      await context.sync();
      expect([aktiv.name, aktiv.position]).toEqual(["Mehrjahres planung", 0]);
    });
    expect(fake.blaetter()).toEqual([
      { name: "Mehrjahres planung", position: 0, sichtbarkeit: "Visible", aktiv: true },
      { name: "Eingaben", position: 1, sichtbarkeit: "Visible", aktiv: false },
      { name: "Bericht", position: 2, sichtbarkeit: "Hidden", aktiv: false },
    ]);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.add("eingaben");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Mehrjahres planung").delete();
      await context.sync();
    });
    expect(fake.blattnamen()).toEqual(["Eingaben", "Bericht"]);
    expect(fake.aktivesBlatt()).toBe("Eingaben");
  });

  it("keeps formulas pointing at a renamed sheet, as Excel does", async () => {
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Annahmen").getRange("B5").values = [[40]];
      context.workbook.worksheets.getItem("Bericht").getRange("A1").formulas = [["=Annahmen!B5+2"]];
      context.workbook.worksheets.getItem("Annahmen").name = "Mehrjahres planung";
      await context.sync();
    });
    expect(fake.formel("Bericht", "A1")).toBe("='Mehrjahres planung'!B5+2");
    expect(fake.wert("Bericht", "A1")).toBe(42);
  });
});
