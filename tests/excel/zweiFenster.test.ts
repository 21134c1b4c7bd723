/**
 * Two windows on one workbook (issue 21): the losses found where features and people meet, as
 * tests, and every interleaving of two windows' syncs for save, freeze, delete, restore and
 * "In den Editor laden" — counted, with no loss allowed.
 */
import { FakeOfficeFehler } from "../../devtools/fakeHost";
import {
  KonfliktFehler,
  SICHERUNG_PRAEFIX,
  STANDKOPF_PRAEFIX,
  STAND_PRAEFIX,
  ZUSTAND_SCHLUESSEL,
  ZugriffsFehler,
  erstelleArbeitsmappenZugriff,
} from "../../src/excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../../src/excel/zugriff";
import { EINSTELLUNGS_BUDGET, LESEPORTION } from "../../src/excel/zustandSpeicher";
import { leseStandEintrag } from "../../src/scenario/staende";
import {
  FENSTER,
  alleVerzahnungen,
  markeVon,
  standMit,
  verzahnt,
  zustandMit,
  zweiFenster,
  type FensterName,
  type ZweiFenster,
} from "./zweiFensterHilfen";

function schluesselMit(w: ZweiFenster, praefix: string): string[] {
  return Object.keys(w.fake.settings()).filter((k) => k.startsWith(praefix));
}

/** Markers of every stored state and backup. */
function gespeicherteMarken(w: ZweiFenster): Set<string> {
  const s = w.fake.settings();
  return new Set(
    Object.entries(s)
      .filter(([k]) => k === ZUSTAND_SCHLUESSEL || k.startsWith(SICHERUNG_PRAEFIX))
      .map(([, v]) => markeVon(v))
      .filter((m): m is string => m !== null),
  );
}

describe("the cases of issue 21", () => {
  it("two windows: a save over another window's newer state keeps both and says so", async () => {
    const w = zweiFenster();
    await w.zugriff.A.speichereZustand(zustandMit("alt"));
    await w.zugriff.A.ladeStart();
    await w.zugriff.B.ladeStart();
    await w.zugriff.A.speichereZustand(zustandMit("A"));
    const b = w.zugriff.B.speichereZustand(zustandMit("B"));
    await expect(b).rejects.toBeInstanceOf(KonfliktFehler);
    await expect(b).rejects.toThrow(/anderes Fenster.*als Sicherung behalten/s);
    expect(markeVon(w.fake.settings()[ZUSTAND_SCHLUESSEL])).toBe("A");
    expect(gespeicherteMarken(w)).toEqual(new Set(["A", "B"]));
    // "Meine Fassung behalten": B's version is stored, A's kept as a backup.
    await w.zugriff.B.speichereZustand(zustandMit("B"), { trotzKonflikt: true });
    expect(markeVon(w.fake.settings()[ZUSTAND_SCHLUESSEL])).toBe("B");
    expect(gespeicherteMarken(w)).toEqual(new Set(["A", "B"]));
  });

  it("a window's own saves never conflict with themselves", async () => {
    const w = zweiFenster();
    await w.zugriff.A.ladeStart();
    for (const m of ["1", "2", "3"]) await w.zugriff.A.speichereZustand(zustandMit(m));
    expect(schluesselMit(w, SICHERUNG_PRAEFIX)).toEqual([]);
    expect(markeVon(w.fake.settings()[ZUSTAND_SCHLUESSEL])).toBe("3");
  });

  it("ten freezes from two windows in the same second are ten Stände", async () => {
    const w = zweiFenster();
    const freezes = (f: FensterName) => async () => {
      for (let i = 0; i < 5; i++) await w.zugriff[f].schreibeStand(standMit(`${f}${i}`));
    };
    let n = 0;
    await verzahnt(w.fake, { A: freezes("A"), B: freezes("B") }, (m) => m[n++ % m.length]);
    const staende = schluesselMit(w, STAND_PRAEFIX);
    expect(staende).toHaveLength(10);
    expect(schluesselMit(w, STANDKOPF_PRAEFIX)).toHaveLength(10);
    const marken = staende.map((k) => leseStandEintrag(k, w.fake.settings()[k]));
    expect(marken.every((e) => e.status === "ok")).toBe(true);
  });

  it("a write never replaces an existing key, even when two writers draw the same random part", async () => {
    const fake = zweiFenster().fake;
    let i = 0;
    // Both windows draw "0000" first: the same key in the same second.
    const gleich = () => (i++ < 2 ? "0000" : `r${i}`);
    const zugriff = (x: unknown) =>
      erstelleArbeitsmappenZugriff(x as ExcelHost, { jetzt: () => new Date(2013, 1, 4), zufall: gleich });
    const a = zugriff(fake.Excel);
    const b = zugriff(fake.weiteresFenster("B"));
    let n = 0;
    await verzahnt(
      fake,
      { A: () => a.schreibeStand(standMit("A")), B: () => b.schreibeStand(standMit("B")) },
      (m) => m[n++ % m.length],
    );
    const s = fake.settings();
    const marken = Object.keys(s)
      .filter((k) => k.startsWith(STAND_PRAEFIX))
      .map((k) => markeVon(s[k]));
    expect(marken.sort()).toEqual(["A", "B"]);
  });

  it("backups of unreadable data in the same second never replace each other", async () => {
    const w = zweiFenster();
    w.fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, "{kaputt");
    w.fake.setzeEinstellungRoh(`${SICHERUNG_PRAEFIX}2013-02-04T10:00:00`, "{auch kaputt");
    const a = w.zugriff.A;
    await a.ladeStart();
    await a.stelleWiederHer(`${SICHERUNG_PRAEFIX}2013-02-04T10:00:00`);
    await a.legeSicherungAn();
    await a.speichereZustand(zustandMit("neu"));
    const werte = schluesselMit(w, SICHERUNG_PRAEFIX).map((k) => w.fake.settings()[k]);
    expect(werte).toEqual(expect.arrayContaining(["{kaputt", "{auch kaputt"]));
    expect(markeVon(w.fake.settings()[ZUSTAND_SCHLUESSEL])).toBe("neu");
  });
});

