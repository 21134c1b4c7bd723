/**
 * The saved form of the pane's work inside the workbook (Office settings), versioned:
 *
 *   { format: "ki-kostenplaner", version: 1, gespeichertAm, szenarien, optionen }
 *
 * Optional fields added within version 1 (a Stelle's foerderposition/abJahr/bisJahr, the own rule
 * set in optionen.eigenesRegelwerk and its copy in a scenario's erstattung.eigenesRegelwerk, a
 * scenario's satzSteigerung, eigeneSatztabelle and sachsatzQuellen, the Word text's fields in
 * optionen.vorlagenAngaben, the Plan-Ist choice in optionen.planIst) are simply absent in older
 * states, which therefore load and save back unchanged.
 *
 * The parser is strict: anything it cannot fully vouch for (cut-off JSON, another version, data
 * of another program, a missing field) is reported in German with status "unlesbar" and never
 * half-loaded, because a half-read scenario would print wrong figures. The raw data stays in the
 * workbook; the access module copies it to a backup key before anything is saved over it
 * (src/excel/arbeitsmappenZugriff.ts, `istLesbar` = istLesbarerSpeicherstand).
 *
 * Fields this version does not know (written by a newer version) make the state unreadable with a
 * message naming them: loading it and saving it back would silently drop them. Stored text larger
 * than SPEICHER_MAX_ZEICHEN or nested deeper than SPEICHER_MAX_TIEFE is refused before JSON.parse,
 * so no engine error ("Maximum call stack size exceeded") ever reaches the user. Duplicate ids of
 * scenarios, Stellen or Umlage members are refused with the field named: one edit would change
 * every row with that id.
 */
import { FINANZIERUNGSARTEN, FOERDERPOSITIONEN, KOERPERSCHAFTEN, VAKANZKUERZUNGEN, type Koerperschaft } from "../core";
import { deutsch } from "../core/zahlformat";
import type { EigenesRegelwerk } from "./eigenesRegelwerk";
import type { EigeneSatztabelle } from "./eigeneSatztabelle";
import { type PlanIstAuswahl, lesePlanIstAuswahl } from "./planIst/auswahl";
import {
  type Formelmodus,
  type MehrjahrOptionen,
  type UmlageMitglied,
  type VorlagenAngaben,
  VORLAGEN_ANGABEN_FELDER,
} from "./optionen";
import type { Kostenzeile, Stelle, Stellenart, Szenario, SzenarioTyp } from "./modell";
import {
  SACHSATZFELDER,
  type SachsatzQuellen,
  type Sachsatzfeld,
  benannterSachsatz,
  sachsatzAlternativen,
} from "./sachsaetze";
import { zuTiefVerschachtelt } from "./huelle";

/** What the access module read from the workbook, before parsing: the raw input of this format. */
export type Ladeergebnis =
  | { status: "leer" }
  | { status: "ok"; json: unknown }
  /** Stored data that could not be read: shown to the user, kept as it is. */
  | { status: "unlesbar"; roh: string; meldung: string };

export const SPEICHERFORMAT = "ki-kostenplaner";
export const SPEICHERVERSION = 1;

export interface GespeicherteOptionen {
  modus: Formelmodus;
  vorlageNr: string;
  mehrjahrAktiv: boolean;
  mehrjahr: MehrjahrOptionen | null;
  umlageAktiv: boolean;
  umlage: Array<UmlageMitglied & { id?: string }>;
  /** The workbook's own rule set (absent in states saved before it existed, and when none is defined). */
  eigenesRegelwerk?: EigenesRegelwerk;
  /** The Kreis's own per-grade rate table (issue 24; absent in older states and when none is defined). */
  eigeneSatztabelle?: EigeneSatztabelle;
  /** The pane's Plan-Ist choice with its matched actuals (issue 27; absent in older states and when none). */
  planIst?: PlanIstAuswahl;
  /** The Kämmerei's fields for the Word text (issue 25; absent in older states and when all are empty). */
  vorlagenAngaben?: VorlagenAngaben;
  /** On/off sheets switched on (src/scenario/zusatzblaetter.ts); absent when none. Unknown ids are kept. */
  zusatzblaetter?: readonly string[];
}

