/**
 * Fault injection: every insert, save and load is run with a failure at command k and at sync k of
 * its batches (commands before k stay applied, as in Excel). After each: no user cell outside the
 * generated blocks changed, the stored scenarios are intact, and the next attempt succeeds with the
 * same result as an undisturbed run. Every position is tried on a shortened plan (same sheets,
 * charts, names and print setup, fewer formats and names) and for save and load; the full plans
 * are tried at every sync and at a sample of commands (every STICHPROBE-th, from a different start
 * per case), because a fresh fake workbook costs ~80 ms. The counts are printed at the end and
 * written to .tmp/fehlerinjektion.json.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { FakeExcel } from "../../devtools/fakeHost";
import { ZUSTAND_SCHLUESSEL } from "../../src/excel/arbeitsmappenZugriff";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { kodiereSpeicherstand, type GespeicherteOptionen } from "../../src/scenario/speicherformat";
import { baueArbeitsmappe } from "../../src/workbook";
import type { ArbeitsmappenPlan } from "../../src/workbook/plan";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

const OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "DS 17/2025",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

function gespeichert(name: string): string {
  const s = erzeugeVorlagenSatz("rhein-sieg-2013");
  s[0].name = name;
  return JSON.stringify(kodiereSpeicherstand(s, OPTIONEN, DATUM));
}

const ALT = gespeichert("Unsere Planung 2025 (Kämmerei)");
const NEU = gespeichert("Planung 2026");

const STICHPROBE = 23;

function vollerPlan(umlage: boolean, modus: "ki" | "nativ" = "ki"): ArbeitsmappenPlan {
  return baueArbeitsmappe(erzeugeVorlagenSatz("rhein-sieg-2013"), {
    modus,
    datum: DATUM,
    vorlageNr: "DS 17/2025",
    umlage: umlage ? { mitglieder: [{ name: "Troisdorf", grundlage: 75000, minderbelastung: 0 }] } : null,
  });
}

/** The same sheets with their charts, print setup and first names and formats: every kind of command, fewer of each. */
function kurzerPlan(umlage: boolean, modus: "ki" | "nativ" = "ki"): ArbeitsmappenPlan {
  const p = vollerPlan(umlage, modus);
  return {
    blaetter: p.blaetter.map((b) => ({
      ...b,
      formate: b.formate.slice(0, 3),
      namen: b.namen.slice(0, 2),
      spaltenbreiten: b.spaltenbreiten.slice(0, 2),
    })),
  };
}

type Planart = typeof vollerPlan;

/** Cells the user typed: on their own sheet and beside the generated blocks. */
const NUTZERZELLEN: Array<[string, string, string | number]> = [
  ["Tabelle1", "A1", "Eigene Notiz"],
  ["Tabelle1", "B2", 4711],
  ["Kostenvergleich", "Z200", "Nebenrechnung"],
  ["Annahmen", "Z300", 12.5],
];

interface Fall {
  name: string;
  /** null: every position; n: every sync and every n-th command. */
  stichprobe: number | null;
  /** Builds the workbook before the disturbed operation. */
  aufbau: () => Promise<FakeExcel>;
  operation: (fake: FakeExcel) => Promise<unknown>;
  /** What must hold after the undisturbed (or repeated) operation, as a comparable snapshot. */
  bild: (fake: FakeExcel) => unknown;
}

/** The user's cells on the sheets that existed before the operation (`blaetter`). */
function nutzerzellen(fake: FakeExcel, blaetter: readonly string[]): unknown[] {
  const da = new Set(blaetter);
  return NUTZERZELLEN.filter(([b]) => da.has(b)).map(([b, a]) => [b, a, fake.formel(b, a)]);
}

function setzeNutzerzellen(fake: FakeExcel): void {
  const da = new Set(fake.blattnamen());
  for (const [b, a, w] of NUTZERZELLEN) if (da.has(b)) fake.setzeWert(b, a, w);
}

function mappenbild(fake: FakeExcel): unknown {
  return fake.blattnamen().map((b) => [b, fake.raster(b), fake.diagramme(b).map((d) => d.name)]);
}

async function mitMappe(umlage: boolean | null, plan: Planart = kurzerPlan): Promise<FakeExcel> {
  const fake = neueMappe();
  fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, ALT);
  if (umlage !== null) await zugriffAuf(fake).fuegeEin(plan(umlage));
  setzeNutzerzellen(fake);
  return fake;
}

/** The three inserts of the issue, with one plan builder and how many positions to try. */
function einfuegeFaelle(plan: Planart, art: string, stichprobe: number | null): Fall[] {
  return [
    {
      name: `Einfügen in neue Mappe (${art})`,
      stichprobe,
      aufbau: () => mitMappe(null, plan),
      operation: (f) => zugriffAuf(f).fuegeEin(plan(false)),
      bild: mappenbild,
    },
    {
      name: `erneut Einfügen, Umlage dazu (${art})`,
      stichprobe,
      aufbau: () => mitMappe(false, plan),
      operation: (f) => zugriffAuf(f).fuegeEin(plan(true, "nativ")),
      bild: mappenbild,
    },
    {
      name: `Einfügen nach Bearbeitung, Umlage weg (${art})`,
      stichprobe,
      aufbau: async () => {
        const f = await mitMappe(true, plan);
        f.setzeWert("Umlage", "Z50", "eigene Zeile");
        f.setzeWert("Annahmen", "B5", 99);
        return f;
      },
      operation: (f) => zugriffAuf(f).fuegeEin(plan(false)),
      bild: mappenbild,
    },
  ];
}

