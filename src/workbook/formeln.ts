/**
 * The two formula languages of the generated sheets. Both compute exactly what the core computes:
 * every cost line is rounded to cents where the core rounds it, totals are sums of rounded lines.
 *
 * - "ki": the KI.* custom functions (the add-in must be loaded to recalculate);
 * - "nativ": Excel built-ins only (ROUND, SUM, SUMIF, MIN, IF, VLOOKUP), readable without the add-in.
 *
 * All formulas are en-US syntax (comma separators, English names), the form Office.js
 * `range.formulas` and the OOXML file format store.
 */
import {
  BEZUGSANTEIL,
  FOERDERPOSITIONEN,
  type Foerderposition,
  type Foerderregel,
  type Koerperschaft,
  centZuEuro,
} from "../core";
import type { Formelmodus } from "../scenario/optionen";

/** Addresses (sheet-qualified where needed) of the inputs of the refund. */
export interface ErstattungsBezuege {
  aktiv: string;
  jahr: string;
  koerperschaft: string;
  regelwerk: string;
  /** The own rule set's table (KI mode passes it instead of the id cell); absent for a built-in rule set. */
  regelwerkBereich?: string;
  personalkostenGrund: string;
  personalkostenZusatz: string;
  zusatzstellen: string;
  sachausgaben: string;
  landespauschale: string;
  zusatzstelleSatz: string;
  maxZusatzstellen: string;
  sachausgabenpauschale: string;
}

/** Inputs of the refund in one year of the multi-year table (expressions or cells). */
export interface JahreserstattungsBezuege {
  personalkostenGrund: string;
  personalkostenZusatz: string;
  sachausgaben: string;
  jahr: string;
  koerperschaft: string;
  zusatzstellen: string;
  regelwerk: string;
  /** As in ErstattungsBezuege: the own rule set's table on "Annahmen". */
  regelwerkBereich?: string;
}

/**
 * One post's row with per-post caps (a base post of a Förderposition or an extra post): its cells
 * and the table's column ranges, whole and from the first row to this one.
 */
export interface DeckelBezuege {
  position: string;
  anteil: string;
  kosten: string;
  /** This row's cell of the funded share (the cap and the grant read it). */
  gefoerdert: string;
  positionen: string;
  anteile: string;
  kostenSpalte: string;
  positionenBisHier: string;
  anteileBisHier: string;
  kostenBisHier: string;
  /**
   * Cells holding a position's cap and posts (the own rule set's table on "Annahmen"), so editing
   * the table recalculates the per-post caps; absent = the rule data's numbers.
   */
  tabelle?: Partial<Record<Foerderposition, { jeStelle: string; stellen: string }>>;
  /** The extra posts' cap per post and posts funded at most (the Annahmen cells); absent = none funded. */
  zusatz?: { jeStelle: string; stellen: string };
}

/** One column of the year table for the present value: its first cell, all cells, the rest. */
export interface BarwertBezuege {
  erste: string;
  alle: string;
  /** The years after the first; null with a one-year plan. */
  uebrige: string | null;
  zins: string;
}

/**
 * One largest-remainder distribution of the levy sheet (shares by Umlagegrundlagen, or the
 * redistribution of the reductions) for one member row.
 */
export interface VerteilungsBezuege {
  art: "anteil" | "umverteilung";
  /** Absolute cell of the amount to distribute. */
  betrag: string;
  /** Absolute cell of the sum of the weights. */
  summe: string;
  /** Absolute column ranges of the weights and the member numbers. */
  gewichte: string;
  nummern: string;
  /** Zero-based member row. */
  zeile: number;
  /** This row's weight and number cells. */
  gewicht: string;
  nr: string;
  /** Helper cell k of this row, its absolute column range and its cell in the total row. */
  hilfe: (k: number) => string;
  hilfeSpalte: (k: number) => string;
  hilfeSumme: (k: number) => string;
}

export interface Hilfsspalte {
  kopf: string;
  breite: number;
}

