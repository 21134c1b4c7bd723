/**
 * The "Mehrjahresplanung" sheet: for every year from–to and every scenario, personnel costs carried
 * forward by the pay-rise rate, Sachkosten by the price rate, the state refund under the rule set
 * valid in that year, the Eigenanteil, the cumulative difference of the KI against the current
 * structure and its present value, with a line chart.
 *
 * Live formulas throughout: the year table reads the rates from the assumption cells at the top of
 * this sheet and the base-year amounts from the block below them, which in turn references the
 * "Annahmen"/"Kostenvergleich" cells where the workbook builder passes their addresses. Mode "ki"
 * uses KI.FORTSCHREIBUNG, KI.LANDESERSTATTUNG, KI.EIGENANTEIL and KI.BARWERT; mode "nativ" the same
 * arithmetic in Excel's own functions (the funding rules written out from the rule data), so both
 * modes give identical cents.
 */
import {
  Foerderregel,
  type Foerderstelle,
  Kostenstruktur,
  Mehrjahresannahmen,
  Projektion,
  type StellenZuwendung,
  Vergleichsjahr,
  barwert,
  centZuEuro,
  foerdereGrundstellen,
  foerderregelAuskunft,
  personalkostenImPlanjahr,
  personalkostenRegelText,
  projiziere,
  pruefeMehrjahresannahmen,
  regelImJahr,
  zuwendungenJeStelle,
} from "../../core";
import { istEigenesRegelwerk, regelnFuer } from "../../scenario/eigenesRegelwerk";
import type { Szenario } from "../../scenario/modell";
import { ohneAnker, spanne, zeilenSpanne, zelle } from "../adressen";
import { druckA4Quer, type Druckkopf } from "../druck";
import { type Formelsatz, formelsatz } from "../formeln";
import type { BlattPlan } from "../plan";
import type { Formelmodus, MehrjahrOptionen } from "../../scenario/optionen";
import { Raster } from "../raster";
import { eingabeZahl, STIL, ZAHLENFORMAT, zahlenformat } from "../stil";
import { stelleImJahr, zeitraumAngaben } from "../../scenario/berechnung";
import {
  type Jahresbezug,
  type Stellenbezugsfunktion,
  grundpostenImJahr,
  jahresbasis,
  zusatzpostenImJahr,
} from "./jahresposten";
import { kostenstrukturAusSzenario } from "./szenario";
import { verwendeteSatztabellen } from "../annahmen/bezuege";

export type { Stellenbezugsfunktion } from "./jahresposten";

export const MEHRJAHR_BLATTNAME = "Mehrjahresplanung";

/** Base-year values of a scenario the sheet needs; each may come from a cell on another sheet. */
export type Basisgroesse =
  | "koerperschaft"
  | "personalGrund"
  | "personalZusatz"
  | "zusatzstellen"
  | "it"
  | "raum"
  | "projektmittel"
  | "sachausgaben"
  | "querschnittssatz"
  | "eigenanteil";

/**
 * Absolute, sheet-qualified address (e.g. "Annahmen!$C$12") holding a scenario's base value, or
 * null where the workbook has no such cell; then the sheet holds the value itself.
 */
export type Bezugsfunktion = (szenarioIndex: number, groesse: Basisgroesse) => string | null;

export interface MehrjahrBlattEingabe {
  szenarien: readonly Szenario[];
  optionen: MehrjahrOptionen;
  modus: Formelmodus;
  /** Date and council document number for the printed header, as on the other sheets. */
  druckkopf?: Omit<Druckkopf, "titel">;
  bezug?: Bezugsfunktion;
  stellenBezug?: Stellenbezugsfunktion;
  /** Funding rule sets; default the built-in ones plus the own one a scenario carries. */
  regeln?: readonly Foerderregel[];
  /** The own rule set's table on "Annahmen": KI mode passes it to KI.LANDESERSTATTUNG. */
  regelwerkBereich?: string;
}

interface Basiszeile {
  groesse: Exclude<Basisgroesse, "eigenanteil">;
  label: string;
  wert: (s: Kostenstruktur) => number | string;
  geld: boolean;
  zahlenformat?: string;
}

