/**
 * Multi-year planning in cents: carrying amounts forward by a yearly rate, present values, and the
 * year-by-year projection of a cost structure with the funding rules valid in each year.
 *
 * The rates are the user's own assumptions (pay rises, price rises, discount rate); nothing here
 * knows an "official" rate.
 */
import { KiFehler } from "./fehler";
import { alsDezimal, rundeBruch } from "./dezimal";
import { Dd, ddMalNach, ddPotenz, einsPlusDezimal } from "./doppeltGenau";
import { Cent, zahlText } from "./geld";
import { JAHR_MAX, JAHR_MIN, MAX_BETRAG_EURO, MAX_PLANJAHRE } from "./grenzen";
import {
  FOERDERREGELN,
  Foerderregel,
  Foerderstelle,
  GrundstellenKosten,
  Koerperschaft,
  angewandteFoerderregel,
  berechneErstattung,
  ersteFoerderung,
} from "./foerderregeln";
import { querschnittskosten } from "./kostenaufstellung";
import { Zeitplan, nachKoepfen, personalImJahr } from "./zeitplan";

/** Rates outside this range are typing errors (−100 % would wipe out every amount). */
export function pruefeRate(rate: number, name: string): void {
  if (!Number.isFinite(rate) || rate <= -1 || rate > 1) {
    throw new KiFehler(
      "wert",
      `${name} muss größer als −100 % und höchstens 100 % sein (2,5 % = 0,025), erhalten: ${zahlText(rate)}.`,
    );
  }
}

/**
 * betrag × (1 + steigerung)^jahre, rounded once to whole cents (half away from zero). Negative
 * years discount back: the amount that grows into `betrag` in that many years.
 */
export function fortschreibung(betrag: Cent, steigerung: number, jahre: number): Cent {
  pruefeRate(steigerung, "Die Steigerung");
  if (!Number.isInteger(jahre))
    throw new KiFehler("wert", `Die Zahl der Jahre muss ganz sein, erhalten: ${zahlText(jahre)}.`);
  return innerhalbDerGrenze(
    abgezinsteSumme([betrag], steigerung, -jahre),
    "Der fortgeschriebene Betrag liegt über 1 Billion €. Bitte Steigerung und Jahre prüfen.",
  );
}

function innerhalbDerGrenze(cent: bigint, meldung: string): Cent {
  if (cent > BigInt(MAX_BETRAG_EURO * 100) || cent < -BigInt(MAX_BETRAG_EURO * 100)) {
    throw new KiFehler("wert", meldung);
  }
  const r = Number(cent);
  return r === 0 ? 0 : r;
}

/**
 * Σᵢ zᵢ / (1 + r)^(i + erster), exactly: every amount and the rate taken as their 15-digit
 * decimals, one common denominator, rounded once (half away from zero). Doubles lose a cent here
 * for large amounts over many years; BigInt does not.
 */
function abgezinsteSumme(alle: readonly number[], rate: number, erster: number): bigint {
  // Payments of 0 add exactly 0 in every path: those at the end (the empty rest of a whole column)
  // are cut off, so no path walks through them.
  let n = alle.length;
  while (n > 0 && alle[n - 1] === 0) n--;
  const zahlungen = n === alle.length ? alle : alle.slice(0, n);
  let schnell = abgezinsteSummeSchnell(zahlungen, rate, erster);
  if (schnell === null) {
    // Many years, or a factor beyond the range of doubles: the double-double path decides almost
    // every such sum in linear time.
    const q = einsPlusDezimal(rate);
    if (q !== null) schnell = abgezinsteSummeDoppelt(zahlungen, q, erster);
  }
  if (schnell !== null) return BigInt(schnell);
  return gewissZuGross(zahlungen, rate, erster) ?? abgezinsteSummeGenau(zahlungen, rate, erster);
}

const U = 2 ** -53;

