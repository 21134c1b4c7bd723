/**
 * The state part of the ArbeitsmappenZugriff: start, load, save with revision check, backups,
 * restore, Stände. One instance per pane; it remembers the revision this pane last read or wrote
 * (`basis`) and what it knows of the settings' size (`belegung`). Rules: src/excel/zustandSpeicher.ts.
 */
import type { Formelmodus } from "../scenario/optionen";
import { kodiereStandText } from "../scenario/standKodierung";
import { standKopf, type Stand } from "../scenario/staende";
import { leseVerzeichnis } from "./blockverzeichnis";
import { ZugriffsFehler } from "./fehler";
import {
  SICHERUNG_PRAEFIX,
  STAND_PRAEFIX,
  VERZEICHNIS_SCHLUESSEL,
  ZUSTAND_SCHLUESSEL,
  kopfSchluessel,
} from "./schluessel";
import type { ArbeitsmappenZugriff, ExcelHost, Startdaten } from "./zugriff";
import {
  KonfliktFehler,
  MIT_ZELLBEARBEITUNG,
  budgetMeldung,
  belegungAus,
  indexEintraege,
  ladeStandKoerper,
  mitRevision,
  neueBelegung,
  revisionVon,
  rohText,
  schreibeGesichert,
  sicherungsSchluessel,
  standIndex,
  standSchluessel,
  unlesbar,
  zustandAus,
  type Belegung,
  type SpeicherOptionen,
} from "./zustandSpeicher";

type ZustandsTeil = Omit<ArbeitsmappenZugriff, "fuegeEin" | "leseAuswahl">;

/** Modes of the generated sheets that still exist, from a loaded block-record entry. */
export function modiAus(eintrag: Excel.Setting, blaetter: Excel.Worksheet[]): Record<string, Formelmodus> {
  const v = leseVerzeichnis(eintrag.isNullObject ? null : eintrag.value);
  const da = new Set(blaetter.map((b) => b.name.toLowerCase()));
  const modi: Record<string, Formelmodus> = {};
  for (const [name, e] of Object.entries(v.blaetter)) if (da.has(name.toLowerCase())) modi[name] = e.modus;
  return modi;
}

function wertVon(e: Excel.Setting): unknown {
  return e.isNullObject ? undefined : (e.value as unknown);
}

/** Same scenarios and options: the time of saving and the revision do not count. */
function gleicherInhalt(arbeit: unknown, gespeichert: unknown): boolean {
  if (typeof gespeichert !== "string") return false;
  const ohne = (j: unknown): string => {
    if (typeof j !== "object" || j === null) return JSON.stringify(j);
    const { gespeichertAm, revision, ...rest } = j as Record<string, unknown>;
    void gespeichertAm;
    void revision;
    return JSON.stringify(rest);
  };
  const z = zustandAus(gespeichert);
  return z.status === "ok" && ohne(z.json) === ohne(arbeit);
}

function json(text: unknown, was: string): string {
  const t = JSON.stringify(text);
  if (t === undefined) throw new ZugriffsFehler(`${was} lässt sich nicht speichern (kein JSON-Wert).`);
  return t;
}

/** Two round-trips: state, modes and every key; then the Stände's index entries (not their bodies). */
async function ladeStart(host: ExcelHost, s: Sitzung): Promise<Startdaten> {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const wb = context.workbook;
    const zustand = wb.settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
    zustand.load("value");
    wb.worksheets.load("items/name");
    const verzeichnis = wb.settings.getItemOrNullObject(VERZEICHNIS_SCHLUESSEL);
    verzeichnis.load("value");
    wb.settings.load("items/key");
    await context.sync();
    const keys = wb.settings.items.map((i) => i.key);
    const { koepfe, ohneKopf } = standIndex(keys);
    const lade = (k: string): Excel.Setting => wb.settings.getItemOrNullObject(k).load("value");
    const kopfEintraege = koepfe.map((k) => [k, lade(kopfSchluessel(k))] as const);
    const alteKoerper = ohneKopf.map((k) => [k, lade(k)] as const);
    if (koepfe.length + ohneKopf.length > 0) await context.sync();
    const index = indexEintraege(
      kopfEintraege.map(([k, e]) => [k, wertVon(e)]),
      alteKoerper.map(([k, e]) => [k, wertVon(e)]),
    );
    const sicherungen = keys.filter((k) => k.startsWith(SICHERUNG_PRAEFIX)).sort();
    const roh = wertVon(zustand);
    s.basis = revisionVon(roh);
    s.belegung = belegungAus(index, sicherungen, roh === undefined ? 0 : rohText(roh).length);
    return { zustand: zustandAus(roh), modi: modiAus(verzeichnis, wb.worksheets.items), sicherungen, staende: index };
  });
}