const BASISZEILEN: readonly Basiszeile[] = [
  { groesse: "koerperschaft", label: "Körperschaft", wert: (s) => s.koerperschaft, geld: false },
  {
    groesse: "personalGrund",
    label: "Personalkosten Grundstellen",
    wert: (s) => centZuEuro(s.personalGrund),
    geld: true,
  },
  {
    groesse: "personalZusatz",
    label: "Personalkosten Zusatzstellen (ab 2017 förderfähig)",
    wert: (s) => centZuEuro(s.personalZusatz),
    geld: true,
  },
  { groesse: "zusatzstellen", label: "Zusatzstellen (Anzahl)", wert: (s) => s.zusatzstellen, geld: false },
  {
    groesse: "querschnittssatz",
    label: "Querschnittssatz (Anteil der Personalkosten des Jahres)",
    wert: (s) => s.querschnittssatz,
    geld: false,
    zahlenformat: ZAHLENFORMAT.prozentGenau,
  },
  {
    groesse: "it",
    label: "IT-Standardarbeitsplätze (Stellen im Jahr des Szenarios)",
    wert: (s) => centZuEuro(s.it),
    geld: true,
  },
  { groesse: "raum", label: "Raumkosten (Stellen im Jahr des Szenarios)", wert: (s) => centZuEuro(s.raum), geld: true },
  { groesse: "projektmittel", label: "Projektmittel", wert: (s) => centZuEuro(s.projektmittel), geld: true },
  {
    groesse: "sachausgaben",
    label: "davon Sachausgaben (Pauschale ab 2017)",
    wert: (s) => centZuEuro(s.sachausgaben),
    geld: true,
  },
];

/** Zero-based rows of the fixed upper part. */
const Z = {
  titel: 0,
  untertitel: 1,
  annahmenKopf: 3,
  personal: 4,
  sach: 5,
  zins: 6,
  preisstand: 7,
  zeitraum: 8,
  basisKopf: 10,
  basis: 11,
} as const;

const REGELWERK_ZEILE = Z.basis + BASISZEILEN.length;

/**
 * The amounts on "Annahmen" are in the prices of the scenarios' year (2013 for the Rhein-Sieg
 * preset): a plan for 2020–2022 carries them forward from there, not from 2020. Scenarios of
 * different years share one price-base cell; the KI scenario's year is the one compared.
 */
export function preisstandJahr(szenarien: readonly Szenario[], o: MehrjahrOptionen): number {
  const massgeblich = szenarien.find((s) => s.typ === "ki") ?? szenarien[0];
  return massgeblich && Number.isInteger(massgeblich.jahr) ? massgeblich.jahr : o.vonJahr;
}

export function mehrjahresannahmenAus(o: MehrjahrOptionen, szenarien: readonly Szenario[]): Mehrjahresannahmen {
  return {
    vonJahr: o.vonJahr,
    bisJahr: o.bisJahr,
    preisbasisJahr: preisstandJahr(szenarien, o),
    personalSteigerung: o.personalSteigerung,
    sachSteigerung: o.sachSteigerung,
    zinssatz: o.zinssatz,
  };
}

function regelwerkText(s: Kostenstruktur): string {
  return s.regelwerk === null ? "keine Erstattung" : s.regelwerk;
}

/** Columns of the year table, rows of its parts, and what the parts share while they are built. */
interface Bau {
  r: Raster;
  e: MehrjahrBlattEingabe;
  a: Mehrjahresannahmen;
  regeln: readonly Foerderregel[];
  formeln: Formelsatz;
  strukturen: Kostenstruktur[];
  projektionen: Projektion[];
  basisIndex: number;
  kiIndex: number;
  mitVergleich: boolean;
  n: number;
  jahre: number;
  /** Index of the first scenario with a refund, -1 if none. */
  refundIndex: number;
  zeile: { gruppe: number; kopf: number; erste: number; letzte: number; summe: number; barwert: number };
  sp: { eigenanteil: (j: number) => number; diff: number; kum: number; regel: number; letzte: number };
  /** Detail columns of scenario j: 0 personnel, 1 Sachkosten, 2 total, 3 refund. */
  detail: (j: number, k: 0 | 1 | 2 | 3) => number;
}

/** The absolute cells of the own assumptions at the top of the sheet. */
const ANNAHME = {
  personal: zelle(Z.personal, 1, true),
  sach: zelle(Z.sach, 1, true),
  zins: zelle(Z.zins, 1, true),
  preisstand: zelle(Z.preisstand, 1, true),
} as const;