export interface Speicherstand {
  format: typeof SPEICHERFORMAT;
  version: typeof SPEICHERVERSION;
  /** ISO 8601 time of saving. */
  gespeichertAm: string;
  szenarien: Szenario[];
  optionen: GespeicherteOptionen;
}

export type Leseergebnis =
  | { status: "leer" }
  | { status: "ok"; stand: Speicherstand }
  /** Shown to the user; `roh` is what is stored, unchanged. */
  | { status: "unlesbar"; roh: string; meldung: string };

export const HINWEIS_ERHALTEN =
  "Die gespeicherten Daten bleiben unverändert in der Arbeitsmappe erhalten; " +
  "beim nächsten Speichern wird vorher eine Sicherungskopie angelegt.";

export function kodiereSpeicherstand(
  szenarien: readonly Szenario[],
  optionen: GespeicherteOptionen,
  jetzt: Date = new Date(),
): Speicherstand {
  return {
    format: SPEICHERFORMAT,
    version: SPEICHERVERSION,
    gespeichertAm: jetzt.toISOString(),
    // A deep copy: the saved data must not change when the pane's objects do.
    szenarien: JSON.parse(JSON.stringify(szenarien)) as Szenario[],
    optionen: JSON.parse(JSON.stringify(optionen)) as GespeicherteOptionen,
  };
}

class Formatfehler extends Error {}

/** Far above any real state (a few KB per scenario), far below what would stall the pane. */
export const SPEICHER_MAX_ZEICHEN = 2_000_000;
/** The format nests 5 levels; 64 leaves room for newer versions. */
export const SPEICHER_MAX_TIEFE = 64;

/**
 * Checks size and nesting depth of stored text in one linear pass, before JSON.parse (deep
 * nesting would overflow the stack in parsing or in any later walk). Null when within limits.
 */
export function pruefeRohtext(roh: string): string | null {
  if (roh.length > SPEICHER_MAX_ZEICHEN) {
    return (
      `Die gespeicherten Daten sind mit ${deutsch(roh.length)} Zeichen größer als erlaubt ` +
      `(${deutsch(SPEICHER_MAX_ZEICHEN)}) und werden nicht geladen. ${HINWEIS_ERHALTEN}`
    );
  }
  if (zuTiefVerschachtelt(roh, SPEICHER_MAX_TIEFE)) {
    return (
      `Die gespeicherten Daten sind tiefer als ${SPEICHER_MAX_TIEFE} Ebenen verschachtelt und stammen nicht ` +
      `vom KI-Kostenplaner; sie werden nicht geladen. ${HINWEIS_ERHALTEN}`
    );
  }
  return null;
}

/** Paths of fields in the input that the parsed result does not have (iterative, no recursion). */
function unbekannteFelder(eingabe: unknown, gelesen: unknown): string[] {
  const funde: string[] = [];
  const stapel: Array<[unknown, unknown, string]> = [[eingabe, gelesen, ""]];
  while (stapel.length > 0 && funde.length < 5) {
    const [e, g, pfad] = stapel.pop()!;
    if (typeof e !== "object" || e === null || typeof g !== "object" || g === null) continue;
    if (Array.isArray(e)) {
      e.forEach((x, i) => stapel.push([x, (g as unknown[])[i], `${pfad}[${i}]`]));
      continue;
    }
    for (const [k, v] of Object.entries(e)) {
      const p = pfad ? `${pfad}.${k}` : k;
      if (!(k in g)) funde.push(p);
      else stapel.push([v, (g as Objekt)[k], p]);
    }
  }
  return funde.sort();
}

