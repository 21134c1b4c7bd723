/**
 * Property (issue 21): random sequences of the pane's commands in two windows, each step's two
 * commands interleaved at random sync boundaries, never lose a stored scenario state or a Stand.
 * Each window is modelled as the pane runs it (src/taskpane/hooks): its work, its conflicts and
 * how the user resolves them.
 */
import fc from "fast-check";
import {
  KonfliktFehler,
  SICHERUNG_PRAEFIX,
  STAND_PRAEFIX,
  ZUSTAND_SCHLUESSEL,
} from "../../src/excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff } from "../../src/excel/zugriff";
import { FENSTER, markeVon, standMit, verzahnt, zustandMit, zweiFenster, type FensterName } from "./zweiFensterHilfen";

type Art =
  "aendern" | "festschreiben" | "loeschen" | "wiederherstellen" | "editorLaden" | "konfliktMeine" | "konfliktFremde";
const ARTEN: Art[] = [
  "aendern",
  "festschreiben",
  "loeschen",
  "wiederherstellen",
  "editorLaden",
  "konfliktMeine",
  "konfliktFremde",
];

interface Fenster {
  name: FensterName;
  z: ArbeitsmappenZugriff;
  /** The marker of the work in this pane's editor. */
  arbeit: string;
  konflikt: KonfliktFehler | null;
  zaehler: number;
}

interface Welt {
  fenster: Record<FensterName, Fenster>;
  /** Stände frozen and not deleted: marker → must exist. */
  staende: Set<string>;
  geloescht: Set<string>;
  /**
   * Work made in one pane that another pane loaded and then changed: the user carried it on over
   * there, so the stored successor may replace it (the same as one pane saving over its own work).
   */
  weitergefuehrt: Set<string>;
  /** Every backup key seen: backups are never removed. */
  sicherungen: Set<string>;
  einstellungen: () => Record<string, unknown>;
}

function merkeKonflikt(f: Fenster, e: unknown): void {
  if (e instanceof KonfliktFehler) f.konflikt = e;
  else throw e;
}

async function speichere(f: Fenster, trotz = false): Promise<void> {
  try {
    await f.z.speichereZustand(zustandMit(f.arbeit), { trotzKonflikt: trotz });
    if (trotz) f.konflikt = null;
  } catch (e) {
    merkeKonflikt(f, e);
  }
}

/** The pane's editor gets new content; work it had loaded from the other pane is carried on by it. */
function neueArbeit(w: Welt, f: Fenster, marke: string): void {
  if (!f.arbeit.startsWith(f.name)) w.weitergefuehrt.add(f.arbeit);
  f.arbeit = marke;
}

/** One command as the pane runs it; `wahl` picks a Stand or backup among those there. */
async function fuehreAus(w: Welt, f: Fenster, art: Art, wahl: number): Promise<void> {
  const s = w.einstellungen();
  const staende = Object.keys(s).filter((k) => k.startsWith(STAND_PRAEFIX));
  const sicherungen = Object.keys(s).filter((k) => k.startsWith(SICHERUNG_PRAEFIX));
  if (f.konflikt && art !== "konfliktMeine" && art !== "konfliktFremde") return; // the pane waits for the choice
  switch (art) {
    case "aendern":
      neueArbeit(w, f, `${f.name}${++f.zaehler}`);
      return speichere(f);
    case "festschreiben": {
      const marke = `${f.name}-stand${++f.zaehler}`;
      await f.z.schreibeStand(standMit(marke));
      w.staende.add(marke);
      return;
    }
    case "loeschen": {
      if (staende.length === 0) return;
      const k = staende[wahl % staende.length];
      const marke = markeVon(s[k]);
      // Marked before the delete: from now on this Stand may be gone (the user asked for it).
      if (marke) {
        w.staende.delete(marke);
        w.geloescht.add(marke);
      }
      return f.z.loescheStand(k);
    }
    case "wiederherstellen": {
      if (sicherungen.length === 0) return;
      const k = sicherungen[wahl % sicherungen.length];
      const g = await f.z.stelleWiederHer(k, zustandMit(f.arbeit));
      if (g.status === "ok") f.arbeit = markeVon(JSON.stringify(g.json)) ?? f.arbeit;
      return;
    }
    case "editorLaden":
      await f.z.sichereZustand(zustandMit(f.arbeit));
      neueArbeit(w, f, `${f.name}-ausStand${++f.zaehler}`);
      return speichere(f);
    case "konfliktMeine":
      if (f.konflikt?.art === "vorher") await speichere(f, true);
      else f.konflikt = null;
      return;
    case "konfliktFremde":
      if (!f.konflikt) return;
      if (f.konflikt.art === "vorher") {
        const g = await f.z.ladeZustand();
        if (g.status === "ok") f.arbeit = markeVon(JSON.stringify(g.json)) ?? f.arbeit;
      } else {
        const g = await f.z.stelleWiederHer(f.konflikt.sicherung, zustandMit(f.arbeit));
        if (g.status === "ok") f.arbeit = markeVon(JSON.stringify(g.json)) ?? f.arbeit;
      }
      f.konflikt = null;
  }
}