describe("settings size", () => {
  function fuelle(w: ZweiFenster, anzahl: number, zeichen: number): void {
    const koerper = JSON.stringify({ fuell: "x".repeat(zeichen) });
    for (let i = 0; i < anzahl; i++) {
      const k = `${STAND_PRAEFIX}2013-01-01T00:00:00.${String(i).padStart(4, "0")}`;
      w.fake.setzeEinstellungRoh(k, koerper);
      w.fake.setzeEinstellungRoh(
        `${STANDKOPF_PRAEFIX}${k.slice(STAND_PRAEFIX.length)}`,
        JSON.stringify({
          id: `s${i}`,
          bezeichnung: `S${i}`,
          datum: "2013-01-01",
          festgeschriebenAm: "x",
          zeichen: koerper.length,
        }),
      );
    }
  }

  it("the fake refuses a request over Excel on the web's 5 MB and applies none of it", async () => {
    const w = zweiFenster();
    const gross = "x".repeat(5_000_001);
    const versuch = w.fake.Excel.run(async (c) => {
      c.workbook.settings.add("klein", "1");
      c.workbook.settings.add("gross", gross);
      await c.sync();
    });
    await expect(versuch).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(w.fake.settings()).toEqual({});
    expect(new FakeOfficeFehler("RequestPayloadSizeLimitExceeded", "x").code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("the start reads only the index: 600 Stände of 10,000 characters (6 MB) open, bodies follow in portions", async () => {
    const w = zweiFenster();
    fuelle(w, 600, 10_000);
    const start = await w.zugriff.A.ladeStart();
    expect(start.staende).toHaveLength(600);
    expect(start.staende!.every((e) => e.kopf !== undefined && e.wert === undefined)).toBe(true);
    const vorher = w.fake.syncCount;
    const koerper = await w.zugriff.A.ladeStaende(
      start.staende!.map((e) => ({ schluessel: e.schluessel, zeichen: e.kopf!.zeichen })),
    );
    expect(koerper).toHaveLength(600);
    expect(w.fake.syncCount - vorher).toBe(Math.ceil((600 * 10_011) / LESEPORTION));
  });

  it("freezing past the budget is refused with a German message; nothing is written", async () => {
    const w = zweiFenster();
    fuelle(w, Math.ceil(EINSTELLUNGS_BUDGET / 10_011), 10_000);
    await w.zugriff.A.ladeStart();
    const vorher = Object.keys(w.fake.settings()).length;
    const versuch = w.zugriff.A.schreibeStand(standMit("zuviel"));
    await expect(versuch).rejects.toBeInstanceOf(ZugriffsFehler);
    await expect(versuch).rejects.toThrow(/passt nicht mehr in die Arbeitsmappe.*Stände löschen/s);
    expect(Object.keys(w.fake.settings())).toHaveLength(vorher);
  });
});

describe("workbooks saved before revisions and the Stand index", () => {
  it("load, list, save and restore as before", async () => {
    const w = zweiFenster();
    const alt = JSON.stringify(zustandMit("alt"));
    w.fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, alt);
    w.fake.setzeEinstellungRoh(`${STAND_PRAEFIX}2013-02-04T10:00:00`, JSON.stringify(standMit("altStand")));
    w.fake.setzeEinstellungRoh(`${STAND_PRAEFIX}2013-02-04T10:00:00-2`, JSON.stringify(standMit("altStand2")));
    w.fake.setzeEinstellungRoh(`${SICHERUNG_PRAEFIX}2013-02-04T10:00:00`, JSON.stringify(zustandMit("s1")));
    w.fake.setzeEinstellungRoh(`${SICHERUNG_PRAEFIX}2013-02-04T10:00:00-2`, JSON.stringify(zustandMit("s2")));
    const start = await w.zugriff.A.ladeStart();
    expect(start.zustand.status).toBe("ok");
    expect(start.sicherungen).toHaveLength(2);
    expect(start.staende!.map((e) => leseStandEintrag(e.schluessel, e.wert).status)).toEqual(["ok", "ok"]);
    await w.zugriff.A.speichereZustand(zustandMit("neu"));
    expect(schluesselMit(w, SICHERUNG_PRAEFIX)).toHaveLength(2);
    await w.zugriff.A.stelleWiederHer(`${SICHERUNG_PRAEFIX}2013-02-04T10:00:00-2`);
    expect(markeVon(w.fake.settings()[ZUSTAND_SCHLUESSEL])).toBe("s2");
    expect(gespeicherteMarken(w)).toEqual(new Set(["s1", "s2", "neu"]));
  });
});

type Art = "speichern" | "festschreiben" | "loeschen" | "wiederherstellen" | "editorLaden";
const ARTEN: Art[] = ["speichern", "festschreiben", "loeschen", "wiederherstellen", "editorLaden"];

/** One command of one window, as the pane runs it; conflicts are the expected answer, not a loss. */
function befehl(z: ArbeitsmappenZugriff, f: FensterName, art: Art): () => Promise<unknown> {
  const ohneKonflikt = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      if (!(e instanceof KonfliktFehler)) throw e;
    }
  };
  switch (art) {
    case "speichern":
      return () => ohneKonflikt(z.speichereZustand(zustandMit(`${f}-neu`)));
    case "festschreiben":
      return () => z.schreibeStand(standMit(`${f}-stand`));
    case "loeschen":
      return () => z.loescheStand(`${STAND_PRAEFIX}2013-01-01T00:00:00.${f}`);
    case "wiederherstellen":
      return () => z.stelleWiederHer(`${SICHERUNG_PRAEFIX}2013-01-01T00:00:00.${f}`);
    case "editorLaden":
      return async () => {
        await z.sichereZustand(zustandMit(`${f}-arbeit`));
        await ohneKonflikt(z.speichereZustand(zustandMit(`${f}-ausStand`)));
      };
  }
}