function pruefeEindeutig(ids: readonly string[], feld: string): void {
  const da = new Set<string>();
  ids.forEach((id, i) => {
    if (da.has(id)) throw new Formatfehler(`${feld.replace("#", String(i))} „${id}“ kommt doppelt vor`);
    da.add(id);
  });
}

type Objekt = Record<string, unknown>;

function objekt(x: unknown, pfad: string): Objekt {
  if (typeof x !== "object" || x === null || Array.isArray(x))
    throw new Formatfehler(`${pfad} fehlt oder ist kein Objekt`);
  return x as Objekt;
}

function liste(x: unknown, pfad: string): unknown[] {
  if (!Array.isArray(x)) throw new Formatfehler(`${pfad} fehlt oder ist keine Liste`);
  return x;
}

function text(o: Objekt, feld: string, pfad: string): string {
  const v = o[feld];
  if (typeof v !== "string") throw new Formatfehler(`${pfad}.${feld} fehlt oder ist kein Text`);
  return v;
}

function zahl(o: Objekt, feld: string, pfad: string): number {
  const v = o[feld];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Formatfehler(`${pfad}.${feld} fehlt oder ist keine Zahl`);
  return v;
}

function wahr(o: Objekt, feld: string, pfad: string): boolean {
  const v = o[feld];
  if (typeof v !== "boolean") throw new Formatfehler(`${pfad}.${feld} fehlt oder ist kein Wahrheitswert`);
  return v;
}

function eines<T extends string>(o: Objekt, feld: string, pfad: string, erlaubt: readonly T[]): T {
  const v = o[feld];
  if (typeof v !== "string" || !(erlaubt as readonly string[]).includes(v)) {
    throw new Formatfehler(`${pfad}.${feld} muss ${erlaubt.map((e) => `„${e}“`).join(" oder ")} sein`);
  }
  return v as T;
}

const STELLENARTEN: readonly Stellenart[] = ["kommunal", "zusatz", "landeslehrer"];
const TYPEN: readonly SzenarioTyp[] = ["derzeitig", "ki"];
const KOSTENZEILEN: readonly Kostenzeile[] = [
  "personalkosten",
  "querschnittskosten",
  "it",
  "raum",
  "projektmittel",
  "gesamtkosten",
  "landeserstattung",
  "eigenanteil",
];

function leseStelle(x: unknown, pfad: string): Stelle {
  const o = objekt(x, pfad);
  const satz = o.eigenerSatz;
  if (satz !== null && (typeof satz !== "number" || !Number.isFinite(satz))) {
    throw new Formatfehler(`${pfad}.eigenerSatz muss eine Zahl oder leer (null) sein`);
  }
  const stelle: Stelle = {
    id: text(o, "id", pfad),
    bezeichnung: text(o, "bezeichnung", pfad),
    gruppe: text(o, "gruppe", pfad),
    anteil: zahl(o, "anteil", pfad),
    eigenerSatz: satz,
    art: eines(o, "art", pfad, STELLENARTEN),
  };
  // Optional since issue 13: states saved before them load unchanged and round-trip without them.
  if (o.foerderposition !== undefined) stelle.foerderposition = eines(o, "foerderposition", pfad, FOERDERPOSITIONEN);
  if (o.abJahr !== undefined) stelle.abJahr = zahl(o, "abJahr", pfad);
  if (o.bisJahr !== undefined) stelle.bisJahr = zahl(o, "bisJahr", pfad);
  return stelle;
}

/** A number or empty (null): the own rule set keeps empty fields as the user left them. */
function zahlOderLeer(o: Objekt, feld: string, pfad: string): number | null {
  return o[feld] === null ? null : zahl(o, feld, pfad);
}