/**
 * The fast path with the factor (1 + r)^k in double-double (doppeltGenau.ts) and the sum
 * compensated (Neumaier): each term is off by a few roundings of its own, the sum by two of the
 * result, so the bound does not grow with the years. An amount that is no whole number of cents
 * may differ from its 15-digit decimal by one cut more. Null where the bound does not decide the
 * rounding, or where a factor leaves the range of doubles with payments still to come (then the
 * terms are huge: gewissZuGross or the exact path decide).
 */
function abgezinsteSummeDoppelt(zahlungen: readonly number[], q: Dd, erster: number): number | null {
  const start = ddPotenz(q, erster);
  let fh = start[0];
  let fl = start[1];
  const f = new Float64Array(2);
  let s = 0;
  let ausgleich = 0;
  let schranke = 0;
  const jeTerm = 8 * U + zahlungen.length * 4 * U * U;
  for (let i = 0; i < zahlungen.length; i++) {
    const z = zahlungen[i];
    const imBereich = fh > 1e-280 && fh < 1e280;
    if (z !== 0) {
      if (!imBereich) {
        // A growing factor beyond 10²⁸⁰: this and every later term is below |z| · 10⁻²⁸⁰, counted in
        // the bound, not in the sum. A factor below 10⁻²⁸⁰ (or NaN): huge terms, not for this path.
        if (!(fh >= 1e280 && q[0] >= 1)) return null;
        schranke += Math.abs(z) * 1e-280;
      } else {
        const t0 = z / fh;
        const t = t0 - t0 * (fl / fh);
        const neu = s + t;
        ausgleich += Math.abs(s) >= Math.abs(t) ? s - neu + t : t - neu + s;
        s = neu;
        schranke += Math.abs(t) * (Number.isInteger(z) && Math.abs(z) < 1e15 ? jeTerm : jeTerm + 1e-14);
      }
    }
    if (imBereich) {
      ddMalNach(f, fh, fl, q[0], q[1]); // no pair built per year
      fh = f[0];
      fl = f[1];
    }
  }
  const summe = s + ausgleich;
  schranke += 4 * U * Math.abs(summe);
  const abs = Math.abs(summe);
  if (!Number.isFinite(summe) || !Number.isFinite(schranke) || abs >= 2 ** 52) return null;
  if (Math.abs(abs - Math.floor(abs) - 0.5) <= 4 * schranke + 1e-300) return null;
  const r = Math.round(abs);
  return summe < 0 ? -r : r;
}

/**
 * Payments of one sign cannot cancel: the sum is at least its largest term. When one term alone is
 * far above any amount the functions accept (2^60 cents, vs. the limit of 10^14), the exact sum
 * need not be built (thousands of years at a negative rate: numbers of thousands of digits); a
 * number that surely fails the limit is returned instead. Null: decide exactly.
 */
function gewissZuGross(zahlungen: readonly number[], rate: number, erster: number): bigint | null {
  let positiv = false;
  let negativ = false;
  for (const z of zahlungen) {
    if (z > 0) positiv = true;
    else if (z < 0) negativ = true;
  }
  if (positiv === negativ) return null;
  const q = 1 + rate;
  let f = q ** erster;
  for (let i = 0; i < zahlungen.length; i++) {
    // A double term off by far less than a factor 2: 2^61 leaves room for every rounding. A factor
    // that underflowed to 0 (a negative rate over thousands of years) makes a payment's term
    // larger than any double: Infinity here, and surely too large.
    if (Math.abs(zahlungen[i]) / f > 2 ** 61) return positiv ? 2n ** 60n : -(2n ** 60n);
    f *= q;
  }
  return null;
}

/**
 * The same sum in doubles with a bound on its error; null when the bound does not decide the
 * rounding (the sum lies that close to a half cent) and the exact path must run. One power for the
 * first year, then one multiplication per year. Per year the factor can drift by the rate's
 * decimal cut (5·10⁻¹⁵ relative to r, seen through 1 + r) plus one rounding; each amount by its
 * own cut; the sum by one rounding per term. The bound takes four times all of that.
 */
