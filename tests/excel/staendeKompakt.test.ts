/**
 * Frozen Stände are stored compactly (src/scenario/standKodierung.ts): the version-1 Stand, unchanged,
 * deflated inside an envelope. Bodies stored before (version 1 as plain JSON) load unchanged, the
 * strict reading holds for the envelope and what is inside it, and the budget and the index count
 * what is stored.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { deflateSync, strToU8 } from "fflate";
import { STANDKOPF_PRAEFIX, STAND_PRAEFIX } from "../../src/excel/schluessel";
import { EINSTELLUNGS_BUDGET } from "../../src/excel/zustandSpeicher";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { SPEICHER_MAX_TIEFE, SPEICHER_MAX_ZEICHEN } from "../../src/scenario/speicherformat";
import { entpackeStandHuelle, kodiereStandText, STANDHUELLE_VERSION } from "../../src/scenario/standKodierung";
import { leseStandEintrag, type Stand, type StandEintrag } from "../../src/scenario/staende";
import { standAusZustand } from "../../src/taskpane/hooks/standAusZustand";
import { anfangszustand, umlageZeile } from "../../src/taskpane/zustand";
import { zweiFenster } from "./zweiFensterHilfen";

/** A body in the format every Stand had before the envelope, byte for byte as the add-in wrote it. */
const FORMAT1 = readFileSync(join(__dirname, "daten", "stand-format1-rhein-sieg.txt"), "utf8");

/** A Stand as the pane freezes it: a preset with the multi-year plan and the levy (19 municipalities). */
function voll(satz: string): Stand {
  const z = anfangszustand(erzeugeVorlagenSatz(satz));
  return standAusZustand(
    {
      ...z,
      mehrjahr: { ...z.mehrjahr, bisJahr: Math.min(z.mehrjahr.bisJahr, 2019) },
      mehrjahrAktiv: true,
      umlageAktiv: true,
      umlage: Array.from({ length: 19 }, (_, i) => umlageZeile(`Gemeinde ${i + 1}`, 10_000_000 + i * 1_234_567, 0)),
    },
    "Kreisausschuss 04.02.2013",
    "2013-02-04",
    new Date("2013-02-04T10:00:00Z"),
  );
}

function huelle(daten: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: "ki-kostenplaner-stand", version: STANDHUELLE_VERSION, deflate: daten, ...extra });
}

function gepackt(text: string): string {
  return Buffer.from(deflateSync(strToU8(text))).toString("base64");
}

function meldung(e: StandEintrag): string {
  if (e.status !== "unlesbar") throw new Error(`erwartet unlesbar, war ${e.status}`);
  return e.meldung;
}

describe("compact storage of a Stand", () => {
  it.each(["rhein-sieg-2013", "kreis-2017"])("%s: under a third of the JSON, read back identical", (satz) => {
    const stand = voll(satz);
    const text = kodiereStandText(stand);
    expect(text.length * 3).toBeLessThan(JSON.stringify(stand).length);
    const gelesen = leseStandEintrag("k", text);
    expect(gelesen).toEqual({ status: "ok", schluessel: "k", stand });
    // Frozen as it was: the same JSON, character for character, inside the envelope.
    expect(entpackeStandHuelle(JSON.parse(text) as Record<string, unknown>)).toEqual({
      ok: true,
      text: JSON.stringify(stand),
    });
  });

  it("a body in the format before (plain JSON, version 1) loads unchanged, and is the same Stand packed", () => {
    const alt = leseStandEintrag("alt", FORMAT1);
    if (alt.status !== "ok") throw new Error(meldung(alt));
    expect(alt.stand).toEqual(JSON.parse(FORMAT1));
    expect(alt.stand.ergebnisse.map((e) => e.cent)).toEqual(expect.arrayContaining([10231600, 35309400, 18309400]));
    expect(leseStandEintrag("neu", kodiereStandText(alt.stand))).toEqual({ ...alt, schluessel: "neu" });
  });
});