/** The own rate table (issue 24): rows grade | € | optional year | optional source. */
function leseEigeneSatztabelle(x: unknown, pfad: string): EigeneSatztabelle {
  const o = objekt(x, pfad);
  const zeilen = liste(o.zeilen, `${pfad}.zeilen`).map((z, i) => {
    const zp = `${pfad}.zeilen[${i}]`;
    const zo = objekt(z, zp);
    const zeile: EigeneSatztabelle["zeilen"][number] = { gruppe: text(zo, "gruppe", zp), euro: zahl(zo, "euro", zp) };
    if (zo.jahr !== undefined) zeile.jahr = zahl(zo, "jahr", zp);
    if (zo.quelle !== undefined) zeile.quelle = text(zo, "quelle", zp);
    return zeile;
  });
  return { quelle: text(o, "quelle", pfad), jahr: zahlOderLeer(o, "jahr", pfad), zeilen };
}

function leseEigenesRegelwerk(x: unknown, pfad: string): EigenesRegelwerk {
  const o = objekt(x, pfad);
  const positionen = liste(o.positionen, `${pfad}.positionen`).map((p, i) => {
    const pp = `${pfad}.positionen[${i}]`;
    const po = objekt(p, pp);
    return {
      position: eines(po, "position", pp, FOERDERPOSITIONEN),
      jeStelle: zahlOderLeer(po, "jeStelle", pp),
      stellen: zahlOderLeer(po, "stellen", pp),
    };
  });
  pruefeEindeutig(
    positionen.map((p) => p.position),
    `die Förderposition ${pfad}.positionen[#].position`,
  );
  const z = objekt(o.zusatzstelle, `${pfad}.zusatzstelle`);
  const zp = `${pfad}.zusatzstelle`;
  return {
    name: text(o, "name", pfad),
    quelle: text(o, "quelle", pfad),
    finanzierungsart: eines(o, "finanzierungsart", pfad, FINANZIERUNGSARTEN),
    positionen,
    zusatzstelle: { jeStelle: zahlOderLeer(z, "jeStelle", zp), stellen: zahlOderLeer(z, "stellen", zp) },
    sachausgaben: zahlOderLeer(o, "sachausgaben", pfad),
    // Optional since issue 27 (Plan-Ist): older states load unchanged.
    ...(o.vakanzkuerzung !== undefined ? { vakanzkuerzung: eines(o, "vakanzkuerzung", pfad, VAKANZKUERZUNGEN) } : {}),
  };
}

/**
 * Which named source each rate was taken from (issue 24): only the three rate fields, each with the
 * id of a source that has a fitting rate. An id this version does not know may come from a newer
 * one: refused, like an unknown field, rather than loaded as the user's own figure.
 */
function leseSachsatzQuellen(x: unknown, pfad: string): SachsatzQuellen {
  const o = objekt(x, pfad);
  const r: SachsatzQuellen = {};
  for (const [feld, id] of Object.entries(o)) {
    if (!(SACHSATZFELDER as readonly string[]).includes(feld)) {
      throw new Formatfehler(`${pfad} enthält das unbekannte Feld „${feld}“`);
    }
    const f = feld as Sachsatzfeld;
    if (typeof id !== "string") throw new Formatfehler(`${pfad}.${f} ist kein Text`);
    if (!benannterSachsatz(f, id)) {
      const bekannt = sachsatzAlternativen(f).map((a) => `„${a.quelle.id}“`);
      throw new Formatfehler(
        `${pfad}.${f} nennt die unbekannte Satzquelle „${id}“ (bekannt: ${bekannt.join(", ")}; ` +
          "vielleicht mit einer neueren Version gespeichert)",
      );
    }
    r[f] = id;
  }
  return r;
}

