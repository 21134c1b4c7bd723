/**
 * Plan against actual costs of one year, month by month, in cents (issue 27): the plan of a decided
 * Stand spread over the months its posts are filled, the actual costs beside it, the refund the rule
 * set allows for what was really spent, and a year-end forecast (actuals so far + plan for the
 * months after the last month with actuals, the "Stichmonat").
 *
 * Nothing here decides a rule of its own: the yearly figures come from the caller (the scenario
 * layer asks personalkostenImPlanjahr and the projection), the overhead is querschnittskosten, the
 * refund is berechneErstattung (per post zuwendungenJeStelle, its cap cut by months filled where
 * vakanzregel says so). A month splits a yearly figure by verteile, so twelve months add up to it.
 */
import { KiFehler } from "../fehler";
import {
  type Foerderposition,
  type Foerderregel,
  type Koerperschaft,
  type Vakanzregel,
  berechneErstattung,
  vakanzregel,
} from "../foerderregeln";
import { Cent, centMal } from "../geld";
import { querschnittskosten } from "../kostenaufstellung";
import { MONATE, Monatswerte, anzahlBesetzt, monatskosten, monatsraten, summeBis, verteile } from "./monate";

/** One costed post of the plan year. */
export interface PlanIstStelle {
  /** The key actual rows are matched by (shown on the sheet and in the pane; unique). */
  schluessel: string;
  bezeichnung: string;
  /** "grund": municipal base post; "zusatz": extra post (funded from 2017). */
  art: "grund" | "zusatz";
  /** The per-post cap of a base post; absent = the base posts are capped together. */
  position?: Foerderposition;
  anteil: number;
  /** Cost of twelve filled months in the plan year (personalkostenImPlanjahr), whole cents. */
  jahreskosten: Cent;
  /** The months planned as filled (besetzteMonate). */
  besetzt: Monatswerte<boolean>;
}

/** The cost lines beside the posts, with the keys actual rows use for them. */
export type Sachzeile = "querschnitt" | "it" | "raum" | "projektmittel";

export const SACHZEILEN: ReadonlyArray<{ zeile: Sachzeile; schluessel: string; bezeichnung: string }> = [
  { zeile: "querschnitt", schluessel: "Querschnitt", bezeichnung: "Querschnitts-/Sachkosten" },
  { zeile: "it", schluessel: "IT", bezeichnung: "IT-Standardarbeitsplatz" },
  { zeile: "raum", schluessel: "Raum", bezeichnung: "Raumkosten" },
  { zeile: "projektmittel", schluessel: "Projektmittel", bezeichnung: "Projektmittel" },
];

export interface PlanIstEingabe {
  jahr: number;
  koerperschaft: Koerperschaft;
  /** The rule set of the plan year; null = no refund claimed. */
  regel: Foerderregel | null;
  stellen: readonly PlanIstStelle[];
  /** The overhead rate: overhead = rate × personnel costs (kostenaufstellung.querschnittskosten). */
  querschnittssatz: number;
  /** Yearly plan amounts of IT, rooms and project funds in the plan year (the projection's), whole cents. */
  sachkosten: Readonly<Record<Exclude<Sachzeile, "querschnitt">, Cent>>;
  /** Sachausgaben claimed under the Pauschale in the plan year (part of the project funds). */
  sachausgaben: Cent;
}

/** Actual costs per line key (a post's schluessel or a SACHZEILEN key): twelve months, null = none reported. */
export type Istwerte = Readonly<Record<string, Monatswerte<Cent | null>>>;

export type PlanIstZeilenart = "stelle" | Sachzeile;

export interface PlanIstZeile {
  schluessel: string;
  bezeichnung: string;
  art: PlanIstZeilenart;
  plan: Cent[];
  /** Actual costs; 0 where none was reported and after the Stichmonat. */
  ist: Cent[];
  /** Whether an actual value was reported (or derived) for the month. */
  istGemeldet: boolean[];
  /** Overhead without actual rows: the rate × the actual personnel costs of the month. */
  istAbgeleitet: boolean;
  /** Months 1 … Stichmonat actual, the later months plan. */
  prognose: Cent[];
}

/** The refund of one post under four views; null for base posts capped together (no per-post figure). */
export interface StellenErstattungPlanIst {
  schluessel: string;
  bezeichnung: string;
  planJahr: Cent | null;
  planBisStichmonat: Cent | null;
  zustehend: Cent | null;
  prognoseJahr: Cent | null;
  /** Months filled: in the plan (year), with actual costs (up to the Stichmonat), in the forecast (year). */
  monatePlan: number;
  monateIst: number;
  monatePrognose: number;
}

