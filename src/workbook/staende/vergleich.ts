/**
 * What changed between a Stand and now (or between two Stände): the result lines side by side with
 * their differences, and every changed assumption (scenario, field, old → new) with its own effect
 * on the Eigenanteil — the old scenario recomputed with only that one change.
 *
 * Assumptions are compared field by field over the saved form, generically: a field a later version
 * adds to the scenario shows up here without a change to this module (named by its path until it
 * gets a German label below). Posts and municipalities are matched by id, not by position.
 */
import { formatEuro, type Cent } from "../../core";
import { berechneSzenario, type Szenario } from "../../scenario";
import type { Speicherstand } from "../../scenario/speicherformat";
import type { Ergebniszeile, Regelwerkvermerk } from "../../scenario/staende";
import { regelwerkVermerke } from "./ergebnisse";

export interface Vergleichszeile {
  schluessel: string;
  bereich: string;
  bezeichnung: string;
  /** Null when the line exists only on one side (e.g. a scenario added since). */
  jetzt: Cent | null;
  stand: Cent | null;
  /** jetzt − stand; null when one side is missing. */
  differenz: Cent | null;
}

/** Lines in the current order, then the lines only the Stand has. */
export function vergleicheErgebnisse(
  jetzt: readonly Ergebniszeile[],
  stand: readonly Ergebniszeile[],
): Vergleichszeile[] {
  const alt = new Map(stand.map((z) => [z.schluessel, z]));
  const neu = new Set(jetzt.map((z) => z.schluessel));
  const zeilen: Vergleichszeile[] = jetzt.map((z) => {
    const a = alt.get(z.schluessel);
    return { ...ohneCent(z), jetzt: z.cent, stand: a ? a.cent : null, differenz: a ? z.cent - a.cent : null };
  });
  for (const a of stand) {
    if (!neu.has(a.schluessel)) zeilen.push({ ...ohneCent(a), jetzt: null, stand: a.cent, differenz: null });
  }
  return zeilen;
}

function ohneCent(z: Ergebniszeile) {
  return { schluessel: z.schluessel, bereich: z.bereich, bezeichnung: z.bezeichnung };
}

export interface Annahmenaenderung {
  /** Scenario name, or "Allgemein" for the multi-year and levy options. */
  szenario: string;
  feld: string;
  alt: string;
  neu: string;
  /** Effect of this change alone on the scenario's yearly Eigenanteil; null = none or not computable. */
  wirkung: Cent | null;
  /** Said instead of the effect (e.g. a rule set that follows from a changed assumption listed below). */
  wirkungText?: string;
}

