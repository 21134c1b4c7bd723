/**
 * Sheet "Annahmen": every input and rate of every scenario as a labelled cell with its source,
 * the staff tables, the visible rate tables the lookups use, and the funding caps. The
 * "Kostenvergleich" formulas read only from here, so changing a cell here recalculates the
 * comparison.
 */
import {
  EIGENES_REGELWERK_ID,
  FOERDERPOSITIONEN,
  type Foerderregel,
  type StellenZuwendung,
  foerdereGrundstellen,
  normalisiereEntgeltgruppe,
  zuwendungenJeStelle,
  quellenVermerk,
  zeitraumText,
} from "../../core";
import { type Stelle, type Szenario, mitZeitraeumen, stelleImJahr, stellenSatzCent } from "../../scenario";
import { bereich, zeilenSpanne, zelle } from "../adressen";
import { datumText, druckA4Quer } from "../druck";
import { textbreiteDerSpalte, textbreitePunkte } from "../zeilenhoehen";
import type { DeckelBezuege, Formelsatz } from "../formeln";
import type { ArbeitsmappenOptionen, BlattPlan, Format, NamePlan } from "../plan";
import { Raster, euro } from "../raster";
import { berechneteZahl, eingabeZahl, euroFormat, STIL, ZAHLENFORMAT, zahlenformat } from "../stil";
import type { SzenarioDaten } from "../szenarioDaten";
import {
  ANNAHMEN,
  ANNAHMEN_KOPFZEILE,
  type AnnahmeSchluessel,
  annahmenGruppenKoepfe,
  type AnnahmenLayout,
  BLATT_ANNAHMEN,
  STELLEN_ART_TEXT,
  STELLEN_SPALTEN,
  type StellenLayout,
  letzteStellenSpalte,
  satztabellenSchluesselVon,
  workbookName,
} from "./bezuege";
import { satztabellenBereich, schreibeSatztabellen } from "./satztabellen";
import { Quellenverzeichnis, quelleDerZeile, stellenQuelle } from "./quellen";
import { zeilenVon } from "./fussnoten";

export { zeilenVon };
import { type StellenBereiche, annahmeWert } from "./werte";

/** Everything the parts of the sheet share while it is built. */
interface Bau {
  r: Raster;
  daten: readonly SzenarioDaten[];
  layout: AnnahmenLayout;
  /** Column "Quelle" of the assumption block. */
  q: number;
  formeln: Formelsatz;
  namen: NamePlan[];
  /** Every source once, numbered; the rows name the number. */
  quellen: Quellenverzeichnis;
  /** Notes printed below the tables (label, text), in order. */
  hinweise: Array<[string, string]>;
  /** Rows where a printed page may begin (a block with its own heading starts there). */
  anfaenge: number[];
  /** Width of column A in characters (a longer note label gets a row of its own). */
  spalteA: number;
}

function titelUndLegende(b: Bau, datum: Date): void {
  const { r } = b;
  r.text(0, 0, "Annahmen für den Kostenvergleich", STIL.titel);
  r.text(1, 0, `Stand: ${datumText(datum)} · ${b.formeln.beschreibung}`);
  // Two short lines: one long line would run past the printed width of a narrow sheet.
  r.text(2, 0, "Blau hinterlegte Zellen sind Eingaben: Änderungen rechnen „Kostenvergleich“ sofort neu.");
  r.text(3, 0, "Namen: KI_<Annahme>_<Nr. des Szenarios>, z. B. KI_Querschnittssatz_1.");
  r.formatiere(1, 0, 3, 0, STIL.erlaeuterung);
}

/** Staff-table ranges per scenario (needed by the computed rows above them). */
function stellenBereiche(layout: AnnahmenLayout): StellenBereiche[] {
  return layout.stellen.map((l) => {
    const bis = l.ersteZeile + l.zeilen - 1;
    const spalteBereich = (sp: number) => bereich(l.ersteZeile, sp, bis, sp);
    return {
      art: spalteBereich(STELLEN_SPALTEN.art),
      anteil: spalteBereich(STELLEN_SPALTEN.anteil),
      kosten: spalteBereich(STELLEN_SPALTEN.kosten),
    };
  });
}

