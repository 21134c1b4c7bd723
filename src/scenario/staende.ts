/**
 * A frozen "Stand": what a committee saw on a given day — the scenarios and options (a complete
 * saved state), the rule sets applied and every result line as cents. Stored in the workbook
 * settings under a key of its own, never written twice (src/excel/arbeitsmappenZugriff.ts):
 *
 *   { format: "ki-kostenplaner-stand", version: 1, id, bezeichnung, datum, festgeschriebenAm,
 *     zustand: <Speicherstand>, regelwerke: [...], ergebnisse: [...] }
 *
 * In the settings this JSON is stored deflated inside a small envelope (src/scenario/standKodierung.ts);
 * bodies stored before as plain JSON are read as they are.
 *
 * Parsed as strictly as the saved state (src/scenario/speicherformat.ts): the embedded state is read
 * by the very same parser, unknown fields mean a newer version, size and depth are checked before
 * JSON.parse. A damaged Stand is reported with its key and kept as it is.
 */
import {
  leseSpeicherstand,
  pruefeRohtext,
  kodiereSpeicherstand,
  type GespeicherteOptionen,
  type Speicherstand,
} from "./speicherformat";
import { pruefeHuelle } from "./huelle";
import type { Szenario } from "./modell";
import { entpackeStandHuelle, istStandHuelle } from "./standKodierung";

export const STANDFORMAT = "ki-kostenplaner-stand";
export const STANDVERSION = 1;

/** One figure of the results, in cents; `schluessel` identifies it across Stände. */
export interface Ergebniszeile {
  schluessel: string;
  /** Which sheet the line belongs to: "Kostenvergleich", "Mehrjahresplanung", "Kreisumlage". */
  bereich: string;
  bezeichnung: string;
  cent: number;
}

/** The rule set a scenario's refund was computed with, as it was at freezing. */
export interface Regelwerkvermerk {
  szenarioId: string;
  regelId: string;
  titel: string;
}

export interface Stand {
  format: typeof STANDFORMAT;
  version: typeof STANDVERSION;
  id: string;
  bezeichnung: string;
  /** Date of the meeting, "JJJJ-MM-TT". */
  datum: string;
  /** ISO 8601 time of freezing. */
  festgeschriebenAm: string;
  zustand: Speicherstand;
  regelwerke: Regelwerkvermerk[];
  ergebnisse: Ergebniszeile[];
}

/** A stored Stand as the pane lists it: readable, or reported and kept. */
export type StandEintrag =
  | { status: "ok"; schluessel: string; stand: Stand }
  /** Listed from the index; the body is read after the first screen (src/taskpane/hooks/useStaende). */
  | { status: "kopf"; schluessel: string; kopf: StandKopf }
  | { status: "unlesbar"; schluessel: string; roh: string; meldung: string };

const HINWEIS = "Der Stand bleibt unverändert in der Arbeitsmappe erhalten.";

/** Null when the label and the date may be frozen, else the German reason. */
export function pruefeStandangaben(bezeichnung: string, datum: string): string | null {
  if (bezeichnung.trim() === "") return "Bitte eine Bezeichnung eingeben (z. B. „Kreisausschuss 09.12.2013“).";
  if (bezeichnung.length > 200) return "Die Bezeichnung ist zu lang (höchstens 200 Zeichen).";
  if (!gueltigesDatum(datum)) return "Bitte ein gültiges Datum eingeben (TT.MM.JJJJ).";
  return null;
}

function gueltigesDatum(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.getUTCFullYear() === Number(m[1]) && t.getUTCMonth() === Number(m[2]) - 1 && t.getUTCDate() === Number(m[3]);
}

export interface StandAngaben {
  id: string;
  bezeichnung: string;
  datum: string;
  szenarien: readonly Szenario[];
  optionen: GespeicherteOptionen;
  regelwerke: Regelwerkvermerk[];
  ergebnisse: Ergebniszeile[];
}