export interface Formelsatz {
  modus: Formelmodus;
  /** "Formeln: …" line printed on the sheets. */
  beschreibung: string;
  /** Annual rate of one full-time post of `gruppe` from a two-column rate table (grade | €/Jahr). */
  satzAusTabelle(gruppe: string, tabelle: string): string;
  /**
   * Cost of one staff line; `gruppe` and `satz` are adjacent cells (grade | rate). `tabelle` is the
   * rate table when the rate was looked up there: the cost then uses the table's exact rate, not
   * the rate cell (which KI.PERSONALKOSTEN shows rounded to cents).
   */
  stellenkosten(gruppe: string, satz: string, anteil: string, tabelle?: string): string;
  querschnitt(personalkosten: string, satz: string): string;
  it(anzahl: string, satz: string): string;
  raum(anzahl: string, satz: string): string;
  /** `regel` is the rule set the scenario uses; null when none applies (refund switched off, year too early). */
  erstattung(b: ErstattungsBezuege, regel: Foerderregel | null): string;
  /** Share of one post funded under `regel`'s per-post caps (plain formula in both modes). */
  gefoerderterAnteil(b: DeckelBezuege, regel: Foerderregel): string;
  /** Cap applied to one post: its cap per post × funded share (plain formula in both modes). */
  stellenDeckel(b: DeckelBezuege, regel: Foerderregel): string;
  /** Grant of one post: min(cap, cost of the funded share) (plain formula in both modes). */
  stellenZuwendung(b: DeckelBezuege, deckel: string): string;
  eigenanteil(gesamtkosten: string, erstattung: string): string;
  /** Expression (no "="): `betrag` carried forward `jahre` years at `rate`, rounded to cents. */
  fortschreibung(betrag: string, rate: string, jahre: string): string;
  /** Function named in the multi-year note on carrying forward. */
  fortschreibungName: string;
  /** Refund in one plan year under `regel` (the rule set valid in that year). */
  jahreserstattung(b: JahreserstattungsBezuege, regel: Foerderregel, koerperschaft: Koerperschaft): string;
  barwert(b: BarwertBezuege): string;
  /** Note on the multi-year sheet when the rules are frozen into the formulas; null if not. */
  festeRegelnHinweis: string | null;
  /** Helper columns one levy distribution needs right of the table, in order. */
  verteilungsHilfen(art: VerteilungsBezuege["art"]): readonly Hilfsspalte[];
  /** Indices of the helper columns that get a sum in the total row. */
  summierteHilfen: readonly number[];
  /** The share formula of a member row (null: filled by a spill from the first row) and its helper formulas. */
  verteilung(b: VerteilungsBezuege): { betrag: string | null; hilfen: string[] };
}

/** Euro amounts with cents, the way the core turns € into cents (half away from zero). */
function aufCent(ausdruck: string): string {
  return `ROUND(${ausdruck},2)`;
}

/** The caps of a rule set's grants, as cells or numbers. */
interface Obergrenzen {
  landespauschale: string;
  zusatzstelleSatz: string;
  maxZusatzstellen: string;
  sachausgabenpauschale: string;
}

/**
 * The native refund: each grant is min(eligible cost, cap), as in the core, summed over the
 * grants of the rule set. The one place the funding rules are written out as Excel formula.
 */
function erstattungNativ(
  regel: Foerderregel,
  kosten: { grund: string; zusatz: string; sach: string; zusatzstellen: string },
  grenzen: Obergrenzen,
): string {
  const terme = regel.tatbestaende.map((t) => {
    switch (t.art) {
      case "grundfoerderung":
        return `MIN(${kosten.grund},${grenzen.landespauschale})`;
      case "zusatzstellen":
        return `MIN(${kosten.zusatz},${aufCent(`${grenzen.zusatzstelleSatz}*MIN(${kosten.zusatzstellen},${grenzen.maxZusatzstellen})`)})`;
      case "sachausgaben":
        return `MIN(${kosten.sach},${grenzen.sachausgabenpauschale})`;
    }
  });
  return terme.join("+");
}

/** The caps of `regel` for `koerperschaft` as numbers, for formulas frozen at insert time. */
function grenzenAusRegel(regel: Foerderregel, koerperschaft: Koerperschaft): Obergrenzen {
  const grenzen: Obergrenzen = {
    landespauschale: "0",
    zusatzstelleSatz: "0",
    maxZusatzstellen: "0",
    sachausgabenpauschale: "0",
  };
  for (const t of regel.tatbestaende) {
    if (t.art === "grundfoerderung") grenzen.landespauschale = String(centZuEuro(t.hoechstbetrag));
    if (t.art === "zusatzstellen") {
      grenzen.zusatzstelleSatz = String(centZuEuro(t.jeStelle));
      grenzen.maxZusatzstellen = String(t.maxStellen[koerperschaft]);
    }
    if (t.art === "sachausgaben") grenzen.sachausgabenpauschale = String(centZuEuro(t.hoechstbetrag));
  }
  return grenzen;
}

