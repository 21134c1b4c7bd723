/**
 * Kreisumlage (§ 56 KrO NRW): how an extra net cost of the Kreis falls on its member
 * municipalities, in proportion to their Umlagegrundlagen (docs/QUELLEN.md#kreisumlage).
 *
 * Shares are whole cents and sum exactly to the amount: each member first gets its share rounded
 * down, and the cents left over go one each to the members with the largest remainders
 * (Hare–Niemeyer). Ties go to the larger Umlagegrundlage, then to the member listed first. The
 * products can exceed 2^53, so the division is done in BigInt.
 */
import { alsDezimal, kurzeStellen } from "./dezimal";
import { produktFehler } from "./doppeltGenau";
import { KiFehler } from "./fehler";
import { Cent, formatEuro, rundeKaufmaennisch, zahlText } from "./geld";

function pruefeGrundlagen(grundlagen: readonly Cent[]): bigint {
  let summe = 0n;
  for (const g of grundlagen) {
    if (!Number.isInteger(g))
      throw new KiFehler("wert", `Eine Umlagegrundlage ist kein Betrag in ganzen Cent: ${zahlText(g)}.`);
    if (g < 0) {
      throw new KiFehler("wert", `Umlagegrundlagen dürfen nicht negativ sein, erhalten: ${formatEuro(g)}.`);
    }
    summe += BigInt(g);
  }
  if (summe === 0n) {
    throw new KiFehler(
      "wert",
      "Die Summe der Umlagegrundlagen ist 0. Bitte die Umlagegrundlagen der Mitgliedsgemeinden eintragen.",
    );
  }
  return summe;
}

/** betrag × UGᵢ / Σ UG in whole cents, summing exactly to betrag (largest remainder). */
export function umlageAnteile(betrag: Cent, grundlagen: readonly Cent[]): Cent[] {
  pruefeGrundlagen(grundlagen);
  return verteileNachGewichten(betrag, grundlagen.map(BigInt));
}

/**
 * The same split with Umlagegrundlagen exactly as typed, sub-cent digits included (each taken as
 * its 15-digit decimal, scaled to one common integer unit), as the sheet's own formulas use them.
 */
export function umlageAnteileGenau(betrag: Cent, grundlagenEuro: readonly number[]): Cent[] {
  for (const g of grundlagenEuro) {
    if (g < 0) throw new KiFehler("wert", `Umlagegrundlagen dürfen nicht negativ sein, erhalten: ${zahlText(g)} €.`);
  }
  const schnell = umlageInDoubles(betrag, grundlagenEuro);
  if (schnell !== null) return schnell;
  // A member with 0 (an empty row, the rest of a whole column) receives 0: its remainder is 0, and
  // the cents left over go only to remainders above 0. So only the others are weighed.
  const nr: number[] = [];
  for (let i = 0; i < grundlagenEuro.length; i++) if (grundlagenEuro[i] !== 0) nr.push(i);
  const d = nr.map((i) => alsDezimal(grundlagenEuro[i]));
  let stellen = 0;
  for (const x of d) stellen = Math.max(stellen, x.stellen);
  const gewichte = d.map((x) => x.ziffern * 10n ** BigInt(stellen - x.stellen));
  if (gewichte.every((g) => g === 0n)) pruefeGrundlagen([0]);
  const anteile = new Array<Cent>(grundlagenEuro.length).fill(0);
  const verteilt = verteileNachGewichten(betrag, gewichte);
  for (let k = 0; k < nr.length; k++) anteile[nr[k]] = verteilt[k];
  return anteile;
}

/** 10^k for the places kurzeStellen finds (0 … 6): exact doubles. */
const ZEHNER = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Bounds of umlageInDoubles: weights and their sum, and each product amount × weight. */
const SUMME_MAX = 2 ** 50;
const PRODUKT_MAX = 2 ** 90;

/**
 * umlageAnteileGenau without BigInt, where the same integers fit in doubles: every Umlagegrundlage a
 * short decimal (kurzeStellen), the weights on the common scale and their sum below 2^50, the amount
 * whole cents, each product amount × weight below 2^90. The product is split exactly (Dekker); its
 * quotient by the sum is estimated and corrected until the remainder, computed exactly from the
 * split parts (Sterbenz, integers below 2^53), lies in [0, sum). So every share and remainder is
 * the integer the BigInt path finds, ordered by the same rule. Null otherwise (then BigInt).
 */