type Pfad = Array<string | number>;
const FELDNAMEN: Record<string, string> = {
  name: "Name",
  typ: "Art",
  koerperschaft: "Körperschaft",
  jahr: "Haushaltsjahr",
  satztabelle: "Satztabelle",
  arbeitsplaetze: "IT-Arbeitsplätze",
  bueros: "Büros",
  projektmittel: "Projektmittel",
  querschnittssatz: "Querschnittssatz",
  itSatz: "IT-Kosten je Arbeitsplatz",
  raumSatz: "Raumkosten je Büro",
  "erstattung.aktiv": "Landeserstattung angesetzt",
  "erstattung.regelwerk": "Förderregelwerk",
  "erstattung.sachausgaben": "Sachausgaben (Pauschale)",
  "erstattung.sachausgabenAb": "Sachausgaben ab Jahr",
  "erstattung.sachausgabenBis": "Sachausgaben bis Jahr",
  "personalkostenPauschale.betrag": "Personalkosten (Pauschale)",
  "personalkostenPauschale.erlaeuterung": "Erläuterung der Pauschale",
  "personalkostenPauschale.quelle": "Quelle der Pauschale",
  quelle: "Quelle",
  fussnote: "Fußnote",
  anteil: "Stellenanteil",
  gruppe: "Entgeltgruppe",
  eigenerSatz: "eigener Jahressatz",
  art: "Stellenart",
  foerderposition: "Förderposition",
  abJahr: "ab Jahr",
  bezeichnung: "Bezeichnung",
  vonJahr: "von Jahr",
  bisJahr: "bis Jahr",
  personalSteigerung: "Tarifsteigerung",
  sachSteigerung: "Sachkostensteigerung",
  zinssatz: "Zinssatz",
  grundlage: "Umlagegrundlagen",
  minderbelastung: "Minderbelastung",
  mehrjahrAktiv: "Mehrjahresplanung",
  umlageAktiv: "Kreisumlage",
  // The own rule set a scenario carries (src/scenario/eigenesRegelwerk.ts), in the pane's words.
  "erstattung.eigenesRegelwerk.name": "Eigenes Regelwerk: Name",
  "erstattung.eigenesRegelwerk.finanzierungsart": "Eigenes Regelwerk: Finanzierungsart",
  "erstattung.eigenesRegelwerk.sachausgaben": "Eigenes Regelwerk: Sachausgabenpauschale",
  "erstattung.eigenesRegelwerk.zusatzstelle.jeStelle":
    "Eigenes Regelwerk: Zusätzliche Stellen – Höchstbetrag je Stelle",
  "erstattung.eigenesRegelwerk.zusatzstelle.stellen": "Eigenes Regelwerk: Zusätzliche Stellen – Stellen höchstens",
  "erstattung.eigenesRegelwerk.positionen": "Eigenes Regelwerk: Förderposition",
  jeStelle: "Höchstbetrag je Stelle",
  stellen: "Stellen höchstens",
  position: "Förderposition",
};

const PROZENT = new Set(["querschnittssatz", "personalSteigerung", "sachSteigerung", "zinssatz", "minderbelastung"]);
const EURO = new Set([
  "projektmittel",
  "itSatz",
  "raumSatz",
  "sachausgaben",
  "betrag",
  "eigenerSatz",
  "grundlage",
  "jeStelle",
]);

/** The rule-set choice as the pane's list names it. */
const REGELWERK_TEXT: Record<string, string> = { auto: "Automatisch nach Jahr", EIGEN: "Eigenes Regelwerk" };

function feldname(pfad: string): string {
  if (FELDNAMEN[pfad]) return FELDNAMEN[pfad];
  const letzt = pfad.split(".").pop() ?? pfad;
  return FELDNAMEN[letzt] ?? pfad;
}

/** German display of a stored value. */
export function wertText(feld: string, w: unknown): string {
  if (w === undefined) return "—";
  if (w === null) return "leer";
  if (typeof w === "boolean") return w ? "ja" : "nein";
  if (typeof w === "number") {
    if (PROZENT.has(feld)) return `${(w * 100).toLocaleString("de-DE", { maximumFractionDigits: 4 })} %`;
    if (EURO.has(feld)) return `${w.toLocaleString("de-DE", { minimumFractionDigits: 0, maximumFractionDigits: 2 })} €`;
    return w.toLocaleString("de-DE", {
      maximumFractionDigits: 4,
      useGrouping: feld !== "jahr" && !feld.endsWith("Jahr"),
    });
  }
  if (typeof w === "string") return w === "" ? "(leer)" : feld === "regelwerk" ? (REGELWERK_TEXT[w] ?? w) : w;
  return "(Angaben)";
}

interface Blatt {
  pfad: Pfad;
  /** Display name: field names, posts by their label. */
  name: string;
  /** Last field name, for the display format. */
  feld: string;
  wert: unknown;
  /** A list element: its existence is a change of its own, its fields only when both sides have it. */
  element: boolean;
}

function elementName(e: unknown, i: number): string {
  const o = (typeof e === "object" && e !== null ? e : {}) as Record<string, unknown>;
  const text = [o.bezeichnung, o.name, o.gruppe, o.position].find((x) => typeof x === "string" && x.trim() !== "");
  return `„${typeof text === "string" ? text : `Nr. ${i + 1}`}“`;
}