/** The header row of every group of the block: the group's title, unit, scenario names, source. */
function annahmenKoepfe(b: Bau): void {
  // The scenario names are user text and stay text; the first header row holds the named cells.
  const { r, q } = b;
  for (const { zeile, titel } of annahmenGruppenKoepfe()) {
    r.text(zeile, 0, titel);
    r.text(zeile, 1, "Einheit");
    b.daten.forEach((d, i) => r.text(zeile, b.layout.wertSpalte(i), d.szenario.name));
    r.text(zeile, q, "Quelle (Nr. unten)");
    r.formatiere(zeile, 0, zeile, q, { ...STIL.kopfzeileMitLinie, schriftgroesse: 10 });
  }
}

/** The labelled assumption rows: one value cell per scenario, with its workbook name. */
function annahmenBlock(b: Bau): void {
  const { r, q, layout } = b;
  const bereiche = stellenBereiche(layout);
  for (const def of ANNAHMEN) {
    const z = layout.zeileVon(def.schluessel);
    r.text(z, 0, def.label);
    r.text(z, 1, def.einheit);
    b.daten.forEach((d, i) => {
      const sp = layout.wertSpalte(i);
      const w = annahmeWert(d, def.schluessel as Exclude<AnnahmeSchluessel, "name">, sp, layout, bereiche[i]);
      // Amounts and counts right as numbers are; a text answer reads from the left and wraps
      // instead of being cut off ("Kommunales Integrationszentrum", the rule set's title).
      r.setze(z, sp, w.zelle, {
        ...(w.zahlenformat ? zahlenformat(w.zahlenformat) : {}),
        ...(w.eingabe ? STIL.eingabe : STIL.berechnet),
        ...(def.einheit === "Text" ? { ...STIL.umbruch, ausrichtung: "links" } : STIL.rechtsbuendig),
      });
      if (def.name) {
        b.namen.push({
          name: workbookName(def.name, i),
          bezug: zelle(z, sp, true),
          kommentar: `${def.label} – ${d.szenario.name}`,
        });
      }
    });
    const quelle = mitJahresHinweis(b, def.schluessel, quelleDerZeile(b.daten, def.schluessel, b.quellen));
    if (quelle) r.text(z, q, quelle);
    if (def.berechnet) r.formatiereZelle(z, 0, STIL.erlaeuterung);
  }
  const kopf = ANNAHMEN_KOPFZEILE;
  const letzte = layout.letzteAnnahmeZeile;
  r.formatiere(kopf, 0, letzte, q, STIL.tabelle);
  r.formatiere(kopf + 1, 0, letzte, 1, STIL.umbruch);
  r.formatiere(kopf + 1, q, letzte, q, { ...STIL.quelleDruck, ...STIL.umbruch });
  r.formatiere(layout.zeileVon("personalkosten"), 0, layout.zeileVon("personalkosten"), q, STIL.fett);
  // After the rows' formats: a header row inside the block keeps the header's look.
  annahmenKoepfe(b);
}

/**
 * Which posts exist follows the year entered in the pane, when the sheet is built; a year typed
 * into this sheet changes the rule set, not the posts. The year's row says so where posts have periods.
 */
function mitJahresHinweis(b: Bau, k: AnnahmeSchluessel, quelle: string): string {
  if (k !== "jahr" || !b.daten.some((d) => mitZeitraeumen(d.szenario))) return quelle;
  b.hinweise.push([
    "Haushaltsjahr",
    "Stellen mit Zeitraum sind für das Haushaltsjahr eingeteilt (Tabellen „Stellen“ unten); für ein anderes Jahr im Aufgabenbereich ändern und neu einfügen.",
  ]);
  return quelle ? `${quelle}, Hinweis unten` : "Hinweis unten";
}

