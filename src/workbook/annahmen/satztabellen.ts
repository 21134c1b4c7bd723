/**
 * The rate tables on "Annahmen" that the staff lookups read (range: grade | rate used). A table
 * derived from published figures (AGebV) shows its derivation as plain formulas, Brutto ×
 * (1 + Zuschlag) + Sozialaufwand + sonstige Personalkosten, rounded to whole euros; a table of
 * another year than the plan year is carried with the scenarios' yearly rate (a blue input cell
 * in the parameter row), or says in the line below it that it is not carried. Printed text is 10 pt,
 * like the rest of the sheet.
 */
import { fortschreibung, normalisiereEntgeltgruppe, quellenVermerk } from "../../core";
import { bereich, zelle } from "../adressen";
import type { Formelsatz } from "../formeln";
import { Raster, euro } from "../raster";
import { berechneteZahl, eingabeZahl, euroFormat, STIL, ZAHLENFORMAT, zahlenformat } from "../stil";
import { type SatztabellenLayout, satztabellenSpalten } from "./bezuege";
import { FUSSNOTEN_BREITE, satztabellenFussnote, zeilenVon } from "./fussnoten";
import type { Quellenverzeichnis } from "./quellen";

interface Kontext {
  r: Raster;
  formeln: Formelsatz;
  /** The sheet's numbered sources: the table's source is named by its number. */
  quellen: Quellenverzeichnis;
}

/** A table's column "Quelle / Stand" (a row's own source, the carrying formula): right of its columns. */
function quelleSpalte(t: SatztabellenLayout): number {
  return satztabellenSpalten(t).letzte + 1;
}

/** The lookup range of a table block: grade | rate used. */
export function satztabellenBereich(t: SatztabellenLayout): string {
  return bereich(t.ersteZeile, 1, t.ersteZeile + t.zeilen - 1, 2, true);
}

function koepfe(t: SatztabellenLayout): string[] {
  const sp = satztabellenSpalten(t);
  const k = ["Tabelle", "Entgeltgruppe", t.fortschreibung ? `Satz €/Jahr ${t.planjahr}` : "Satz €/Jahr (Vollzeit)"];
  if (sp.basis !== null) k.push("Satz €/Jahr im Basisjahr", "Basisjahr");
  if (sp.herleitung !== null) {
    k.push("Brutto €/Jahr", "Versorgungszuschlag", "Sozialaufwand €/Jahr", "sonstige Personalkosten €/Jahr");
  }
  return k;
}

function parameterZeile(k: Kontext, t: SatztabellenLayout): void {
  if (t.parameterZeile === null) return;
  const z = t.parameterZeile;
  k.r.text(z, 0, "Fortschreibung: Planjahr | jährliche Steigerung");
  k.r.zahl(z, 1, t.planjahr, { ...zahlenformat(ZAHLENFORMAT.jahr), ...STIL.rechtsbuendig });
  k.r.zahl(z, 2, t.steigerung ?? 0, eingabeZahl(ZAHLENFORMAT.prozentGenau));
  k.r.text(
    z,
    quelleSpalte(t),
    "Satz im Planjahr = Satz im Basisjahr × (1 + Steigerung) ^ (Planjahr − Basisjahr), auf Cent gerundet",
  );
}

/** Derivation cells of an AGebV row; returns the formula of the annual cost it gives. */
function herleitung(k: Kontext, t: SatztabellenLayout, z: number, schluessel: string): string | null {
  const sp = satztabellenSpalten(t).herleitung;
  const h = t.tabelle.herleitung?.get(schluessel);
  if (sp === null || !h) return null;
  const eingabe = (spalte: number, wert: number, format: string) => k.r.zahl(z, spalte, wert, eingabeZahl(format));
  eingabe(sp, h.brutto, ZAHLENFORMAT.euro);
  eingabe(sp + 1, h.zuschlag, ZAHLENFORMAT.prozentGenau);
  eingabe(sp + 2, h.sozial, ZAHLENFORMAT.euro);
  eingabe(sp + 3, h.sonstige, ZAHLENFORMAT.euro);
  const [b, zu, so, st] = [0, 1, 2, 3].map((i) => zelle(z, sp + i));
  return `=ROUND(${b}*(1+${zu})+${so}+${st},0)`;
}

/** A row's own source (the Kreis's table) or "wie unten"; the table's source stands once in the line below. */
function zeilenQuelle(t: SatztabellenLayout, schluessel: string): string {
  const eigene = t.tabelle.zeilenQuellen?.get(schluessel);
  const hinweis = t.tabelle.herleitung?.get(schluessel)?.hinweis;
  const text = eigene ? `${eigene} (vom Anwender eingegeben)` : "wie unten";
  return hinweis ? `${text} – ${hinweis}` : text;
}