/**
 * Texts that explain or cite, not assumptions: the pane rewrites them by itself when a figure is
 * edited ("vom Anwender geändert", the automatic "8 Arbeitsplätze"), so listing them would bury
 * the one real change.
 */
const KEINE_ANNAHMEN = new Set(["quelle", "erlaeuterungen", "erlaeuterung", "fussnote"]);

const LISTENNAMEN: Record<string, string> = { stellen: "Stelle", umlage: "Gemeinde" };

/**
 * German name of a leaf: `rel` is its path below the innermost list element (or the root), named
 * by the full path where FELDNAMEN has it, else by its last field. The Assistenz amount of an own
 * rule set is the one for the half post, as the pane's field says.
 */
function blattName(praefix: string, rel: readonly string[], eltern: unknown): string {
  const letzt = rel[rel.length - 1] ?? "";
  const assistenz = (eltern as { position?: unknown } | null)?.position === "Assistenz";
  const n = letzt === "jeStelle" && assistenz ? "Höchstbetrag für die ½ Stelle" : feldname(rel.join("."));
  return praefix ? `${praefix}: ${n}` : n;
}

interface Stapelteil {
  wert: unknown;
  pfad: Pfad;
  /** Name of the innermost list element, "" at the root. */
  praefix: string;
  rel: string[];
  eltern: unknown;
}

/** Leaves of a stored value, iteratively; list elements with an id are keyed by it, not by position. */
function blaetterVon(wurzel: unknown): Map<string, Blatt> {
  const aus = new Map<string, Blatt>();
  const stapel: Stapelteil[] = [{ wert: wurzel, pfad: [], praefix: "", rel: [], eltern: null }];
  while (stapel.length > 0) {
    const { wert, pfad, praefix, rel, eltern } = stapel.pop()!;
    const feld = rel[rel.length - 1] ?? "";
    if (Array.isArray(wert)) {
      const liste = LISTENNAMEN[feld] ?? feldname(rel.join("."));
      wert.forEach((e, i) => {
        const id = (e as { id?: unknown } | null)?.id;
        const schluessel = typeof id === "string" ? `#${id}` : i;
        const enam = `${praefix ? `${praefix}: ` : ""}${liste} ${elementName(e, i)}`;
        const p = [...pfad, schluessel];
        aus.set(p.join("/"), { pfad: p, name: enam, feld, wert: e, element: true });
        stapel.push({ wert: e, pfad: p, praefix: enam, rel: [], eltern: wert });
      });
    } else if (typeof wert === "object" && wert !== null) {
      for (const [k, v] of Object.entries(wert)) {
        if (k === "id" || KEINE_ANNAHMEN.has(k)) continue;
        stapel.push({ wert: v, pfad: [...pfad, k], praefix, rel: [...rel, k], eltern: wert });
      }
    } else {
      aus.set(pfad.join("/"), { pfad, name: blattName(praefix, rel, eltern), feld, wert, element: false });
    }
  }
  return aus;
}

/** A copy of `wurzel` with one leaf set (undefined removes a list element). */
function mitWert<T>(wurzel: T, pfad: Pfad, wert: unknown): T {
  const kopie = JSON.parse(JSON.stringify(wurzel)) as T;
  let ort: unknown = kopie;
  pfad.forEach((seg, i) => {
    const letzt = i === pfad.length - 1;
    if (Array.isArray(ort)) {
      const liste = ort as unknown[];
      const idx = typeof seg === "number" ? seg : liste.findIndex((e) => `#${(e as { id?: string })?.id}` === seg);
      if (letzt) {
        if (wert === undefined) liste.splice(idx, 1);
        else if (idx < 0) liste.push(JSON.parse(JSON.stringify(wert)));
        else liste[idx] = wert;
      } else ort = liste[idx];
    } else if (typeof ort === "object" && ort !== null) {
      const o = ort as Record<string, unknown>;
      if (letzt) o[seg] = wert;
      else {
        if (typeof o[seg] !== "object" || o[seg] === null) o[seg] = {};
        ort = o[seg];
      }
    }
  });
  return kopie;
}