function bauplan(e: MehrjahrBlattEingabe): Bau {
  const regeln = e.regeln ?? regelnFuer(e.szenarien);
  const a = mehrjahresannahmenAus(e.optionen, e.szenarien);
  pruefeMehrjahresannahmen(a);
  if (e.szenarien.length === 0) throw new Error("Die Mehrjahresplanung braucht mindestens ein Szenario.");
  const strukturen = e.szenarien.map(kostenstrukturAusSzenario);
  const basisIndex = e.szenarien.findIndex((s) => s.typ === "derzeitig");
  const kiIndex = e.szenarien.findIndex((s) => s.typ === "ki");
  const mitVergleich = basisIndex >= 0 && kiIndex >= 0;
  const n = e.szenarien.length;
  const jahre = a.bisJahr - a.vonJahr + 1;
  const gruppe = REGELWERK_ZEILE + 2;
  const erste = gruppe + 2;
  const letzte = erste + jahre - 1;
  const diff = 1 + n;
  const regel = mitVergleich ? diff + 2 : 1 + n;
  const detail = (j: number, k: 0 | 1 | 2 | 3) => regel + 1 + 4 * j + k;
  return {
    r: new Raster(),
    e,
    a,
    regeln,
    formeln: formelsatz(e.modus),
    strukturen,
    projektionen: strukturen.map((s) => projiziere(s, a, regeln)),
    basisIndex,
    kiIndex,
    mitVergleich,
    n,
    jahre,
    refundIndex: strukturen.findIndex((s) => s.regelwerk !== null),
    zeile: { gruppe, kopf: gruppe + 1, erste, letzte, summe: letzte + 1, barwert: letzte + 2 },
    sp: { eigenanteil: (j) => 1 + j, diff, kum: diff + 1, regel, letzte: detail(n - 1, 3) },
    detail,
  };
}

// --- title and own assumptions ---------------------------------------------------------------
function titelUndAnnahmen(b: Bau): void {
  const { r, a } = b;
  r.text(Z.titel, 0, `Mehrjahresplanung ${a.vonJahr}–${a.bisJahr}`, STIL.titel);
  r.text(
    Z.untertitel,
    0,
    "Eigenanteil je Jahr mit Personal- und Sachkostensteigerung und der im jeweiligen Jahr gültigen Landesförderung. " +
      "Steigerungs- und Zinssätze sind eigene Annahmen, keine amtlichen Werte.",
    STIL.erlaeuterung,
  );
  ["Eigene Annahmen", "Wert", "Quelle"].forEach((t, sp) => r.text(Z.annahmenKopf, sp, t, STIL.kopfzeile));
  const annahme = (zeile: number, label: string, wert: number, format: string, quelle: string) => {
    r.text(zeile, 0, label);
    r.zahl(zeile, 1, wert, eingabeZahl(format));
    r.text(zeile, 2, quelle, STIL.erlaeuterung);
  };
  const prozent = ZAHLENFORMAT.prozentGenau;
  annahme(
    Z.personal,
    "Personalkostensteigerung je Jahr",
    a.personalSteigerung,
    prozent,
    "Eigene Annahme (z. B. erwartete Tarif- und Besoldungsanpassungen); keine amtliche Zahl",
  );
  annahme(
    Z.sach,
    "Sachkostensteigerung je Jahr",
    a.sachSteigerung,
    prozent,
    "Eigene Annahme (Preisentwicklung) für IT-, Raumkosten und Projektmittel; keine amtliche Zahl. Die " +
      "Querschnittskosten folgen den Personalkosten des Jahres",
  );
  annahme(
    Z.zins,
    "Zinssatz für den Barwert",
    a.zinssatz,
    prozent,
    "Eigene Annahme (z. B. Kreditzins des Kreises); abgezinst auf das erste Planjahr",
  );
  annahme(
    Z.preisstand,
    "Preisstand der Ausgangswerte (Jahr)",
    a.preisbasisJahr ?? a.vonJahr,
    ZAHLENFORMAT.jahr,
    "Jahr der Szenarien: die Beträge aus „Annahmen“ gelten für dieses Jahr und werden von dort aus fortgeschrieben",
  );
  r.text(Z.zeitraum, 0, "Planungszeitraum");
  r.text(Z.zeitraum, 1, `${a.vonJahr}–${a.bisJahr}`, STIL.rechtsbuendig);
  r.text(Z.zeitraum, 2, "Für einen anderen Zeitraum das Blatt aus dem Aufgabenbereich neu einfügen", STIL.erlaeuterung);
}

function basisAdresse(j: number, g: Basiszeile["groesse"] | "regelwerk"): string {
  const zeile = g === "regelwerk" ? REGELWERK_ZEILE : Z.basis + BASISZEILEN.findIndex((x) => x.groesse === g);
  return zelle(zeile, 1 + j, true);
}

