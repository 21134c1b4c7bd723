/**
 * Two add-in instances on one document over the fake host, and a scheduler that decides at every
 * sync boundary which window's round-trip runs next. Waits on conditions (every window is parked at
 * a sync or finished), never on time.
 */
import { createFakeExcel, type FakeExcel } from "../../devtools/fakeHost";
import { erstelleArbeitsmappenZugriff } from "../../src/excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../../src/excel/zugriff";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { kodiereSpeicherstand, type GespeicherteOptionen } from "../../src/scenario/speicherformat";
import { entpackeStandHuelle, istStandHuelle } from "../../src/scenario/standKodierung";
import { erstelleStand } from "../../src/scenario/staende";

export const FENSTER = ["A", "B"] as const;
export type FensterName = (typeof FENSTER)[number];

const OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

/** A saved state recognisable by its marker (stored as the Vorlage number). */
export function zustandMit(marke: string): unknown {
  return kodiereSpeicherstand(erzeugeVorlagenSatz("rhein-sieg-2013").slice(0, 1), { ...OPTIONEN, vorlageNr: marke });
}

export function standMit(marke: string): unknown {
  return erstelleStand({
    id: `id-${marke}`,
    bezeichnung: `Stand ${marke}`,
    datum: "2013-02-04",
    szenarien: erzeugeVorlagenSatz("rhein-sieg-2013").slice(0, 1),
    optionen: { ...OPTIONEN, vorlageNr: marke },
    regelwerke: [],
    ergebnisse: [{ schluessel: "x", bereich: "Kostenvergleich", bezeichnung: "x", cent: 1 }],
  });
}

/** A Stand body as JSON text: the compact envelope (src/scenario/standKodierung.ts) unpacked. */
function entpackt(wert: unknown): string {
  const text = String(wert);
  try {
    const j: unknown = JSON.parse(text);
    if (istStandHuelle(j)) {
      const innen = entpackeStandHuelle(j);
      return innen.ok ? innen.text : text;
    }
  } catch {
    // not JSON: searched as it is
  }
  return text;
}

/** The marker of a stored state (or of a Stand's embedded state), null when it has none. */
export function markeVon(wert: unknown): string | null {
  const m = /"vorlageNr":"([^"]*)"/.exec(entpackt(wert));
  return m ? m[1] : null;
}

export interface ZweiFenster {
  fake: FakeExcel;
  zugriff: Record<FensterName, ArbeitsmappenZugriff>;
}

export function zweiFenster(jetzt = () => new Date(2013, 1, 4, 10, 0, 0)): ZweiFenster {
  const fake = createFakeExcel();
  const host = (x: unknown) => x as ExcelHost;
  return {
    fake,
    zugriff: {
      A: erstelleArbeitsmappenZugriff(host(fake.Excel), { jetzt }),
      B: erstelleArbeitsmappenZugriff(host(fake.weiteresFenster("B")), { jetzt }),
    },
  };
}

const naechsterTick = () => new Promise<void>((r) => setImmediate(r));

/**
 * Runs one operation per window; at every point where more than one window waits at a sync,
 * `waehle` picks the one to run. Returns the choices made (only where there was a choice).
 */
export async function verzahnt(
  fake: FakeExcel,
  ops: Partial<Record<FensterName, () => Promise<unknown>>>,
  waehle: (moeglich: FensterName[], schritt: number) => FensterName,
): Promise<{ wahlen: Array<{ moeglich: FensterName[]; gewaehlt: FensterName }>; fehler: Record<string, unknown> }> {
  const wartend = new Map<FensterName, () => void>();
  fake.setzeTaktgeber((f) => new Promise<void>((r) => wartend.set(f as FensterName, r)));
  const fertig = new Set<FensterName>();
  const fehler: Record<string, unknown> = {};
  const namen = Object.keys(ops) as FensterName[];
  const laeufe = namen.map((n) =>
    ops[n]!()
      .catch((e: unknown) => {
        fehler[n] = e;
      })
      .finally(() => fertig.add(n)),
  );
  const wahlen: Array<{ moeglich: FensterName[]; gewaehlt: FensterName }> = [];
  try {
    for (;;) {
      // Condition: every window is parked at a sync or finished (a window between syncs runs only microtasks).
      let ticks = 0;
      while (namen.some((n) => !fertig.has(n) && !wartend.has(n))) {
        if (++ticks > 100_000) throw new Error("Ein Fenster kommt weder zum Abgleich noch zum Ende.");
        await naechsterTick();
      }
      if (fertig.size === namen.length) break;
      const moeglich = namen.filter((n) => wartend.has(n));
      const gewaehlt = moeglich.length === 1 ? moeglich[0] : waehle(moeglich, wahlen.length);
      if (moeglich.length > 1) wahlen.push({ moeglich, gewaehlt });
      const weiter = wartend.get(gewaehlt)!;
      wartend.delete(gewaehlt);
      weiter();
    }
    await Promise.all(laeufe);
  } finally {
    fake.setzeTaktgeber(null);
  }
  return { wahlen, fehler };
}

/**
 * Every interleaving of the two windows' syncs: depth-first over the choice points (a choice is
 * only where both windows wait). `lauf` gets a chooser and must set up a fresh workbook each time.
 */
export async function alleVerzahnungen(
  lauf: (
    waehle: (moeglich: FensterName[], schritt: number) => FensterName,
  ) => Promise<Array<{ moeglich: FensterName[]; gewaehlt: FensterName }>>,
): Promise<number> {
  const offen: FensterName[][] = [[]];
  let anzahl = 0;
  while (offen.length > 0) {
    const praefix = offen.pop()!;
    const wahlen = await lauf((moeglich, schritt) => (schritt < praefix.length ? praefix[schritt] : moeglich[0]));
    anzahl++;
    for (let i = praefix.length; i < wahlen.length; i++) {
      for (const andere of wahlen[i].moeglich) {
        if (andere === wahlen[i].gewaehlt) continue;
        offen.push([...wahlen.slice(0, i).map((w) => w.gewaehlt), andere]);
      }
    }
  }
  return anzahl;
}