function leseErstattung(o: Objekt, pfad: string): Szenario["erstattung"] {
  const e = objekt(o.erstattung, pfad);
  const erstattung: Szenario["erstattung"] = {
    aktiv: wahr(e, "aktiv", pfad),
    regelwerk: text(e, "regelwerk", pfad),
    sachausgaben: zahl(e, "sachausgaben", pfad),
  };
  // Optional since issue 13 (the Sachausgaben's years, the own rule set): older states load unchanged.
  if (e.sachausgabenAb !== undefined) erstattung.sachausgabenAb = zahl(e, "sachausgabenAb", pfad);
  if (e.sachausgabenBis !== undefined) erstattung.sachausgabenBis = zahl(e, "sachausgabenBis", pfad);
  if (e.eigenesRegelwerk !== undefined) {
    erstattung.eigenesRegelwerk = leseEigenesRegelwerk(e.eigenesRegelwerk, `${pfad}.eigenesRegelwerk`);
  }
  return erstattung;
}

function leseSzenario(x: unknown, pfad: string): Szenario {
  const o = objekt(x, pfad);
  const p = o.personalkostenPauschale;
  let pauschale: Szenario["personalkostenPauschale"] = null;
  if (p !== null) {
    const po = objekt(p, `${pfad}.personalkostenPauschale`);
    const pp = `${pfad}.personalkostenPauschale`;
    pauschale = {
      betrag: zahl(po, "betrag", pp),
      erlaeuterung: text(po, "erlaeuterung", pp),
      quelle: text(po, "quelle", pp),
    };
  }
  const erl = objekt(o.erlaeuterungen, `${pfad}.erlaeuterungen`);
  const erlaeuterungen: Szenario["erlaeuterungen"] = {};
  for (const [k, v] of Object.entries(erl)) {
    if (!(KOSTENZEILEN as readonly string[]).includes(k)) {
      throw new Formatfehler(`${pfad}.erlaeuterungen enthält die unbekannte Zeile „${k}“`);
    }
    if (typeof v !== "string") throw new Formatfehler(`${pfad}.erlaeuterungen.${k} ist kein Text`);
    erlaeuterungen[k as Kostenzeile] = v;
  }
  return {
    id: text(o, "id", pfad),
    name: text(o, "name", pfad),
    typ: eines(o, "typ", pfad, TYPEN),
    koerperschaft: eines<Koerperschaft>(o, "koerperschaft", pfad, KOERPERSCHAFTEN),
    jahr: zahl(o, "jahr", pfad),
    stellen: liste(o.stellen, `${pfad}.stellen`).map((s, i) => leseStelle(s, `${pfad}.stellen[${i}]`)),
    personalkostenPauschale: pauschale,
    satztabelle: text(o, "satztabelle", pfad),
    arbeitsplaetze: zahl(o, "arbeitsplaetze", pfad),
    bueros: zahl(o, "bueros", pfad),
    projektmittel: zahl(o, "projektmittel", pfad),
    querschnittssatz: zahl(o, "querschnittssatz", pfad),
    itSatz: zahl(o, "itSatz", pfad),
    raumSatz: zahl(o, "raumSatz", pfad),
    // Optional since issue 24 (item 4): older states load unchanged; their sources are inferred.
    ...(o.sachsatzQuellen !== undefined
      ? { sachsatzQuellen: leseSachsatzQuellen(o.sachsatzQuellen, `${pfad}.sachsatzQuellen`) }
      : {}),
    erstattung: leseErstattung(o, `${pfad}.erstattung`),
    erlaeuterungen,
    quelle: text(o, "quelle", pfad),
    fussnote: text(o, "fussnote", pfad),
    // Optional since issue 24: older states load unchanged and round-trip without them.
    ...(o.satzSteigerung !== undefined ? { satzSteigerung: zahl(o, "satzSteigerung", pfad) } : {}),
    ...(o.eigeneSatztabelle !== undefined
      ? { eigeneSatztabelle: leseEigeneSatztabelle(o.eigeneSatztabelle, `${pfad}.eigeneSatztabelle`) }
      : {}),
  };
}