// --- base-year values per scenario ---------------------------------------------------------------
function ausgangswerte(b: Bau): void {
  const { r, e, n } = b;
  r.text(Z.basisKopf, 0, "Ausgangswerte je Szenario (€/Jahr)", STIL.kopfzeile);
  e.szenarien.forEach((s, j) => r.text(Z.basisKopf, 1 + j, s.name, STIL.kopfzeile));
  r.text(Z.basisKopf, 1 + n, "Quelle", STIL.kopfzeile);
  BASISZEILEN.forEach((bz, i) => {
    const zeile = Z.basis + i;
    r.text(zeile, 0, bz.label);
    b.strukturen.forEach((s, j) => {
      // Sachausgaben only matter with a refund; without one the sheet shows 0 rather than a linked amount.
      const verknuepfbar = bz.groesse !== "sachausgaben" || s.regelwerk !== null;
      const ziel = verknuepfbar ? (e.bezug?.(j, bz.groesse) ?? null) : null;
      const wert = bz.wert(s);
      const format = bz.geld
        ? zahlenformat(ZAHLENFORMAT.euroCent)
        : bz.groesse === "zusatzstellen"
          ? zahlenformat(ZAHLENFORMAT.anzahl)
          : bz.zahlenformat
            ? zahlenformat(bz.zahlenformat)
            : {};
      if (ziel) r.formel(zeile, 1 + j, `=${ziel}`, wert, format);
      else if (typeof wert === "string") r.text(zeile, 1 + j, wert, format);
      else r.zahl(zeile, 1 + j, wert, format);
    });
  });
  r.text(REGELWERK_ZEILE, 0, "Landesförderung (Regelwerk)");
  b.strukturen.forEach((s, j) => r.text(REGELWERK_ZEILE, 1 + j, regelwerkText(s)));
  const herkunft = e.bezug
    ? "Verknüpft mit „Annahmen“/„Kostenvergleich“"
    : "Werte aus den Szenarien des Aufgabenbereichs (beim Einfügen übernommen)";
  r.text(Z.basis, 1 + n, herkunft, STIL.erlaeuterung);
  r.text(REGELWERK_ZEILE, 1 + n, "„auto“ = das im jeweiligen Jahr gültige Regelwerk", STIL.erlaeuterung);
}

// --- year table: headers -------------------------------------------------------------------------
function jahresKopf(b: Bau): void {
  const { r, e, sp, detail, zeile } = b;
  const kopf = STIL.kopfzeile;
  r.text(zeile.gruppe, 0, "Jahr", kopf);
  r.text(zeile.gruppe, 1, "Eigenanteil (€/Jahr)", kopf);
  if (b.mitVergleich) r.text(zeile.gruppe, sp.diff, "Vergleich", kopf);
  r.text(zeile.gruppe, sp.regel, "Förderung", kopf);
  e.szenarien.forEach((s, j) => r.text(zeile.gruppe, detail(j, 0), s.name, kopf));
  // The header cell above the years stays empty: Excel then takes the years as chart categories.
  r.setze(zeile.kopf, 0, null, kopf);
  e.szenarien.forEach((s, j) => r.text(zeile.kopf, sp.eigenanteil(j), s.name, kopf));
  if (b.mitVergleich) {
    const ki = e.szenarien[b.kiIndex].name;
    r.text(zeile.kopf, sp.diff, `Mehrbelastung ${ki} ggü. ${e.szenarien[b.basisIndex].name}`, kopf);
    r.text(zeile.kopf, sp.kum, "Mehrbelastung kumuliert", kopf);
  }
  const regelKopf = b.refundIndex >= 0 ? `Regelwerk (${e.szenarien[b.refundIndex].name})` : "Regelwerk";
  r.text(zeile.kopf, sp.regel, regelKopf, kopf);
  e.szenarien.forEach((_, j) => {
    ["Personalkosten", "Sachkosten", "Gesamtkosten", "Landeserstattung"].forEach((t, k) =>
      r.text(zeile.kopf, detail(j, k as 0 | 1 | 2 | 3), t, kopf),
    );
  });
}

function vergleichsjahre(b: Bau): Vergleichsjahr[] {
  const vergleich: Vergleichsjahr[] = [];
  if (!b.mitVergleich) return vergleich;
  let kumuliert = 0;
  b.projektionen[b.kiIndex].jahre.forEach((jw, i) => {
    const differenz = jw.eigenanteil - b.projektionen[b.basisIndex].jahre[i].eigenanteil;
    kumuliert += differenz;
    vergleich.push({ jahr: jw.jahr, differenz, kumuliert });
  });
  return vergleich;
}