function umlageInDoubles(betrag: Cent, grundlagenEuro: readonly number[]): Cent[] | null {
  const n = grundlagenEuro.length;
  if (!Number.isInteger(betrag) || !(Math.abs(betrag) < SUMME_MAX)) return null;
  const k = new Array<number>(n);
  let stellen = 0;
  for (let i = 0; i < n; i++) {
    k[i] = grundlagenEuro[i] === 0 ? 0 : kurzeStellen(grundlagenEuro[i]);
    if (k[i] < 0) return null;
    if (k[i] > stellen) stellen = k[i];
  }
  const w = new Array<number>(n);
  let summe = 0;
  for (let i = 0; i < n; i++) {
    w[i] = Math.round(grundlagenEuro[i] * ZEHNER[k[i]]) * ZEHNER[stellen - k[i]];
    summe += w[i];
    if (!(w[i] <= SUMME_MAX && summe <= SUMME_MAX)) return null;
  }
  if (summe === 0) return null; // the BigInt path says why
  const b = Math.abs(betrag);
  const anteile = new Array<number>(n).fill(0);
  const reste = new Array<number>(n).fill(0);
  const nr: number[] = [];
  let verteilt = 0;
  for (let i = 0; i < n; i++) {
    if (w[i] === 0) continue;
    const p = b * w[i];
    if (!(p <= PRODUKT_MAX)) return null;
    let q = Math.floor(p / summe);
    const p2 = q * summe;
    let r = p - p2 + (produktFehler(b, w[i], p) - produktFehler(q, summe, p2));
    while (r < 0) (q--, (r += summe));
    while (r >= summe) (q++, (r -= summe));
    anteile[i] = q;
    reste[i] = r;
    verteilt += q;
    nr.push(i);
  }
  nr.sort((i, j) => reste[j] - reste[i] || w[j] - w[i] || i - j);
  const uebrig = b - verteilt;
  for (let x = 0; x < uebrig; x++) anteile[nr[x]] += 1;
  const vorzeichen = betrag < 0 ? -1 : 1;
  for (let i = 0; i < n; i++) anteile[i] = anteile[i] === 0 ? 0 : vorzeichen * anteile[i];
  return anteile;
}

function verteileNachGewichten(betrag: Cent, gewichte: readonly bigint[]): Cent[] {
  if (!Number.isInteger(betrag))
    throw new KiFehler("wert", `Der Umlagebetrag ist kein Betrag in ganzen Cent: ${zahlText(betrag)}.`);
  const summe = gewichte.reduce((a, g) => a + g, 0n);
  // A negative amount (the KI relieves the Kreis) is spread like a positive one, with the sign flipped.
  const vorzeichen = betrag < 0 ? -1 : 1;
  const b = BigInt(Math.abs(betrag));
  const anteile: bigint[] = [];
  const reste: bigint[] = [];
  let verteilt = 0n;
  for (const g of gewichte) {
    const p = b * g;
    anteile.push(p / summe);
    reste.push(p % summe);
    verteilt += p / summe;
  }
  const uebrig = Number(b - verteilt);
  const reihenfolge = gewichte
    .map((_, i) => i)
    .sort((i, j) => {
      if (reste[i] !== reste[j]) return reste[i] > reste[j] ? -1 : 1;
      if (gewichte[i] !== gewichte[j]) return gewichte[j] > gewichte[i] ? 1 : -1;
      return i - j;
    });
  for (let k = 0; k < uebrig; k++) anteile[reihenfolge[k]] += 1n;
  return anteile.map((a) => {
    const n = vorzeichen * Number(a);
    return n === 0 ? 0 : n;
  });
}

/** Rate points of the Kreisumlage that an extra cost ΔC equals: ΔC / Σ UG × 100. */
export function hebesatzpunkte(betrag: Cent, grundlagen: readonly Cent[]): number {
  const summe = pruefeGrundlagen(grundlagen);
  return (betrag / Number(summe)) * 100;
}

export interface Umlageposition {
  /** Umlagegrundlagen in cents; 0 for a member not yet entered. */
  grundlage: Cent;
  /** § 56 Abs. 4 KrO: share of its burden the member is relieved of, 0 … 1. */
  minderbelastung: number;
}

export interface Umlageverteilung {
  /** Share by Umlagegrundlagen alone. */
  anteile: Cent[];
  /** Amount each member is relieved of: round(mᵢ × anteilᵢ). */
  entlastungen: Cent[];
  /** Relieved amounts carried by the members without reduction, in proportion to their Umlagegrundlagen. */
  mehrbelastungen: Cent[];
  /** What each member pays: anteil − entlastung + mehrbelastung. Sums exactly to the amount. */
  belastungen: Cent[];
  /** ΔC / Σ UG × 100. */
  hebesatzpunkte: number;
}

