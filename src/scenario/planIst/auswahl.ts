/**
 * What the user chose for a Plan-Ist in the pane, as it is kept with the saved state (issue 27 item
 * 4): the Stand (by id), the year, the months posts are filled, the corrected keys and the actuals
 * already matched to the lines. The one rule "does this choice give a Plan-Ist sheet?" lives here
 * (planIstOptionenAus), asked by arbeitsmappenOptionen; the pane only shows its answer.
 *
 * Why the matched actuals and not the file: a finance export can have 100,000 booking rows (several
 * MB), far beyond the settings budget (src/excel/zustandSpeicher, 1,000,000 characters for the state,
 * its backups and the Stände). Matched, the actuals are twelve amounts per line of the Stand (posts
 * and four cost lines), a few KB, bounded by MAX_GESPEICHERTE_ZEILEN. The corrections are kept, so a
 * file read again is matched the same way; the file's findings (with line numbers) are kept as text,
 * bounded too.
 */
import { type Besetzung, type Cent, type Istwerte, KiFehler, MONATE, planIst } from "../../core";
import type { PlanIstOptionen } from "../optionen";
import type { Stand } from "../staende";
import { type PlanIstGrundlage, planIstGrundlageAusStand } from "./eingabe";
import { monatAusKopf } from "./monatsangaben";

/** Actual costs as matched by the import, with where they came from and what the import found. */
export interface GespeicherteIstwerte {
  /** "ist-2013.csv", "Auswahl Tabelle1!A1:N9", "Eingefügter Text". */
  quelle: string;
  /** Line key → twelve amounts in cents (null = none reported). */
  werte: Record<string, Array<Cent | null>>;
  /** The import's findings (file and line), German; the import is incomplete while there are any. */
  fehler: string[];
  hinweise: string[];
}

export interface PlanIstAuswahl {
  /** The frozen Stand compared against; null = none chosen yet. */
  standId: string | null;
  /** The plan year; null = the year of the Stand's scenario. */
  jahr: number | null;
  /** Months filled per post key; a post not listed is filled all year. */
  besetzungen: Record<string, Besetzung>;
  /** The user's corrections: key in the file → key of a line. */
  zuordnung: Record<string, string>;
  ist: GespeicherteIstwerte | null;
}

/** Bounds of the saved choice (a Stand has far fewer lines; the bounds keep a damaged state small). */
export const MAX_GESPEICHERTE_ZEILEN = 500;
export const MAX_GESPEICHERTE_MELDUNGEN = 50;
export const MAX_TEXTLAENGE = 1_000;
/** 1 Billion € in cents: the import refuses larger amounts too. */
const MAX_CENT = 1e14;

export function leerePlanIstAuswahl(): PlanIstAuswahl {
  return { standId: null, jahr: null, besetzungen: {}, zuordnung: {}, ist: null };
}

/** Findings over the bound are summed up in one more line, never dropped without a word. */
export function begrenzteMeldungen(meldungen: readonly string[]): string[] {
  const kurz = meldungen.map((m) => (m.length > MAX_TEXTLAENGE ? `${m.slice(0, MAX_TEXTLAENGE - 1)}…` : m));
  if (kurz.length <= MAX_GESPEICHERTE_MELDUNGEN) return kurz;
  const rest = kurz.length - (MAX_GESPEICHERTE_MELDUNGEN - 1);
  return [...kurz.slice(0, MAX_GESPEICHERTE_MELDUNGEN - 1), `… und ${rest.toLocaleString("de-DE")} weitere Meldungen.`];
}

export interface PlanIstBewertung {
  /** The Stand chosen, when it is listed. */
  stand: Stand | null;
  /** The Stand's input for the year (without the months filled when those are what is wrong). */
  grundlage: PlanIstGrundlage | null;
  /** The workbook options of the sheet; null when there is no sheet to build. */
  optionen: PlanIstOptionen | null;
  /** Why there is no sheet (German); null when there is one, or nothing was chosen. */
  hindernis: string | null;
}