// --- year table: one scenario in one year ------------------------------------------------------
/**
 * Per-post caps in a plan year: each post's cost carried forward on its own and capped at the cap
 * the core gives it that year (zuwendungenJeStelle on the carried-forward costs, as the projection
 * does); a post funded only in part counts the cost of that part. Their sum stays within the
 * maximum the refund formula applies.
 */
function jeStelleTerm(
  b: Bau,
  posten: ReadonlyArray<Foerderstelle & { kostenBezug: string }>,
  zuwendungen: readonly StellenZuwendung[],
  nJahre: string,
): string {
  if (posten.length === 0) return "0";
  const terme = posten.map((st, k) => {
    const z = zuwendungen[k];
    const fort = b.formeln.fortschreibung(st.kostenBezug, ANNAHME.personal, nJahre);
    const kosten = z.gefoerderterAnteil === st.anteil ? fort : `ROUND(${fort}*${z.gefoerderterAnteil}/${st.anteil},2)`;
    return `MIN(${centZuEuro(z.deckel)},${kosten})`;
  });
  return `(${terme.join("+")})`;
}

/** Cents of a base-year amount carried forward to `jahr`: the core's one rule, as the projection computes them. */
function fortgeschrieben(b: Bau, kosten: number, jahr: number): number {
  return personalkostenImPlanjahr(kosten, b.a, jahr);
}

/** The base posts' grants in a plan year, or null when the posts are pooled (or the rule set has no base block). */
function grundstellenTerm(b: Bau, j: number, jahr: number, regel: Foerderregel, nJahre: string): string | null {
  const t = regel.tatbestaende.find((x) => x.art === "grundfoerderung");
  const posten = grundpostenImJahr(b.strukturen[j], jahr, jahresbezug(b, j), grundNrImStellenjahr(b.e.szenarien[j]));
  if (!posten || !t || t.art !== "grundfoerderung") return null;
  const fort = posten.map((st) => ({ ...st, kosten: fortgeschrieben(b, st.kosten, jahr) }));
  return jeStelleTerm(b, posten, foerdereGrundstellen(regel, t, fort), nJahre);
}

/** The extra posts' grants and funded shares in a plan year; null when the rule set funds none. */
function zusatzstellenTerm(
  b: Bau,
  j: number,
  jahr: number,
  regel: Foerderregel,
  nJahre: string,
): { kosten: string; stellen: string } | null {
  const t = regel.tatbestaende.find((x) => x.art === "zusatzstellen");
  const s = b.strukturen[j];
  if (!t || t.art !== "zusatzstellen" || (!s.zusatzposten && !s.zeitplan)) return null;
  const nr = b.e.szenarien[j].stellen.flatMap((st, n) =>
    st.art === "zusatz" && stelleImJahr(st, b.e.szenarien[j].jahr) ? [n] : [],
  );
  const posten = zusatzpostenImJahr(s, jahr, jahresbezug(b, j), nr);
  const fort = posten.map((st) => ({ kosten: fortgeschrieben(b, st.kosten, jahr), anteil: st.anteil }));
  const z = zuwendungenJeStelle(t.jeStelle, 1, t.maxStellen[s.koerperschaft], fort);
  const stellen = z.reduce((x, y) => x + y.gefoerderterAnteil, 0);
  return { kosten: jeStelleTerm(b, posten, z, nJahre), stellen: String(stellen) };
}

/** Positions of the base posts of the scenario's own year in its list of posts. */
function grundNrImStellenjahr(s: Szenario): number[] {
  return s.stellen.flatMap((st, n) => (st.art === "kommunal" && stelleImJahr(st, s.jahr) ? [n] : []));
}

/** Where one scenario's year formulas read their base-year amounts. */
function jahresbezug(b: Bau, j: number): Jahresbezug {
  return {
    basis: (g) => basisAdresse(j, g),
    stelle: (nr, spalte) => b.e.stellenBezug?.(j, nr, spalte) ?? null,
  };
}

