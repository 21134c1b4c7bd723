/**
 * The user's own rule set as the pane edits and the workbook stores it: amounts in € as typed,
 * empty fields as null. One per workbook; a scenario that chooses it (regelwerk = EIGEN) carries a
 * copy, so every consumer of a scenario (sheets, saved Stände, CLI) computes it without the pane.
 * The checks are the core's (baueEigeneFoerderregel); the field messages only say which field.
 */
import {
  EIGENES_REGELWERK_ID,
  type EigeneFoerderregel,
  FOERDERPOSITIONEN,
  FOERDERREGELN,
  type Finanzierungsart,
  type Foerderposition,
  type Foerderregel,
  KiFehler,
  type Vakanzkuerzung,
  baueEigeneFoerderregel,
  eigenerBetragName,
  euroZuCentGenau,
  ganzeCentFehler,
} from "../core";
import type { Szenario } from "./modell";

export interface EigenePosition {
  position: Foerderposition;
  /**
   * Cap per post in €; Assistenz: the cap for the half post, as the guideline states it (20.000 €
   * for the ½ Verwaltungsassistenz; a full post is capped at twice it). null = empty.
   */
  jeStelle: number | null;
  /** Posts funded at most (FTE); null = empty. Both empty = the position is not funded. */
  stellen: number | null;
}

export interface EigenesRegelwerk {
  name: string;
  /** Where the amounts come from, e.g. „Bescheid BezReg Arnsberg vom …“. Required. */
  quelle: string;
  finanzierungsart: Finanzierungsart;
  /** Fachkraft, Verwaltung, Assistenz in this order. */
  positionen: EigenePosition[];
  /** Extra posts: cap per post and number; both empty = none. */
  zusatzstelle: { jeStelle: number | null; stellen: number | null };
  /** Cap of the Sachausgabenpauschale in €; null = none. */
  sachausgaben: number | null;
  /** How the cap is cut for vacant months (Plan-Ist); absent = the core's default (VAKANZ_STANDARD). */
  vakanzkuerzung?: Vakanzkuerzung;
}

/** Field keys of the messages: "name", "quelle", "Fachkraft.jeStelle", "zusatzstelle.stellen", "sachausgaben", "regelwerk". */
export type RegelwerkMeldungen = Record<string, string>;

export function leeresEigenesRegelwerk(): EigenesRegelwerk {
  return {
    name: "Eigenes Regelwerk",
    quelle: "",
    finanzierungsart: "Festbetragsfinanzierung",
    positionen: FOERDERPOSITIONEN.map((position) => ({ position, jeStelle: null, stellen: null })),
    zusatzstelle: { jeStelle: null, stellen: null },
    sachausgaben: null,
  };
}

function zahlFehler(v: number | null, was: string, pflicht: boolean): string | null {
  if (v === null) return pflicht ? `${was} fehlt.` : null;
  if (!Number.isFinite(v)) return `${was} ist keine Zahl.`;
  if (v < 0) return `${was} darf nicht negativ sein.`;
  return null;
}

/** An amount in €: a number as above, in whole cents (the core's own check, so pane and core agree). */
function betragFehler(v: number | null, was: string, pflicht: boolean): string | null {
  const f = zahlFehler(v, was, pflicht);
  if (f || v === null || Math.abs(v) > 1e12) return f;
  return ganzeCentFehler(euroZuCentGenau(v), was);
}

/** A pair (cap, posts) of which both or neither must be given. */
function paarFehler(
  m: RegelwerkMeldungen,
  schluessel: Foerderposition | "zusatzstelle",
  paar: { jeStelle: number | null; stellen: number | null },
  wer: string,
): void {
  const einer = paar.jeStelle !== null || paar.stellen !== null;
  const j = betragFehler(paar.jeStelle, eigenerBetragName(schluessel), einer);
  const s = zahlFehler(paar.stellen, `Die Zahl der Stellen (${wer})`, einer);
  if (j) m[`${schluessel}.jeStelle`] = j;
  if (s) m[`${schluessel}.stellen`] = s;
}