function text(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The one rule: a Plan-Ist sheet is built when a listed Stand is chosen, its input for the year can be
 * built (the core's own checks: the year must be the scenario's or carried by a multi-year plan) and
 * actuals are there that fit the Stand's lines.
 */
export function planIstOptionenAus(a: PlanIstAuswahl | undefined, staende: readonly Stand[]): PlanIstBewertung {
  const leer = { stand: null, grundlage: null, optionen: null };
  if (!a || a.standId === null) return { ...leer, hindernis: null };
  const stand = staende.find((s) => s.id === a.standId) ?? null;
  if (!stand) {
    return { ...leer, hindernis: "Der gewählte Stand ist nicht (mehr) in der Arbeitsmappe; bitte einen Stand wählen." };
  }
  const wahl = { ...(a.jahr !== null ? { jahr: a.jahr } : {}), besetzungen: a.besetzungen };
  let grundlage: PlanIstGrundlage;
  try {
    grundlage = planIstGrundlageAusStand(stand, wahl);
  } catch (e) {
    if (!(e instanceof KiFehler)) throw e;
    // The months filled are what is wrong when the Stand works without them: the pane keeps showing
    // the posts (grundlage without them) so the user can correct the months.
    let ohne: PlanIstGrundlage | null = null;
    try {
      ohne = planIstGrundlageAusStand(stand, { ...wahl, besetzungen: {} });
    } catch {
      ohne = null;
    }
    return { ...leer, stand, grundlage: ohne, hindernis: e.message };
  }
  if (!a.ist) return { stand, grundlage, optionen: null, hindernis: "Es sind noch keine Istwerte eingelesen." };
  try {
    planIst(grundlage.eingabe, a.ist.werte);
  } catch (e) {
    if (!(e instanceof KiFehler)) throw e;
    return { stand, grundlage, optionen: null, hindernis: `Die Istwerte passen nicht zum Stand: ${text(e)}` };
  }
  const ist: Istwerte = a.ist.werte;
  return { stand, grundlage, optionen: { stand, wahl, ist, istQuelle: a.ist.quelle }, hindernis: null };
}

/**
 * Vacancy months as typed: "3-5", "Mär–Mai, Aug", "9" → ranges; a German message for anything else.
 * Month words are read by the same rules as the import's month headers.
 */
export function vakanzenAusText(t: string, jahr: number): Besetzung["vakanzen"] | string {
  const teile = t
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter((x) => x !== "");
  const vakanzen: Array<{ vonMonat: number; bisMonat: number }> = [];
  for (const teil of teile) {
    const [von, bis = von, ...zuviel] = teil.split(/[-–]/).map((x) => x.trim());
    const m1 = monatAusKopf(von, jahr);
    const m2 = monatAusKopf(bis, jahr);
    if (zuviel.length > 0 || typeof m1 !== "number" || typeof m2 !== "number") {
      return `„${teil}“ ist kein Monat und kein Zeitraum (z. B. „3-5“ oder „Mär-Mai“).`;
    }
    if (m2 < m1) return `„${teil}“: Der Zeitraum endet vor seinem Beginn.`;
    vakanzen.push({ vonMonat: m1, bisMonat: m2 });
  }
  return vakanzen;
}

/** Vacancies as the pane shows them: "3-5, 8". */
export function vakanzenText(v: Besetzung["vakanzen"]): string {
  return (v ?? []).map((x) => (x.vonMonat === x.bisMonat ? `${x.vonMonat}` : `${x.vonMonat}-${x.bisMonat}`)).join(", ");
}

type Objekt = Record<string, unknown>;

function pruefeText(v: unknown, pfad: string): string {
  if (typeof v !== "string") throw new Error(`${pfad} fehlt oder ist kein Text`);
  if (v.length > MAX_TEXTLAENGE) throw new Error(`${pfad} ist länger als ${MAX_TEXTLAENGE} Zeichen`);
  return v;
}

/** `max`: entries of a map (keys are data); a fixed shape passes none, its unknown fields are reported as newer. */
function pruefeObjekt(v: unknown, pfad: string, max = Infinity): Objekt {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`${pfad} fehlt oder ist kein Objekt`);
  if (Object.keys(v).length > max) throw new Error(`${pfad} hat mehr als ${max} Einträge`);
  return v as Objekt;
}

function pruefeMonat(v: unknown, pfad: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > MONATE) {
    throw new Error(`${pfad} muss ein Monat von 1 bis 12 sein`);
  }
  return v;
}