export interface ErstattungPlanIst {
  /** The refund planned for the year, and for the months up to the Stichmonat. */
  planJahr: Cent;
  planBisStichmonat: Cent;
  /** The refund the rule set allows for the actual spending up to the Stichmonat. */
  zustehend: Cent;
  /** The refund for the forecast of the year. */
  prognoseJahr: Cent;
  jeStelle: StellenErstattungPlanIst[];
}

export interface PlanIstErgebnis {
  jahr: number;
  /** The last month with an actual value (0 = no actuals yet). */
  stichmonat: number;
  zeilen: PlanIstZeile[];
  /** Totals per month: the posts (personnel costs) and all lines. */
  personal: Summenzeile;
  gesamt: Summenzeile;
  erstattung: ErstattungPlanIst;
  vakanz: Vakanzregel;
  /** German notes the sheet and the pane show (lines without actuals, months counted as 0 …). */
  hinweise: string[];
}

export interface Summenzeile {
  plan: Cent[];
  ist: Cent[];
  prognose: Cent[];
}

function pruefeEingabe(e: PlanIstEingabe, ist: Istwerte): void {
  const schluessel = new Set<string>();
  for (const st of e.stellen) {
    if (schluessel.has(st.schluessel)) throw new KiFehler("wert", `Der Schlüssel „${st.schluessel}“ ist doppelt.`);
    schluessel.add(st.schluessel);
    if (!Number.isInteger(st.jahreskosten) || st.jahreskosten < 0 || st.besetzt.length !== MONATE) {
      throw new KiFehler("wert", `Die Stelle „${st.bezeichnung}“ braucht Jahreskosten ≥ 0 und zwölf Monate.`);
    }
  }
  for (const z of SACHZEILEN) schluessel.add(z.schluessel);
  for (const [k, werte] of Object.entries(ist)) {
    if (!schluessel.has(k)) throw new KiFehler("wert", `Ist-Werte für den unbekannten Schlüssel „${k}“.`);
    if (werte.length !== MONATE || werte.some((w) => w !== null && !Number.isInteger(w))) {
      throw new KiFehler("wert", `Die Ist-Werte von „${k}“ müssen zwölf Monatsbeträge in ganzen Cent sein.`);
    }
  }
}

/** The last month for which any line reports an actual value; 0 = none. */
export function stichmonatDer(ist: Istwerte): number {
  let m = 0;
  for (const werte of Object.values(ist)) {
    for (let i = MONATE - 1; i >= m; i--) {
      if (werte[i] !== null && werte[i] !== undefined) {
        m = i + 1;
        break;
      }
    }
  }
  return m;
}

function monatsSumme(zeilen: readonly PlanIstZeile[], feld: "plan" | "ist" | "prognose"): Cent[] {
  return Array.from({ length: MONATE }, (_, i) => zeilen.reduce((s, z) => s + z[feld][i], 0));
}

function summenzeile(zeilen: readonly PlanIstZeile[]): Summenzeile {
  return {
    plan: monatsSumme(zeilen, "plan"),
    ist: monatsSumme(zeilen, "ist"),
    prognose: monatsSumme(zeilen, "prognose"),
  };
}

/** A line from its plan and reported actuals (months after the Stichmonat: none). */
function zeile(
  kopf: Pick<PlanIstZeile, "schluessel" | "bezeichnung" | "art">,
  plan: Cent[],
  gemeldet: Monatswerte<Cent | null> | undefined,
  stichmonat: number,
): PlanIstZeile {
  const istGemeldet = plan.map((_, i) => i < stichmonat && gemeldet !== undefined && gemeldet[i] !== null);
  const ist = plan.map((_, i) => (istGemeldet[i] ? ((gemeldet as Monatswerte<Cent | null>)[i] ?? 0) : 0));
  const prognose = plan.map((p, i) => (i < stichmonat ? ist[i] : p));
  return { ...kopf, plan, ist, istGemeldet, istAbgeleitet: false, prognose };
}