/**
 * Title and header row of a table below the assumptions. The tables have no source column of
 * their own (every row would repeat it): a line below each table names the source by number.
 */
function tabellenKopf(b: Bau, titelZeile: number, titel: string, kopfZeile: number, koepfe: string[]): void {
  b.r.text(titelZeile, 0, titel, STIL.zwischentitel);
  koepfe.forEach((t, sp) => b.r.text(kopfZeile, sp, t));
  b.r.formatiere(kopfZeile, 0, kopfZeile, koepfe.length - 1, STIL.kopfzeile);
}

/** Table lines from the header to `bis`, over the table's own columns. */
function tabellenRahmen(b: Bau, kopfZeile: number, bis: number, letzteSpalte: number): void {
  b.r.formatiere(kopfZeile, 0, bis, letzteSpalte, STIL.tabelle);
}

/** The line below a table that names its sources (the free row the layout leaves after each table). */
function fussnote(b: Bau, zeile: number, text: string): void {
  if (text) b.r.text(zeile, 0, text, STIL.quelleDruck);
}

/** The rate table a scenario's lookups read, as placed on this sheet (undefined if none). */
function satztabelleVon(layout: AnnahmenLayout, s: Szenario) {
  const schluessel = satztabellenSchluesselVon(s);
  return layout.satztabellen.find((t) => t.schluessel === schluessel);
}

/** Rate and cost of one paid staff line: looked up in the visible rate table or typed in. */
function stellenKosten(b: Bau, s: Szenario, st: Stelle, z: number, nachschlagen: boolean): void {
  const { r, formeln } = b;
  const tabelle = satztabelleVon(b.layout, s);
  const gruppeZelle = zelle(z, STELLEN_SPALTEN.gruppe);
  const satzEuro = euro(stellenSatzCent(st, s));
  const satzFormat = zahlenformat(euroFormat(satzEuro));
  let tabBereich: string | undefined;
  if (nachschlagen && tabelle) {
    tabBereich = satztabellenBereich(tabelle);
    r.formel(z, STELLEN_SPALTEN.satz, formeln.satzAusTabelle(gruppeZelle, tabBereich), satzEuro, {
      ...satzFormat,
      ...STIL.berechnet,
    });
  } else {
    r.zahl(z, STELLEN_SPALTEN.satz, satzEuro, { ...satzFormat, ...STIL.eingabe });
  }
  const kosten = euro(Math.round(stellenSatzCent(st, s) * st.anteil));
  const formel = formeln.stellenkosten(
    gruppeZelle,
    zelle(z, STELLEN_SPALTEN.satz),
    zelle(z, STELLEN_SPALTEN.anteil),
    tabBereich,
  );
  r.formel(z, STELLEN_SPALTEN.kosten, formel, kosten, berechneteZahl(euroFormat(kosten)));
}

function stellenZeile(b: Bau, s: Szenario, st: Stelle, z: number): void {
  const { r } = b;
  const inPauschale = s.personalkostenPauschale !== null && st.art === "kommunal";
  const gekostet = st.art !== "landeslehrer" && !inPauschale;
  const nachschlagen = gekostet && st.eigenerSatz === null;
  r.text(z, STELLEN_SPALTEN.bezeichnung, st.bezeichnung, STIL.umbruch);
  // Looked-up grades are written in the table's spelling, so a lookup in plain Excel matches.
  const g = normalisiereEntgeltgruppe(st.gruppe);
  r.text(z, STELLEN_SPALTEN.gruppe, nachschlagen && g ? g.anzeige : st.gruppe);
  r.zahl(z, STELLEN_SPALTEN.anteil, st.anteil, eingabeZahl(ZAHLENFORMAT.anzahl));
  r.text(z, STELLEN_SPALTEN.art, STELLEN_ART_TEXT[st.art]);
  if (gekostet) stellenKosten(b, s, st, z, nachschlagen);
  else {
    r.text(z, STELLEN_SPALTEN.satz, st.art === "landeslehrer" ? "vom Land" : "in Pauschale", STIL.stattZahl);
  }
}