/** Each field optional text; a field this version does not know is reported like any unknown field. */
function leseVorlagenAngaben(x: unknown, pfad: string): VorlagenAngaben {
  const vp = `${pfad}.vorlagenAngaben`;
  const o = objekt(x, vp);
  const angaben: VorlagenAngaben = {};
  for (const f of VORLAGEN_ANGABEN_FELDER) if (o[f] !== undefined) angaben[f] = text(o, f, vp);
  return angaben;
}

function leseZusatzblaetter(x: unknown, pfad: string): string[] {
  const ids = liste(x, `${pfad}.zusatzblaetter`).map((id, i) => {
    if (typeof id !== "string" || id.trim() === "")
      throw new Formatfehler(`${pfad}.zusatzblaetter[${i}] ist kein Blattname (Text)`);
    return id;
  });
  pruefeEindeutig(ids, `${pfad}.zusatzblaetter[#]`);
  return ids;
}

function leseOptionen(x: unknown): GespeicherteOptionen {
  const pfad = "optionen";
  const o = objekt(x, pfad);
  let mehrjahr: MehrjahrOptionen | null = null;
  if (o.mehrjahr !== null) {
    const m = objekt(o.mehrjahr, `${pfad}.mehrjahr`);
    const mp = `${pfad}.mehrjahr`;
    mehrjahr = {
      vonJahr: zahl(m, "vonJahr", mp),
      bisJahr: zahl(m, "bisJahr", mp),
      personalSteigerung: zahl(m, "personalSteigerung", mp),
      sachSteigerung: zahl(m, "sachSteigerung", mp),
      zinssatz: zahl(m, "zinssatz", mp),
    };
  }
  const umlage = liste(o.umlage, `${pfad}.umlage`).map((u, i) => {
    const up = `${pfad}.umlage[${i}]`;
    const uo = objekt(u, up);
    const g = uo.grundlage;
    if (g !== null && (typeof g !== "number" || !Number.isFinite(g))) {
      throw new Formatfehler(`${up}.grundlage muss eine Zahl oder leer (null) sein`);
    }
    const mitglied: UmlageMitglied & { id?: string } = {
      name: text(uo, "name", up),
      grundlage: g,
      minderbelastung: zahl(uo, "minderbelastung", up),
    };
    if (uo.id !== undefined) mitglied.id = text(uo, "id", up);
    return mitglied;
  });
  const optionen: GespeicherteOptionen = {
    modus: eines<Formelmodus>(o, "modus", pfad, ["ki", "nativ"]),
    vorlageNr: text(o, "vorlageNr", pfad),
    mehrjahrAktiv: wahr(o, "mehrjahrAktiv", pfad),
    mehrjahr,
    umlageAktiv: wahr(o, "umlageAktiv", pfad),
    umlage,
  };
  if (o.eigenesRegelwerk !== undefined) {
    optionen.eigenesRegelwerk = leseEigenesRegelwerk(o.eigenesRegelwerk, `${pfad}.eigenesRegelwerk`);
  }
  if (o.eigeneSatztabelle !== undefined) {
    optionen.eigeneSatztabelle = leseEigeneSatztabelle(o.eigeneSatztabelle, `${pfad}.eigeneSatztabelle`);
  }
  if (o.planIst !== undefined) {
    try {
      optionen.planIst = lesePlanIstAuswahl(o.planIst, `${pfad}.planIst`);
    } catch (e) {
      throw new Formatfehler(e instanceof Error ? e.message : String(e));
    }
  }
  if (o.vorlagenAngaben !== undefined) optionen.vorlagenAngaben = leseVorlagenAngaben(o.vorlagenAngaben, pfad);
  if (o.zusatzblaetter !== undefined) optionen.zusatzblaetter = leseZusatzblaetter(o.zusatzblaetter, pfad);
  return optionen;
}

