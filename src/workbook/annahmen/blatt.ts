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
import { bereich, zelle } from "../adressen";
import { datumText, druckA4Quer } from "../druck";
import type { DeckelBezuege, Formelsatz } from "../formeln";
import type { ArbeitsmappenOptionen, BlattPlan, NamePlan } from "../plan";
import { Raster, euro } from "../raster";
import { RAHMEN_TABELLE, STIL, ZAHLENFORMAT, euroFormat } from "../stil";
import type { SzenarioDaten } from "../szenarioDaten";
import {
  ANNAHMEN,
  ANNAHMEN_KOPFZEILE,
  type AnnahmeSchluessel,
  type AnnahmenLayout,
  BLATT_ANNAHMEN,
  STELLEN_ART_TEXT,
  STELLEN_SPALTEN,
  type StellenLayout,
  satztabellenSchluesselVon,
  workbookName,
} from "./bezuege";
import { satztabellenBereich, schreibeSatztabellen } from "./satztabellen";
import { gemeinsameQuelle, nummerierteSzenarioQuellen, stellenQuelle, szenarioQuelle } from "./quellen";
import { type StellenBereiche, annahmeWert } from "./werte";

/** Everything the parts of the sheet share while it is built. */
interface Bau {
  r: Raster;
  daten: readonly SzenarioDaten[];
  layout: AnnahmenLayout;
  /** Column of "Quelle / Stand". */
  q: number;
  formeln: Formelsatz;
  namen: NamePlan[];
}

function titelUndLegende(b: Bau, datum: Date): void {
  const { r } = b;
  r.text(0, 0, "Annahmen für den Kostenvergleich", STIL.titel);
  r.text(1, 0, `Stand: ${datumText(datum)} · ${b.formeln.beschreibung}`);
  r.text(
    2,
    0,
    "Blau hinterlegte Zellen sind Eingaben: Änderungen rechnen „Kostenvergleich“ sofort neu. " +
      "Namen: KI_<Annahme>_<Nr. des Szenarios>, z. B. KI_Querschnittssatz_1.",
  );
  r.formatiere(1, 0, 2, 0, STIL.erlaeuterung);
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

function annahmenKopf(b: Bau): void {
  // The scenario names are user text and stay text.
  const { r, q } = b;
  const kopf = ANNAHMEN_KOPFZEILE;
  r.text(kopf, 0, "Annahme");
  r.text(kopf, 1, "Einheit");
  b.daten.forEach((d, i) => r.text(kopf, b.layout.wertSpalte(i), d.szenario.name));
  r.text(kopf, q, "Quelle / Stand");
  r.formatiere(kopf, 0, kopf, q, STIL.kopfzeileMitLinie);
}

/** The labelled assumption rows: one value cell per scenario, with its workbook name. */
function annahmenBlock(b: Bau): void {
  const { r, q, layout } = b;
  const bereiche = stellenBereiche(layout);
  annahmenKopf(b);
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
        ...(w.zahlenformat ? { zahlenformat: w.zahlenformat } : {}),
        ...(w.eingabe ? STIL.eingabe : STIL.berechnet),
        ...(def.einheit === "Text" ? { ausrichtung: "links", umbruch: true } : { ausrichtung: "rechts" }),
      });
      if (def.name) {
        b.namen.push({
          name: workbookName(def.name, i),
          bezug: zelle(z, sp, true),
          kommentar: `${def.label} – ${d.szenario.name}`,
        });
      }
    });
    const quelle = mitJahresHinweis(b, def.schluessel, gemeinsameQuelle(b.daten, def.schluessel));
    if (quelle) r.text(z, q, quelle);
    if (def.berechnet) r.formatiereZelle(z, 0, { kursiv: true });
  }
  const kopf = ANNAHMEN_KOPFZEILE;
  const letzte = layout.letzteAnnahmeZeile;
  r.formatiere(kopf, 0, letzte, q, { rahmen: RAHMEN_TABELLE });
  r.formatiere(kopf + 1, 0, letzte, 1, { umbruch: true });
  r.formatiere(kopf + 1, q, letzte, q, { ...STIL.quelle, umbruch: true });
  r.formatiere(layout.zeileVon("personalkosten"), 0, layout.zeileVon("personalkosten"), q, { fett: true });
}