function abgezinsteSummeSchnell(zahlungen: readonly number[], rate: number, erster: number): number | null {
  const q = 1 + rate;
  const jeJahr = (5e-15 * Math.abs(rate)) / q + 4e-16;
  let f = q ** erster;
  let s = 0;
  let schranke = 0;
  for (let i = 0; i < zahlungen.length; i++) {
    // A factor near overflow or underflow (subnormal: fewer digits) is not bounded here: the
    // double-double path or the exact one decides (before, an overflow made every term 0).
    if (!(f > 1e-290 && f < 1e290) && zahlungen[i] !== 0) return null;
    const t = zahlungen[i] / f;
    s += t;
    schranke += Math.abs(t) * ((Math.abs(i + erster) + 2) * jeJahr + 1e-14 + zahlungen.length * 2.3e-16);
    f *= q;
  }
  const abs = Math.abs(s);
  if (!Number.isFinite(s) || !Number.isFinite(schranke) || abs >= 2 ** 52) return null;
  if (Math.abs(abs - Math.floor(abs) - 0.5) <= 4 * schranke + 1e-300) return null;
  const r = Math.round(abs);
  return s < 0 ? -r : r;
}

/**
 * The exact sum as one fraction over the common denominator faktor^maxE · skala^(−minE) · 10^stellen.
 * The numerator is skala^a · faktor^b · Σᵢ zᵢ · skala^i · faktor^(n−1−i), summed by Horner's rule:
 * every step multiplies by the small factor or scale only, so the cost grows with n times the
 * numerator's length, not with a fresh power per year (20,000 years at −5 %: 42 s before).
 */
function abgezinsteSummeGenau(zahlungen: readonly number[], rate: number, erster: number): bigint {
  const r = alsDezimal(rate);
  const skala = 10n ** BigInt(r.stellen);
  const faktor = skala + r.ziffern; // (1 + r) = faktor / skala
  const n = zahlungen.length;
  const maxE = Math.max(0, erster + n - 1);
  const minE = Math.min(0, erster);
  const betraege = zahlungen.map(alsDezimal);
  let stellen = 0;
  for (const b of betraege) stellen = Math.max(stellen, b.stellen);
  let summe = 0n;
  let skalaHoch = 1n;
  for (let i = 0; i < n; i++) {
    const z = betraege[i].ziffern * 10n ** BigInt(stellen - betraege[i].stellen);
    summe = summe * faktor + z * skalaHoch;
    skalaHoch *= skala;
  }
  const zaehler = summe * skala ** BigInt(erster - minE) * faktor ** BigInt(maxE - (erster + n - 1));
  const nenner = faktor ** BigInt(maxE) * skala ** BigInt(-minE) * 10n ** BigInt(stellen);
  return rundeBruch(zaehler, nenner);
}

/**
 * Present value of yearly amounts z₁ … zₙ at rate r, valued at the date of year k:
 *
 *   BARWERT = Σᵢ zᵢ / (1 + r)^(i − k)
 *
 * k = 1 (the default) leaves the first year undiscounted: BARWERT = z₁ + NPV(r; z₂ … zₙ).
 * k = 0 is Excel's NPV convention, which discounts the first amount by one period:
 * BARWERT(z; r; 0) = NPV(r; z₁ … zₙ). Rounded once, at the end, to whole cents.
 */
export function barwert(zahlungen: readonly Cent[], zins: number, basisjahrIndex = 1): Cent {
  pruefeRate(zins, "Der Zinssatz");
  if (zahlungen.length === 0) throw new KiFehler("wert", "Es sind keine Zahlungen angegeben.");
  if (!Number.isInteger(basisjahrIndex) || basisjahrIndex < 0 || basisjahrIndex > zahlungen.length) {
    throw new KiFehler(
      "wert",
      `Der Basisjahr-Index muss eine ganze Zahl von 0 bis ${zahlungen.length} sein (1 = erstes Jahr), erhalten: ${zahlText(basisjahrIndex)}.`,
    );
  }
  return innerhalbDerGrenze(
    abgezinsteSumme(zahlungen, zins, 1 - basisjahrIndex),
    "Der Barwert liegt über 1 Billion €. Bitte Zahlungen und Zinssatz prüfen.",
  );
}