/**
 * Every pane's own work (made in that pane; what it merely loaded may be superseded by the window
 * that changed it), every Stand not deleted and every backup ever made is in the workbook. Work the
 * other pane loaded and then changed is no longer required from its maker's side either: that pane
 * saves its successor over it by right (it read exactly that revision), as one pane does with its own.
 */
function verloren(w: Welt): string[] {
  const s = w.einstellungen();
  const fehlendeSicherungen = [...w.sicherungen].filter((k) => !(k in s));
  for (const k of Object.keys(s)) if (k.startsWith(SICHERUNG_PRAEFIX)) w.sicherungen.add(k);
  const zustaende = new Set(
    Object.entries(s)
      .filter(([k]) => k === ZUSTAND_SCHLUESSEL || k.startsWith(SICHERUNG_PRAEFIX))
      .map(([, v]) => markeVon(v)),
  );
  const staende = new Set(
    Object.entries(s)
      .filter(([k]) => k.startsWith(STAND_PRAEFIX))
      .map(([, v]) => markeVon(v)),
  );
  return [
    ...fehlendeSicherungen,
    ...FENSTER.map((n) => w.fenster[n].arbeit).filter(
      (a, i) => a.startsWith(FENSTER[i]) && !w.weitergefuehrt.has(a) && !zustaende.has(a),
    ),
    ...[...w.staende].filter((m) => !staende.has(m)),
  ];
}

const schritt = fc.record({
  A: fc.constantFrom(...ARTEN),
  B: fc.constantFrom(...ARTEN),
  wahlA: fc.nat(20),
  wahlB: fc.nat(20),
  takt: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
});

const LAEUFE = 150;

test(`${LAEUFE} random command sequences over two windows lose nothing`, async () => {
  let verluste = 0;
  let befehle = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(schritt, { minLength: 1, maxLength: 8 }), async (schritte) => {
      const { fake, zugriff } = zweiFenster();
      fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, JSON.stringify(zustandMit("anfang")));
      const fenster = (name: FensterName): Fenster => ({
        name,
        z: zugriff[name],
        arbeit: "anfang",
        konflikt: null,
        zaehler: 0,
      });
      const w: Welt = {
        fenster: { A: fenster("A"), B: fenster("B") },
        staende: new Set(),
        geloescht: new Set(),
        weitergefuehrt: new Set(),
        sicherungen: new Set(),
        einstellungen: () => fake.settings(),
      };
      await zugriff.A.ladeStart();
      await zugriff.B.ladeStart();
      for (const st of schritte) {
        const { fehler } = await verzahnt(
          fake,
          {
            A: () => fuehreAus(w, w.fenster.A, st.A, st.wahlA),
            B: () => fuehreAus(w, w.fenster.B, st.B, st.wahlB),
          },
          (moeglich, i) => (st.takt[i % st.takt.length] ? moeglich[moeglich.length - 1] : moeglich[0]),
        );
        befehle += 2;
        expect(fehler).toEqual({});
        const fehlt = verloren(w);
        if (fehlt.length > 0) verluste++;
        expect(fehlt).toEqual([]);
      }
    }),
    { numRuns: LAEUFE },
  );
  console.log(`Eigenschaft: ${LAEUFE} Zufallsfolgen, ${befehle} Befehle, ${verluste} Verluste.`);
}, 600_000);