function leseBesetzung(x: unknown, pfad: string): Besetzung {
  const o = pruefeObjekt(x, pfad);
  const b: Besetzung = {};
  if (o.abMonat !== undefined) b.abMonat = pruefeMonat(o.abMonat, `${pfad}.abMonat`);
  if (o.bisMonat !== undefined) b.bisMonat = pruefeMonat(o.bisMonat, `${pfad}.bisMonat`);
  if (o.vakanzen !== undefined) {
    if (!Array.isArray(o.vakanzen) || o.vakanzen.length > MONATE) {
      throw new Error(`${pfad}.vakanzen muss eine Liste von höchstens 12 Zeiträumen sein`);
    }
    b.vakanzen = o.vakanzen.map((v, i) => {
      const vo = pruefeObjekt(v, `${pfad}.vakanzen[${i}]`);
      return {
        vonMonat: pruefeMonat(vo.vonMonat, `${pfad}.vakanzen[${i}].vonMonat`),
        bisMonat: pruefeMonat(vo.bisMonat, `${pfad}.vakanzen[${i}].bisMonat`),
      };
    });
  }
  return b;
}

function leseMonatswerte(x: unknown, pfad: string): Array<Cent | null> {
  if (!Array.isArray(x) || x.length !== MONATE) throw new Error(`${pfad} muss zwölf Monatswerte haben`);
  return x.map((w, i) => {
    if (w === null) return null;
    if (typeof w !== "number" || !Number.isInteger(w) || Math.abs(w) > MAX_CENT) {
      throw new Error(`${pfad}[${i}] muss ein Betrag in ganzen Cent oder leer (null) sein`);
    }
    return w;
  });
}

function leseTexte(x: unknown, pfad: string): string[] {
  if (!Array.isArray(x) || x.length > MAX_GESPEICHERTE_MELDUNGEN) {
    throw new Error(`${pfad} muss eine Liste von höchstens ${MAX_GESPEICHERTE_MELDUNGEN} Texten sein`);
  }
  return x.map((t, i) => pruefeText(t, `${pfad}[${i}]`));
}

function leseIst(x: unknown, pfad: string): GespeicherteIstwerte | null {
  if (x === null) return null;
  const o = pruefeObjekt(x, pfad);
  const w = pruefeObjekt(o.werte, `${pfad}.werte`, MAX_GESPEICHERTE_ZEILEN);
  // fromEntries: a key "__proto__" in the file stays a key and never becomes a prototype.
  const werte = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, leseMonatswerte(v, `${pfad}.werte.${k}`)]));
  return {
    quelle: pruefeText(o.quelle, `${pfad}.quelle`),
    werte,
    fehler: leseTexte(o.fehler, `${pfad}.fehler`),
    hinweise: leseTexte(o.hinweise, `${pfad}.hinweise`),
  };
}

/**
 * The saved choice, checked as strictly as the rest of the saved state (speicherformat calls this
 * and turns a thrown message into its "unvollständig" report). Unknown fields are reported there.
 */
export function lesePlanIstAuswahl(x: unknown, pfad: string): PlanIstAuswahl {
  const o = pruefeObjekt(x, pfad);
  const jahr = o.jahr;
  if (jahr !== null && (typeof jahr !== "number" || !Number.isInteger(jahr) || jahr < 1900 || jahr > 2200)) {
    throw new Error(`${pfad}.jahr muss ein Jahr oder leer (null) sein`);
  }
  const standId = o.standId === null ? null : pruefeText(o.standId, `${pfad}.standId`);
  const b = pruefeObjekt(o.besetzungen, `${pfad}.besetzungen`, MAX_GESPEICHERTE_ZEILEN);
  const besetzungen = Object.fromEntries(
    Object.entries(b).map(([k, v]) => [k, leseBesetzung(v, `${pfad}.besetzungen.${k}`)]),
  );
  const z = pruefeObjekt(o.zuordnung, `${pfad}.zuordnung`, MAX_GESPEICHERTE_ZEILEN * 2);
  const zuordnung = Object.fromEntries(Object.entries(z).map(([k, v]) => [k, pruefeText(v, `${pfad}.zuordnung.${k}`)]));
  return { standId, jahr, besetzungen, zuordnung, ist: leseIst(o.ist, `${pfad}.ist`) };
}
