/**
 * The "Umlage" sheet: what each member municipality pays through the Kreisumlage for the KI's
 * extra Eigenanteil (ΔC = Eigenanteil KI − Eigenanteil derzeitige Struktur), in proportion to its
 * Umlagegrundlagen (§ 56 KrO NRW), with the equivalent Hebesatz points and an optional reduction
 * under § 56 Abs. 4 KrO for members that benefit particularly little.
 *
 * Reduction, exactly as src/core/umlage.ts (verteileUmlage) defines it: member i is relieved of
 * round(mᵢ × anteilᵢ); the relieved total is spread over the members with m = 0 in proportion to
 * their Umlagegrundlagen, largest remainder again, so the burdens always sum to ΔC.
 *
 * Mode "ki" spills KI.UMLAGE; mode "nativ" writes the largest-remainder rounding out in helper
 * columns (rounded-down cents, remainder, rank), so both give the same cents.
 */
import {
  Cent,
  KiFehler,
  Umlageverteilung,
  centZuEuro,
  euroZuCent,
  minderbelastungOhneTraeger,
  regelMitStatus,
  hebesatzRheinSieg,
  quellenVermerk,
  verteileUmlage,
} from "../../core";
import { berechneSzenario } from "../../scenario/berechnung";
import type { Szenario } from "../../scenario/modell";
import { spanne, zeilenSpanne, zelle } from "../adressen";
import { druckA4Quer, type Druckkopf } from "../druck";
import { type Formelsatz, type VerteilungsBezuege, formelsatz } from "../formeln";
import type { Bezugsfunktion } from "../mehrjahr/blatt";
import { type BlattPlan, type UmlageOptionen, type Zeilenblock, type Zelle, mitZeilenblock } from "../plan";
import type { Formelmodus, UmlageMitglied } from "../../scenario/optionen";
import { Raster } from "../raster";
import { type Formelvorlage, formelvorlage, passt, WanderndeFormel } from "../formelvorlage";
import { eingabeZahl, STIL, ZAHLENFORMAT, zahlenformat } from "../stil";

export const UMLAGE_BLATTNAME = "Umlage";

export interface UmlageBlattEingabe {
  szenarien: readonly Szenario[];
  optionen: UmlageOptionen;
  modus: Formelmodus;
  /** Date and council document number for the printed header, as on the other sheets. */
  druckkopf?: Omit<Druckkopf, "titel">;
  /** Cells holding each scenario's Eigenanteil ("eigenanteil"), e.g. the Kostenvergleich totals. */
  bezug?: Bezugsfunktion;
}

const Z = { titel: 0, untertitel: 1, betrag: 3, summeUg: 4, punkte: 5, umverteilt: 6, hinweis: 7, kopf: 9 } as const;

/** Columns. */
const S = {
  nr: 0,
  name: 1,
  belastung: 2,
  grundlage: 3,
  minder: 4,
  anteil: 5,
  entlastung: 6,
  umverteilung: 7,
  quote: 8,
  traeger: 9,
  // Helper columns the formula set may need follow (mode "nativ": rounded-down cents, remainder,
  // rank – once for the shares, once for the redistribution).
} as const;

interface Differenz {
  cent: Cent;
  formel: string | null;
  quelle: string;
}

function zusaetzlicherEigenanteil(e: UmlageBlattEingabe): Differenz {
  const basisIndex = e.szenarien.findIndex((s) => s.typ === "derzeitig");
  const kiIndex = e.szenarien.findIndex((s) => s.typ === "ki");
  if (kiIndex < 0) throw new KiFehler("wert", "Für das Umlageblatt fehlt ein KI-Szenario.");
  const eaKi = berechneSzenario(e.szenarien[kiIndex]).aufstellung.eigenanteil;
  const zielKi = e.bezug?.(kiIndex, "eigenanteil") ?? null;
  if (basisIndex < 0) {
    return {
      cent: eaKi,
      formel: zielKi ? `=${zielKi}` : null,
      quelle: `Keine derzeitige Struktur angegeben: voller Eigenanteil von „${e.szenarien[kiIndex].name}“`,
    };
  }
  const eaBasis = berechneSzenario(e.szenarien[basisIndex]).aufstellung.eigenanteil;
  const zielBasis = e.bezug?.(basisIndex, "eigenanteil") ?? null;
  return {
    cent: eaKi - eaBasis,
    formel: zielKi && zielBasis ? `=${zielKi}-${zielBasis}` : null,
    quelle: `Kostenvergleich: Eigenanteil „${e.szenarien[kiIndex].name}“ − Eigenanteil „${e.szenarien[basisIndex].name}“`,
  };
}