const STELLEN_KOEPFE = ["Bezeichnung", "Entgeltgruppe", "Satz €/Jahr (Vollzeit)", "Anteil", "Art", "Kosten €/Jahr"];
const POSITIONS_KOEPFE = [
  "Förderposition",
  "Geförderter Anteil",
  "Höchstbetrag €/Jahr (angewandt)",
  "Zuwendung €/Jahr",
];

/**
 * The per-post grants of the scenario's rule set, as the core computes them (base posts with a
 * Förderposition and extra posts, each in listed order); null: the rule set funds neither.
 */
function foerderungJeStelle(d: SzenarioDaten) {
  const regel = d.ergebnis.regel ?? d.regel;
  if (!regel) return null;
  const t = regel.tatbestaende.find((x) => x.art === "grundfoerderung");
  const z = regel.tatbestaende.find((x) => x.art === "zusatzstellen");
  const stellen = d.ergebnis.personal.grundstellen;
  return {
    regel,
    grund: stellen && t && t.art === "grundfoerderung" ? foerdereGrundstellen(regel, t, stellen) : [],
    zusatz:
      z && z.art === "zusatzstellen"
        ? zuwendungenJeStelle(z.jeStelle, 1, z.maxStellen[d.szenario.koerperschaft], d.ergebnis.personal.zusatzposten)
        : null,
  };
}

/** The cells of the own rule set's table per Förderposition (cap, posts). */
function tabellenZellen(b: Bau): DeckelBezuege["tabelle"] {
  const t = b.layout.eigenesRegelwerk;
  if (!t) return undefined;
  const zellen: NonNullable<DeckelBezuege["tabelle"]> = {};
  t.zeilen.forEach(([label], k) => {
    const p = FOERDERPOSITIONEN.find((x) => x === label);
    if (p && k > 0) zellen[p] = { jeStelle: zelle(t.kopfZeile + k, 1, true), stellen: zelle(t.kopfZeile + k, 2, true) };
  });
  return zellen;
}

/** The row's cells and the table's columns the per-post formulas read. */
function deckelBezuege(
  b: Bau,
  z: number,
  l: StellenLayout,
  i: number,
  f: NonNullable<ReturnType<typeof foerderungJeStelle>>,
): DeckelBezuege {
  const sp = STELLEN_SPALTEN;
  const letzte = l.ersteZeile + l.zeilen - 1;
  const ganz = (s: number) => bereich(l.ersteZeile, s, letzte, s, true);
  // Anchored start, relative end (a running range "$K$12:K14"): spanne anchors both corners alike.
  const bisHier = (s: number) => `${zelle(l.ersteZeile, s, true)}:${zelle(z, s)}`;
  const annahme = (k: "zusatzStelleSatz" | "maxZusatzstellen") =>
    zelle(b.layout.zeileVon(k === "zusatzStelleSatz" ? "zusatzstelleSatz" : k), b.layout.wertSpalte(i), true);
  return {
    position: zelle(z, sp.foerderposition),
    anteil: zelle(z, sp.anteil),
    kosten: zelle(z, sp.kosten),
    gefoerdert: zelle(z, sp.gefoerdert),
    positionen: ganz(sp.foerderposition),
    anteile: ganz(sp.anteil),
    kostenSpalte: ganz(sp.kosten),
    positionenBisHier: bisHier(sp.foerderposition),
    anteileBisHier: bisHier(sp.anteil),
    kostenBisHier: bisHier(sp.kosten),
    ...(f.regel.id === EIGENES_REGELWERK_ID ? { tabelle: tabellenZellen(b) } : {}),
    ...(f.zusatz ? { zusatz: { jeStelle: annahme("zusatzStelleSatz"), stellen: annahme("maxZusatzstellen") } } : {}),
  };
}

