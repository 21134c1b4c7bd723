/**
 * The pane's stored work in the workbook settings: the state, its backups and the frozen Stände.
 * Several add-in instances can share one document (two windows, co-authors in Excel on the web),
 * and Office compares nothing before a write (docs/ARCHITECTURE.md, "Settings and several windows").
 * So this module keeps three rules itself:
 *
 * 1. A new key is unique (second + 64 random bits, src/excel/schluessel.ts) and is written in the
 *    same batch that first reads what is there: whatever another writer put there in between is
 *    seen in that read and written again under a fresh key (`schreibeGesichert`).
 * 2. The state carries a revision. A save compares the stored revision with the one this pane
 *    loaded or last saved; another window's newer state is never saved over silently: either the
 *    pane's own version goes to a backup and the user chooses (KonfliktFehler "vorher"), or, when
 *    the other window wrote between read and write, its state goes to a backup ("nachher").
 * 3. A budget far below Excel's payload limit: freezing a Stand that would pass it is refused.
 */
import { istLesbarerSpeicherstand, pruefeRohtext, type Ladeergebnis } from "../scenario/speicherformat";
import { leseStandKopf, type StandKopf } from "../scenario/staende";
import { deutsch } from "../core/zahlformat";
import { ZugriffsFehler } from "./fehler";
import {
  SICHERUNG_PRAEFIX,
  STANDKOPF_PRAEFIX,
  STAND_PRAEFIX,
  kopfSchluessel,
  zeitstempel,
  zufallsId,
} from "./schluessel";
import type { ExcelHost, StandIndexEintrag, StandRoh } from "./zugriff";

/** Excel.run fails while the user edits a cell unless it is told to wait (ExcelApi 1.11). */
const MIT_ZELLBEARBEITUNG: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Characters the add-in keeps in one workbook's settings. Microsoft documents no size limit for
 * document settings; it documents 5 MB per request and response in Excel on the web, and settings
 * are read whole when the add-in starts. One fifth of that leaves room for other add-ins and for
 * UTF-16 and escaping overhead. Stände are stored deflated (src/scenario/standKodierung.ts): about
 * 355 Rhein-Sieg Stände with multi-year plan and levy (about 2,810 characters each; 103 as plain JSON).
 */
export const EINSTELLUNGS_BUDGET = 1_000_000;
/** Bodies read per round-trip when the pane reads the Stände after its first screen. */
export const LESEPORTION = 500_000;
/** Size assumed for an entry whose size is not known without reading it (old Stände, backups). */
const ANGENOMMENE_GROESSE = 10_000;

export interface SpeicherOptionen {
  istLesbar: (roh: string) => boolean;
  jetzt: () => Date;
  /** Random part of new keys and revisions (tests force collisions with it). */
  zufall: () => string;
}

/** Another window stored the state after this pane read it; nothing was lost, the user chooses. */
export class KonfliktFehler extends ZugriffsFehler {
  constructor(
    /** "vorher": the other state stays stored, this pane's is in `sicherung`; "nachher": the reverse. */
    readonly art: "vorher" | "nachher",
    readonly sicherung: string,
    /** The other window's state ("vorher"; for "nachher" it is in `sicherung`). */
    readonly fremd: Ladeergebnis | null,
  ) {
    super(
      art === "vorher"
        ? "Ein anderes Fenster (oder eine andere Person) hat die Szenarien in dieser Arbeitsmappe gespeichert, " +
            "nachdem dieser Aufgabenbereich sie geladen hat. Ihre Fassung wurde nicht darübergeschrieben, sondern als " +
            "Sicherung behalten. Bitte wählen, welche Fassung weitergilt."
        : "Ein anderes Fenster (oder eine andere Person) hat im selben Moment gespeichert. Ihre Fassung ist " +
            "gespeichert, die andere als Sicherung behalten. Bitte wählen, welche Fassung weitergilt.",
    );
    this.name = "KonfliktFehler";
  }
}

/** Settings may hold a string (what this module writes) or, written by others, any JSON value. */
export function rohText(wert: unknown): string {
  return typeof wert === "string" ? wert : (JSON.stringify(wert) ?? String(wert));
}

function leer(wert: unknown): boolean {
  return wert === null || wert === undefined;
}