function pruefeMitglieder(mitglieder: readonly UmlageMitglied[]): void {
  if (mitglieder.length === 0) throw new KiFehler("wert", "Das Umlageblatt braucht mindestens eine Mitgliedsgemeinde.");
  for (const m of mitglieder) {
    if (m.grundlage !== null && !(m.grundlage >= 0)) {
      throw new KiFehler("wert", `Die Umlagegrundlagen von „${m.name}“ dürfen nicht negativ sein.`);
    }
    if (!(m.minderbelastung >= 0 && m.minderbelastung <= 1)) {
      throw new KiFehler("wert", `Die Minderbelastung von „${m.name}“ muss zwischen 0 % und 100 % liegen.`);
    }
  }
  const ohneTraeger = minderbelastungOhneTraeger(mitglieder);
  if (ohneTraeger) throw new KiFehler("wert", ohneTraeger);
}

/** The distribution the sheet will show, or null while no Umlagegrundlagen are entered (all shares 0). */
function erwarteteVerteilung(betrag: Cent, mitglieder: readonly UmlageMitglied[]): Umlageverteilung | null {
  const positionen = mitglieder.map((m) => ({
    grundlage: m.grundlage === null ? 0 : euroZuCent(m.grundlage),
    minderbelastung: m.minderbelastung,
  }));
  if (positionen.every((p) => p.grundlage === 0)) return null;
  try {
    return verteileUmlage(betrag, positionen);
  } catch {
    // Nobody left to carry the reduction: the sheet shows the error itself.
    return null;
  }
}

/** What the parts of the sheet share while it is built. */
interface Bau {
  r: Raster;
  e: UmlageBlattEingabe;
  formeln: Formelsatz;
  mitglieder: readonly UmlageMitglied[];
  delta: Differenz;
  verteilung: Umlageverteilung | null;
  erste: number;
  letzte: number;
  summenZeile: number;
  summeUgCent: number;
  /** First helper column of the shares and of the redistribution; last column of the sheet. */
  hilfeAb: { anteil: number; umverteilung: number };
  letzteSpalte: number;
}

function bauplan(e: UmlageBlattEingabe): Bau {
  const mitglieder = e.optionen.mitglieder;
  pruefeMitglieder(mitglieder);
  const delta = zusaetzlicherEigenanteil(e);
  const formeln = formelsatz(e.modus);
  const erste = Z.kopf + 1;
  const letzte = erste + mitglieder.length - 1;
  const hilfenAnteil = formeln.verteilungsHilfen("anteil").length;
  const hilfenUmverteilung = formeln.verteilungsHilfen("umverteilung").length;
  return {
    r: new Raster(),
    e,
    formeln,
    mitglieder,
    delta,
    verteilung: erwarteteVerteilung(delta.cent, mitglieder),
    erste,
    letzte,
    summenZeile: letzte + 1,
    summeUgCent: mitglieder.reduce((s, m) => s + (m.grundlage === null ? 0 : euroZuCent(m.grundlage)), 0),
    hilfeAb: { anteil: S.traeger + 1, umverteilung: S.traeger + 1 + hilfenAnteil },
    letzteSpalte: S.traeger + hilfenAnteil + hilfenUmverteilung,
  };
}

/** The upper block sits in the wide name column (label), the burden column (value) and the next (note). */
const [L, W, Q] = [S.name, S.belastung, S.grundlage];
const OBEN = {
  betrag: zelle(Z.betrag, W, true),
  summeUg: zelle(Z.summeUg, W, true),
  umverteilt: zelle(Z.umverteilt, W, true),
} as const;

/** Every member row's formulas name the same column ranges: built once per sheet, not once per row. */
const spalten = new WeakMap<Bau, Map<number, string>>();