/** One organisational structure (baseline or KI) in the cents of its price-base year. */
export interface Kostenstruktur {
  name: string;
  koerperschaft: Koerperschaft;
  /** Personnel costs of the municipal base posts (eligible for the base funding). */
  personalGrund: Cent;
  /** Personnel costs of the extra posts (eligible from 2017). */
  personalZusatz: Cent;
  /** The base posts one by one where each has a Förderposition: then each is capped on its own. */
  grundstellen?: readonly GrundstellenKosten[] | null;
  zusatzstellen: number;
  /** The extra posts one by one (each capped on its own); absent = one total of `zusatzstellen` equal posts. */
  zusatzposten?: readonly Foerderstelle[] | null;
  querschnittssatz: number;
  /**
   * Overhead amount of the base year: round(personnel costs × querschnittssatz). The projection
   * takes the rate × each year's personnel costs instead; this amount serves the one-year analyses.
   */
  querschnitt: Cent;
  /** IT and room costs of the structure's own year, for the people present then. */
  it: Cent;
  raum: Cent;
  projektmittel: Cent;
  /** Part of the project funds claimed under the Sachausgabenpauschale. */
  sachausgaben: Cent;
  /** null = no state refund claimed; "auto" = the rule set valid in each year; otherwise a rule-set id. */
  regelwerk: string | null;
  /** Posts one by one with their first and last year, where some post or the Sachausgaben have one. */
  zeitplan?: Zeitplan | null;
}

export interface Mehrjahresannahmen {
  vonJahr: number;
  bisJahr: number;
  /** Year whose prices the structure's amounts are in; default vonJahr. */
  preisbasisJahr?: number;
  personalSteigerung: number;
  sachSteigerung: number;
  zinssatz: number;
}

export interface Jahreswerte {
  jahr: number;
  /** Rule set applied that year; null = no refund claimed or none existed (before 2012). */
  regel: Foerderregel | null;
  personal: Cent;
  /** Overhead: the rate × this year's personnel costs, rounded once. */
  querschnitt: Cent;
  /** IT workstations and offices for the people present this year, carried forward. */
  it: Cent;
  raum: Cent;
  /** Overhead, IT, rooms and project funds. */
  sachkosten: Cent;
  gesamtkosten: Cent;
  erstattung: Cent;
  eigenanteil: Cent;
}

export interface Projektion {
  struktur: Kostenstruktur;
  jahre: Jahreswerte[];
  summeEigenanteil: Cent;
  barwertEigenanteil: Cent;
}

export function pruefeMehrjahresannahmen(a: Mehrjahresannahmen): void {
  for (const [jahr, name] of [
    [a.vonJahr, "Das erste Jahr"],
    [a.bisJahr, "Das letzte Jahr"],
    [a.preisbasisJahr ?? a.vonJahr, "Das Preisbasisjahr"],
  ] as const) {
    if (!Number.isInteger(jahr) || jahr < JAHR_MIN || jahr > JAHR_MAX) {
      throw new KiFehler(
        "wert",
        `${name} muss eine ganze Jahreszahl zwischen ${JAHR_MIN} und ${JAHR_MAX} sein, erhalten: ${zahlText(jahr)}.`,
      );
    }
  }
  if (a.bisJahr < a.vonJahr)
    throw new KiFehler("wert", `Das letzte Jahr (${a.bisJahr}) liegt vor dem ersten (${a.vonJahr}).`);
  if (a.bisJahr - a.vonJahr + 1 > MAX_PLANJAHRE) {
    throw new KiFehler("wert", `Höchstens ${MAX_PLANJAHRE} Planjahre, erhalten: ${a.bisJahr - a.vonJahr + 1}.`);
  }
  pruefeRate(a.personalSteigerung, "Die Personalkostensteigerung");
  pruefeRate(a.sachSteigerung, "Die Sachkostensteigerung");
  pruefeRate(a.zinssatz, "Der Zinssatz");
}