/** What must be in the workbook after both commands ran. */
function erwartet(arten: Record<FensterName, Art>): { marken: string[]; staende: string[] } {
  const marken = ["sA", "sB"];
  const staende = ["altA", "altB"].filter((s) => !FENSTER.some((f) => arten[f] === "loeschen" && s === `alt${f}`));
  for (const f of FENSTER) {
    if (arten[f] === "speichern") marken.push(`${f}-neu`);
    if (arten[f] === "festschreiben") staende.push(`${f}-stand`);
    if (arten[f] === "editorLaden") marken.push(`${f}-arbeit`, `${f}-ausStand`);
  }
  return { marken, staende };
}

async function aufgebaut(): Promise<ZweiFenster> {
  const w = zweiFenster();
  w.fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, JSON.stringify(zustandMit("anfang")));
  for (const f of FENSTER) {
    w.fake.setzeEinstellungRoh(`${STAND_PRAEFIX}2013-01-01T00:00:00.${f}`, JSON.stringify(standMit(`alt${f}`)));
    w.fake.setzeEinstellungRoh(`${SICHERUNG_PRAEFIX}2013-01-01T00:00:00.${f}`, JSON.stringify(zustandMit(`s${f}`)));
  }
  await w.zugriff.A.ladeStart();
  await w.zugriff.B.ladeStart();
  return w;
}

describe("two windows interleaved at every sync boundary", () => {
  let verzahnungen = 0;
  let verluste = 0;
  afterAll(() => {
    // The numbers the issue asks for; the assertions below make a loss fail the test.
    console.log(
      `Zwei Fenster: ${verzahnungen} Verzahnungen von ${ARTEN.length ** 2} Befehlspaaren, ${verluste} Verluste.`,
    );
  });

  it.each(ARTEN.flatMap((a) => ARTEN.map((b) => [a, b] as [Art, Art])))("A %s, B %s: nothing lost", async (a, b) => {
    const arten = { A: a, B: b };
    const soll = erwartet(arten);
    const anzahl = await alleVerzahnungen(async (waehle) => {
      const w = await aufgebaut();
      const { wahlen, fehler } = await verzahnt(
        w.fake,
        { A: befehl(w.zugriff.A, "A", a), B: befehl(w.zugriff.B, "B", b) },
        waehle,
      );
      expect(fehler).toEqual({});
      const s = w.fake.settings();
      const marken = gespeicherteMarken(w);
      const staende = Object.keys(s)
        .filter((k) => k.startsWith(STAND_PRAEFIX))
        .map((k) => markeVon(s[k]));
      const fehlend = [
        ...soll.marken.filter((m) => !marken.has(m)),
        ...soll.staende.filter((m) => !staende.includes(m)),
      ];
      if (fehlend.length > 0) verluste++;
      expect(fehlend).toEqual([]);
      expect(staende.sort()).toEqual([...soll.staende].sort());
      expect(schluesselMit(w, STANDKOPF_PRAEFIX)).toHaveLength(soll.staende.filter((m) => !m.startsWith("alt")).length);
      return wahlen;
    });
    verzahnungen += anzahl;
    expect(anzahl).toBeGreaterThan(1);
  });
});