function spalteVon(b: Bau, sp: number): string {
  let je = spalten.get(b);
  if (!je) spalten.set(b, (je = new Map()));
  let text = je.get(sp);
  if (text === undefined) je.set(sp, (text = spanne(b.erste, sp, b.letzte, sp, true)));
  return text;
}

function summeVon(b: Bau, sp: number): string {
  return zelle(b.summenZeile, sp, true);
}

// --- title and the amount to distribute ----------------------------------------------------------
function titelUndBetrag(b: Bau): void {
  const { r, delta, verteilung } = b;
  r.text(Z.titel, 0, "Kreisumlage: Belastung der Mitgliedsgemeinden durch das KI", STIL.titel);
  r.text(
    Z.untertitel,
    0,
    "Der zusätzliche Eigenanteil des Kreises wird über die Kreisumlage nach den Umlagegrundlagen verteilt (§ 56 KrO NRW): " +
      "Gemeinde i trägt ΔC × UGᵢ / Σ UG.",
    STIL.erlaeuterung,
  );
  r.text(Z.betrag, L, "Zusätzlicher Eigenanteil des KI (ΔC, €/Jahr)", STIL.fett);
  const betragFormat = { ...zahlenformat(ZAHLENFORMAT.euroCent), ...STIL.fett };
  if (delta.formel) r.formel(Z.betrag, W, delta.formel, centZuEuro(delta.cent), betragFormat);
  else r.zahl(Z.betrag, W, centZuEuro(delta.cent), betragFormat);
  r.text(Z.betrag, Q, delta.quelle, STIL.erlaeuterung);

  r.text(Z.summeUg, L, "Summe der Umlagegrundlagen (€)");
  r.formel(
    Z.summeUg,
    W,
    `=SUM(${spalteVon(b, S.grundlage)})`,
    centZuEuro(b.summeUgCent),
    zahlenformat(ZAHLENFORMAT.euroCent),
  );
  r.text(
    Z.summeUg,
    Q,
    "Eigene Eingabe je Gemeinde: Umlagegrundlagen nach dem GFG des Jahres (Steuerkraftmesszahlen + Schlüsselzuweisungen)",
    STIL.erlaeuterung,
  );
  r.text(Z.punkte, L, "Entspricht Hebesatzpunkten der Kreisumlage");
  r.formel(
    Z.punkte,
    W,
    `=IF(${OBEN.summeUg}=0,"–",${OBEN.betrag}/${OBEN.summeUg}*100)`,
    verteilung ? verteilung.hebesatzpunkte : "–",
    { ...zahlenformat(ZAHLENFORMAT.hebesatzpunkte), ...STIL.rechtsbuendig },
  );
  r.text(Z.punkte, Q, "ΔC / Σ Umlagegrundlagen × 100 (Prozentpunkte)", STIL.erlaeuterung);
}

// --- reduction and the hint on missing Umlagegrundlagen ------------------------------------------
function umverteilungUndHinweis(b: Bau): void {
  const { r, verteilung } = b;
  const anzahl = b.mitglieder.length;
  r.text(Z.umverteilt, L, "Minderbelastung nach § 56 Abs. 4 KrO, umverteilt (€)");
  const umverteilt = verteilung ? centZuEuro(sum(verteilung.entlastungen)) : 0;
  r.formel(Z.umverteilt, W, `=${summeVon(b, S.entlastung)}`, umverteilt, zahlenformat(ZAHLENFORMAT.euroCent));
  r.text(
    Z.umverteilt,
    Q,
    "Gemeinde i wird um Minderbelastung × Anteil entlastet; die Summe tragen die nicht entlasteten Gemeinden nach Umlagegrundlagen",
    STIL.erlaeuterung,
  );
  const fehlend = b.mitglieder.filter((m) => m.grundlage === null || m.grundlage === 0).length;
  const grundlagen = spalteVon(b, S.grundlage);
  r.formel(
    Z.hinweis,
    0,
    `=IF(COUNTIF(${grundlagen},">0")<${anzahl},"Hinweis: Für "&(${anzahl}-COUNTIF(${grundlagen},">0"))&` +
      `" von ${anzahl} Gemeinden sind keine Umlagegrundlagen eingetragen; sie tragen 0 €. Bitte die Beträge in Spalte D eintragen.","")`,
    fehlend > 0
      ? `Hinweis: Für ${fehlend} von ${anzahl} Gemeinden sind keine Umlagegrundlagen eingetragen; sie tragen 0 €. Bitte die Beträge in Spalte D eintragen.`
      : "",
    STIL.warnung,
  );
}