/** Förderposition, funded share, cap applied and grant of one post (per-post caps). */
function positionsZellen(
  b: Bau,
  position: string,
  z: number,
  bz: DeckelBezuege | null,
  erg: StellenZuwendung | undefined,
  regel: Foerderregel | null,
) {
  const { r } = b;
  const sp = STELLEN_SPALTEN;
  r.text(z, sp.foerderposition, position);
  if (!bz || !regel) {
    r.text(z, sp.deckel, "entfällt", STIL.stattZahl);
    r.zahl(z, sp.gefoerdert, 0, berechneteZahl(ZAHLENFORMAT.anzahl));
    r.zahl(z, sp.zuwendung, 0, berechneteZahl(euroFormat(0)));
    return;
  }
  const anteil = erg?.gefoerderterAnteil ?? 0;
  r.formel(z, sp.gefoerdert, b.formeln.gefoerderterAnteil(bz, regel), anteil, berechneteZahl(ZAHLENFORMAT.anzahl));
  const deckel = euro(erg?.deckel ?? 0);
  r.formel(z, sp.deckel, b.formeln.stellenDeckel(bz, regel), deckel, berechneteZahl(euroFormat(deckel)));
  const betrag = euro(erg?.betrag ?? 0);
  const zuwendung = b.formeln.stellenZuwendung(bz, zelle(z, sp.deckel));
  r.formel(z, sp.zuwendung, zuwendung, betrag, berechneteZahl(euroFormat(betrag)));
}

/** A post's period ("ab 2017", "2015–2019"), where the table shows periods; none stays empty. */
function zeitraumZellen(b: Bau, st: Stelle, z: number, l: StellenLayout): void {
  if (l.zeitraum === null) return;
  const text = zeitraumText(st.abJahr, st.bisJahr);
  if (text) b.r.text(z, l.zeitraum, text, STIL.rechtsbuendig);
}

function stellenKoepfe(l: StellenLayout): string[] {
  const koepfe = l.jeStelle ? [...STELLEN_KOEPFE, ...POSITIONS_KOEPFE] : [...STELLEN_KOEPFE];
  if (l.zeitraum !== null) koepfe.push("Zeitraum");
  return koepfe;
}

/** The per-post cells of one scenario's posts (base posts with a Förderposition, extra posts). */
function jeStelleZellen(b: Bau, d: SzenarioDaten, i: number, l: StellenLayout): void {
  const s = d.szenario;
  const f = foerderungJeStelle(d);
  let [kg, kz] = [0, 0];
  s.stellen.forEach((st, n) => {
    const z = l.zeileVonStelle(n);
    const grund = st.art === "kommunal" && l.positionen;
    if (!grund && !(st.art === "zusatz")) return;
    const position = grund ? (st.foerderposition ?? "") : "Zusatzstelle";
    if (!stelleImJahr(st, s.jahr)) {
      b.r.text(z, STELLEN_SPALTEN.foerderposition, position);
      b.r.text(z, STELLEN_SPALTEN.deckel, `nicht ${s.jahr}`, STIL.stattZahl);
      return;
    }
    const erg = grund ? f?.grund[kg++] : f?.zusatz?.[kz++];
    const funded = f && (grund ? f.grund.length > 0 : f.zusatz !== null);
    positionsZellen(b, position, z, funded && f ? deckelBezuege(b, z, l, i, f) : null, erg, f?.regel ?? null);
  });
}