function szenarioImJahr(b: Bau, i: number, j: number): void {
  const { r, formeln } = b;
  const zeile = b.zeile.erste + i;
  const jahr = b.a.vonJahr + i;
  // Column fixed, row relative: the same formula text works in every year row.
  const jahrZelle = zelle(zeile, 0, "spalte");
  const nJahre = `${jahrZelle}-${ANNAHME.preisstand}`;
  const s = b.strukturen[j];
  const jw = b.projektionen[j].jahre[i];
  const basis = jahresbasis(s, jahr, jahresbezug(b, j));
  const f = (ausdruck: string, rate: string) => formeln.fortschreibung(ausdruck, rate, nJahre);
  const [p, q] = [ANNAHME.personal, ANNAHME.sach];
  const [spP, spS, spG, spE] = [b.detail(j, 0), b.detail(j, 1), b.detail(j, 2), b.detail(j, 3)];
  r.formel(zeile, spP, `=${f(basis.grund, p)}+${f(basis.zusatz, p)}`, centZuEuro(jw.personal));
  // Overhead: the rate × this year's personnel costs (the cell just written), not carried forward.
  const querschnitt = formeln.querschnitt(zelle(zeile, spP), basisAdresse(j, "querschnittssatz")).slice(1);
  const sachteile = [basis.it, basis.raum, basis.projektmittel].map((x) => f(x, q));
  r.formel(zeile, spS, `=${[querschnitt, ...sachteile].join("+")}`, centZuEuro(jw.sachkosten));
  r.formel(zeile, spG, `=${zelle(zeile, spP)}+${zelle(zeile, spS)}`, centZuEuro(jw.gesamtkosten));
  const regel = regelImJahr(s.regelwerk, jahr, b.regeln);
  if (!regel) r.zahl(zeile, spE, 0);
  else {
    const zusatz = zusatzstellenTerm(b, j, jahr, regel, nJahre);
    const bezuege = {
      personalkostenGrund: grundstellenTerm(b, j, jahr, regel, nJahre) ?? f(basis.grund, p),
      personalkostenZusatz: zusatz?.kosten ?? f(basis.zusatz, p),
      sachausgaben: basis.sachausgaben === null ? "0" : f(basis.sachausgaben, q),
      jahr: jahrZelle,
      koerperschaft: basisAdresse(j, "koerperschaft"),
      zusatzstellen: zusatz?.stellen ?? basis.zusatzstellen,
      regelwerk: basisAdresse(j, "regelwerk"),
      ...(s.regelwerk !== null && istEigenesRegelwerk(s.regelwerk) && b.e.regelwerkBereich
        ? { regelwerkBereich: b.e.regelwerkBereich }
        : {}),
    };
    r.formel(zeile, spE, formeln.jahreserstattung(bezuege, regel, s.koerperschaft), centZuEuro(jw.erstattung));
  }
  const eigenanteil = formeln.eigenanteil(zelle(zeile, spG), zelle(zeile, spE));
  r.formel(zeile, b.sp.eigenanteil(j), eigenanteil, centZuEuro(jw.eigenanteil));
}

// --- year table: one year ----------------------------------------------------------------------
function jahresZeile(b: Bau, i: number, vergleich: readonly Vergleichsjahr[]): void {
  const { r, sp } = b;
  const zeile = b.zeile.erste + i;
  r.zahl(zeile, 0, b.a.vonJahr + i, { ...zahlenformat(ZAHLENFORMAT.jahr), ...STIL.fett });
  b.strukturen.forEach((_, j) => szenarioImJahr(b, i, j));
  if (b.mitVergleich) {
    const v = vergleich[i];
    const diff = `=${zelle(zeile, sp.eigenanteil(b.kiIndex))}-${zelle(zeile, sp.eigenanteil(b.basisIndex))}`;
    r.formel(zeile, sp.diff, diff, centZuEuro(v.differenz));
    const kum = i === 0 ? `=${zelle(zeile, sp.diff)}` : `=${zelle(zeile - 1, sp.kum)}+${zelle(zeile, sp.diff)}`;
    r.formel(zeile, sp.kum, kum, centZuEuro(v.kumuliert));
  }
  const regelDesJahres = b.refundIndex >= 0 ? b.projektionen[b.refundIndex].jahre[i].regel : null;
  r.text(zeile, sp.regel, regelDesJahres ? `${regelDesJahres.id} (${regelDesJahres.status})` : "keine Förderung");
}