/**
 * MIN ignores an empty cell, so an emptied cap would mean "no cap" on the native sheet while
 * KI.LANDESERSTATTUNG takes the cap from the rule set: an empty cap cell reads as the rule's cap.
 * (The number of extra posts depends on the Körperschaft cell; it keeps the plain reference.)
 */
function leereGrenzenAusRegel(b: Obergrenzen, regel: Foerderregel): Obergrenzen {
  const r = grenzenAusRegel(regel, "Kreis");
  const oder = (zelle: string, wert: string) => `IF(ISBLANK(${zelle}),${wert},${zelle})`;
  return {
    landespauschale: oder(b.landespauschale, r.landespauschale),
    zusatzstelleSatz: oder(b.zusatzstelleSatz, r.zusatzstelleSatz),
    maxZusatzstellen: b.maxZusatzstellen,
    sachausgabenpauschale: oder(b.sachausgabenpauschale, r.sachausgabenpauschale),
  };
}

/** The Förderpositionen of a row: the base positions and the extra posts. */
const ZUSATZSTELLE = "Zusatzstelle";

/**
 * Per position of a row: the cap per post (as stated for BEZUGSANTEIL) and the posts funded at
 * most, as cells or numbers; null where the rule set does not fund that position.
 */
function positionsWerte(
  b: DeckelBezuege,
  regel: Foerderregel,
): Array<{ position: string; je: string; stellen: string; bezug: number } | { position: string; je: null }> {
  const grund = regel.tatbestaende.find((t) => t.art === "grundfoerderung");
  const werte: Array<
    { position: string; je: string; stellen: string; bezug: number } | { position: string; je: null }
  > = FOERDERPOSITIONEN.map((position) => {
    const p = grund?.positionen.find((x) => x.position === position);
    if (!p) return { position, je: null };
    const zellen = b.tabelle?.[position];
    return zellen
      ? { position, je: zellen.jeStelle, stellen: zellen.stellen, bezug: BEZUGSANTEIL[position] }
      : { position, je: String(centZuEuro(p.jeStelle)), stellen: String(p.stellen), bezug: BEZUGSANTEIL[position] };
  });
  const z = b.zusatz;
  werte.push(
    z ? { position: ZUSATZSTELLE, je: z.jeStelle, stellen: z.stellen, bezug: 1 } : { position: ZUSATZSTELLE, je: null },
  );
  return werte;
}

/** IF(position = …, term, …) over the positions; an unknown position gives #N/A. */
function jePosition(
  b: DeckelBezuege,
  regel: Foerderregel,
  term: (w: { je: string; stellen: string; bezug: number }) => string,
): string {
  let formel = "NA()";
  for (const w of [...positionsWerte(b, regel)].reverse()) {
    formel = `IF(${b.position}="${w.position}",${w.je === null ? "0" : term(w)},${formel})`;
  }
  return formel;
}

/**
 * The funded share of one post, as zuwendungenJeStelle computes it: the posts of a position are
 * funded up to its "Stellen höchstens" by eligible cost per FTE (cost / share, compared as
 * cost × share of the other row), ties in row order — so the order of the rows does not change
 * the result. Written out with plain functions, so both modes show the same share.
 */
function gefoerderterAnteil(b: DeckelBezuege, regel: Foerderregel): string {
  const [p, a, k] = [b.position, b.anteil, b.kosten];
  const vorher =
    `SUMPRODUCT((${b.positionen}=${p})*(${b.kostenSpalte}*${a}>${k}*${b.anteile})*${b.anteile})` +
    `+SUMPRODUCT((${b.positionenBisHier}=${p})*(${b.kostenBisHier}*${a}=${k}*${b.anteileBisHier})*${b.anteileBisHier})-${a}`;
  return `=${jePosition(b, regel, (w) => `MAX(0,MIN(${a},${w.stellen}-(${vorher})))`)}`;
}

/** The cap of one post: cap per post × funded share / the share the cap is stated for, in cents. */
function stellenDeckel(b: DeckelBezuege, regel: Foerderregel): string {
  return `=${jePosition(b, regel, (w) => aufCent(`${w.je}*${b.gefoerdert}/${w.bezug}`))}`;
}

/** min(cap, cost of the funded share); a row funded in full counts its cost as it stands. */
const stellenZuwendung = (b: DeckelBezuege, deckel: string) =>
  `=MIN(${deckel},IF(${b.gefoerdert}=${b.anteil},${b.kosten},${aufCent(`${b.kosten}*${b.gefoerdert}/${b.anteil}`)}))`;