/** Checks parsed JSON; on failure a German sentence says what is wrong. */
export function leseSpeicherstand(json: unknown): { ok: true; stand: Speicherstand } | { ok: false; meldung: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return {
      ok: false,
      meldung: `Die gespeicherten Daten stammen nicht vom KI-Kostenplaner (kein Datenobjekt). ${HINWEIS_ERHALTEN}`,
    };
  }
  const o = json as Objekt;
  if (o.format !== SPEICHERFORMAT) {
    return {
      ok: false,
      meldung: `Die gespeicherten Daten stammen nicht vom KI-Kostenplaner (Kennung „${SPEICHERFORMAT}“ fehlt). ${HINWEIS_ERHALTEN}`,
    };
  }
  if (o.version !== SPEICHERVERSION) {
    const neuer = typeof o.version === "number" && o.version > SPEICHERVERSION;
    return {
      ok: false,
      meldung: neuer
        ? `Die Szenarien wurden mit einer neueren Version des KI-Kostenplaners gespeichert (Format ${String(o.version)}); ` +
          `diese Version liest nur Format ${SPEICHERVERSION}. Bitte das Add-in aktualisieren. ${HINWEIS_ERHALTEN}`
        : `Die gespeicherten Szenarien haben eine unbekannte Formatversion („${String(o.version)}“). ${HINWEIS_ERHALTEN}`,
    };
  }
  try {
    const gespeichertAm = text(o, "gespeichertAm", "Speicherstand");
    const szenarien = liste(o.szenarien, "szenarien").map((s, i) => leseSzenario(s, `szenarien[${i}]`));
    pruefeEindeutig(
      szenarien.map((s) => s.id),
      "die Szenario-Kennung szenarien[#].id",
    );
    szenarien.forEach((s, i) =>
      pruefeEindeutig(
        s.stellen.map((st) => st.id),
        `die Stellen-Kennung szenarien[${i}].stellen[#].id`,
      ),
    );
    const optionen = leseOptionen(o.optionen);
    pruefeEindeutig(
      optionen.umlage.flatMap((m) => (m.id === undefined ? [] : [m.id])),
      "die Kennung optionen.umlage[#].id",
    );
    const stand: Speicherstand = {
      format: SPEICHERFORMAT,
      version: SPEICHERVERSION,
      gespeichertAm,
      szenarien,
      optionen,
    };
    const fremd = unbekannteFelder(json, stand);
    if (fremd.length > 0) return { ok: false, meldung: neuereFelderMeldung(fremd) };
    return { ok: true, stand };
  } catch (e) {
    if (!(e instanceof Formatfehler)) throw e;
    return { ok: false, meldung: `Die gespeicherten Szenarien sind unvollständig: ${e.message}. ${HINWEIS_ERHALTEN}` };
  }
}

function neuereFelderMeldung(fremd: readonly string[]): string {
  return (
    `Die gespeicherten Szenarien enthalten Felder, die diese Version des KI-Kostenplaners nicht kennt ` +
    `(${fremd.join(", ")}); sie stammen wohl von einer neueren Version. Damit nichts davon verloren geht, werden ` +
    `sie nicht geladen. Bitte das Add-in aktualisieren. ${HINWEIS_ERHALTEN}`
  );
}

/** From what the access module read to what the pane shows. */
export function ausLadeergebnis(l: Ladeergebnis): Leseergebnis {
  if (l.status === "leer") return l;
  if (l.status === "unlesbar") return l;
  const r = leseSpeicherstand(l.json);
  if (r.ok) return { status: "ok", stand: r.stand };
  return { status: "unlesbar", roh: typeof l.json === "string" ? l.json : JSON.stringify(l.json), meldung: r.meldung };
}

/** For the access module: may this stored raw text be saved over without a backup? */
export function istLesbarerSpeicherstand(roh: string): boolean {
  if (pruefeRohtext(roh) !== null) return false;
  try {
    return leseSpeicherstand(JSON.parse(roh)).ok;
  } catch {
    return false;
  }
}