/**
 * Which posts exist follows the year entered in the pane, when the sheet is built; a year typed
 * into this sheet changes the rule set, not the posts. The year's row says so where posts have periods.
 */
function mitJahresHinweis(b: Bau, k: AnnahmeSchluessel, quelle: string): string {
  if (k !== "jahr" || !b.daten.some((d) => mitZeitraeumen(d.szenario))) return quelle;
  const hinweis =
    "Stellen mit Zeitraum sind für dieses Jahr eingeteilt (Tabelle „Stellen“ unten); für ein anderes Jahr im Aufgabenbereich ändern und neu einfügen.";
  return quelle ? `${quelle} – ${hinweis}` : hinweis;
}

/** Title and header row of a table below the assumptions. */
function tabellenKopf(b: Bau, titelZeile: number, titel: string, kopfZeile: number, koepfe: string[]): void {
  b.r.text(titelZeile, 0, titel, STIL.zwischentitel);
  koepfe.forEach((t, sp) => b.r.text(kopfZeile, sp, t));
  b.r.text(kopfZeile, b.q, "Quelle / Stand");
  b.r.formatiere(kopfZeile, 0, kopfZeile, b.q, STIL.kopfzeile);
}

/** Table lines and the small source column of a table from its header to `bis`. */
function tabellenRahmen(b: Bau, kopfZeile: number, ersteZeile: number, bis: number): void {
  b.r.formatiere(kopfZeile, 0, bis, b.q, { rahmen: RAHMEN_TABELLE });
  b.r.formatiere(ersteZeile, b.q, bis, b.q, { ...STIL.quelle, umbruch: true });
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
  const satzFormat = { zahlenformat: euroFormat(satzEuro) };
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
  r.formel(z, STELLEN_SPALTEN.kosten, formel, kosten, { zahlenformat: euroFormat(kosten), ...STIL.berechnet });
}

function stellenZeile(b: Bau, s: Szenario, st: Stelle, z: number): void {
  const { r } = b;
  const inPauschale = s.personalkostenPauschale !== null && st.art === "kommunal";
  const gekostet = st.art !== "landeslehrer" && !inPauschale;
  const nachschlagen = gekostet && st.eigenerSatz === null;
  r.text(z, STELLEN_SPALTEN.bezeichnung, st.bezeichnung);
  // Looked-up grades are written in the table's spelling, so a lookup in plain Excel matches.
  const g = normalisiereEntgeltgruppe(st.gruppe);
  r.text(z, STELLEN_SPALTEN.gruppe, nachschlagen && g ? g.anzeige : st.gruppe);
  r.zahl(z, STELLEN_SPALTEN.anteil, st.anteil, { zahlenformat: ZAHLENFORMAT.anzahl, ...STIL.eingabe });
  r.text(z, STELLEN_SPALTEN.art, STELLEN_ART_TEXT[st.art]);
  if (gekostet) stellenKosten(b, s, st, z, nachschlagen);
  else {
    r.text(z, STELLEN_SPALTEN.satz, st.art === "landeslehrer" ? "vom Land" : "in Pauschale", {
      ausrichtung: "rechts",
      kursiv: true,
    });
  }
  const quelle = stellenQuelle(s, st);
  if (quelle) r.text(z, b.q, quelle);
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
    r.text(z, sp.deckel, "entfällt", { ausrichtung: "rechts", kursiv: true });
    r.zahl(z, sp.gefoerdert, 0, { zahlenformat: ZAHLENFORMAT.anzahl, ...STIL.berechnet });
    r.zahl(z, sp.zuwendung, 0, { zahlenformat: euroFormat(0), ...STIL.berechnet });
    return;
  }
  const anteil = erg?.gefoerderterAnteil ?? 0;
  r.formel(z, sp.gefoerdert, b.formeln.gefoerderterAnteil(bz, regel), anteil, {
    zahlenformat: ZAHLENFORMAT.anzahl,
    ...STIL.berechnet,
  });
  const deckel = euro(erg?.deckel ?? 0);
  r.formel(z, sp.deckel, b.formeln.stellenDeckel(bz, regel), deckel, {
    zahlenformat: euroFormat(deckel),
    ...STIL.berechnet,
  });
  const betrag = euro(erg?.betrag ?? 0);
  const zuwendung = b.formeln.stellenZuwendung(bz, zelle(z, sp.deckel));
  r.formel(z, sp.zuwendung, zuwendung, betrag, { zahlenformat: euroFormat(betrag), ...STIL.berechnet });
}