function eigenanteil(s: Szenario): Cent | null {
  try {
    return berechneSzenario(s).aufstellung.eigenanteil;
  } catch {
    return null;
  }
}

function anzeige(b: Blatt | undefined): string {
  if (!b) return "—";
  return b.element ? "vorhanden" : wertText(b.feld, b.wert);
}

/** Whether an enclosing list element of `pfad` is missing on one side: then only the element itself is listed. */
function unterFehlendemElement(pfad: Pfad, a: Map<string, Blatt>, n: Map<string, Blatt>): boolean {
  for (let j = 1; j < pfad.length; j++) {
    const k = pfad.slice(0, j).join("/");
    if ((a.get(k)?.element || n.get(k)?.element) && !(a.has(k) && n.has(k))) return true;
  }
  return false;
}

/** Changed leaves of two stored values; `wirkung` rates each change alone. */
function aenderungen(
  alt: unknown,
  neu: unknown,
  szenario: string,
  wirkung: (pfad: Pfad, wert: unknown) => Cent | null,
): Annahmenaenderung[] {
  const a = blaetterVon(alt);
  const n = blaetterVon(neu);
  const aus: Annahmenaenderung[] = [];
  for (const k of new Set([...a.keys(), ...n.keys()])) {
    const x = a.get(k);
    const y = n.get(k);
    const b = (y ?? x)!;
    if (x && y && (x.element || JSON.stringify(x.wert) === JSON.stringify(y.wert))) continue;
    if (unterFehlendemElement(b.pfad, a, n)) continue;
    const feld = b.name || feldname(String(b.pfad[b.pfad.length - 1]));
    aus.push({ szenario, feld, alt: anzeige(x), neu: anzeige(y), wirkung: wirkung(b.pfad, y ? y.wert : undefined) });
  }
  return aus;
}

function szenarioAenderungen(alt: Szenario, neu: Szenario): Annahmenaenderung[] {
  const vorher = eigenanteil(alt);
  return aenderungen(alt, neu, neu.name, (pfad, wert) => {
    const nachher = eigenanteil(mitWert(alt, pfad, wert));
    return vorher === null || nachher === null ? null : nachher - vorher;
  });
}

function optionenTeil(s: Speicherstand) {
  const o = s.optionen;
  return { mehrjahrAktiv: o.mehrjahrAktiv, mehrjahr: o.mehrjahr, umlageAktiv: o.umlageAktiv, umlage: o.umlage };
}

/**
 * Every changed assumption from `alt` to `neu`, scenarios in the new order (removed ones last), then
 * the multi-year and levy options, which do not change the yearly Eiganteil (wirkung null).
 */
export function geaenderteAnnahmen(alt: Speicherstand, neu: Speicherstand): Annahmenaenderung[] {
  const altNachId = new Map(alt.szenarien.map((s) => [s.id, s]));
  const neuIds = new Set(neu.szenarien.map((s) => s.id));
  const aus: Annahmenaenderung[] = [];
  for (const s of neu.szenarien) {
    const vorher = altNachId.get(s.id);
    if (vorher) aus.push(...szenarioAenderungen(vorher, s));
    else aus.push({ szenario: s.name, feld: "Szenario", alt: "—", neu: "hinzugefügt", wirkung: eigenanteil(s) });
  }
  for (const s of alt.szenarien) {
    if (neuIds.has(s.id)) continue;
    const e = eigenanteil(s);
    aus.push({
      szenario: s.name,
      feld: "Szenario",
      alt: "vorhanden",
      neu: "entfernt",
      wirkung: e === null ? null : -e,
    });
  }
  aus.push(...aenderungen(optionenTeil(alt), optionenTeil(neu), "Allgemein", () => null));
  return aus;
}