/** A new Stand, deep-copied; throws when the label or date is missing (the pane checks before). */
export function erstelleStand(a: StandAngaben, jetzt: Date = new Date()): Stand {
  const fehler = pruefeStandangaben(a.bezeichnung, a.datum);
  if (fehler) throw new Error(fehler);
  return {
    format: STANDFORMAT,
    version: STANDVERSION,
    id: a.id,
    bezeichnung: a.bezeichnung.trim(),
    datum: a.datum,
    festgeschriebenAm: jetzt.toISOString(),
    zustand: kodiereSpeicherstand(a.szenarien, a.optionen, jetzt),
    regelwerke: a.regelwerke.map((r) => ({ ...r })),
    ergebnisse: a.ergebnisse.map((e) => ({ ...e })),
  };
}

type Objekt = Record<string, unknown>;

function istObjekt(x: unknown): x is Objekt {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function felderPruefen(o: Objekt, pfad: string, felder: Record<string, "text" | "zahl">): string | null {
  for (const [f, art] of Object.entries(felder)) {
    const v = o[f];
    if (art === "text" && typeof v !== "string") return `${pfad}.${f} fehlt oder ist kein Text`;
    if (art === "zahl" && (typeof v !== "number" || !Number.isInteger(v))) return `${pfad}.${f} ist keine ganze Zahl`;
  }
  const fremd = Object.keys(o).filter((k) => !(k in felder));
  return fremd.length > 0 ? `${pfad} enthält unbekannte Felder (${fremd.join(", ")}) einer neueren Version` : null;
}

const KOPF = { format: "text", version: "zahl", id: "text", bezeichnung: "text", datum: "text" } as const;

function leseListe<T>(x: unknown, pfad: string, felder: Record<string, "text" | "zahl">): T[] | string {
  if (!Array.isArray(x)) return `${pfad} fehlt oder ist keine Liste`;
  for (let i = 0; i < x.length; i++) {
    const e: unknown = x[i];
    if (!istObjekt(e)) return `${pfad}[${i}] ist kein Objekt`;
    const f = felderPruefen(e, `${pfad}[${i}]`, felder);
    if (f) return f;
  }
  return x as T[];
}

/** Checks parsed JSON; on failure a German sentence says what is wrong. */
export function leseStand(json: unknown): { ok: true; stand: Stand } | { ok: false; meldung: string } {
  const falsch = (grund: string) => ({ ok: false as const, meldung: `Der Stand ist beschädigt: ${grund}. ${HINWEIS}` });
  const h = pruefeHuelle(json, STANDFORMAT, STANDVERSION);
  if (!h.ok && h.fehler === "fremd") return falsch("er stammt nicht vom KI-Kostenplaner");
  if (!h.ok) {
    return h.fehler === "neuer"
      ? falsch(`er wurde mit einer neueren Version (Format ${String(h.version)}) festgeschrieben`)
      : falsch(`unbekannte Formatversion „${String(h.version)}“`);
  }
  const { zustand, regelwerke, ergebnisse, ...kopf } = h.felder;
  const k = felderPruefen(kopf, "Stand", { ...KOPF, festgeschriebenAm: "text" });
  if (k) return falsch(k);
  const angaben = pruefeStandangaben(String(kopf.bezeichnung), String(kopf.datum));
  if (angaben) return falsch(angaben.replace(/^Bitte /, "").replace(/\.$/, ""));
  const z = leseSpeicherstand(zustand);
  if (!z.ok) return falsch(`die Szenarien sind nicht lesbar (${z.meldung})`);
  const r = leseListe<Regelwerkvermerk>(regelwerke, "regelwerke", {
    szenarioId: "text",
    regelId: "text",
    titel: "text",
  });
  if (typeof r === "string") return falsch(r);
  const e = leseListe<Ergebniszeile>(ergebnisse, "ergebnisse", {
    schluessel: "text",
    bereich: "text",
    bezeichnung: "text",
    cent: "zahl",
  });
  if (typeof e === "string") return falsch(e);
  return {
    ok: true,
    stand: {
      ...(kopf as Omit<Stand, "zustand" | "regelwerke" | "ergebnisse">),
      zustand: z.stand,
      regelwerke: r,
      ergebnisse: e,
    },
  };
}

/** Parsed JSON from raw text, or the German reason; size and depth are checked before JSON.parse. */
function parseGeprueft(roh: string, was: string): { ok: true; json: unknown } | { ok: false; meldung: string } {
  const grob = pruefeRohtext(roh);
  if (grob !== null) return { ok: false, meldung: `${was} ist nicht lesbar: ${grob}` };
  try {
    return { ok: true, json: JSON.parse(roh) };
  } catch (e) {
    const grund = e instanceof Error ? e.message : String(e);
    return { ok: false, meldung: `${was} ist beschädigt (kein vollständiges JSON: ${grund}). ${HINWEIS}` };
  }
}

/** A stored body: the compact envelope (src/scenario/standKodierung.ts) unpacked, else the JSON as it is. */
function standAusGespeichertem(json: unknown): { ok: true; stand: Stand } | { ok: false; meldung: string } {
  if (!istStandHuelle(json)) return leseStand(json);
  const innen = entpackeStandHuelle(json);
  if (!innen.ok) return { ok: false, meldung: `Der Stand ist beschädigt: ${innen.grund}. ${HINWEIS}` };
  const p = parseGeprueft(innen.text, "Der entpackte Stand");
  if (!p.ok) return p;
  // Inside the envelope only a version-1 Stand: an envelope in an envelope is not one this version wrote.
  if (istStandHuelle(p.json)) return { ok: false, meldung: `Der Stand ist beschädigt: doppelt verpackt. ${HINWEIS}` };
  return leseStand(p.json);
}

/** From a raw settings value to a listed Stand: too large, cut-off JSON or a bad field is reported, never dropped. */
export function leseStandEintrag(schluessel: string, wert: unknown): StandEintrag {
  const roh = typeof wert === "string" ? wert : (JSON.stringify(wert) ?? String(wert));
  // Written by others, a setting may hold a JSON value instead of text: checked in its JSON form as well.
  const p = parseGeprueft(roh, "Der Stand");
  if (!p.ok) return { status: "unlesbar", schluessel, roh, meldung: p.meldung };
  const r = standAusGespeichertem(p.json);
  return r.ok
    ? { status: "ok", schluessel, stand: r.stand }
    : { status: "unlesbar", schluessel, roh, meldung: r.meldung };
}

/** Oldest first: by meeting date, then by time of freezing. */
export function sortiereStaende(staende: readonly Stand[]): Stand[] {
  return [...staende].sort(
    (a, b) => a.datum.localeCompare(b.datum) || a.festgeschriebenAm.localeCompare(b.festgeschriebenAm),
  );
}

/** TT.MM.JJJJ from the stored JJJJ-MM-TT. */
export function standDatumText(datum: string): string {
  const [j, m, t] = datum.split("-");
  return `${t}.${m}.${j}`;
}

/**
 * What the pane lists before a Stand's body is read: label, dates and the body's size. Stored under
 * a key of its own beside the body, so the pane's start reads only these small entries (the index)
 * and the bodies later, in portions that stay below Excel's payload limit.
 */
export interface StandKopf {
  id: string;
  bezeichnung: string;
  datum: string;
  festgeschriebenAm: string;
  /** Characters of the stored body (for the settings budget and for reading in portions). */
  zeichen: number;
}

export function standKopf(stand: Stand, zeichen: number): StandKopf {
  const { id, bezeichnung, datum, festgeschriebenAm } = stand;
  return { id, bezeichnung, datum, festgeschriebenAm, zeichen };
}

/** A stored index entry, or null when it is not one this version wrote (the body is read instead). */
export function leseStandKopf(wert: unknown): StandKopf | null {
  let json: unknown = wert;
  if (typeof wert === "string") {
    if (wert.length > 2000) return null;
    try {
      json = JSON.parse(wert);
    } catch {
      return null;
    }
  }
  if (!istObjekt(json)) return null;
  const f = felderPruefen(json, "Kopf", {
    id: "text",
    bezeichnung: "text",
    datum: "text",
    festgeschriebenAm: "text",
    zeichen: "zahl",
  });
  return f === null ? (json as unknown as StandKopf) : null;
}
