/**
 * The eight lines of the Rhein-Sieg comparison, computed in cents. For the pane and the sheets
 * (berechneKostenaufstellung) each line is rounded on its own and the totals are sums of the rounded
 * lines, so a printed table always adds up. The functions KI.GESAMTKOSTEN and KI.KOSTENAUFSTELLUNG
 * (kostenaufstellungEinmalGerundet) round every figure once from the exact inputs instead.
 */
import { kurzeStellen, rundeSummeDerProdukte, rundeSummeSchnell, teileGerundet } from "./dezimal";
import { KiFehler } from "./fehler";
import { Cent, centMal, rundeKaufmaennisch } from "./geld";
import { MAX_BETRAG_EURO } from "./grenzen";

export interface KostenEingabe {
  personalkosten: Cent;
  arbeitsplaetze: number;
  bueros: number;
  projektmittel: Cent;
  querschnittssatz: number;
  itSatz: Cent;
  raumSatz: Cent;
  landeserstattung: Cent;
}

export interface Kostenaufstellung {
  personalkosten: Cent;
  querschnittskosten: Cent;
  it: Cent;
  raum: Cent;
  projektmittel: Cent;
  gesamtkosten: Cent;
  landeserstattung: Cent;
  eigenanteil: Cent;
}

export const ZEILEN: ReadonlyArray<{ schluessel: keyof Kostenaufstellung; label: string }> = [
  { schluessel: "personalkosten", label: "Personalkosten" },
  { schluessel: "querschnittskosten", label: "Querschnitts-/Sachkosten" },
  { schluessel: "it", label: "IT-Standardarbeitsplatz" },
  { schluessel: "raum", label: "Raumkosten" },
  { schluessel: "projektmittel", label: "Projektmittel" },
  { schluessel: "gesamtkosten", label: "Gesamtkosten" },
  { schluessel: "landeserstattung", label: "Kostenerstattung Land NRW" },
  { schluessel: "eigenanteil", label: "Jährlicher Kostenanteil" },
];

/**
 * The amounts of k in the order of ZEILEN, read by name: KI.KOSTENAUFSTELLUNG builds its 8 rows from
 * them in every call, and k[z.schluessel] over eight keys was a lookup by a computed name per row.
 */
export function zeilenwerte(k: Kostenaufstellung): Cent[] {
  return [
    k.personalkosten,
    k.querschnittskosten,
    k.it,
    k.raum,
    k.projektmittel,
    k.gesamtkosten,
    k.landeserstattung,
    k.eigenanteil,
  ];
}

function pruefeSatz(satz: number, name: string): void {
  if (!(satz >= 0 && satz <= 1)) {
    throw new KiFehler("wert", `${name} muss zwischen 0 und 1 liegen (30 % = 0,3), erhalten: ${satz}.`);
  }
}

export function pruefeNichtNegativ(wert: number, name: string): void {
  if (!(wert >= 0)) throw new KiFehler("wert", `${name} darf nicht negativ sein, erhalten: ${wert}.`);
}

export function querschnittskosten(personalkosten: Cent, satz: number): Cent {
  pruefeQuerschnitt(personalkosten, satz);
  return centMal(personalkosten, satz);
}

/** querschnittskosten's checks, in its order, without the rounded product where it cannot fail. */
function pruefeQuerschnitt(personalkosten: Cent, satz: number): void {
  pruefeNichtNegativ(personalkosten, "Personalkosten");
  pruefeSatz(satz, "Der Querschnittssatz");
  pruefeCentMal(personalkosten, satz);
}

export function stueckkosten(anzahl: number, satz: Cent, was: string): Cent {
  pruefeStueck(anzahl, satz, was);
  return centMal(satz, anzahl);
}

/** stueckkosten's checks, in its order, without the rounded product where it cannot fail. */
function pruefeStueck(anzahl: number, satz: Cent, was: string): void {
  // The messages are built only when one is needed: this runs in every cost line of a sheet.
  if (!(anzahl >= 0)) pruefeNichtNegativ(anzahl, `Die Zahl der ${was}`);
  if (!(satz >= 0)) pruefeNichtNegativ(satz, `Der Satz je ${was}`);
  pruefeCentMal(satz, anzahl);
}