// --- totals and present values ---------------------------------------------------------------
function summenUndBarwerte(b: Bau, vergleich: readonly Vergleichsjahr[]): void {
  const { r, sp } = b;
  const { erste, letzte, summe: summenZeile, barwert: barwertZeile } = b.zeile;
  r.text(summenZeile, 0, "Summe", STIL.fett);
  r.text(barwertZeile, 0, `Barwert (auf ${b.a.vonJahr})`, STIL.fett);
  const spalteBereich = (s: number) => spanne(erste, s, letzte, s);
  const barwertFormel = (s: number) =>
    b.formeln.barwert({
      erste: zelle(erste, s),
      alle: spalteBereich(s),
      uebrige: b.jahre === 1 ? null : spanne(erste + 1, s, letzte, s),
      zins: ANNAHME.zins,
    });
  const summe = (werte: number[]) => werte.reduce((x, y) => x + y, 0);
  b.projektionen.forEach((pr, j) => {
    const ea = sp.eigenanteil(j);
    r.formel(summenZeile, ea, `=SUM(${spalteBereich(ea)})`, centZuEuro(pr.summeEigenanteil));
    r.formel(barwertZeile, ea, barwertFormel(ea), centZuEuro(pr.barwertEigenanteil));
    const detailWerte: Array<(x: (typeof pr.jahre)[number]) => number> = [
      (x) => x.personal,
      (x) => x.sachkosten,
      (x) => x.gesamtkosten,
      (x) => x.erstattung,
    ];
    detailWerte.forEach((w, k) => {
      const s = b.detail(j, k as 0 | 1 | 2 | 3);
      r.formel(summenZeile, s, `=SUM(${spalteBereich(s)})`, centZuEuro(summe(pr.jahre.map(w))));
    });
  });
  if (b.mitVergleich) {
    const differenzen = vergleich.map((v) => v.differenz);
    r.formel(summenZeile, sp.diff, `=SUM(${spalteBereich(sp.diff)})`, centZuEuro(summe(differenzen)));
    r.formel(barwertZeile, sp.diff, barwertFormel(sp.diff), centZuEuro(barwert(differenzen, b.a.zinssatz)));
  }
}

// --- notes -------------------------------------------------------------------------------------
/** The note on how each year's personnel costs are derived, from the core's one rule and the tables the scenarios use. */
export function personalkostenRegel(
  szenarien: readonly Szenario[],
  a: Mehrjahresannahmen,
  steigerung: string,
  preisstandZelle?: string,
): string {
  const tabellen = verwendeteSatztabellen(szenarien).map((t) => ({
    id: t.tabelle.id,
    basisjahr: t.tabelle.basisjahr,
    planjahr: t.planjahr,
    steigerung: t.fortschreibung ? t.steigerung : undefined,
    andereJahre: t.andereJahre,
  }));
  return personalkostenRegelText(a.preisbasisJahr ?? a.vonJahr, tabellen, steigerung, preisstandZelle);
}

/** Returns the first row after the notes. */
function notizen(b: Bau): number {
  let z = b.zeile.barwert + 2;
  const notiz = (t: string) => b.r.text(z++, 0, t, STIL.hinweis);
  notiz(
    personalkostenRegel(
      b.e.szenarien,
      b.a,
      `Personalkostensteigerung in ${ohneAnker(ANNAHME.personal)}`,
      zelle(Z.preisstand, 1),
    ),
  );
  notiz(
    "Fortschreibung: Betrag × (1 + Steigerung) ^ (Jahr − Preisstand), je Kostenzeile auf Cent gerundet " +
      `(${b.formeln.fortschreibungName}).`,
  );
  notiz(
    "Querschnittskosten je Jahr: Querschnittssatz × Personalkosten desselben Jahres, auf Cent gerundet – so definiert " +
      "die Rhein-Sieg-Tabelle sie (30 % der Personalkosten); sie steigen daher mit der Personalkostensteigerung.",
  );
  notiz(
    "Barwert: Summe der Jahresbeträge, jeweils mit dem Zinssatz auf das erste Planjahr abgezinst; das erste Jahr " +
      "zählt voll. Entspricht erstem Jahr + NBW(Zins; übrige Jahre).",
  );
  notiz(
    "Landesförderung: je Jahr nach dem dann gültigen Regelwerk; Zusatzstellen und Sachausgaben werden erst ab 2017 " +
      "gefördert und nur, wenn das Szenario welche enthält. Eine Zuwendung übersteigt nie die geförderten Kosten.",
  );
  if (b.formeln.festeRegelnHinweis) notiz(b.formeln.festeRegelnHinweis);
  for (const t of zeitraumNotizen(b.e.szenarien)) notiz(t);
  const angewandt = new Map<string, string>();
  b.strukturen.forEach((s, j) =>
    b.projektionen[j].jahre.forEach((jw) => {
      if (jw.regel && !angewandt.has(jw.regel.id)) {
        angewandt.set(jw.regel.id, foerderregelAuskunft(jw.regel, s.koerperschaft).satz);
      }
    }),
  );
  for (const satz of angewandt.values()) notiz(satz);
  return z;
}