/** What the line below a staff table names: where the rates and the per-post caps come from. */
function stellenFussnote(b: Bau, s: Szenario, regel: Foerderregel | null): string {
  const saetze = [...new Set(s.stellen.map((st) => stellenQuelle(s, st, b.quellen)).filter((t) => /\[\d+\]$/.test(t)))];
  const teile = saetze.length ? [`Sätze: Satztabelle ${saetze.join(", ")}`] : [];
  if (s.stellen.some((st) => st.eigenerSatz !== null && st.art !== "landeslehrer")) teile.push("eigene Sätze: Eingabe");
  if (regel) {
    const q = regel.quelleDeckel ?? regel.quelle;
    teile.push(`Höchstbeträge je Stelle: ${regel.titel} ${b.quellen.verweis(quellenVermerk(q))}`);
  }
  return teile.length ? `${teile.join(". ")}.` : "";
}

function stellenTabellen(b: Bau): void {
  b.daten.forEach((d, i) => {
    const s = d.szenario;
    const l = b.layout.stellen[i];
    tabellenKopf(b, l.titelZeile, `Stellen – ${s.name}`, l.kopfZeile, stellenKoepfe(l));
    if (s.stellen.length === 0) b.r.text(l.ersteZeile, 0, "keine Stellen erfasst");
    const regel = l.jeStelle ? (d.ergebnis.regel ?? d.regel) : null;
    if (l.andereJahreZeile !== null) {
      const text = `Stellen, die es ${s.jahr} nicht gibt (nur in anderen Jahren der Mehrjahresplanung):`;
      b.r.text(l.andereJahreZeile, 0, text, STIL.erlaeuterung);
    }
    s.stellen.forEach((st, n) => {
      const z = l.zeileVonStelle(n);
      stellenZeile(b, s, st, z);
      zeitraumZellen(b, st, z, l);
    });
    if (l.jeStelle) jeStelleZellen(b, d, i, l);
    tabellenRahmen(b, l.kopfZeile, l.letzteZeile, letzteStellenSpalte(l));
    fussnote(b, l.letzteZeile + 1, stellenFussnote(b, s, regel));
  });
}

/**
 * The own rule set as the documented table KI.LANDESERSTATTUNG reads (KI mode passes this range);
 * amounts are inputs, the user's source stands beside it.
 */
function eigenesRegelwerkTabelle(b: Bau): void {
  const t = b.layout.eigenesRegelwerk;
  if (!t) return;
  const { r } = b;
  const e = t.regelwerk;
  r.text(t.titelZeile, 0, `Eigenes Regelwerk – ${e.name.trim()} (${e.finanzierungsart})`, STIL.zwischentitel);
  t.zeilen.forEach(([label, betrag, stellen], k) => {
    const z = t.kopfZeile + k;
    r.text(z, 0, label);
    if (typeof betrag === "string") r.text(z, 1, betrag, k === 0 ? {} : STIL.umbruch);
    else if (betrag !== null) r.zahl(z, 1, betrag, eingabeZahl(euroFormat(betrag)));
    if (typeof stellen === "string") r.text(z, 2, stellen);
    else if (stellen !== null) r.zahl(z, 2, stellen, eingabeZahl(ZAHLENFORMAT.anzahl));
  });
  r.formatiere(t.kopfZeile, 0, t.kopfZeile, 2, STIL.kopfzeile);
  const letzte = t.kopfZeile + t.zeilen.length - 1;
  tabellenRahmen(b, t.kopfZeile, letzte, 2);
  fussnote(b, letzte + 1, `Quelle: ${b.quellen.verweis(`${e.quelle.trim()} (vom Anwender eingegeben)`)}`);
}

/**
 * A labelled text below the tables: the label in the first column, the text from the second on,
 * broken into rows of the printed width. One unwrapped line per row reads in Excel and in print
 * alike; a text wrapped inside one narrow column would print as a tall strip.
 */