/** The entries as the core takes them; throws KiFehler for a field the core cannot read. */
export function alsEigeneFoerderregel(e: EigenesRegelwerk): EigeneFoerderregel {
  // Not rounded: a sub-cent amount reaches the core's whole-cent check instead of becoming a cap.
  const cent = (v: number | null) => euroZuCentGenau(v ?? NaN);
  return {
    name: e.name,
    quelle: e.quelle,
    finanzierungsart: e.finanzierungsart,
    positionen: e.positionen
      .filter((p) => p.jeStelle !== null || p.stellen !== null)
      .map((p) => ({ position: p.position, jeStelle: cent(p.jeStelle), stellen: p.stellen ?? NaN })),
    zusatzstellen:
      e.zusatzstelle.jeStelle === null && e.zusatzstelle.stellen === null
        ? null
        : { jeStelle: cent(e.zusatzstelle.jeStelle), stellen: e.zusatzstelle.stellen ?? NaN },
    sachausgaben: e.sachausgaben === null ? null : cent(e.sachausgaben),
    ...(e.vakanzkuerzung !== undefined ? { vakanzkuerzung: e.vakanzkuerzung } : {}),
  };
}

/** German messages per field; empty = the core accepts the rule set. */
export function pruefeEigenesRegelwerk(e: EigenesRegelwerk): RegelwerkMeldungen {
  const m: RegelwerkMeldungen = {};
  if (!e.name.trim()) m.name = "Der Name des Regelwerks fehlt.";
  if (!e.quelle.trim()) m.quelle = "Die Quelle fehlt (z. B. „Bescheid BezReg Arnsberg vom …“).";
  e.positionen.forEach((p) => paarFehler(m, p.position, p, p.position));
  paarFehler(m, "zusatzstelle", e.zusatzstelle, "Zusatzstellen");
  const s = betragFehler(e.sachausgaben, eigenerBetragName("sachausgaben"), false);
  if (s) m.sachausgaben = s;
  if (Object.keys(m).length > 0) return m;
  try {
    baueEigeneFoerderregel(alsEigeneFoerderregel(e));
  } catch (f) {
    m.regelwerk = f instanceof KiFehler ? f.message : String(f);
  }
  return m;
}

/** The rule set as the core applies it; throws KiFehler with the German message. */
export function baueEigenesRegelwerk(e: EigenesRegelwerk): Foerderregel {
  const m = pruefeEigenesRegelwerk(e);
  const texte = Object.values(m);
  if (texte.length > 0) {
    const text = m.regelwerk ?? `Eigenes Regelwerk ungültig: ${texte.join(" ")}`;
    throw new KiFehler("wert", text);
  }
  return baueEigeneFoerderregel(alsEigeneFoerderregel(e));
}

export function istEigenesRegelwerk(regelwerk: string): boolean {
  return regelwerk.trim().toUpperCase() === EIGENES_REGELWERK_ID;
}

/** The own rule set a scenario uses, or null when it uses a built-in one. */
export function eigenesRegelwerkVon(s: Szenario): EigenesRegelwerk | null {
  return istEigenesRegelwerk(s.erstattung.regelwerk) ? (s.erstattung.eigenesRegelwerk ?? null) : null;
}

/**
 * The rule sets the scenarios can refer to by id: the built-in ones plus the own one a scenario
 * carries (the multi-year projection looks rule sets up by id). An own rule set that does not
 * build is left out; computing that scenario reports why.
 */
export function regelnFuer(szenarien: readonly Szenario[]): readonly Foerderregel[] {
  for (const s of szenarien) {
    const e = eigenesRegelwerkVon(s);
    if (!e) continue;
    try {
      return [...FOERDERREGELN, baueEigenesRegelwerk(e)];
    } catch {
      continue;
    }
  }
  return FOERDERREGELN;
}