/** First and last year of a post, where the table shows them; an open end stays empty. */
function zeitraumZellen(b: Bau, st: Stelle, z: number, l: StellenLayout): void {
  if (!l.zeitraum) return;
  const jahr = { zahlenformat: ZAHLENFORMAT.jahr, ausrichtung: "rechts" } as const;
  if (st.abJahr !== undefined) b.r.zahl(z, l.zeitraum.ab, st.abJahr, jahr);
  if (st.bisJahr !== undefined) b.r.zahl(z, l.zeitraum.bis, st.bisJahr, jahr);
}

function stellenKoepfe(l: StellenLayout): string[] {
  const koepfe = l.jeStelle ? [...STELLEN_KOEPFE, ...POSITIONS_KOEPFE] : [...STELLEN_KOEPFE];
  if (l.zeitraum) {
    while (koepfe.length < l.zeitraum.ab) koepfe.push("");
    koepfe.push("erstes Jahr", "letztes Jahr");
  }
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
      b.r.text(z, STELLEN_SPALTEN.deckel, `nicht ${s.jahr}`, { ausrichtung: "rechts", kursiv: true });
      return;
    }
    const erg = grund ? f?.grund[kg++] : f?.zusatz?.[kz++];
    const funded = f && (grund ? f.grund.length > 0 : f.zusatz !== null);
    positionsZellen(b, position, z, funded && f ? deckelBezuege(b, z, l, i, f) : null, erg, f?.regel ?? null);
  });
}

function stellenTabellen(b: Bau): void {
  b.daten.forEach((d, i) => {
    const s = d.szenario;
    const l = b.layout.stellen[i];
    tabellenKopf(b, l.titelZeile, `Stellen – ${s.name}`, l.kopfZeile, stellenKoepfe(l));
    if (s.stellen.length === 0) b.r.text(l.ersteZeile, 0, "keine Stellen erfasst");
    const regel = l.jeStelle ? (d.ergebnis.regel ?? d.regel) : null;
    if (regel) {
      const q = regel.quelleDeckel ?? regel.quelle;
      b.r.text(l.titelZeile, b.q, `Höchstbeträge je Stelle: ${regel.titel} – ${quellenVermerk(q)}`, STIL.quelle);
    }
    if (l.andereJahreZeile !== null) {
      const text = `Stellen, die es ${s.jahr} nicht gibt (nur in anderen Jahren der Mehrjahresplanung):`;
      b.r.text(l.andereJahreZeile, 0, text, { kursiv: true });
    }
    s.stellen.forEach((st, n) => {
      const z = l.zeileVonStelle(n);
      stellenZeile(b, s, st, z);
      zeitraumZellen(b, st, z, l);
    });
    if (l.jeStelle) jeStelleZellen(b, d, i, l);
    tabellenRahmen(b, l.kopfZeile, l.ersteZeile, l.letzteZeile);
  });
}

/**
 * The own rule set as the documented table KI.LANDESERSTATTUNG reads (KI mode passes this range);
 * amounts are inputs, the user's source stands beside it.
 */
function eigenesRegelwerkTabelle(b: Bau): void {
  const t = b.layout.eigenesRegelwerk;
  if (!t) return;
  const { r, q } = b;
  const e = t.regelwerk;
  r.text(t.titelZeile, 0, `Eigenes Regelwerk – ${e.name.trim()} (${e.finanzierungsart})`, STIL.zwischentitel);
  t.zeilen.forEach(([label, betrag, stellen], k) => {
    const z = t.kopfZeile + k;
    r.text(z, 0, label);
    if (typeof betrag === "string") r.text(z, 1, betrag, k === 0 ? {} : { umbruch: true });
    else if (betrag !== null) r.zahl(z, 1, betrag, { zahlenformat: euroFormat(betrag), ...STIL.eingabe });
    if (typeof stellen === "string") r.text(z, 2, stellen);
    else if (stellen !== null) r.zahl(z, 2, stellen, { zahlenformat: ZAHLENFORMAT.anzahl, ...STIL.eingabe });
  });
  r.text(t.kopfZeile, q, "Quelle / Stand");
  r.formatiere(t.kopfZeile, 0, t.kopfZeile, q, STIL.kopfzeile);
  const letzte = t.kopfZeile + t.zeilen.length - 1;
  r.text(t.kopfZeile + 1, q, `Quelle: ${e.quelle.trim()} (vom Anwender eingegeben)`);
  tabellenRahmen(b, t.kopfZeile, t.kopfZeile + 1, letzte);
}