/** Overhead: the year's figure spread like the personnel costs; actuals reported, or rate × actual personnel. */
function querschnittZeile(e: PlanIstEingabe, personal: Summenzeile, ist: Istwerte, stichmonat: number): PlanIstZeile {
  const kopf = SACHZEILEN[0];
  const jahr = querschnittskosten(summeBis(personal.plan), e.querschnittssatz);
  const plan = verteile(jahr, personal.plan);
  const gemeldet = ist[kopf.schluessel];
  if (gemeldet !== undefined) return zeile({ ...kopf, art: "querschnitt" }, plan, gemeldet, stichmonat);
  const abgeleitet = personal.ist.map((p, i) => (i < stichmonat ? centMal(p, e.querschnittssatz) : null));
  return { ...zeile({ ...kopf, art: "querschnitt" }, plan, abgeleitet, stichmonat), istAbgeleitet: true };
}

/** The lines of the year: posts in listed order, then overhead, IT, rooms, project funds. */
function baueZeilen(e: PlanIstEingabe, ist: Istwerte, stichmonat: number): PlanIstZeile[] {
  const stellen = e.stellen.map((st) =>
    zeile(
      { schluessel: st.schluessel, bezeichnung: st.bezeichnung, art: "stelle" },
      monatskosten(st.jahreskosten, st.besetzt),
      ist[st.schluessel],
      stichmonat,
    ),
  );
  const personal = summenzeile(stellen);
  const sach = SACHZEILEN.slice(1).map((k) =>
    zeile(
      { schluessel: k.schluessel, bezeichnung: k.bezeichnung, art: k.zeile },
      monatsraten(e.sachkosten[k.zeile as Exclude<Sachzeile, "querschnitt">]),
      ist[k.schluessel],
      stichmonat,
    ),
  );
  return [...stellen, querschnittZeile(e, personal, ist, stichmonat), ...sach];
}

/** What one view of the year costs per post and in project funds, and how many months each post is filled. */
interface Sicht {
  kosten: readonly Cent[];
  monate: readonly number[];
  projektmittel: Cent;
}

/** The refund for one view, through THE refund calculation; months cut the caps where the rule set says so. */
function anspruch(e: PlanIstEingabe, v: Sicht, kuerzen: boolean): { betrag: Cent; jeStelle: Array<Cent | null> } {
  if (!e.regel) return { betrag: 0, jeStelle: e.stellen.map(() => 0) };
  const einzeln = e.stellen.filter((st) => st.art === "grund").every((st) => st.position !== undefined);
  const monate = (i: number) => (kuerzen ? { monate: v.monate[i] } : {});
  // A credit booked later (Storno) can make a post's actuals negative: nothing is refunded for it.
  const kosten = (i: number) => Math.max(0, v.kosten[i]);
  const idx = e.stellen.map((_, i) => i);
  const grund = idx.filter((i) => e.stellen[i].art === "grund");
  const zusatz = idx.filter((i) => e.stellen[i].art === "zusatz");
  const r = berechneErstattung(e.regel, {
    koerperschaft: e.koerperschaft,
    personalkosten: grund.reduce((s, i) => s + kosten(i), 0),
    grundstellen: einzeln
      ? grund.map((i) => ({
          position: e.stellen[i].position as Foerderposition,
          kosten: kosten(i),
          anteil: e.stellen[i].anteil,
          bezeichnung: e.stellen[i].bezeichnung,
          ...monate(i),
        }))
      : null,
    zusatzstellen: zusatz.reduce((s, i) => s + e.stellen[i].anteil, 0),
    zusatzkosten: null,
    zusatzposten: zusatz.map((i) => ({ kosten: kosten(i), anteil: e.stellen[i].anteil, ...monate(i) })),
    // The Pauschale is claimed for what was spent on project funds, at most the planned claim.
    sachausgaben: Math.min(e.sachausgaben, Math.max(0, v.projektmittel)),
  });
  const jeStelle: Array<Cent | null> = e.stellen.map(() => null);
  if (r.stellen) grund.forEach((i, k) => (jeStelle[i] = (r.stellen as NonNullable<typeof r.stellen>)[k].betrag));
  zusatz.forEach((i, k) => (jeStelle[i] = r.zusatzstellenJe?.[k]?.betrag ?? 0));
  return { betrag: r.betrag, jeStelle };
}

function monateBis(besetzt: Monatswerte<boolean>, bis: number): number {
  return anzahlBesetzt(besetzt.slice(0, bis));
}