/**
 * The rule set of a year, or null where a year has none (before 2012): there was no refund then.
 * A later year whose rule is not known throws (German, #NV): the user must choose one.
 */
export function regelImJahr(
  regelwerk: string | null,
  jahr: number,
  regeln: readonly Foerderregel[] = FOERDERREGELN,
): Foerderregel | null {
  if (regelwerk === null) return null;
  try {
    return angewandteFoerderregel(jahr, regelwerk, regeln);
  } catch (e) {
    const erstes = ersteFoerderung(regeln);
    if (e instanceof KiFehler && e.art === "nv" && erstes !== null && jahr < erstes) return null;
    throw e;
  }
}

/**
 * THE rule for personnel costs in a plan year (issue 24 item 3), asked by the projection and by the
 * Mehrjahresplanung sheet: the costs of the price-base year (the scenario's year: there a rate
 * table of another base year is already carried at the table's own rate, on Annahmen) carried to
 * `jahr` at the plan's Personalkostensteigerung, rounded once to cents. A table's rate bridges its
 * base year to the scenario's year only; from there on one rate holds for every post.
 */
export function personalkostenImPlanjahr(preisstandCent: Cent, a: Mehrjahresannahmen, jahr: number): Cent {
  return fortschreibung(preisstandCent, a.personalSteigerung, jahr - (a.preisbasisJahr ?? a.vonJahr));
}

/**
 * One year of a structure: personnel costs carried forward by the pay-rise rate (personalkostenImPlanjahr); the overhead as
 * the structure's rate × this year's personnel costs (the Rhein-Sieg table defines it as 30 % of
 * the personnel costs, not as an amount of its own); IT and rooms for the people present this
 * year and project funds, by the price rate; each line rounded on its own (as the sheet does),
 * and the refund under the rule set valid that year applied to the carried-forward costs.
 */
function jahreswerte(
  s: Kostenstruktur,
  a: Mehrjahresannahmen,
  jahr: number,
  regeln: readonly Foerderregel[] = FOERDERREGELN,
): Jahreswerte {
  const n = jahr - (a.preisbasisJahr ?? a.vonJahr);
  const b = basiswerteImJahr(s, jahr);
  const grund = personalkostenImPlanjahr(b.grund, a, jahr);
  const zusatz = personalkostenImPlanjahr(b.zusatz, a, jahr);
  const personal = grund + zusatz;
  const querschnitt = querschnittskosten(personal, s.querschnittssatz);
  const it = fortschreibung(b.it, a.sachSteigerung, n);
  const raum = fortschreibung(b.raum, a.sachSteigerung, n);
  const sachkosten = querschnitt + it + raum + fortschreibung(b.projektmittel, a.sachSteigerung, n);
  const regel = regelImJahr(s.regelwerk, jahr, regeln);
  const erstattung = regel
    ? berechneErstattung(regel, {
        koerperschaft: s.koerperschaft,
        personalkosten: grund,
        // Per post, each cost carried forward on its own, as the per-post caps need.
        grundstellen: b.grundstellen?.map((g) => ({ ...g, kosten: personalkostenImPlanjahr(g.kosten, a, jahr) })),
        zusatzstellen: b.zusatzstellen,
        zusatzkosten: zusatz,
        zusatzposten: b.zusatzposten?.map((z) => ({ ...z, kosten: personalkostenImPlanjahr(z.kosten, a, jahr) })),
        sachausgaben: fortschreibung(b.sachausgaben, a.sachSteigerung, n),
      }).betrag
    : 0;
  const gesamtkosten = personal + sachkosten;
  return {
    jahr,
    regel,
    personal,
    querschnitt,
    it,
    raum,
    sachkosten,
    gesamtkosten,
    erstattung,
    eigenanteil: gesamtkosten - erstattung,
  };
}

