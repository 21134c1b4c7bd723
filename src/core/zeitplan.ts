/**
 * Staff that comes and goes: posts (and the Sachausgaben) with an optional first and last year.
 * A post before its first or after its last year neither costs nor is funded; the ministry letter
 * of 28.12.2016 created the Ausbau posts from 2017 and limited the extra seconded teachers to
 * 2017–2019, partly 2020 (docs/QUELLEN.md#zeitraum).
 */
import type { Cent } from "./geld";
import type { Foerderposition, GrundstellenKosten } from "./foerderregeln";

/** Whether a year lies within an optional first and last year (absent = open on that side). */
export function imZeitraum(jahr: number, abJahr?: number, bisJahr?: number): boolean {
  return (abJahr === undefined || jahr >= abJahr) && (bisJahr === undefined || jahr <= bisJahr);
}

/** German wording of a period: "2017–2019", "ab 2017", "bis 2019" (open on neither side: ""). */
export function zeitraumText(abJahr?: number, bisJahr?: number): string {
  if (abJahr !== undefined && bisJahr !== undefined) return `${abJahr}–${bisJahr}`;
  if (abJahr !== undefined) return `ab ${abJahr}`;
  return bisJahr !== undefined ? `bis ${bisJahr}` : "";
}

/** One costed post with its period, in the cents of the price-base year. */
export interface Zeitstelle {
  /** "grund" = municipal base post, "zusatz" = extra post (funded from 2017). */
  art: "grund" | "zusatz";
  kosten: Cent;
  anteil: number;
  position?: Foerderposition;
  bezeichnung?: string;
  abJahr?: number;
  bisJahr?: number;
  /** Position in the scenario's list of posts (the sheets reference its row by it). */
  nr: number;
}

/**
 * The posts of a structure one by one, used where some post or the Sachausgaben have a period.
 * The structure's totals stay those of its own year (`stellenjahr`).
 */
export interface Zeitplan {
  stellenjahr: number;
  stellen: readonly Zeitstelle[];
  /** The base posts are covered by a stated total (Personalkostenpauschale): it applies in every year. */
  grundPauschal: boolean;
  /** Each base post is capped on its own (every costed base post has a Förderposition). */
  mitPositionen: boolean;
  sachausgabenAb?: number;
  sachausgabenBis?: number;
  /**
   * Every post line (seconded teachers and posts inside a stated total included) with its share and
   * period: the people who need a workstation and a desk in an office (see arbeitsplatzKoepfe).
   */
  koepfe?: readonly Kopfzeile[];
}

/** One post line as the workstations and offices count it. */
export interface Kopfzeile {
  anteil: number;
  abJahr?: number;
  bisJahr?: number;
  /** Position in the scenario's list of posts. */
  nr: number;
}

/**
 * People of a post line: its share rounded up to whole persons (a half post still needs a desk;
 * a line of 2 posts is two people). The one rule the projection and both sheet modes use.
 */
export function koepfeDerZeile(anteil: number): number {
  return anteil > 0 ? Math.ceil(anteil) : 0;
}

/**
 * The people of a year and of the plan's own year (whose workstations and offices the scenario
 * states). IT and room costs of a year are the scenario's × jahr / stellenjahr: a 2015 column does
 * not pay for the desks of posts that start in 2017. With nobody in the plan's own year the stated
 * counts apply unchanged (there is nothing to scale them by).
 */
export function arbeitsplatzKoepfe(plan: Zeitplan, jahr: number): { jahr: number; stellenjahr: number } {
  const zaehle = (j: number) =>
    (plan.koepfe ?? [])
      .filter((k) => imZeitraum(j, k.abJahr, k.bisJahr))
      .reduce((s, k) => s + koepfeDerZeile(k.anteil), 0);
  return { jahr: zaehle(jahr), stellenjahr: zaehle(plan.stellenjahr) };
}

/** An amount of the plan's own year (IT, rooms) scaled to the people of `jahr`; unrounded cents. */
export function nachKoepfen(betrag: Cent, plan: Zeitplan | null | undefined, jahr: number): Cent {
  if (!plan || wieImStellenjahr(plan, jahr)) return betrag;
  const k = arbeitsplatzKoepfe(plan, jahr);
  // Multiplied first, as the sheet formula does: whole cents × whole people stay exact.
  return k.stellenjahr === 0 ? betrag : (betrag * k.jahr) / k.stellenjahr;
}

/** The posts present in a year, split as the cost table and the refund need them. */
export interface PersonalImJahr {
  /** Base posts present this year (listed order). */
  grundposten: Zeitstelle[];
  zusatzposten: Zeitstelle[];
  grund: Cent;
  zusatz: Cent;
  zusatzstellen: number;
  grundstellen: GrundstellenKosten[] | null;
  /** The Sachausgaben are spent (and claimed) this year. */
  mitSachausgaben: boolean;
}

function summe(posten: readonly Zeitstelle[], wert: (z: Zeitstelle) => number): number {
  return posten.reduce((s, z) => s + wert(z), 0);
}

/** The posts of `plan` present in `jahr`; `pauschale` is the stated base total where grundPauschal. */
export function personalImJahr(plan: Zeitplan, jahr: number, pauschale: Cent): PersonalImJahr {
  const da = plan.stellen.filter((z) => imZeitraum(jahr, z.abJahr, z.bisJahr));
  const grundposten = da.filter((z) => z.art === "grund");
  const zusatzposten = da.filter((z) => z.art === "zusatz");
  const grundstellen = plan.mitPositionen
    ? grundposten.map((z) => ({
        position: z.position as Foerderposition,
        kosten: z.kosten,
        anteil: z.anteil,
        ...(z.bezeichnung !== undefined ? { bezeichnung: z.bezeichnung } : {}),
      }))
    : null;
  return {
    grundposten,
    zusatzposten,
    grund: plan.grundPauschal ? pauschale : summe(grundposten, (z) => z.kosten),
    zusatz: summe(zusatzposten, (z) => z.kosten),
    zusatzstellen: summe(zusatzposten, (z) => z.anteil),
    grundstellen,
    mitSachausgaben: imZeitraum(jahr, plan.sachausgabenAb, plan.sachausgabenBis),
  };
}

/** Whether `jahr` has exactly the posts of the plan's own year (then the year's totals apply unchanged). */
export function wieImStellenjahr(plan: Zeitplan, jahr: number): boolean {
  const im = (j: number) => (z: { abJahr?: number; bisJahr?: number }) => imZeitraum(j, z.abJahr, z.bisJahr);
  return (
    plan.stellen.every((z) => im(jahr)(z) === im(plan.stellenjahr)(z)) &&
    (plan.koepfe ?? []).every((z) => im(jahr)(z) === im(plan.stellenjahr)(z)) &&
    imZeitraum(jahr, plan.sachausgabenAb, plan.sachausgabenBis) ===
      imZeitraum(plan.stellenjahr, plan.sachausgabenAb, plan.sachausgabenBis)
  );
}