function langerText(
  b: Bau,
  z: number,
  label: string,
  text: string,
  breite: number,
  stil: Format = STIL.quelleDruck,
): number {
  b.anfaenge.push(z);
  b.r.text(z, 0, label, stil);
  // A label wider than column A would be cut off by the text beside it: it gets a row of its own.
  const ab =
    textbreitePunkte(label, stil.schriftgroesse ?? 10, !!stil.fett) > textbreiteDerSpalte(b.spalteA) ? z + 1 : z;
  const zeilen = zeilenVon(text, breite);
  zeilen.forEach((t, k) => b.r.text(ab + k, 1, t, stil));
  return ab + Math.max(1, zeilen.length);
}

/** Notes on the rule sets and periods, then every source once with its number. */
function hinweiseUndQuellen(b: Bau, textbreite: number): void {
  const regeln = [...new Map(b.daten.filter((d) => d.regel).map((d) => [d.regel!.id, d.regel!])).values()];
  const hinweise: Array<[string, string]> = regeln.map((regel) => [`Hinweis zu „${regel.titel}“`, regel.hinweis]);
  // The Sachausgaben's period has no cell of its own; it is stated with the notes.
  for (const d of b.daten) {
    const { sachausgabenAb: ab, sachausgabenBis: bis } = d.szenario.erstattung;
    if (ab === undefined && bis === undefined) continue;
    hinweise.push([
      `Sachausgaben „${d.szenario.name}“`,
      `nur ${zeitraumText(ab, bis)}; in anderen Jahren der Mehrjahresplanung nicht in den Projektmitteln.`,
    ]);
  }
  hinweise.push(...b.hinweise);
  let z = b.layout.hinweisZeile;
  for (const [label, text] of hinweise)
    z = langerText(b, z, label, text, textbreite, { ...STIL.quelleDruck, ...STIL.erlaeuterung });
  if (b.quellen.liste.length === 0) return;
  z += 1;
  const titel = z;
  b.r.text(z++, 0, "Quellen", STIL.zwischentitel);
  b.quellen.liste.forEach((q, i) => {
    z = langerText(b, z, `[${i + 1}]`, q, textbreite);
  });
  // The list's title stays with its first source: the page may break before the title, not after it.
  b.anfaenge[b.anfaenge.indexOf(titel + 1)] = titel;
}

/**
 * Characters of column width A4 landscape prints at 100 % (measured in LibreOffice: about 110);
 * fitted to one page wide, a sheet of up to 137 characters still prints its 10 pt at 8 pt.
 */
const SEITENBREITE = 108;
export const HOECHSTE_BLATTBREITE = 137;

/**
 * Column widths in characters: each column as wide as the widest of its uses (assumption block,
 * staff tables, rate tables), the sum small enough that A4 landscape prints it at 8 pt or more.
 */
function spaltenbreiten(layout: AnnahmenLayout, anzahl: number): number[] {
  const breiten = Array.from({ length: layout.letzteSpalte + 1 }, () => 11);
  const mindestens = (sp: number, w: number) => {
    if (sp < breiten.length) breiten[sp] = Math.max(breiten[sp], w);
  };
  breiten[0] = 24;
  for (let i = 0; i < anzahl; i++) mindestens(layout.wertSpalte(i), 14);
  mindestens(layout.quelleSpalte, 12);
  const sp = STELLEN_SPALTEN;
  [
    [sp.satz, 12],
    [sp.anteil, 8],
    [sp.art, 13],
    [sp.foerderposition, 14],
    [sp.deckel, 12],
    [sp.zuwendung, 11],
  ].forEach(([s, w]) => mindestens(s, w));
  // A narrow sheet (two scenarios, no per-post caps) takes the page's width in its label, value
  // and source columns, so fewer rows wrap and the block needs fewer pages.
  const platz = SEITENBREITE - breiten.reduce((x, y) => x + y, 0);
  if (platz > 0) {
    const spalten = [0, 1, ...Array.from({ length: anzahl }, (_, i) => layout.wertSpalte(i)), layout.quelleSpalte];
    const je = Math.floor(platz / spalten.length);
    spalten.forEach((sp) => (breiten[sp] += je));
  }
  return schmaler(breiten, new Set(Array.from({ length: anzahl }, (_, i) => layout.wertSpalte(i))));
}