async function ladeZustand(host: ExcelHost, s: Sitzung) {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const eintrag = context.workbook.settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
    eintrag.load("value");
    await context.sync();
    s.basis = revisionVon(wertVon(eintrag));
    return zustandAus(wertVon(eintrag));
  });
}

function neueSicherung(o: SpeicherOptionen, s: Sitzung, zeichen: number): string {
  const k = sicherungsSchluessel(o);
  s.belegung.sicherungen.set(k, zeichen);
  return k;
}

/** Queues what must be kept before the stored state is replaced; throws on a conflict. */
async function vorDemSchreiben(
  o: SpeicherOptionen,
  s: Sitzung,
  context: Excel.RequestContext,
  da: unknown,
  eigen: string,
  trotz: boolean,
) {
  const settings = context.workbook.settings;
  if (da === undefined || da === null) return;
  const fremdeRevision = s.basis !== undefined && revisionVon(da) !== s.basis;
  // Unreadable data, and data this pane never read, are never saved over: they move to a backup first.
  if (unlesbar(o, da) || s.basis === undefined || (fremdeRevision && trotz)) {
    settings.add(neueSicherung(o, s, rohText(da).length), da);
  } else if (fremdeRevision) {
    const k = neueSicherung(o, s, eigen.length);
    settings.add(k, eigen);
    await context.sync();
    throw new KonfliktFehler("vorher", k, zustandAus(da));
  }
}

async function speichereZustand(
  host: ExcelHost,
  o: SpeicherOptionen,
  s: Sitzung,
  wert: unknown,
  optionen: { trotzKonflikt?: boolean } = {},
): Promise<void> {
  json(wert, "Der Zustand");
  const revision = o.zufall();
  const text = mitRevision(wert, revision);
  await host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const vorher = context.workbook.settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
    vorher.load("value");
    await context.sync();
    const da = wertVon(vorher);
    await vorDemSchreiben(o, s, context, da, text, optionen.trotzKonflikt === true);
    const gerettet = await schreibeGesichert(context, [
      { schluessel: ZUSTAND_SCHLUESSEL, wert: text, bekannt: da, ersatz: () => neueSicherung(o, s, text.length) },
    ]);
    s.basis = revision;
    s.belegung.zustand = text.length;
    if (gerettet.length > 0) throw new KonfliktFehler("nachher", gerettet[0], null);
  });
}

async function sichereZustand(host: ExcelHost, o: SpeicherOptionen, s: Sitzung, wert: unknown): Promise<string> {
  const text = json(wert, "Der Zustand");
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const k = sicherungsSchluessel(o);
    await schreibeGesichert(context, [{ schluessel: k, wert: text, ersatz: () => neueSicherung(o, s, text.length) }]);
    s.belegung.sicherungen.set(k, text.length);
    return k;
  });
}

async function legeSicherungAn(host: ExcelHost, o: SpeicherOptionen, s: Sitzung): Promise<string | null> {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const vorher = context.workbook.settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
    vorher.load("value");
    await context.sync();
    const da = wertVon(vorher);
    if (da === undefined || da === null) return null;
    const k = sicherungsSchluessel(o);
    // The value as stored, not re-encoded: the backup is the very same data.
    await schreibeGesichert(context, [
      { schluessel: k, wert: da, ersatz: () => neueSicherung(o, s, rohText(da).length) },
    ]);
    s.belegung.sicherungen.set(k, rohText(da).length);
    s.basis = revisionVon(da);
    return k;
  });
}

/**
 * The backup becomes the stored state. Kept first: the stored state, and the pane's own work
 * (`arbeit`, saved or not) when it differs from it — so nothing the user saw is lost.
 */