/** Rank (0 = first) by remainder, then larger weight, then smaller Nr.: the core's tie-break. */
function rangFormel(
  reste: string,
  gewichte: string,
  nummern: string,
  rest: string,
  gewicht: string,
  nr: string,
): string {
  return (
    `=SUMPRODUCT((${reste}>${rest})+(${reste}=${rest})*(${gewichte}>${gewicht})` +
    `+(${reste}=${rest})*(${gewichte}=${gewicht})*(${nummern}<${nr}))`
  );
}

/** Native largest remainder in three helper columns: rounded-down cents, remainder, rank. */
function verteilungNativ(b: VerteilungsBezuege): { betrag: string; hilfen: string[] } {
  const cent = `ABS(ROUND(${b.betrag}*100,0))`;
  const [ab, rest, rang] = [b.hilfe(0), b.hilfe(1), b.hilfe(2)];
  const hilfen = [
    `=IF(${b.summe}=0,0,INT(${cent}*${b.gewicht}/${b.summe}))`,
    `=IF(${b.summe}=0,0,${cent}*${b.gewicht}/${b.summe}-${ab})`,
    rangFormel(b.hilfeSpalte(1), b.gewichte, b.nummern, rest, b.gewicht, b.nr),
  ];
  const anteil = `SIGN(${b.betrag})*(${ab}+IF(${rang}<${cent}-${b.hilfeSumme(0)},1,0))/100`;
  const betrag =
    b.art === "anteil" ? `=IF(${b.summe}=0,0,${anteil})` : `=IF(AND(${b.betrag}<>0,${b.summe}=0),NA(),${anteil})`;
  return { betrag, hilfen };
}

// Wide enough for the longest word ("Rundungshilfe", "Umverteilung:") in bold: headers break between
// words, never inside one, and the header row stays as low as the table's own headers.
const HILFEN_ANTEIL: readonly Hilfsspalte[] = [
  { kopf: "Rundungshilfe: Anteil abgerundet (ct)", breite: 16 },
  { kopf: "Rundungshilfe: Rest", breite: 16 },
  { kopf: "Rundungshilfe: Rang", breite: 16 },
];
const HILFEN_UMVERTEILUNG: readonly Hilfsspalte[] = [
  { kopf: "Rundungshilfe Umverteilung: abgerundet (ct)", breite: 16 },
  { kopf: "Rundungshilfe Umverteilung: Rest", breite: 16 },
  { kopf: "Rundungshilfe Umverteilung: Rang", breite: 16 },
];

/**
 * Empty input cells in KI.* formulas. Excel passes an empty cell as 0 on Windows and as null on
 * the web, and a function reads null like an omitted argument (its default). So the sheet decides:
 * an empty number counts as 0, as in the native formulas' arithmetic; an empty text or year is
 * handed over as "", the same as omitted (Körperschaft, rule set and year take their defaults,
 * as the native sheet does).
 */
const zahlOderNull = (zelle: string) => `IF(ISBLANK(${zelle}),0,${zelle})`;
const textOderLeer = (zelle: string) => `IF(ISBLANK(${zelle}),"",${zelle})`;