const FAELLE: Fall[] = [
  ...einfuegeFaelle(kurzerPlan, "gekürzter Plan, jede Position", null),
  ...einfuegeFaelle(vollerPlan, "voller Plan, Stichprobe", STICHPROBE),
  {
    name: "Speichern",
    stichprobe: null,
    aufbau: () => mitMappe(false),
    operation: (f) => zugriffAuf(f).speichereZustand(JSON.parse(NEU)),
    bild: (f) => ohneRevision(f.settings()[ZUSTAND_SCHLUESSEL]),
  },
  {
    name: "Laden",
    stichprobe: null,
    aufbau: () => mitMappe(false),
    operation: (f) => zugriffAuf(f).ladeStart(),
    bild: (f) => f.settings()[ZUSTAND_SCHLUESSEL],
  },
];

/** Every sync; every command, or every n-th from a start that differs per case. */
function positionen(
  fall: Fall,
  befehle: number,
  syncs: number,
  nr: number,
): Array<{ befehl: number } | { sync: number }> {
  const n = fall.stichprobe ?? 1;
  const start = fall.stichprobe === null ? 1 : 1 + ((nr * 7) % n);
  const b = Array.from({ length: befehle }, (_, i) => i + 1).filter((k) => k === befehle || (k - start) % n === 0);
  return [...b.map((k) => ({ befehl: k })), ...Array.from({ length: syncs }, (_, i) => ({ sync: i + 1 }))];
}

interface Zaehlung {
  positionen: number;
  befehle: number;
  syncs: number;
  verluste: number;
}
const ZAEHLUNG: Record<string, Zaehlung> = {};

/** The stored state without the revision the access layer adds (a new random one at every save). */
function ohneRevision(wert: unknown): unknown {
  if (typeof wert !== "string" || !wert.includes('"revision"')) return wert;
  const { revision, ...rest } = JSON.parse(wert) as Record<string, unknown>;
  void revision;
  return JSON.stringify(rest);
}

/** The stored state is either the old one or, after a save, completely the new one. */
function zustandIntakt(fake: FakeExcel, fall: Fall): boolean {
  const s = ohneRevision(fake.settings()[ZUSTAND_SCHLUESSEL]);
  return s === ALT || (fall.name === "Speichern" && s === JSON.stringify(JSON.parse(NEU)));
}

describe.each(FAELLE.map((f, nr) => ({ ...f, nr })))("failure at positions: $name", (fall) => {
  it("loses nothing and the next attempt succeeds", async () => {
    const referenz = await fall.aufbau();
    const blaetterVorher = referenz.blattnamen();
    const zellenVorher = nutzerzellen(referenz, blaetterVorher);
    referenz.zaehleZurueck();
    await fall.operation(referenz);
    const { befehle, syncs } = referenz.gezaehlt;
    const erwartet = fall.bild(referenz);
    expect(befehle).toBeGreaterThan(0);
    const z: Zaehlung = { positionen: 0, befehle, syncs, verluste: 0 };
    for (const stoerung of positionen(fall, befehle, syncs, fall.nr)) {
      const fake = await fall.aufbau();
      fake.stoereBei(stoerung);
      await expect(fall.operation(fake)).rejects.toThrow();
      fake.stoereBei(null);
      const heil = () =>
        JSON.stringify(nutzerzellen(fake, blaetterVorher)) === JSON.stringify(zellenVorher) &&
        zustandIntakt(fake, fall);
      const nachFehler = heil();
      let wiederholt = true;
      try {
        await fall.operation(fake);
      } catch {
        wiederholt = false;
      }
      const gleich = wiederholt && JSON.stringify(fall.bild(fake)) === JSON.stringify(erwartet);
      z.positionen++;
      if (!nachFehler || !gleich || !heil()) {
        z.verluste++;
        // Names the first failing position, so the report says where.
        expect({ stoerung, nachFehler, wiederholt, gleich }).toEqual({
          stoerung,
          nachFehler: true,
          wiederholt: true,
          gleich: true,
        });
      }
    }
    ZAEHLUNG[fall.name] = z;
    expect(z.verluste).toBe(0);
  }, 600_000);
});

afterAll(() => {
  const zeilen = Object.entries(ZAEHLUNG).map(
    ([n, z]) =>
      `${n}: ${z.positionen} Fehlerpositionen (${z.befehle} Befehle + ${z.syncs} syncs), Verluste ${z.verluste}`,
  );
  // The closing note of the fault-injection run (issue 10): positions tried and cases with loss.
  console.log(`Fehlerinjektion\n${zeilen.join("\n")}`);
  const ziel = path.join(__dirname, "../../.tmp");
  fs.mkdirSync(ziel, { recursive: true });
  fs.writeFileSync(path.join(ziel, "fehlerinjektion.json"), JSON.stringify(ZAEHLUNG, null, 2));
});