async function stelleWiederHer(host: ExcelHost, o: SpeicherOptionen, s: Sitzung, schluessel: string, arbeit?: unknown) {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const settings = context.workbook.settings;
    const sicherung = settings.getItem(schluessel);
    sicherung.load("value");
    const jetzig = settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
    jetzig.load("value");
    await context.sync();
    const da = wertVon(jetzig);
    if (da !== undefined && da !== null) settings.add(neueSicherung(o, s, rohText(da).length), da);
    if (arbeit !== undefined && !gleicherInhalt(arbeit, da)) {
      const text = json(arbeit, "Der Zustand");
      settings.add(neueSicherung(o, s, text.length), text);
    }
    const revision = o.zufall();
    const lesbar = typeof sicherung.value === "string" && revisionVon(sicherung.value) !== null;
    const neu = lesbar ? mitRevision(JSON.parse(sicherung.value as string), revision) : sicherung.value;
    await schreibeGesichert(context, [
      {
        schluessel: ZUSTAND_SCHLUESSEL,
        wert: neu,
        bekannt: da,
        ersatz: () => neueSicherung(o, s, rohText(neu).length),
      },
    ]);
    s.basis = revisionVon(neu);
    return zustandAus(neu);
  });
}

/** What one pane remembers between calls. */
interface Sitzung {
  /** The revision this pane last read or wrote; undefined until it read the state once. */
  basis: string | null | undefined;
  belegung: Belegung;
}

export function erstelleZustandsZugriff(host: ExcelHost, o: SpeicherOptionen): ZustandsTeil {
  const s: Sitzung = { basis: undefined, belegung: neueBelegung() };
  return {
    ladeStart: () => ladeStart(host, s),
    ladeZustand: () => ladeZustand(host, s),
    speichereZustand: (wert, optionen) => speichereZustand(host, o, s, wert, optionen),
    sichereZustand: (wert) => sichereZustand(host, o, s, wert),
    legeSicherungAn: () => legeSicherungAn(host, o, s),
    stelleWiederHer: (k, arbeit) => stelleWiederHer(host, o, s, k, arbeit),
    blattModi: () => blattModi(host),
    schreibeStand: (stand) => schreibeStand(host, o, s, stand),
    loescheStand: (k) => loescheStand(host, s, k),
    ladeStaende: (e) => ladeStandKoerper(host, e),
  };
}

async function blattModi(host: ExcelHost): Promise<Record<string, Formelmodus>> {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const wb = context.workbook;
    wb.worksheets.load("items/name");
    const eintrag = wb.settings.getItemOrNullObject(VERZEICHNIS_SCHLUESSEL);
    eintrag.load("value");
    await context.sync();
    return modiAus(eintrag, wb.worksheets.items);
  });
}

/**
 * Body and index entry under a key nobody else has: checked in the first sync, written in the second
 * after a read of the same keys in that batch. A Stand found there after all (two writers, same key)
 * is written again under a fresh key. Refused with a German message when the budget would be passed.
 */
async function schreibeStand(host: ExcelHost, o: SpeicherOptionen, sitzung: Sitzung, stand: unknown) {
  json(stand, "Der Stand");
  // Stored compactly (deflated in an envelope); the budget and the index count what is stored.
  const text = kodiereStandText(stand);
  const zuViel = budgetMeldung(sitzung.belegung, text.length, "Der Stand");
  if (zuViel) throw new ZugriffsFehler(zuViel);
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    const settings = context.workbook.settings;
    let k = standSchluessel(o);
    for (;;) {
      const da = settings.getItemOrNullObject(k);
      const kopfDa = settings.getItemOrNullObject(kopfSchluessel(k));
      // Runs again only if 64 random bits repeated a key: in practice one round-trip.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (da.isNullObject && kopfDa.isNullObject) break;
      k = standSchluessel(o);
    }
    const kopf = JSON.stringify(standKopf(stand as Stand, text.length));
    // One fresh key for another writer's body and index entry, should they be found under ours.
    let rettung: string | undefined;
    const neuerStand = () => (rettung ??= standSchluessel(o));
    await schreibeGesichert(context, [
      { schluessel: k, wert: text, ersatz: neuerStand },
      { schluessel: kopfSchluessel(k), wert: kopf, ersatz: () => kopfSchluessel(neuerStand()) },
    ]);
    sitzung.belegung.staende.set(k, text.length);
    return k;
  });
}

async function loescheStand(host: ExcelHost, sitzung: Sitzung, schluessel: string) {
  if (!schluessel.startsWith(STAND_PRAEFIX)) throw new ZugriffsFehler(`„${schluessel}“ ist kein Stand.`);
  await host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    // Body and index entry; a Stand from before the index has none, and a null object cannot be deleted.
    const eintraege = [schluessel, kopfSchluessel(schluessel)].map((k) =>
      context.workbook.settings.getItemOrNullObject(k),
    );
    await context.sync();
    for (const e of eintraege) if (!e.isNullObject) e.delete();
    await context.sync();
  });
  sitzung.belegung.staende.delete(schluessel);
}