/** "+1.234 €", "−1.234 €" or "0 €": differences carry their sign. */
export function differenzText(c: Cent | null): string {
  if (c === null) return "—";
  return c > 0 ? `+${formatEuro(c)}` : formatEuro(c);
}

/** One side of a comparison: the assumptions, the rule sets the refunds were computed with, the results. */
export interface Stichtag {
  zustand: Speicherstand;
  regelwerke: readonly Regelwerkvermerk[];
  ergebnisse: readonly Ergebniszeile[];
}

/** The current state as a side of a comparison (its rule sets as the core applies them today). */
export function aktuellerStichtag(zustand: Speicherstand, ergebnisse: readonly Ergebniszeile[]): Stichtag {
  let regelwerke: Regelwerkvermerk[] = [];
  try {
    regelwerke = regelwerkVermerke(zustand.szenarien);
  } catch {
    // An invalid scenario has no rule set to name; its results are missing as well.
  }
  return { zustand, regelwerke, ergebnisse };
}

function gespeicherterEigenanteil(t: Stichtag, id: string): Cent | null {
  return t.ergebnisse.find((z) => z.schluessel === `kosten:${id}:eigenanteil`)?.cent ?? null;
}

/** What the side's assumptions give today minus what it recorded; null where either is missing. */
function abweichungSeitdem(t: Stichtag, s: Szenario): Cent | null {
  const heute = eigenanteil(s);
  const damals = gespeicherterEigenanteil(t, s.id);
  return heute === null || damals === null ? null : heute - damals;
}

function regelText(v: Regelwerkvermerk | undefined): string {
  return v ? `${v.titel} (${v.regelId})` : "keine Erstattung";
}

/**
 * The rule set a scenario's refund was computed with, on each side: listed when it differs, and
 * when the same rule set now gives another refund (its amounts or years were corrected since).
 * Its effect is what no changed assumption explains: (alt recomputed today − alt as recorded) +
 * (neu as recorded − neu recomputed today). A rule set that follows from a listed assumption (year,
 * choice of rule set) has no effect of its own beyond it; the row says so.
 */
export function regelwerkAenderungen(alt: Stichtag, neu: Stichtag): Annahmenaenderung[] {
  const aus: Annahmenaenderung[] = [];
  for (const sb of neu.zustand.szenarien) {
    const sa = alt.zustand.szenarien.find((x) => x.id === sb.id);
    if (!sa) continue; // an added scenario is listed as such
    const va = alt.regelwerke.find((v) => v.szenarioId === sb.id);
    const vb = neu.regelwerke.find((v) => v.szenarioId === sb.id);
    const [da, db] = [abweichungSeitdem(alt, sa), abweichungSeitdem(neu, sb)];
    const rest = da === null || db === null ? null : da - db;
    const anders = regelText(va) !== regelText(vb);
    if (!anders && !rest) continue;
    aus.push({
      szenario: sb.name,
      feld: anders ? "Angewandtes Förderregelwerk" : "Förderregeln in anderer Fassung (gleiches Regelwerk)",
      alt: regelText(va),
      neu: regelText(vb),
      wirkung: rest === 0 ? null : rest,
      ...(rest === 0 ? { wirkungText: "folgt aus den Annahmen unten" } : {}),
    });
  }
  return aus;
}

/**
 * Everything that explains the difference between two sides: the rule sets first (they can move
 * the Eigenanteil with no assumption changed), then every changed assumption.
 */
export function erklaerteAenderungen(alt: Stichtag, neu: Stichtag): Annahmenaenderung[] {
  return [...regelwerkAenderungen(alt, neu), ...geaenderteAnnahmen(alt.zustand, neu.zustand)];
}