const KOEPFE: ReadonlyArray<[number, string]> = [
  [S.nr, "Nr."],
  [S.name, "Gemeinde"],
  [S.belastung, "Belastung durch das KI (€/Jahr)"],
  [S.grundlage, "Umlagegrundlagen (€)"],
  [S.minder, "Minderbelastung § 56 Abs. 4 KrO (0–100 %)"],
  [S.anteil, "Anteil nach Umlagegrundlagen (€)"],
  [S.entlastung, "Entlastung (€)"],
  [S.umverteilung, "Umverteilung der Entlastungen (€)"],
  [S.quote, "Anteil an Σ UG"],
  [S.traeger, "Grundlage für die Umverteilung (€)"],
];

function tabellenKopf(b: Bau): void {
  const koepfe = [...KOEPFE];
  for (const art of ["anteil", "umverteilung"] as const) {
    b.formeln.verteilungsHilfen(art).forEach((h, k) => koepfe.push([b.hilfeAb[art] + k, h.kopf]));
  }
  for (const [sp, t] of koepfe) b.r.text(Z.kopf, sp, t, STIL.kopfzeile);
}

/** One of the two distributions (shares, redistribution) for member row i, by the formula set. */
function verteilungsZeile(
  b: Bau,
  art: VerteilungsBezuege["art"],
  i: number,
): { betrag: string | null; hilfen: string[] } {
  const z = b.erste + i;
  const gewicht = art === "anteil" ? S.grundlage : S.traeger;
  const ab = b.hilfeAb[art];
  return b.formeln.verteilung({
    art,
    betrag: art === "anteil" ? OBEN.betrag : OBEN.umverteilt,
    summe: art === "anteil" ? OBEN.summeUg : summeVon(b, S.traeger),
    gewichte: spalteVon(b, gewicht),
    nummern: spalteVon(b, S.nr),
    zeile: i,
    gewicht: zelle(z, gewicht),
    nr: zelle(z, S.nr),
    hilfe: (k) => zelle(z, ab + k),
    hilfeSpalte: (k) => spalteVon(b, ab + k),
    hilfeSumme: (k) => summeVon(b, ab + k),
  });
}

// --- one member ---------------------------------------------------------------------------------
type Formelzelle = [spalte: number, formel: () => string | null, ergebnis: number | string | undefined];

/** The formula cells of member i: column, the formula's text (built when called), the value expected. */
function mitgliedFormeln(b: Bau, i: number): Formelzelle[] {
  const z = b.erste + i;
  const hier = (sp: number) => zelle(z, sp);
  const euro = (werte: Cent[] | undefined) => (werte ? centZuEuro(werte[i]) : 0);
  const m = b.mitglieder[i];
  const minder = hier(S.minder);
  const zellen: Formelzelle[] = [];
  const ziele = { anteil: S.anteil, umverteilung: S.umverteilung } as const;
  const erwartet = { anteil: b.verteilung?.anteile, umverteilung: b.verteilung?.mehrbelastungen };
  for (const art of ["anteil", "umverteilung"] as const) {
    let v: ReturnType<typeof verteilungsZeile> | undefined;
    const verteilung = () => (v ??= verteilungsZeile(b, art, i));
    b.formeln.verteilungsHilfen(art).forEach((_, k) => {
      zellen.push([b.hilfeAb[art] + k, () => verteilung().hilfen[k] ?? null, undefined]);
    });
    zellen.push([ziele[art], () => verteilung().betrag, euro(erwartet[art])]);
  }
  zellen.push(
    [
      S.entlastung,
      () => `=IF(OR(${minder}<0,${minder}>1),NA(),ROUND(${hier(S.anteil)}*${minder},2))`,
      euro(b.verteilung?.entlastungen),
    ],
    [S.traeger, () => `=IF(${minder}=0,${hier(S.grundlage)},0)`, m.minderbelastung === 0 ? (m.grundlage ?? 0) : 0],
    [
      S.belastung,
      () => `=${hier(S.anteil)}-${hier(S.entlastung)}+${hier(S.umverteilung)}`,
      euro(b.verteilung?.belastungen),
    ],
    [
      S.quote,
      () => `=IF(${OBEN.summeUg}=0,0,${hier(S.grundlage)}/${OBEN.summeUg})`,
      b.summeUgCent === 0 || m.grundlage === null ? 0 : euroZuCent(m.grundlage) / b.summeUgCent,
    ],
  );
  return zellen;
}