/** The revision a stored state carries; old states and unreadable data have none. */
export function revisionVon(wert: unknown): string | null {
  if (typeof wert !== "string" || pruefeRohtext(wert) !== null) return null;
  try {
    const j = JSON.parse(wert) as unknown;
    const r = typeof j === "object" && j !== null ? (j as { revision?: unknown }).revision : undefined;
    return typeof r === "string" ? r : null;
  } catch {
    return null;
  }
}

/** The stored text without the revision the access layer added (the saved-state format knows none). */
function ohneRevision(roh: string): string {
  if (revisionVon(roh) === null) return roh;
  const { revision, ...rest } = JSON.parse(roh) as Record<string, unknown>;
  void revision;
  return JSON.stringify(rest);
}

/** The state as it is stored: the saved-state JSON with the revision at its end. */
export function mitRevision(json: unknown, revision: string): string {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return JSON.stringify(json);
  return JSON.stringify({ ...(json as Record<string, unknown>), revision });
}

/** Reads a stored state; broken JSON is reported and kept as it is. */
export function zustandAus(wert: unknown): Ladeergebnis {
  if (leer(wert)) return { status: "leer" };
  if (typeof wert !== "string") return { status: "ok", json: wert };
  const zuGross = pruefeRohtext(wert);
  if (zuGross !== null) return { status: "unlesbar", roh: wert, meldung: zuGross };
  try {
    return { status: "ok", json: JSON.parse(ohneRevision(wert)) as unknown };
  } catch (e) {
    return {
      status: "unlesbar",
      roh: wert,
      meldung:
        "Die in dieser Arbeitsmappe gespeicherten Szenarien sind beschädigt (kein vollständiges JSON: " +
        `${e instanceof Error ? e.message : String(e)}). Sie bleiben unverändert erhalten.`,
    };
  }
}

function gleich(a: unknown, b: unknown): boolean {
  return leer(a) ? leer(b) : !leer(b) && rohText(a) === rohText(b);
}

interface Schreibauftrag {
  schluessel: string;
  wert: unknown;
  /** What this writer read there before (undefined: expected absent). */
  bekannt?: unknown;
  /** A fresh key for what another writer put there in the meantime. */
  ersatz: () => string;
}

/**
 * Writes in ONE sync, each write preceded by a read of the same key in that very batch (Office runs
 * a batch's commands in order). Whatever stood there unlike what the caller knew was written by
 * someone else since: it is written again under a fresh key in a second sync. Returns those keys.
 */
export async function schreibeGesichert(
  context: Excel.RequestContext,
  auftraege: readonly Schreibauftrag[],
): Promise<string[]> {
  const settings = context.workbook.settings;
  const vorher = auftraege.map((a) => {
    const e = settings.getItemOrNullObject(a.schluessel);
    e.load("value");
    settings.add(a.schluessel, a.wert);
    return e;
  });
  await context.sync();
  const gerettet: string[] = [];
  auftraege.forEach((a, i) => {
    const e = vorher[i];
    const da = e.isNullObject ? undefined : (e.value as unknown);
    if (leer(da) || gleich(da, a.bekannt) || gleich(da, a.wert)) return;
    const k = a.ersatz();
    settings.add(k, da);
    gerettet.push(k);
  });
  if (gerettet.length > 0) await context.sync();
  return gerettet;
}

/** What this pane knows about the settings' size (from the start, updated by its own writes). */
export interface Belegung {
  zustand: number;
  staende: Map<string, number>;
  sicherungen: Map<string, number>;
}

export function neueBelegung(): Belegung {
  return { zustand: 0, staende: new Map(), sicherungen: new Map() };
}

export function belegteZeichen(b: Belegung): number {
  let n = b.zustand;
  for (const z of b.staende.values()) n += z;
  for (const z of b.sicherungen.values()) n += z;
  return n;
}

function tausender(n: number): string {
  return deutsch(n);
}