function tabellenZeile(k: Kontext, t: SatztabellenLayout, gruppe: string, z: number): void {
  const { r } = k;
  const sp = satztabellenSpalten(t);
  const g = normalisiereEntgeltgruppe(gruppe);
  const schluessel = g?.schluessel ?? gruppe;
  const basisCent = t.tabelle.saetze.get(schluessel) ?? 0;
  const basisjahr = t.tabelle.zeilenJahre?.get(schluessel) ?? t.tabelle.basisjahr;
  r.text(z, 0, t.tabelle.id);
  r.text(z, 1, gruppe);
  const hergeleitet = herleitung(k, t, z, schluessel);
  const basisFormat = zahlenformat(euroFormat(euro(basisCent)));
  const basisSpalte = sp.basis ?? sp.satz;
  if (hergeleitet) r.formel(z, basisSpalte, hergeleitet, euro(basisCent), { ...basisFormat, ...STIL.berechnet });
  else r.zahl(z, basisSpalte, euro(basisCent), { ...basisFormat, ...STIL.eingabe });
  if (sp.basis !== null && sp.basisjahr !== null && t.parameterZeile !== null) {
    fortgeschrieben(k, t, z, basisCent, basisjahr);
  }
  r.text(z, quelleSpalte(t), zeilenQuelle(t, schluessel));
}

/** Base year and the carried rate of one row; a row without a year is taken as of the plan year. */
function fortgeschrieben(k: Kontext, t: SatztabellenLayout, z: number, basisCent: number, basisjahr?: number): void {
  const sp = satztabellenSpalten(t);
  if (sp.basis === null || sp.basisjahr === null || t.parameterZeile === null) return;
  const basis = zelle(z, sp.basis);
  if (basisjahr === undefined) {
    k.r.text(z, sp.basisjahr, "wie Planjahr", STIL.stattZahl);
    k.r.formel(z, sp.satz, `=${basis}`, euro(basisCent), berechneteZahl(euroFormat(euro(basisCent))));
    return;
  }
  k.r.zahl(z, sp.basisjahr, basisjahr, eingabeZahl(ZAHLENFORMAT.jahr));
  const p = t.parameterZeile;
  const jahre = `${zelle(p, 1, true)}-${zelle(z, sp.basisjahr)}`;
  const ausdruck = k.formeln.fortschreibung(basis, zelle(p, 2, true), jahre);
  const cent = fortschreibung(basisCent, t.steigerung ?? 0, t.planjahr - basisjahr);
  k.r.formel(z, sp.satz, `=${ausdruck}`, euro(cent), berechneteZahl(euroFormat(euro(cent))));
}

/**
 * The rate table blocks. The table's source, caveat and carrying stand in the free row below the
 * table (as below every table of the sheet), unwrapped so they read across the printed width.
 */
export function schreibeSatztabellen(k: Kontext, tabellen: readonly SatztabellenLayout[]): void {
  const { r } = k;
  for (const t of tabellen) {
    const q = quelleSpalte(t);
    r.text(t.titelZeile, 0, `Satztabelle ${t.tabelle.id} – ${t.tabelle.titel}`, STIL.zwischentitel);
    parameterZeile(k, t);
    koepfe(t).forEach((text, sp) => r.text(t.kopfZeile, sp, text));
    r.text(t.kopfZeile, q, "Quelle / Stand");
    r.formatiere(t.kopfZeile, 0, t.kopfZeile, q, STIL.kopfzeile);
    t.tabelle.gruppen.forEach((gruppe, i) => tabellenZeile(k, t, gruppe, t.ersteZeile + i));
    const bis = t.ersteZeile + t.zeilen - 1;
    r.formatiere(t.kopfZeile, 0, bis, q, STIL.tabelle);
    r.formatiere(t.ersteZeile, q, bis, q, { ...STIL.quelleDruck, ...STIL.umbruch });
    // One row per printed line (the layout reserved them): a long caveat is never cut at the page edge.
    const fuss = satztabellenFussnote(t, k.quellen.verweis(quellenVermerk(t.tabelle.quelle)));
    zeilenVon(fuss, FUSSNOTEN_BREITE).forEach((zeile, i) =>
      r.text(bis + 1 + i, 0, zeile, { ...STIL.quelleDruck, ...STIL.fett }),
    );
  }
}