/** Member i's number, name and inputs, the formula cells still empty. */
function mitgliedEingaben(b: Bau, i: number): Zelle[] {
  const m = b.mitglieder[i];
  const zeile: Zelle[] = Array<Zelle>(b.letzteSpalte + 1).fill(null);
  zeile[S.nr] = { zahl: i + 1 };
  zeile[S.name] = { text: m.name };
  if (m.grundlage !== null) zeile[S.grundlage] = { zahl: m.grundlage };
  zeile[S.minder] = { zahl: m.minderbelastung };
  return zeile;
}

function formelzelle(text: string | null, ergebnis: number | string | undefined): Zelle {
  if (text === null) return null;
  return ergebnis === undefined ? { formel: text } : { formel: text, ergebnis };
}

/** Member i's row with every formula spelt out. */
function mitgliedZeileAusgeschrieben(b: Bau, i: number): Zelle[] {
  const zeile = mitgliedEingaben(b, i);
  for (const [sp, formel, ergebnis] of mitgliedFormeln(b, i)) zeile[sp] = formelzelle(formel(), ergebnis);
  return zeile;
}

/** Every member row with every formula spelt out, as the rows were built before templates (for the tests). */
export function ausgeschriebeneMitgliedZeilen(e: UmlageBlattEingabe): Zelle[][] {
  const b = bauplan(e);
  return b.mitglieder.map((_, i) => mitgliedZeileAusgeschrieben(b, i));
}

/**
 * Per column, the template of the first member's formula where it moves down with the row (the
 * second and the last member's formulas are that template moved; every row is in the tests), else
 * null: such a column is spelt out in every row.
 */
const vorlagenJeBau = new WeakMap<Bau, Array<Formelvorlage | null>>();

function vorlagenDer(b: Bau): Array<Formelvorlage | null> {
  let vorlagen = vorlagenJeBau.get(b);
  if (vorlagen) return vorlagen;
  const erste = mitgliedZeileAusgeschrieben(b, 0);
  const proben = [...new Set([1, b.mitglieder.length - 1])]
    .filter((i) => i > 0 && i < b.mitglieder.length)
    .map((i) => [i, mitgliedZeileAusgeschrieben(b, i)] as const);
  vorlagen = erste.map((z, sp) => {
    if (!z || !("formel" in z)) return null;
    const v = formelvorlage(z.formel);
    return proben.every(([i, zeile]) => {
      const p = zeile[sp];
      return p !== null && "formel" in p && passt(v, p.formel, i);
    })
      ? v
      : null;
  });
  vorlagenJeBau.set(b, vorlagen);
  return vorlagen;
}

/**
 * The row of member i, built when a writer asks for it (BlattPlan.zeilenblock): 100,000 members
 * are never 1.6 million cells held at once. A formula that moves down with the row is its template
 * and the distance (WanderndeFormel), spelt out only when read.
 */
function mitgliedZeile(b: Bau, i: number): Zelle[] {
  const vorlagen = vorlagenDer(b);
  const zeile = mitgliedEingaben(b, i);
  for (const [sp, formel, ergebnis] of mitgliedFormeln(b, i)) {
    const v = vorlagen[sp];
    zeile[sp] = v ? new WanderndeFormel(v, i, ergebnis) : formelzelle(formel(), ergebnis);
  }
  return zeile;
}