/** The four views of the refund: plan (year, up to the Stichmonat), due for the actuals, forecast. */
function erstattung(
  e: PlanIstEingabe,
  zeilen: readonly PlanIstZeile[],
  m: number,
  kuerzen: boolean,
): ErstattungPlanIst {
  const posten = zeilen.slice(0, e.stellen.length);
  const pm = zeilen.find((z) => z.art === "projektmittel") as PlanIstZeile;
  const istBesetzt = posten.map((z) => z.ist.map((w, i) => i < m && w > 0));
  const progBesetzt = e.stellen.map((st, k) => st.besetzt.map((b, i) => (i < m ? istBesetzt[k][i] : b)));
  const sichten: Sicht[] = [
    {
      kosten: posten.map((z) => summeBis(z.plan)),
      monate: e.stellen.map((st) => monateBis(st.besetzt, MONATE)),
      projektmittel: summeBis(pm.plan),
    },
    {
      kosten: posten.map((z) => summeBis(z.plan, m)),
      monate: e.stellen.map((st) => monateBis(st.besetzt, m)),
      projektmittel: summeBis(pm.plan, m),
    },
    {
      kosten: posten.map((z) => summeBis(z.ist, m)),
      monate: istBesetzt.map((b) => anzahlBesetzt(b)),
      projektmittel: summeBis(pm.ist, m),
    },
    {
      kosten: posten.map((z) => summeBis(z.prognose)),
      monate: progBesetzt.map((b) => anzahlBesetzt(b)),
      projektmittel: summeBis(pm.prognose),
    },
  ];
  const [planJahr, planBis, zustehend, prognose] = sichten.map((v) => anspruch(e, v, kuerzen));
  return {
    planJahr: planJahr.betrag,
    planBisStichmonat: planBis.betrag,
    zustehend: zustehend.betrag,
    prognoseJahr: prognose.betrag,
    jeStelle: e.stellen.map((st, i) => ({
      schluessel: st.schluessel,
      bezeichnung: st.bezeichnung,
      planJahr: planJahr.jeStelle[i],
      planBisStichmonat: planBis.jeStelle[i],
      zustehend: zustehend.jeStelle[i],
      prognoseJahr: prognose.jeStelle[i],
      monatePlan: sichten[0].monate[i],
      monateIst: sichten[2].monate[i],
      monatePrognose: sichten[3].monate[i],
    })),
  };
}

function hinweiseZu(e: PlanIstEingabe, zeilen: readonly PlanIstZeile[], m: number, kuerzen: boolean): string[] {
  const h: string[] = [];
  if (m === 0) h.push("Noch keine Ist-Werte: Die Prognose ist der Plan.");
  for (const z of zeilen) {
    if (z.istAbgeleitet) {
      h.push(`${z.bezeichnung}: keine Ist-Werte eingelesen; als Satz × Ist-Personalkosten des Monats berechnet.`);
      continue;
    }
    const fehlend = z.istGemeldet.slice(0, m).flatMap((g, i) => (g ? [] : [i + 1]));
    if (fehlend.length > 0) {
      h.push(`${z.bezeichnung} (${z.schluessel}): keine Ist-Werte für Monat ${fehlend.join(", ")}; als 0 € gezählt.`);
    }
  }
  const grund = e.stellen.filter((st) => st.art === "grund");
  if (e.regel && kuerzen && grund.length > 0 && grund.some((st) => st.position === undefined)) {
    h.push(
      "Die Grundstellen haben keine Förderpositionen: Ihr gemeinsamer Höchstbetrag wird nicht nach Monaten gekürzt.",
    );
  }
  return h;
}

/**
 * Plan and actuals of one year. `ist` holds the actual rows already matched to the lines
 * (planIst/import); the Stichmonat is the last month any of them reports.
 */
export function planIst(e: PlanIstEingabe, ist: Istwerte = {}): PlanIstErgebnis {
  pruefeEingabe(e, ist);
  const m = stichmonatDer(ist);
  const zeilen = baueZeilen(e, ist, m);
  const vakanz = vakanzregel(e.regel);
  const kuerzen = vakanz.kuerzung === "monatsanteilig";
  return {
    jahr: e.jahr,
    stichmonat: m,
    zeilen,
    personal: summenzeile(zeilen.filter((z) => z.art === "stelle")),
    gesamt: summenzeile(zeilen),
    erstattung: erstattung(e, zeilen, m, kuerzen),
    vakanz,
    hinweise: hinweiseZu(e, zeilen, m, kuerzen),
  };
}