/** Below this the product rounds to at most the limit: centMal cannot refuse it. */
const SICHER_UNTER_DER_GRENZE = MAX_BETRAG_EURO * 100 - 1;

/**
 * centMal's refusal alone (GESAMTKOSTEN checks every line it does not show): the double product is
 * within 10⁻¹⁵ of the exact one, so at most SICHER_UNTER_DER_GRENZE it passes; otherwise (NaN
 * included) centMal itself decides, with its message.
 */
function pruefeCentMal(cent: Cent, faktor: number): void {
  if (!(Math.abs(cent * faktor) <= SICHER_UNTER_DER_GRENZE)) centMal(cent, faktor);
}

const ERSTATTUNG_UEBER_KOSTEN =
  "Die Landeserstattung ist höher als die Gesamtkosten. Eine Zuwendung kann die geförderten Kosten nicht übersteigen.";

export function eigenanteil(gesamtkosten: Cent, landeserstattung: Cent): Cent {
  pruefeNichtNegativ(gesamtkosten, "Die Gesamtkosten");
  pruefeNichtNegativ(landeserstattung, "Die Landeserstattung");
  if (landeserstattung > gesamtkosten) throw new KiFehler("wert", ERSTATTUNG_UEBER_KOSTEN);
  // Inputs may carry sub-cent digits (no pre-rounding); the difference is rounded once.
  return rundeKaufmaennisch(gesamtkosten - landeserstattung);
}

/** The six single lines, each rounded once from the exact inputs. */
function einzelzeilen(e: KostenEingabe): Omit<Kostenaufstellung, "gesamtkosten" | "eigenanteil"> {
  pruefeNichtNegativ(e.personalkosten, "Die Personalkosten");
  pruefeNichtNegativ(e.projektmittel, "Die Projektmittel");
  pruefeNichtNegativ(e.landeserstattung, "Die Landeserstattung");
  return {
    personalkosten: rundeKaufmaennisch(e.personalkosten),
    querschnittskosten: querschnittskosten(e.personalkosten, e.querschnittssatz),
    it: stueckkosten(e.arbeitsplaetze, e.itSatz, "Arbeitsplätze"),
    raum: stueckkosten(e.bueros, e.raumSatz, "Büros"),
    projektmittel: rundeKaufmaennisch(e.projektmittel),
    landeserstattung: rundeKaufmaennisch(e.landeserstattung),
  };
}

export function berechneKostenaufstellung(e: KostenEingabe): Kostenaufstellung {
  // Products from the exact inputs; every line rounded once, and the totals add the shown lines.
  const z = einzelzeilen(e);
  const gesamtkosten = z.personalkosten + z.querschnittskosten + z.it + z.raum + z.projektmittel;
  return { ...z, gesamtkosten, eigenanteil: eigenanteil(gesamtkosten, z.landeserstattung) };
}

/**
 * The same figures for KI.GESAMTKOSTEN and KI.KOSTENAUFSTELLUNG: every figure, the totals included,
 * is computed exactly from the inputs and rounded once, so a total may differ by a cent from the sum
 * of its rounded lines (with sub-cent inputs only).
 */
export function kostenaufstellungEinmalGerundet(e: KostenEingabe): Kostenaufstellung {
  const z = einzelzeilen(e);
  const gesamtkosten = summeDerKostenteile(e, 0);
  const eigen = summeDerKostenteile(e, 1);
  if (eigen < 0) throw new KiFehler("wert", ERSTATTUNG_UEBER_KOSTEN);
  // Written out rather than spread: this runs in every KI.KOSTENAUFSTELLUNG call.
  return {
    personalkosten: z.personalkosten,
    querschnittskosten: z.querschnittskosten,
    it: z.it,
    raum: z.raum,
    projektmittel: z.projektmittel,
    landeserstattung: z.landeserstattung,
    gesamtkosten,
    eigenanteil: eigen,
  };
}

/** KI.GESAMTKOSTEN: the total of kostenaufstellungEinmalGerundet alone, with the same checks. */
export function gesamtkostenEinmalGerundet(e: KostenEingabe): Cent {
  pruefeNichtNegativ(e.personalkosten, "Die Personalkosten");
  pruefeNichtNegativ(e.projektmittel, "Die Projektmittel");
  pruefeQuerschnitt(e.personalkosten, e.querschnittssatz);
  pruefeStueck(e.arbeitsplaetze, e.itSatz, "Arbeitsplätze");
  pruefeStueck(e.bueros, e.raumSatz, "Büros");
  return summeDerKostenteile(e, 0);
}