/**
 * A wide sheet (per-post caps, periods and a derived rate table side by side) narrowed to what
 * prints at 8 pt or more: the widest column gives a character at a time, none below the width its
 * contents need (labels wrap at 18, amounts of the scenarios fit in 12, the rest in 10).
 */
function schmaler(breiten: number[], wertSpalten: ReadonlySet<number>): number[] {
  const untergrenze = (sp: number) => (sp === 0 ? 18 : wertSpalten.has(sp) ? 12 : 10);
  let summe = breiten.reduce((x, y) => x + y, 0);
  while (summe > HOECHSTE_BLATTBREITE) {
    let beste = -1;
    breiten.forEach((w, sp) => {
      if (w > untergrenze(sp) && (beste < 0 || w > breiten[beste])) beste = sp;
    });
    if (beste < 0) break;
    breiten[beste]--;
    summe--;
  }
  return breiten;
}

export function baueAnnahmen(
  daten: readonly SzenarioDaten[],
  optionen: ArbeitsmappenOptionen,
  formeln: Formelsatz,
  layout: AnnahmenLayout,
): BlattPlan {
  const q = layout.quelleSpalte;
  const b: Bau = {
    r: new Raster(),
    daten,
    layout,
    q,
    formeln,
    namen: [],
    quellen: new Quellenverzeichnis(),
    hinweise: [],
    anfaenge: [],
    spalteA: 0,
  };
  const breiten = spaltenbreiten(layout, daten.length);
  b.spalteA = breiten[0];
  const letzte = layout.letzteSpalte;
  titelUndLegende(b, optionen.datum);
  annahmenBlock(b);
  stellenTabellen(b);
  schreibeSatztabellen(b, b.layout.satztabellen);
  eigenesRegelwerkTabelle(b);
  // The text from the second column on fills the printed width: an average character of Arial is
  // about 0,9 of the digit width a column is measured in.
  hinweiseUndQuellen(b, Math.floor(breiten.slice(1).reduce((x, y) => x + y, 0) * 1.1) - 2);

  const zellen = b.r.zellen(letzte + 1);
  const druck = druckDerAnnahmen(optionen, formeln, bereich(0, 0, zellen.length - 1, letzte));
  return {
    name: BLATT_ANNAHMEN,
    modus: formeln.modus,
    zellen,
    formate: b.r.formate,
    spaltenbreiten: breiten,
    namen: b.namen,
    diagramme: [],
    druck: { ...druck, blockAnfaenge: blockAnfaenge(b) },
  };
}

/** Where a printed page may begin: a group of the assumption block, a table's title, a note, the list of sources. */
function blockAnfaenge(b: Bau): number[] {
  const l = b.layout;
  return [
    ...annahmenGruppenKoepfe()
      .slice(1)
      .map((k) => k.zeile),
    ...l.stellen.map((t) => t.titelZeile),
    ...l.satztabellen.map((t) => t.titelZeile),
    ...(l.eigenesRegelwerk ? [l.eigenesRegelwerk.titelZeile] : []),
    ...b.anfaenge,
  ];
}

/**
 * Print setup: the sheet's title repeats on every page; each page begins with a block that has its
 * own header (a group of assumptions, a table), as the manual page breaks place them.
 */
function druckDerAnnahmen(optionen: ArbeitsmappenOptionen, formeln: Formelsatz, druckbereich: string) {
  return druckA4Quer({
    druckbereich,
    titelzeilen: zeilenSpanne(0, 0),
    kopf: {
      titel: "Annahmen – Kostenvergleich Integrationsarbeit",
      datum: optionen.datum,
      vorlageNr: optionen.vorlageNr,
    },
    fusszeileLinks: formeln.beschreibung,
  });
}