/**
 * How IT workstations and offices are counted per year (docs/ARCHITECTURE.md, "Mehrjahresplanung").
 * The scenario states them for the posts of its own year; a year with other posts scales them by
 * heads, so a 2015 column does not pay for the desks of posts that start in 2017.
 */
export const ARBEITSPLATZ_NOTIZ =
  "IT- und Raumkosten je Jahr: die Arbeitsplätze und Büros des Szenarios gelten für die Stellen in dessen Jahr; " +
  "in einem Jahr mit anderen Stellen im Verhältnis der Köpfe (jede Stellenzeile mit ihrem auf ganze Personen " +
  "aufgerundeten Stellenanteil, ½ Stelle = 1 Person, abgeordnete Lehrkräfte eingeschlossen), dann fortgeschrieben.";

/** What comes and goes: posts and Sachausgaben with a period, and how the other lines follow them. */
function zeitraumNotizen(szenarien: readonly Szenario[]): string[] {
  const saetze: string[] = [];
  for (const s of szenarien) {
    const angaben = zeitraumAngaben(s);
    if (angaben.length > 0) saetze.push(`Zeiträume in „${s.name}“: ${angaben.join(", ")}.`);
  }
  if (saetze.length > 0) {
    saetze.push(
      "Außerhalb ihres Zeitraums kostet eine Stelle nichts und wird nicht gefördert; Sachausgaben fehlen dann in den " +
        "Projektmitteln.",
      ARBEITSPLATZ_NOTIZ,
    );
  }
  return saetze;
}

// --- formats, chart, print ---------------------------------------------------------------------
function formate(b: Bau): void {
  const { r, sp } = b;
  const { erste, letzte, kopf, summe, barwert: bw } = b.zeile;
  r.formatiere(erste, 1, bw, sp.letzte, zahlenformat(ZAHLENFORMAT.euroCent));
  r.formatiere(erste, sp.regel, letzte, sp.regel, STIL.zentriert);
  r.formatiere(summe, 0, summe, sp.letzte, STIL.summe);
  r.formatiere(bw, 0, bw, sp.letzte, STIL.schlusssumme);
  r.formatiere(kopf, 0, kopf, sp.letzte, STIL.linieUnten);
}

export function baueMehrjahresBlatt(e: MehrjahrBlattEingabe): BlattPlan {
  const b = bauplan(e);
  const { a, sp } = b;
  titelUndAnnahmen(b);
  ausgangswerte(b);
  jahresKopf(b);
  const vergleich = vergleichsjahre(b);
  for (let i = 0; i < b.jahre; i++) jahresZeile(b, i, vergleich);
  summenUndBarwerte(b, vergleich);
  const diagrammOben = notizen(b) + 1;
  formate(b);
  // Eigenanteile per scenario and, with a comparison, the KI's extra burden as third line.
  const datenEnde = b.mitVergleich ? sp.diff : b.n;
  return {
    name: MEHRJAHR_BLATTNAME,
    modus: e.modus,
    zellen: b.r.zellen(),
    formate: b.r.formate,
    spaltenbreiten: [46, ...Array.from({ length: sp.letzte }, () => 17)],
    namen: [],
    diagramme: [
      {
        name: "KI_Mehrjahresplanung_Eigenanteil",
        typ: "linien",
        daten: spanne(b.zeile.kopf, 0, b.zeile.letzte, datenEnde),
        reihenIn: "spalten",
        titel: b.mitVergleich ? "Eigenanteil und Mehrbelastung je Jahr" : "Eigenanteil je Jahr",
        von: zelle(diagrammOben, 0),
        bis: zelle(diagrammOben + 18, Math.min(sp.letzte, 7)),
      },
    ],
    druck: druckA4Quer({
      druckbereich: spanne(0, 0, diagrammOben + 18, sp.letzte),
      titelzeilen: zeilenSpanne(b.zeile.gruppe, b.zeile.kopf),
      kopf: { titel: `Mehrjahresplanung ${a.vonJahr}–${a.bisJahr}`, ...e.druckkopf },
      fusszeileLinks: "KI-Kostenplaner – eigene Annahmen, keine amtlichen Werte",
    }),
  };
}