/** The amounts of a year in price-base cents: those of the structure, or of the posts present that year. */
export interface Basiswerte {
  grund: Cent;
  zusatz: Cent;
  zusatzstellen: number;
  zusatzposten: readonly Foerderstelle[] | null | undefined;
  grundstellen: readonly GrundstellenKosten[] | null | undefined;
  /** IT and rooms for the people of the year (unrounded where scaled; carried forward, then rounded). */
  it: Cent;
  raum: Cent;
  projektmittel: Cent;
  sachausgaben: Cent;
}

/**
 * Without a period on any post the structure's totals hold every year. With one, the year has the
 * posts present then; IT and rooms scale with the people present (zeitplan.nachKoepfen), and
 * Sachausgaben outside their years are neither spent (the project funds shrink by them) nor claimed.
 */
export function basiswerteImJahr(s: Kostenstruktur, jahr: number): Basiswerte {
  const plan = s.zeitplan;
  if (!plan) {
    return {
      grund: s.personalGrund,
      zusatz: s.personalZusatz,
      zusatzstellen: s.zusatzstellen,
      zusatzposten: s.zusatzposten,
      grundstellen: s.grundstellen,
      it: s.it,
      raum: s.raum,
      projektmittel: s.projektmittel,
      sachausgaben: s.sachausgaben,
    };
  }
  const p = personalImJahr(plan, jahr, s.personalGrund);
  return {
    grund: p.grund,
    zusatz: p.zusatz,
    zusatzstellen: p.zusatzstellen,
    zusatzposten: p.zusatzposten.map((z) => ({ kosten: z.kosten, anteil: z.anteil })),
    grundstellen: p.grundstellen,
    it: nachKoepfen(s.it, plan, jahr),
    raum: nachKoepfen(s.raum, plan, jahr),
    projektmittel: p.mitSachausgaben ? s.projektmittel : s.projektmittel - s.sachausgaben,
    sachausgaben: p.mitSachausgaben ? s.sachausgaben : 0,
  };
}

export function projiziere(
  s: Kostenstruktur,
  a: Mehrjahresannahmen,
  regeln: readonly Foerderregel[] = FOERDERREGELN,
): Projektion {
  pruefeMehrjahresannahmen(a);
  const jahre: Jahreswerte[] = [];
  for (let j = a.vonJahr; j <= a.bisJahr; j++) jahre.push(jahreswerte(s, a, j, regeln));
  const eigenanteile = jahre.map((j) => j.eigenanteil);
  return {
    struktur: s,
    jahre,
    summeEigenanteil: eigenanteile.reduce((x, y) => x + y, 0),
    barwertEigenanteil: barwert(eigenanteile, a.zinssatz),
  };
}

export interface Vergleichsjahr {
  jahr: number;
  /** Eigenanteil KI − Eigenanteil baseline (positive = the KI costs the Kreis more). */
  differenz: Cent;
  kumuliert: Cent;
}

export interface Mehrjahresvergleich {
  basis: Projektion;
  ki: Projektion;
  jahre: Vergleichsjahr[];
  summeDifferenz: Cent;
  barwertDifferenz: Cent;
}

export function vergleicheMehrjahre(
  basis: Kostenstruktur,
  ki: Kostenstruktur,
  a: Mehrjahresannahmen,
  regeln: readonly Foerderregel[] = FOERDERREGELN,
): Mehrjahresvergleich {
  const pb = projiziere(basis, a, regeln);
  const pk = projiziere(ki, a, regeln);
  let kumuliert = 0;
  const jahre = pk.jahre.map((j, i) => {
    const differenz = j.eigenanteil - pb.jahre[i].eigenanteil;
    kumuliert += differenz;
    return { jahr: j.jahr, differenz, kumuliert };
  });
  return {
    basis: pb,
    ki: pk,
    jahre,
    summeDifferenz: kumuliert,
    barwertDifferenz: barwert(
      jahre.map((j) => j.differenz),
      a.zinssatz,
    ),
  };
}