/** Notes on the rule sets used: what is assumed and what is unverified. */
function regelHinweise(b: Bau): void {
  const regeln = [...new Map(b.daten.filter((d) => d.regel).map((d) => [d.regel!.id, d.regel!])).values()];
  regeln.forEach((regel, k) => {
    // Label on the left, the note wrapped in the source column: a long note prints whole.
    b.r.text(b.layout.hinweisZeile + k, 0, `Hinweis zu „${regel.titel}“`, STIL.hinweis);
    b.r.text(b.layout.hinweisZeile + k, b.q, regel.hinweis, { ...STIL.quelle, umbruch: true });
  });
  // The Sachausgaben's period has no cell of its own; it is stated below the notes.
  let z = b.layout.hinweisZeile + regeln.length;
  for (const d of b.daten) {
    const { sachausgabenAb: ab, sachausgabenBis: bis } = d.szenario.erstattung;
    if (ab === undefined && bis === undefined) continue;
    const zeitraum = zeitraumText(ab, bis);
    const text = `Sachausgaben „${d.szenario.name}“: nur ${zeitraum} (in anderen Jahren der Mehrjahresplanung nicht in den Projektmitteln).`;
    b.r.text(z++, 0, text, STIL.hinweis);
  }
  quellenListe(b, z);
}

/** The scenarios' sources once each, where the rows above name them by number. */
function quellenListe(b: Bau, ab: number): void {
  const quellen = nummerierteSzenarioQuellen(b.daten);
  if (!quellen) return;
  let z = ab + 1;
  b.r.text(z++, 0, "Quellen der Szenarien", STIL.zwischentitel);
  quellen.forEach((q, i) => {
    const namen = b.daten.filter((d) => szenarioQuelle(d.szenario) === q).map((d) => d.szenario.name);
    // Label on the left, the text in the wrapped source column, so a long source prints whole.
    b.r.text(z, 0, `(${i + 1}) ${namen.join(", ")}`);
    b.r.text(z++, b.q, q, { ...STIL.quelle, umbruch: true });
  });
}

export function baueAnnahmen(
  daten: readonly SzenarioDaten[],
  optionen: ArbeitsmappenOptionen,
  formeln: Formelsatz,
  layout: AnnahmenLayout,
): BlattPlan {
  const q = layout.quelleSpalte;
  const b: Bau = { r: new Raster(), daten, layout, q, formeln, namen: [] };
  titelUndLegende(b, optionen.datum);
  annahmenBlock(b);
  stellenTabellen(b);
  schreibeSatztabellen(b, b.layout.satztabellen);
  eigenesRegelwerkTabelle(b);
  regelHinweise(b);

  const zellen = b.r.zellen(q + 1);
  const breiten = [46, 20, ...daten.map(() => 20)];
  while (breiten.length < q) breiten.push(16);
  breiten.push(70);
  return {
    name: BLATT_ANNAHMEN,
    modus: formeln.modus,
    zellen,
    formate: b.r.formate,
    spaltenbreiten: breiten,
    namen: b.namen,
    diagramme: [],
    druck: druckA4Quer({
      druckbereich: bereich(0, 0, zellen.length - 1, q),
      titelzeilen: `$1:$${ANNAHMEN_KOPFZEILE + 1}`,
      kopf: {
        titel: "Annahmen – Kostenvergleich Integrationsarbeit",
        datum: optionen.datum,
        vorlageNr: optionen.vorlageNr,
      },
      fusszeileLinks: formeln.beschreibung,
    }),
  };
}