/** Null when `zusaetzlich` more characters fit in the budget, else the German reason. */
export function budgetMeldung(b: Belegung, zusaetzlich: number, was: string): string | null {
  const belegt = belegteZeichen(b);
  if (belegt + zusaetzlich <= EINSTELLUNGS_BUDGET) return null;
  return (
    `${was} passt nicht mehr in die Arbeitsmappe: Der KI-Kostenplaner belegt dort schon etwa ` +
    `${tausender(belegt)} Zeichen (Stände und Sicherungen), mit ${tausender(zusaetzlich)} weiteren wären es mehr ` +
    `als die ${tausender(EINSTELLUNGS_BUDGET)}, die er höchstens ablegt – Excel im Web überträgt je Abgleich ` +
    "höchstens 5 MB. Bitte nicht mehr benötigte Stände löschen (vorher als Tabelle einfügen, wenn sie " +
    "gebraucht werden) und erneut versuchen."
  );
}

export function sicherungsSchluessel(o: SpeicherOptionen): string {
  return `${SICHERUNG_PRAEFIX}${zeitstempel(o.jetzt())}.${o.zufall()}`;
}

export function standSchluessel(o: SpeicherOptionen): string {
  return `${STAND_PRAEFIX}${zeitstempel(o.jetzt())}.${o.zufall()}`;
}

/** The index the start reads: every Stand key, with its entry when it has one (else its old body). */
export function standIndex(keys: readonly string[]): { koepfe: string[]; ohneKopf: string[] } {
  const da = new Set(keys);
  const staende = keys.filter((k) => k.startsWith(STAND_PRAEFIX)).sort();
  return {
    koepfe: staende.filter((k) => da.has(kopfSchluessel(k))),
    ohneKopf: staende.filter((k) => !da.has(kopfSchluessel(k))),
  };
}

/** Stand keys with their index entry (or, for Stände stored before the index existed, the body). */
export function indexEintraege(
  koepfe: ReadonlyArray<[string, unknown]>,
  koerper: ReadonlyArray<[string, unknown]>,
): StandIndexEintrag[] {
  const l: StandIndexEintrag[] = [
    ...koepfe.map(([schluessel, kopf]) => ({ schluessel, kopf: leseStandKopf(kopf) ?? undefined })),
    ...koerper.map(([schluessel, wert]) => ({ schluessel, wert })),
  ];
  return l.sort((a, b) => a.schluessel.localeCompare(b.schluessel));
}

/** Sizes of what the start saw: Stände from their index entry, backups assumed like the state. */
export function belegungAus(index: readonly StandIndexEintrag[], sicherungen: readonly string[], zustand: number) {
  const b = neueBelegung();
  b.zustand = zustand;
  for (const e of index) {
    const kopf: StandKopf | undefined = e.kopf;
    b.staende.set(
      e.schluessel,
      kopf ? kopf.zeichen : e.wert !== undefined ? rohText(e.wert).length : ANGENOMMENE_GROESSE,
    );
  }
  for (const k of sicherungen) b.sicherungen.set(k, Math.max(zustand, 1));
  return b;
}

/** Reads Stand bodies in portions below the payload limit (sizes from the index). */
export async function ladeStandKoerper(
  host: ExcelHost,
  eintraege: ReadonlyArray<{ schluessel: string; zeichen?: number }>,
): Promise<StandRoh[]> {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const settings = context.workbook.settings;
    const ergebnis: StandRoh[] = [];
    let i = 0;
    while (i < eintraege.length) {
      const portion: Array<[string, Excel.Setting]> = [];
      let summe = 0;
      while (i < eintraege.length && (portion.length === 0 || summe + (eintraege[i].zeichen ?? 0) <= LESEPORTION)) {
        const e = settings.getItemOrNullObject(eintraege[i].schluessel);
        e.load("value");
        portion.push([eintraege[i].schluessel, e]);
        summe += eintraege[i].zeichen ?? ANGENOMMENE_GROESSE;
        i++;
      }
      // One round-trip per portion on purpose: one response must stay below the 5 MB payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const [schluessel, e] of portion) if (!e.isNullObject) ergebnis.push({ schluessel, wert: e.value });
    }
    return ergebnis;
  });
}

/** Stored data that the saved-state format cannot read (after the revision is taken off). */
export function unlesbar(o: SpeicherOptionen, wert: unknown): boolean {
  return !o.istLesbar(ohneRevision(rohText(wert)));
}

export const STANDARD_SPEICHEROPTIONEN: SpeicherOptionen = {
  istLesbar: istLesbarerSpeicherstand,
  jetzt: () => new Date(),
  zufall: zufallsId,
};

export { MIT_ZELLBEARBEITUNG, STANDKOPF_PRAEFIX };
