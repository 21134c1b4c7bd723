/**
 * From a decided Stand (or the current work) to the core's Plan-Ist input for one year: the KI
 * scenario's posts with their yearly cost in the plan year and the months they are planned filled,
 * the other cost lines of that year, and the rule set of that year. Every figure is asked of the
 * rules the product already has: a post's cost (stellenKostenCent) carried to the plan year by
 * personalkostenImPlanjahr, IT/rooms/project funds and the rule set by the projection of that year.
 */
import {
  type Besetzung,
  type Cent,
  KiFehler,
  type Mehrjahresannahmen,
  type PlanIstEingabe,
  type PlanIstStelle,
  basiswerteImJahr,
  besetzteMonate,
  euroZuCent,
  fortschreibung,
  personalkostenImPlanjahr,
  projiziere,
} from "../../core";
import { berechneSzenario, kostenstruktur, stelleImJahr, stellenKostenCent } from "../berechnung";
import { regelnFuer } from "../eigenesRegelwerk";
import type { Stelle, Szenario } from "../modell";
import type { MehrjahrOptionen } from "../optionen";
import type { Stand } from "../staende";

/** What the user chooses for the Plan-Ist besides the Stand. */
export interface PlanIstWahl {
  /** The plan year; absent = the scenario's year. */
  jahr?: number;
  /** The scenario of the Stand; absent = its KI scenario (else the last one). */
  szenarioId?: string;
  /** Months planned filled per post key (Besetzung zum 1.9.: { abMonat: 9 }); absent = the whole year. */
  besetzungen?: Readonly<Record<string, Besetzung>>;
}

/** The Plan-Ist input and what it was built from, for the sheet's header and notes. */
export interface PlanIstGrundlage {
  eingabe: PlanIstEingabe;
  szenario: Szenario;
  /** How the yearly figures reach the plan year (German, for the sheet). */
  herleitung: string;
}

export const PAUSCHALE_SCHLUESSEL = "Personalkosten (Pauschale)";

function massgeblichesSzenario(szenarien: readonly Szenario[], id: string | undefined): Szenario {
  if (id !== undefined) {
    const s = szenarien.find((x) => x.id === id);
    if (!s) throw new KiFehler("wert", `Im Stand gibt es kein Szenario mit der Kennung „${id}“.`);
    return s;
  }
  const s = szenarien.find((x) => x.typ === "ki") ?? szenarien[szenarien.length - 1];
  if (!s) throw new KiFehler("wert", "Der Stand enthält kein Szenario.");
  return s;
}

/**
 * The rates that carry the scenario's year to the plan year: the Stand's multi-year plan, or none
 * when the plan year is the scenario's own (then nothing is carried). Another year without a
 * multi-year plan has no rate to carry by: refused rather than guessed.
 */
function annahmenFuer(s: Szenario, m: MehrjahrOptionen | null, jahr: number): Mehrjahresannahmen {
  if (jahr !== s.jahr && !m) {
    throw new KiFehler(
      "wert",
      `Das Planjahr ${jahr} ist nicht das Jahr des Szenarios (${s.jahr}), und der Stand hat keine Mehrjahresplanung ` +
        "mit Steigerungsraten. Bitte das Jahr des Szenarios wählen oder einen Stand mit Mehrjahresplanung.",
    );
  }
  return {
    vonJahr: jahr,
    bisJahr: jahr,
    preisbasisJahr: s.jahr,
    personalSteigerung: m?.personalSteigerung ?? 0,
    sachSteigerung: m?.sachSteigerung ?? 0,
    zinssatz: m?.zinssatz ?? 0,
  };
}