/** One cell of member i: the chart reads names and burdens only, without the row's other formulas. */
function mitgliedZelle(b: Bau, i: number, sp: number): Zelle {
  const eingabe = mitgliedEingaben(b, i)[sp];
  if (eingabe !== null) return eingabe;
  const f = mitgliedFormeln(b, i).find(([s]) => s === sp);
  if (!f) return null;
  const v = vorlagenDer(b)[sp];
  return v ? new WanderndeFormel(v, i, f[2]) : formelzelle(f[1](), f[2]);
}

// --- total row -----------------------------------------------------------------------------------
function summenZeile(b: Bau): void {
  const { r, verteilung: v } = b;
  r.text(b.summenZeile, S.name, "Summe", STIL.fett);
  const traegerCent = b.mitglieder.reduce(
    (s, m) => s + (m.minderbelastung === 0 && m.grundlage !== null ? euroZuCent(m.grundlage) : 0),
    0,
  );
  const summen: Array<[number, number | undefined]> = [
    [S.belastung, v ? centZuEuro(sum(v.belastungen)) : 0],
    [S.grundlage, centZuEuro(b.summeUgCent)],
    [S.anteil, v ? centZuEuro(sum(v.anteile)) : 0],
    [S.entlastung, v ? centZuEuro(sum(v.entlastungen)) : 0],
    [S.umverteilung, v ? centZuEuro(sum(v.mehrbelastungen)) : 0],
    [S.quote, b.summeUgCent === 0 ? 0 : 1],
    [S.traeger, centZuEuro(traegerCent)],
  ];
  for (const art of ["anteil", "umverteilung"] as const) {
    for (const k of b.formeln.summierteHilfen) summen.push([b.hilfeAb[art] + k, undefined]);
  }
  for (const [sp, ergebnis] of summen) {
    r.formel(b.summenZeile, sp, `=SUM(${spanne(b.erste, sp, b.letzte, sp)})`, ergebnis);
  }
}

// --- notes ---------------------------------------------------------------------------------------
/** Returns the first row after the notes. */
function notizen(b: Bau): number {
  let z = b.summenZeile + 2;
  const notiz = (t: string) => b.r.text(z++, 0, t, STIL.hinweis);
  notiz(
    "Rundung: Anteile auf volle Cent abgerundet, die restlichen Cent erhalten die Gemeinden mit den größten Resten " +
      "(bei Gleichstand die größere Umlagegrundlage, dann die kleinere Nr.); die Summe ist genau ΔC.",
  );
  notiz(
    "§ 56 Abs. 4 KrO: Ein Kreisteil, dem eine Kreiseinrichtung besonders wenig nützt, ist geringer zu belasten " +
      "(OVG NRW 15 A 5295/00). Gemeinde i trägt (1 − Minderbelastung) × Anteil; die Entlastungen tragen die nicht entlasteten Gemeinden nach Umlagegrundlagen.",
  );
  notiz("ΔC ist der jährliche Mehrbetrag im Jahr des Kostenvergleichs.");
  // The refund inside ΔC follows a rule set: name it and how sure it is, as every sheet does.
  for (const s of b.e.szenarien) {
    const regel = s.erstattung.aktiv ? berechneSzenario(s).regel : null;
    if (regel) notiz(`Landeserstattung „${s.name}“ in ΔC: ${regelMitStatus(regel)}.`);
  }
  return hebesatzZeile(b, z + 1);
}

/**
 * The allgemeine Kreisumlage of the KI scenario's year, beside the Hebesatz points for scale: the
 * Rhein-Sieg-Kreis's reported rate with its source, or, for a year no source gives (2019), an empty
 * input cell that asks for the Kreis's own. Not used in any formula. Returns the next free row.
 */