describe("the envelope is read as strictly as the JSON", () => {
  const innen = JSON.parse(FORMAT1) as Record<string, unknown>;

  it("a newer envelope or Stand is refused and kept, naming the version", () => {
    expect(meldung(leseStandEintrag("k", huelle(gepackt(FORMAT1)).replace('"version":2', '"version":3')))).toMatch(
      /neueren Version \(Format 3\).*unverändert/,
    );
    expect(meldung(leseStandEintrag("k", huelle(gepackt(FORMAT1), { neu: 1 })))).toMatch(/unbekannte Felder \(neu\)/);
    const neuerInnen = JSON.stringify({ ...innen, version: 2 });
    expect(meldung(leseStandEintrag("k", huelle(gepackt(neuerInnen))))).toMatch(/neueren Version|doppelt verpackt/);
    const fremdesFeld = JSON.stringify({ ...innen, zukunft: true });
    expect(meldung(leseStandEintrag("k", huelle(gepackt(fremdesFeld))))).toMatch(/unbekannte Felder \(zukunft\)/);
  });

  it("broken Base64, broken deflate and cut-off JSON inside are reported, never thrown", () => {
    const roh = huelle("nicht base64!");
    const e = leseStandEintrag("k", roh);
    expect(meldung(e)).toMatch(/kein Base64/);
    expect(e).toMatchObject({ roh });
    expect(meldung(leseStandEintrag("k", huelle("AAAAAAAA")))).toMatch(/gepackten Daten sind beschädigt/);
    const abgeschnitten = gepackt(FORMAT1.slice(0, 3000));
    expect(meldung(leseStandEintrag("k", huelle(abgeschnitten)))).toMatch(/kein vollständiges JSON/);
    const halb = gepackt(FORMAT1);
    const haelfte = halb.slice(0, Math.floor(halb.length / 8) * 4);
    expect(meldung(leseStandEintrag("k", huelle(haelfte)))).toMatch(/gepackten Daten sind beschädigt/);
  });

  it("size and depth are checked before JSON.parse, inside as outside; a small body cannot unfold without bound", () => {
    expect(meldung(leseStandEintrag("k", huelle("A".repeat(SPEICHER_MAX_ZEICHEN))))).toMatch(/größer als erlaubt/);
    // 7 MB of spaces deflate to a few KB: stopped while inflating.
    const bombe = gepackt(" ".repeat(7_000_000));
    expect(bombe.length).toBeLessThan(20_000);
    expect(meldung(leseStandEintrag("k", huelle(bombe)))).toMatch(/entpackten Daten wären größer als erlaubt/);
    const tief = gepackt("[".repeat(SPEICHER_MAX_TIEFE + 1) + "]".repeat(SPEICHER_MAX_TIEFE + 1));
    expect(meldung(leseStandEintrag("k", huelle(tief)))).toMatch(/tiefer als 64 Ebenen/);
  });

  it("duplicate scenario ids inside are refused as in a plain body", () => {
    const z = innen.zustand as { szenarien: Array<{ id: string }> };
    const doppelt = JSON.stringify({
      ...innen,
      zustand: { ...z, szenarien: z.szenarien.map((s) => ({ ...s, id: z.szenarien[0].id })) },
    });
    const klar = meldung(leseStandEintrag("k", doppelt));
    expect(klar).toMatch(/doppelt vor/);
    expect(meldung(leseStandEintrag("k", huelle(gepackt(doppelt))))).toBe(klar);
  });
});

describe("stored through the access module", () => {
  it("body compact, index entry with the stored size, body read on demand; an old body beside it", async () => {
    const w = zweiFenster();
    w.fake.setzeEinstellungRoh(`${STAND_PRAEFIX}2013-02-04T09:00:00`, FORMAT1);
    await w.zugriff.A.ladeStart();
    const stand = voll("rhein-sieg-2013");
    const k = await w.zugriff.A.schreibeStand(stand);
    const gespeichert = w.fake.settings()[k] as string;
    expect(gespeichert).toBe(kodiereStandText(stand));
    const kopf = JSON.parse(w.fake.settings()[STANDKOPF_PRAEFIX + k.slice(STAND_PRAEFIX.length)] as string) as {
      zeichen: number;
    };
    expect(kopf.zeichen).toBe(gespeichert.length);

    const start = await w.zugriff.B.ladeStart();
    const index = start.staende!;
    expect(index.map((e) => e.kopf?.zeichen ?? null)).toEqual([null, gespeichert.length]);
    const koerper = await w.zugriff.B.ladeStaende(index.map((e) => ({ schluessel: e.schluessel })));
    const gelesen = koerper.map((b) => leseStandEintrag(b.schluessel, b.wert));
    expect(gelesen.map((e) => (e.status === "ok" ? e.stand : e.status))).toEqual([JSON.parse(FORMAT1), stand]);
  });

  it("the budget counts the stored size: a Stand whose JSON would not fit is frozen when its envelope does", async () => {
    const stand = voll("rhein-sieg-2013");
    const gross = JSON.stringify(stand).length;
    const klein = kodiereStandText(stand).length;
    for (const [frei, gelingt] of [
      [klein + 10, true],
      [klein - 10, false],
    ] as const) {
      const w = zweiFenster();
      const belegt = EINSTELLUNGS_BUDGET - frei;
      const k = `${STAND_PRAEFIX}2013-01-01T00:00:00.0000`;
      w.fake.setzeEinstellungRoh(k, "{}");
      w.fake.setzeEinstellungRoh(
        `${STANDKOPF_PRAEFIX}${k.slice(STAND_PRAEFIX.length)}`,
        JSON.stringify({ id: "f", bezeichnung: "F", datum: "2013-01-01", festgeschriebenAm: "x", zeichen: belegt }),
      );
      await w.zugriff.A.ladeStart();
      expect(frei).toBeLessThan(gross);
      const versuch = w.zugriff.A.schreibeStand(stand);
      if (gelingt) await expect(versuch).resolves.toMatch(/^KI-Kostenplaner\.Stand\./);
      else await expect(versuch).rejects.toThrow(/passt nicht mehr in die Arbeitsmappe/);
    }
  });
});