/** Why a list of members cannot carry its reductions (§ 56 Abs. 4 KrO), shared by pane, sheet and CLI. */
export const OHNE_TRAEGER_MELDUNG =
  "Jede Gemeinde hat eine Minderbelastung (§ 56 Abs. 4 KrO). Den Betrag, um den eine Gemeinde entlastet wird, " +
  "tragen die Gemeinden ohne Minderbelastung; hier gibt es keine: niemand kann die Minderbelastung tragen, und " +
  "die Umlage würde auf niemanden verteilt. Bitte bei mindestens einer Gemeinde mit Umlagegrundlage 0 % eintragen.";

/**
 * The rule that a reduction needs someone to carry it, decided before any amount is known: some member
 * is relieved (m > 0) and no member could carry it (m = 0 with a basis that is not 0; a basis not yet
 * entered, null, may still become one). Null when the members can carry their reductions.
 */
export function minderbelastungOhneTraeger(
  mitglieder: ReadonlyArray<{ grundlage: number | null; minderbelastung: number }>,
): string | null {
  if (!mitglieder.some((m) => m.minderbelastung > 0)) return null;
  return mitglieder.some((m) => m.minderbelastung === 0 && m.grundlage !== 0) ? null : OHNE_TRAEGER_MELDUNG;
}

/**
 * Spreads `betrag` over the members, with the § 56 Abs. 4 KrO reduction:
 *
 *   1. anteilᵢ = betrag × UGᵢ / Σ UG (largest remainder, sums to betrag);
 *   2. entlastungᵢ = round(mᵢ × anteilᵢ), half away from zero;
 *   3. E = Σ entlastungᵢ is spread over the members with mⱼ = 0 in proportion to their UG
 *      (largest remainder again): mehrbelastungⱼ;
 *   4. belastungᵢ = anteilᵢ − entlastungᵢ + mehrbelastungᵢ.
 *
 * The sum of the burdens is exactly betrag. If every member with a basis is relieved, nobody can
 * carry the rest: #ZAHL! with a message.
 */
export function verteileUmlage(betrag: Cent, mitglieder: readonly Umlageposition[]): Umlageverteilung {
  const grundlagen = mitglieder.map((m) => m.grundlage);
  for (const m of mitglieder) {
    if (!(m.minderbelastung >= 0 && m.minderbelastung <= 1)) {
      throw new KiFehler(
        "wert",
        `Die Minderbelastung muss zwischen 0 und 1 liegen (25 % = 0,25), erhalten: ${zahlText(m.minderbelastung)}.`,
      );
    }
  }
  const ohneTraeger = minderbelastungOhneTraeger(mitglieder);
  if (ohneTraeger) throw new KiFehler("wert", ohneTraeger);
  const anteile = umlageAnteile(betrag, grundlagen);
  const entlastungen = anteile.map((a, i) => rundeKaufmaennisch(a * mitglieder[i].minderbelastung));
  const summeEntlastung = entlastungen.reduce((x, y) => x + y, 0);
  let mehrbelastungen = mitglieder.map(() => 0);
  if (summeEntlastung !== 0) {
    const traeger = mitglieder.map((m) => (m.minderbelastung === 0 ? m.grundlage : 0));
    if (traeger.every((g) => g === 0)) {
      throw new KiFehler(
        "wert",
        "Alle Gemeinden mit Umlagegrundlagen sind entlastet; niemand kann die Minderbelastung tragen (§ 56 Abs. 4 KrO).",
      );
    }
    mehrbelastungen = umlageAnteile(summeEntlastung, traeger);
  }
  return {
    anteile,
    entlastungen,
    mehrbelastungen,
    belastungen: anteile.map((a, i) => a - entlastungen[i] + mehrbelastungen[i]),
    hebesatzpunkte: hebesatzpunkte(betrag, grundlagen),
  };
}

/** The 19 member municipalities of the Rhein-Sieg-Kreis (source: docs/QUELLEN.md#kreisumlage). */
export const RHEIN_SIEG_GEMEINDEN: readonly string[] = [
  "Alfter",
  "Bad Honnef",
  "Bornheim",
  "Eitorf",
  "Hennef",
  "Königswinter",
  "Lohmar",
  "Meckenheim",
  "Much",
  "Neunkirchen-Seelscheid",
  "Niederkassel",
  "Rheinbach",
  "Ruppichteroth",
  "Sankt Augustin",
  "Siegburg",
  "Swisttal",
  "Troisdorf",
  "Wachtberg",
  "Windeck",
];