const FORMELN_KI: Formelsatz = {
  modus: "ki",
  beschreibung: "Formeln: KI-Funktionen (Add-in erforderlich)",
  satzAusTabelle: (gruppe, tabelle) => `=KI.PERSONALKOSTEN(${gruppe},1,${tabelle})`,
  // The line's own grade and rate form a one-row rate table, so own and looked-up rates take
  // the same path through the core.
  stellenkosten: (gruppe, satz, anteil, tabelle) =>
    `=KI.PERSONALKOSTEN(${gruppe},${zahlOderNull(anteil)},${tabelle ?? `${gruppe}:${satz}`})`,
  querschnitt: (pk, satz) => `=KI.QUERSCHNITTSKOSTEN(${pk},${zahlOderNull(satz)})`,
  it: (anzahl, satz) => `=KI.ITKOSTEN(${zahlOderNull(anzahl)},${zahlOderNull(satz)})`,
  raum: (anzahl, satz) => `=KI.RAUMKOSTEN(${zahlOderNull(anzahl)},${zahlOderNull(satz)})`,
  erstattung: (b) =>
    `=IF(${b.aktiv}="ja",KI.LANDESERSTATTUNG(${b.personalkostenGrund},${textOderLeer(b.jahr)},` +
    `${textOderLeer(b.koerperschaft)},${b.zusatzstellen},${b.personalkostenZusatz},` +
    `${zahlOderNull(b.sachausgaben)},${b.regelwerkBereich ?? textOderLeer(b.regelwerk)}),0)`,
  gefoerderterAnteil,
  stellenDeckel,
  stellenZuwendung,
  eigenanteil: (gesamt, erstattung) => `=KI.EIGENANTEIL(${gesamt},${erstattung})`,
  // An emptied rate means 0 % in both modes (Excel passes an empty cell as null or 0).
  fortschreibung: (betrag, rate, jahre) => `KI.FORTSCHREIBUNG(${betrag},${zahlOderNull(rate)},${jahre})`,
  fortschreibungName: "KI.FORTSCHREIBUNG",
  jahreserstattung: (b) =>
    `=KI.LANDESERSTATTUNG(${b.personalkostenGrund},${b.jahr},${b.koerperschaft},` +
    `${b.zusatzstellen},${b.personalkostenZusatz},${b.sachausgaben},${b.regelwerkBereich ?? b.regelwerk})`,
  barwert: (b) => `=KI.BARWERT(${b.alle},${zahlOderNull(b.zins)})`,
  festeRegelnHinweis: null,
  verteilungsHilfen: () => [],
  summierteHilfen: [],
  // One spilling formula per column in the first row; while nothing is to distribute every share is 0.
  verteilung: (b) => {
    if (b.zeile > 0) return { betrag: null, hilfen: [] };
    const leer = b.art === "anteil" ? `${b.summe}=0` : `${b.betrag}=0`;
    return { betrag: `=IF(${leer},${b.gewichte}*0,KI.UMLAGE(${b.betrag},${b.gewichte}))`, hilfen: [] };
  },
};

const FORMELN_NATIV: Formelsatz = {
  modus: "nativ",
  beschreibung: "Formeln: nur Excel-Standardfunktionen – ohne Add-in lesbar",
  satzAusTabelle: (gruppe, tabelle) => `=VLOOKUP(${gruppe},${tabelle},2,FALSE)`,
  stellenkosten: (_gruppe, satz, anteil) => `=${aufCent(`${satz}*${anteil}`)}`,
  querschnitt: (pk, satz) => `=${aufCent(`${pk}*${satz}`)}`,
  it: (anzahl, satz) => `=${aufCent(`${anzahl}*${satz}`)}`,
  raum: (anzahl, satz) => `=${aufCent(`${anzahl}*${satz}`)}`,
  erstattung: (b, regel) => {
    // Without a rule set there is nothing to compute: #N/A if the refund is switched on.
    if (!regel) return `=IF(${b.aktiv}="ja",NA(),0)`;
    // The caps are the labelled Annahmen cells.
    const kosten = {
      grund: b.personalkostenGrund,
      zusatz: b.personalkostenZusatz,
      sach: aufCent(b.sachausgaben),
      zusatzstellen: b.zusatzstellen,
    };
    return `=IF(${b.aktiv}="ja",${erstattungNativ(regel, kosten, leereGrenzenAusRegel(b, regel))},0)`;
  },
  gefoerderterAnteil,
  stellenDeckel,
  stellenZuwendung,
  eigenanteil: (gesamt, erstattung) => `=${gesamt}-${erstattung}`,
  fortschreibung: (betrag, rate, jahre) => aufCent(`${betrag}*(1+${rate})^(${jahre})`),
  fortschreibungName: "RUNDEN",
  jahreserstattung: (b, regel, koerperschaft) => {
    const kosten = {
      grund: b.personalkostenGrund,
      zusatz: b.personalkostenZusatz,
      sach: b.sachausgaben,
      zusatzstellen: b.zusatzstellen,
    };
    return `=${erstattungNativ(regel, kosten, grenzenAusRegel(regel, koerperschaft))}`;
  },
  barwert: (b) => (b.uebrige === null ? `=ROUND(${b.erste},2)` : `=ROUND(${b.erste}+NPV(${b.zins},${b.uebrige}),2)`),
  festeRegelnHinweis:
    "Modus „nativ“: Die Förderregeln sind beim Einfügen als Formeln ausgeschrieben; bei Änderungen neu einfügen.",
  verteilungsHilfen: (art) => (art === "anteil" ? HILFEN_ANTEIL : HILFEN_UMVERTEILUNG),
  summierteHilfen: [0],
  verteilung: verteilungNativ,
};

export function formelsatz(modus: Formelmodus): Formelsatz {
  return modus === "ki" ? FORMELN_KI : FORMELN_NATIV;
}