/** Keys by label: a second "Pädagogische Fachkraft" becomes "Pädagogische Fachkraft (2)". */
export function stellenSchluessel(stellen: readonly Pick<Stelle, "bezeichnung" | "gruppe">[]): string[] {
  const gesehen = new Map<string, number>();
  return stellen.map((st) => {
    const name = (st.bezeichnung || st.gruppe || "Stelle").trim();
    const n = (gesehen.get(name.toLowerCase()) ?? 0) + 1;
    gesehen.set(name.toLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function planStellen(s: Szenario, a: Mehrjahresannahmen, jahr: number, wahl: PlanIstWahl): PlanIstStelle[] {
  const schluessel = stellenSchluessel(s.stellen);
  const monate = (k: string) => besetzteMonate(wahl.besetzungen?.[k] ?? {});
  const liste: PlanIstStelle[] = [];
  if (s.personalkostenPauschale) {
    // A stated total has no posts: one line, filled all year, capped as one total (as the sheet does).
    const k = PAUSCHALE_SCHLUESSEL;
    const cent = personalkostenImPlanjahr(euroZuCent(s.personalkostenPauschale.betrag), a, jahr);
    liste.push({ schluessel: k, bezeichnung: k, art: "grund", anteil: 1, jahreskosten: cent, besetzt: monate(k) });
  }
  s.stellen.forEach((st, i) => {
    if (st.art === "landeslehrer" || !stelleImJahr(st, jahr)) return;
    if (s.personalkostenPauschale && st.art === "kommunal") return;
    const k = schluessel[i];
    liste.push({
      schluessel: k,
      bezeichnung: st.bezeichnung || st.gruppe,
      art: st.art === "zusatz" ? "zusatz" : "grund",
      ...(st.foerderposition && !s.personalkostenPauschale ? { position: st.foerderposition } : {}),
      anteil: st.anteil,
      jahreskosten: personalkostenImPlanjahr(stellenKostenCent(st, s), a, jahr),
      besetzt: monate(k),
    });
  });
  const unbekannt = Object.keys(wahl.besetzungen ?? {}).filter((k) => !liste.some((st) => st.schluessel === k));
  if (unbekannt.length > 0) {
    throw new KiFehler("wert", `Besetzung für unbekannte Stellen: ${unbekannt.map((k) => `„${k}“`).join(", ")}.`);
  }
  return liste;
}

/** The Plan-Ist input of a scenario and its options (the current work, or a Stand's saved state). */
export function planIstGrundlage(
  szenarien: readonly Szenario[],
  mehrjahr: MehrjahrOptionen | null,
  wahl: PlanIstWahl = {},
): PlanIstGrundlage {
  const s = massgeblichesSzenario(szenarien, wahl.szenarioId);
  const jahr = wahl.jahr ?? s.jahr;
  const a = annahmenFuer(s, mehrjahr, jahr);
  const struktur = kostenstruktur(s, berechneSzenario(s));
  const j = projiziere(struktur, a, regelnFuer(szenarien)).jahre[0];
  const b = basiswerteImJahr(struktur, jahr);
  const projektmittel: Cent = j.sachkosten - j.querschnitt - j.it - j.raum;
  const eingabe: PlanIstEingabe = {
    jahr,
    koerperschaft: s.koerperschaft,
    regel: j.regel,
    stellen: planStellen(s, a, jahr, wahl),
    querschnittssatz: s.querschnittssatz,
    sachkosten: { it: j.it, raum: j.raum, projektmittel },
    sachausgaben: fortschreibung(b.sachausgaben, a.sachSteigerung, jahr - s.jahr),
  };
  const herleitung =
    jahr === s.jahr
      ? `Jahreswerte des Szenarios „${s.name}“ (${s.jahr}).`
      : `Jahreswerte des Szenarios „${s.name}“ (Preisstand ${s.jahr}) mit den Steigerungsraten der Mehrjahresplanung auf ${jahr} fortgeschrieben.`;
  return { eingabe, szenario: s, herleitung };
}

/** The Plan-Ist input of a frozen Stand: its saved scenarios and options, exactly as decided. */
export function planIstGrundlageAusStand(stand: Stand, wahl: PlanIstWahl = {}): PlanIstGrundlage {
  const o = stand.zustand.optionen;
  return planIstGrundlage(stand.zustand.szenarien, o.mehrjahrAktiv ? o.mehrjahr : null, wahl);
}
