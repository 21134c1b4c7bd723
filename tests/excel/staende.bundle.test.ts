/** Frozen Stände over the fake host: freeze, change, compare, reload, damaged Stand, 50 Stände, round-trips. */
import { STAND_PRAEFIX } from "../../src/excel/arbeitsmappenZugriff";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import type { GespeicherteOptionen, Speicherstand } from "../../src/scenario/speicherformat";
import { kodiereSpeicherstand } from "../../src/scenario/speicherformat";
import { erstelleStand, leseStandEintrag, type Stand } from "../../src/scenario/staende";
import {
  PROTOKOLL_BLATTNAME,
  VERGLEICH_BLATTNAME,
  baueArbeitsmappe,
  ergebniszeilen,
  geaenderteAnnahmen,
  regelwerkVermerke,
  vergleicheErgebnisse,
} from "../../src/workbook";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

const OPTIONEN: GespeicherteOptionen = {
  modus: "nativ",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

const BASIS = erzeugeVorlagenSatz("rhein-sieg-2013");
const kopie = () => JSON.parse(JSON.stringify(BASIS)) as typeof BASIS;

function stand(bezeichnung: string, datum: string, szenarien = kopie()): Stand {
  return erstelleStand(
    {
      id: `id-${bezeichnung}`,
      bezeichnung,
      datum,
      szenarien,
      optionen: OPTIONEN,
      regelwerke: regelwerkVermerke(szenarien),
      ergebnisse: ergebniszeilen(szenarien, {}),
    },
    DATUM,
  );
}

describe("Stände", () => {
  test("festschreiben, Annahme ändern, vergleichen: jede Differenz mit Vorzeichen und Betrag", async () => {
    const fake = neueMappe();
    const zugriff = zugriffAuf(fake);
    const s = stand("Kreisausschuss 09.12.2013", "2013-12-09");
    const k = await zugriff.schreibeStand(s);
    expect(k.startsWith(STAND_PRAEFIX)).toBe(true);
    // Reload the workbook state: the Stand comes back with the start, readable and identical.
    const start = await zugriffAuf(fake).ladeStart();
    expect(start.staende![0].kopf?.bezeichnung).toBe("Kreisausschuss 09.12.2013");
    const [roh] = await zugriff.ladeStaende([{ schluessel: start.staende![0].schluessel }]);
    const eintrag = leseStandEintrag(roh.schluessel, roh.wert);
    expect(eintrag.status).toBe("ok");
    if (eintrag.status !== "ok") return;
    expect(eintrag.stand).toEqual(s);
    expect(
      eintrag.stand.ergebnisse.find((z) => z.schluessel.endsWith(":eigenanteil") && z.cent === 18309400),
    ).toBeTruthy();

    const neu = kopie();
    neu[1].arbeitsplaetze -= 2; // 2 × 2.268 € IT weniger
    const z = vergleicheErgebnisse(ergebniszeilen(neu, {}), eintrag.stand.ergebnisse).filter((v) => v.differenz !== 0);
    expect(z.map((v) => [v.bezeichnung, v.differenz])).toEqual([
      ["KIZ: IT-Standardarbeitsplatz", -453600],
      ["KIZ: Gesamtkosten", -453600],
      ["KIZ: Jährlicher Kostenanteil", -453600],
    ]);
    const a = geaenderteAnnahmen(eintrag.stand.zustand, kodiereSpeicherstand(neu, OPTIONEN));
    expect(a).toEqual([{ szenario: "KIZ", feld: "IT-Arbeitsplätze", alt: "8", neu: "6", wirkung: -453600 }]);
  });

  test("ein beschädigter Stand wird gemeldet und bleibt unverändert; ein neuer überschreibt ihn nicht", async () => {
    const fake = neueMappe();
    const zugriff = zugriffAuf(fake);
    await zugriff.schreibeStand(stand("A", "2013-12-09"));
    const [k] = Object.keys(fake.settings()).filter((x) => x.startsWith(STAND_PRAEFIX));
    const kaputt = String(fake.settings()[k]).slice(0, 500);
    await fake.Excel.run(async (c) => {
      c.workbook.settings.add(k, kaputt);
      await c.sync();
    });
    await zugriff.schreibeStand(stand("B", "2014-03-01"));
    expect(fake.settings()[k]).toBe(kaputt);
    const start = await zugriff.ladeStart();
    const koerper = await zugriff.ladeStaende(start.staende!.map((e) => ({ schluessel: e.schluessel })));
    // The damaged one first: keys of the same second differ only in their random part.
    const eintraege = koerper
      .map((r) => leseStandEintrag(r.schluessel, r.wert))
      .sort((a, b) => Number(b.schluessel === k) - Number(a.schluessel === k));
    expect(eintraege.map((e) => e.status)).toEqual(["unlesbar", "ok"]);
    expect(eintraege[0].status === "unlesbar" && eintraege[0].meldung).toMatch(/beschädigt.*erhalten/);
    const fremd = JSON.parse(JSON.stringify(stand("C", "2014-03-01")));
    fremd.neuesFeld = 1;
    expect(leseStandEintrag("x", JSON.stringify(fremd)).status).toBe("unlesbar");
  });

  test("ohne Bezeichnung wird nicht festgeschrieben", () => {
    expect(() => stand("  ", "2013-12-09")).toThrow(/Bezeichnung/);
    expect(() => stand("A", "2013-02-30")).toThrow(/Datum/);
  });

  test("50 Stände: Start (index) in 2, bodies in 1, Einfügen mit Vergleich und Protokoll in höchstens 3 context.sync()", async () => {
    const fake = neueMappe();
    const zugriff = zugriffAuf(fake);
    const staende: Stand[] = [];
    for (let i = 0; i < 50; i++) {
      const sz = kopie();
      sz[1].projektmittel += i * 1000;
      const s = stand(`Stand ${i + 1}`, `2014-01-${String((i % 28) + 1).padStart(2, "0")}`, sz);
      staende.push(s);
      await zugriff.schreibeStand(s);
    }
    fake.resetSyncCount?.();
    const vorher = fake.syncCount;
    const t0 = Date.now();
    const start = await zugriff.ladeStart();
    expect(fake.syncCount - vorher).toBe(2);
    const koerper = await zugriff.ladeStaende(
      start.staende!.map((e) => ({ schluessel: e.schluessel, zeichen: e.kopf?.zeichen })),
    );
    expect(fake.syncCount - vorher).toBe(3);
    expect(koerper.map((r) => leseStandEintrag(r.schluessel, r.wert).status)).toEqual(Array(50).fill("ok"));
    const szenarien = staende[49].zustand.szenarien;
    const aktuell: Speicherstand = staende[49].zustand;
    const plan = baueArbeitsmappe(szenarien, {
      modus: "nativ",
      datum: DATUM,
      staende: { vergleich: staende[0], alle: staende, aktuell },
    });
    const erg = await zugriff.fuegeEin(plan);
    expect(erg.syncs).toBeLessThanOrEqual(3);
    expect(erg.blaetter).toEqual(expect.arrayContaining([VERGLEICH_BLATTNAME, PROTOKOLL_BLATTNAME]));
    expect(Date.now() - t0).toBeLessThan(20_000);
    // Stand 1 → now: Projektmittel +49.000 € raise the Eigenanteil by 49.000 € (no refund on them).
    const vergleich = plan.blaetter.find((b) => b.name === VERGLEICH_BLATTNAME)!;
    const zeile = vergleich.zellen.find((r) => r[1] && "text" in r[1] && r[1].text === "KIZ: Projektmittel")!;
    expect(zeile[4]).toEqual({ zahl: 49000 });
  });
});