function hebesatzZeile(b: Bau, z: number): number {
  const jahr = b.e.szenarien.find((s) => s.typ === "ki")?.jahr ?? b.e.szenarien[0]?.jahr;
  if (jahr === undefined) return z;
  const h = hebesatzRheinSieg(jahr);
  b.r.text(z, L, `Allgemeine Kreisumlage (Hebesatz) ${jahr}`, STIL.fett);
  const format = { ...eingabeZahl(ZAHLENFORMAT.prozentGenau), ...STIL.rechtsbuendig };
  if (h) {
    b.r.zahl(z, W, h.prozent / 100, format);
    b.r.text(
      z,
      Q,
      `Rhein-Sieg-Kreis – ${quellenVermerk(h.quelle)}; für einen anderen Kreis den eigenen Hebesatz eintragen`,
      STIL.erlaeuterung,
    );
  } else {
    b.r.formatiereZelle(z, W, format);
    b.r.text(
      z,
      Q,
      `Für ${jahr} ist kein Hebesatz belegt: bitte den Hebesatz Ihres Kreises für ${jahr} eintragen (zur Einordnung, rechnet nicht mit).`,
      STIL.erlaeuterung,
    );
  }
  return z + 1;
}

// --- formats -------------------------------------------------------------------------------------
function formate(b: Bau): void {
  const { r, erste, letzte, summenZeile: summe } = b;
  r.formatiere(erste, S.grundlage, letzte, S.minder, STIL.eingabe);
  for (const sp of [S.belastung, S.grundlage, S.anteil, S.entlastung, S.umverteilung, S.traeger]) {
    r.formatiere(erste, sp, summe, sp, zahlenformat(ZAHLENFORMAT.euroCent));
  }
  r.formatiere(erste, S.minder, letzte, S.minder, eingabeZahl(ZAHLENFORMAT.prozent));
  r.formatiere(erste, S.quote, summe, S.quote, zahlenformat(ZAHLENFORMAT.prozentGenau));
  r.formatiere(erste, S.belastung, summe, S.belastung, STIL.fett);
  r.formatiere(summe, 0, summe, b.letzteSpalte, STIL.einzigeSumme);
  if (b.letzteSpalte > S.traeger) {
    r.formatiere(erste, S.traeger + 1, summe, b.letzteSpalte, STIL.hilfsspalte);
  }
}

export function baueUmlageBlatt(e: UmlageBlattEingabe): BlattPlan {
  const b = bauplan(e);
  const anzahl = b.mitglieder.length;
  titelUndBetrag(b);
  umverteilungUndHinweis(b);
  tabellenKopf(b);
  summenZeile(b);
  const diagrammOben = notizen(b) + 1;
  formate(b);
  const hilfsbreiten = (["anteil", "umverteilung"] as const).flatMap((art) =>
    b.formeln.verteilungsHilfen(art).map((h) => h.breite),
  );
  const block: Zeilenblock = {
    ab: b.erste,
    anzahl,
    zeile: (i) => mitgliedZeile(b, i),
    zelle: (i, sp) => mitgliedZelle(b, i, sp),
    uebrige: b.r.roheZeilen,
    breite: Math.max(b.letzteSpalte + 1, b.r.breite),
  };
  return mitZeilenblock(
    {
      name: UMLAGE_BLATTNAME,
      modus: e.modus,
      formate: b.r.formate,
      spaltenbreiten: [6, 44, 18, 20, 17, 18, 14, 18, 12, 20, ...hilfsbreiten],
      namen: [],
      diagramme: [
        {
          name: "KI_Umlage_Belastung",
          typ: "balken",
          daten: spanne(Z.kopf, S.name, b.letzte, S.belastung),
          reihenIn: "spalten",
          titel: "Belastung je Gemeinde (€/Jahr)",
          von: zelle(diagrammOben, 0),
          bis: zelle(diagrammOben + Math.max(16, anzahl + 4), 7),
        },
      ],
      druck: druckA4Quer({
        // The table a council member reads: the helper columns of the "nativ" formulas (rounded-down
        // cents, remainder, rank) stay on screen only.
        druckbereich: spanne(0, 0, diagrammOben + Math.max(16, anzahl + 4), S.traeger),
        titelzeilen: zeilenSpanne(Z.kopf, Z.kopf),
        kopf: { titel: "Kreisumlage: Belastung der Mitgliedsgemeinden", ...e.druckkopf },
        fusszeileLinks: "KI-Kostenplaner – Umlagegrundlagen: eigene Eingabe",
      }),
    },
    block,
  );
}

function sum(werte: readonly Cent[]): Cent {
  return werte.reduce((s, x) => s + x, 0);
}