/**
 * rundeSummeDerProdukte(kostenteile(e)) (with − landeserstattung where given), the terms summed in
 * place in the same order: the list of pairs is built only where the sum lies near a half cent.
 */
function summeDerKostenteile(e: KostenEingabe, mitErstattung: 0 | 1): Cent {
  const t0 = e.personalkosten * 1;
  const t1 = e.personalkosten * e.querschnittssatz;
  const t2 = e.itSatz * e.arbeitsplaetze;
  const t3 = e.raumSatz * e.bueros;
  const t4 = e.projektmittel * 1;
  const t5 = mitErstattung ? e.landeserstattung * -1 : 0;
  const s = t0 + t1 + t2 + t3 + t4 + t5;
  const schranke = Math.abs(t0) + Math.abs(t1) + Math.abs(t2) + Math.abs(t3) + Math.abs(t4) + Math.abs(t5);
  const schnell = rundeSummeSchnell(s, schranke) ?? summeInGanzenCent(e, mitErstattung);
  if (schnell !== null) return schnell;
  const teile = kostenteile(e);
  if (mitErstattung) teile.push([e.landeserstattung, -1]);
  return rundeSummeDerProdukte(teile);
}

/**
 * The same sum near a half cent, in integer doubles: where every amount is whole cents, the counts
 * whole and the overhead rate a short decimal m / 10^k, the total × 10^k is an integer sum, exact
 * while every term and partial sum stays below 2^52 – the exact value, rounded once as the BigInt
 * path rounds it. Null otherwise (then the exact path).
 */
function summeInGanzenCent(e: KostenEingabe, mitErstattung: 0 | 1): Cent | null {
  const ganz =
    ganzeZahlUnter1e15(e.personalkosten) &&
    ganzeZahlUnter1e15(e.projektmittel) &&
    ganzeZahlUnter1e15(e.itSatz) &&
    ganzeZahlUnter1e15(e.raumSatz) &&
    ganzeZahlUnter1e15(e.arbeitsplaetze) &&
    ganzeZahlUnter1e15(e.bueros) &&
    (mitErstattung === 0 || ganzeZahlUnter1e15(e.landeserstattung));
  if (!ganz) return null;
  const k = kurzeStellen(e.querschnittssatz);
  if (k < 0 || k > 15) return null;
  const skala = 10 ** k;
  const t0 = e.personalkosten * skala;
  const t1 = e.personalkosten * Math.round(e.querschnittssatz * skala);
  const t2 = e.itSatz * e.arbeitsplaetze * skala;
  const t3 = e.raumSatz * e.bueros * skala;
  const t4 = e.projektmittel * skala;
  const t5 = mitErstattung ? -e.landeserstattung * skala : 0;
  // Every term and every partial sum, in this order, below 2^52 (no list per call).
  const s1 = t0 + t1;
  const s2 = s1 + t2;
  const s3 = s2 + t3;
  const s4 = s3 + t4;
  const summe = s4 + t5;
  const groesste = Math.max(
    Math.abs(t0),
    Math.abs(t1),
    Math.abs(t2),
    Math.abs(t3),
    Math.abs(t4),
    Math.abs(t5),
    Math.abs(s1),
    Math.abs(s2),
    Math.abs(s3),
    Math.abs(s4),
    Math.abs(summe),
  );
  if (!(groesste <= 2 ** 52)) return null;
  const r = teileGerundet(summe, k);
  return r === 0 ? 0 : r;
}

/** Below 10^15 a whole double is its own 15-digit decimal (above, the exact path cuts it). */
function ganzeZahlUnter1e15(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 1e15;
}

/** The parts of the total as exact products: personnel costs, overhead, IT, rooms, project funds. */
function kostenteile(e: KostenEingabe): Array<readonly [number, number]> {
  return [
    [e.personalkosten, 1],
    [e.personalkosten, e.querschnittssatz],
    [e.itSatz, e.arbeitsplaetze],
    [e.raumSatz, e.bueros],
    [e.projektmittel, 1],
  ];
}
