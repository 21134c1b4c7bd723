/**
 * The KI.* custom functions. Each is a thin adapter: Excel arguments in, core calculation, € out.
 *
 * custom-functions-metadata reads the JSDoc below to build functions.json (what Excel's function
 * wizard shows) and appends CustomFunctions.associate(...) for every function to this module, so
 * the functions register when the script loads, independent of the task pane UI.
 *
 * The ids are public API: saved workbooks store "KI.<ID>" in their formulas. Never rename an id or
 * reorder parameters; append new optional parameters at the end only.
 */
import {
  Cent,
  JAHR_MAX,
  JAHR_MIN,
  IT_SATZ_CENT,
  QUERSCHNITTSSATZ,
  RAUM_SATZ_CENT,
  ZEILEN,
  zeilenwerte,
  erstattungsbetrag,
  foerderregelFuerJahr,
  MAX_BETRAG_EURO,
  grundErstattungsbetrag,
  grundstellenBetragSchnell,
  type ErstattungsEingabe,
  kostenaufstellungEinmalGerundet,
  gesamtkostenEinmalGerundet,
  centZuEuro,
  eigenanteil,
  KiFehler,
  angewandteFoerderregel,
  barwert,
  euroZuCent,
  euroZuCentGenau,
  fortschreibung,
  parseKoerperschaft,
  personalkostenCent,
  personalkostenEinerStelle,
  querschnittskosten,
  standardsatz,
  stueckkosten,
  umlageAnteileGenau,
  SACHSATZQUELLEN,
  findeSatztabelle,
  sachsatzAus,
  satzFuer,
  satztabellenSchluessel,
} from "../core";
import {
  alsMatrix as matrixAus,
  betrag,
  ganzeZahl,
  istLeer,
  istLeerOderNull,
  nichtNegativ,
  satz as satzArg,
  siehtWieZahlAus,
  skalar,
  text,
  weggelassen,
  weggelassenOder,
  zahl,
} from "./excelArgumente";
import { alsExcelFehler, alsMatrix, alsZahl, endlichesErgebnis } from "./excelFehler";
import { satztabelleAusArgument, stellenAusBereichen } from "./bereiche";
import {
  SPALTEN,
  grundstellenAusBereich,
  grundstellenSpalten,
  regelAusBereich,
  zusatzpostenAusBereich,
} from "./foerderbereiche";

const STANDARD_JAHR = 2013;

/*
 * Empty cells (rule and reasons: excelArgumente.ts): whether Excel passes an empty cell as null, 0
 * or "", every parameter gives one answer. Every help text below says what an empty cell means for
 * its parameter; the README's Funktionsreferenz is generated from these texts.
 */
/** Optional rates whose default is not 0: omitted = the default, an empty cell = 0. */
function querschnittssatzAus(v: unknown, name: string): number {
  // weggelassenOder written out: no closure per call in GESAMTKOSTEN and KOSTENAUFSTELLUNG.
  return weggelassen(v) ? QUERSCHNITTSSATZ : satzArg(v, name);
}

function satzJe(v: unknown, name: string, standard: number): number {
  return weggelassen(v) ? standard : betrag(v, name);
}

/**
 * Personalkosten für eine oder mehrere Stellen: Summe aus Jahressatz der Entgeltgruppe × Stellenanteil, einmal auf den Cent gerundet.
 * @customfunction PERSONALKOSTEN
 * @param gruppe Entgelt- oder Besoldungsgruppe, z. B. "A 11" oder "EG 9b", oder ein Bereich davon; leere Zellen (auch 0) werden übersprungen.
 * @param [anteil] Stellenanteil (1 = Vollzeit, 0,5 = halbe Stelle) als Zahl oder als Bereich in derselben Form wie gruppe. Weggelassen: 1. Eine leere Zelle zählt als 0 (die Stelle kostet nichts), wie in Excels eigener Rechnung.
 * @param [tabelle] Satztabelle: Bereich mit Entgeltgruppe | €/Jahr je Vollzeitstelle (leerer Satz = 0, Zeile ohne Gruppe wird übersprungen), oder "RSK2013" (Standard, auch bei leerer Zelle), "BUND-AGEBV-2021" (AGebV, Bund, nicht kommunal NRW) bzw. "NI2024".
 * @returns {number} Personalkosten in €/Jahr.
 */
export function PERSONALKOSTEN(gruppe: unknown[][], anteil?: unknown[][], tabelle?: unknown[][]) {
  // try/catch instead of alsZahl(() => …), and one grade in one cell without the list of posts:
  // the usual cell, =KI.PERSONALKOSTEN(A2;B2;…), where the closure and the list were most of the cost.
  try {
    const g = einzelneZelle(gruppe);
    const a = weggelassen(anteil) ? 1 : einzelneZelle(anteil);
    if (typeof g === "string" && !istLeer(g) && typeof a === "number" && a >= 0 && a < Infinity) {
      // What stellenAusBereichen reads from these cells: [{ gruppe: g, anteil: a }].
      return endlichesErgebnis(centZuEuro(personalkostenEinerStelle(g, a, satztabelleAusArgument(tabelle))));
    }
    const stellen = stellenAusBereichen(gruppe, anteil);
    return endlichesErgebnis(centZuEuro(personalkostenCent(stellen, satztabelleAusArgument(tabelle))));
  } catch (e) {
    return alsExcelFehler(e);
  }
}

/** The value of a 1×1 range [[x]] or of a plain value x; KEIN_EINZELWERT for any other shape. */
function einzelneZelle(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0] as unknown;
  return KEIN_EINZELWERT;
}

const KEIN_EINZELWERT = Symbol("kein Einzelwert");

/**
 * Querschnitts- und Sachkosten als Prozentsatz der Personalkosten (Rhein-Sieg-Kreis 2013: 30 %), einmal auf den Cent gerundet.
 * @customfunction QUERSCHNITTSKOSTEN
 * @param personalkosten Personalkosten in €/Jahr. Leere Zelle: 0.
 * @param [satz] Querschnittssatz als Anteil zwischen 0 und 1 (30 % = 0,3). Weggelassen: 0,3; eine leere Zelle zählt als 0.
 * @returns {number} Querschnitts-/Sachkosten in €/Jahr.
 */
export function QUERSCHNITTSKOSTEN(personalkosten: unknown, satz?: unknown[][]) {
  return alsZahl(() =>
    centZuEuro(querschnittskosten(betrag(personalkosten, "Personalkosten"), querschnittssatzAus(satz, "Satz"))),
  );
}

/**
 * Kosten der IT-Standardarbeitsplätze: Anzahl × Jahressatz, einmal auf den Cent gerundet.
 * @customfunction ITKOSTEN
 * @param arbeitsplaetze Anzahl der Arbeitsplätze. Leere Zelle: 0.
 * @param [satz_je_arbeitsplatz] €/Jahr je Arbeitsplatz. Weggelassen: 2.268 € (Rhein-Sieg-Kreis 2013); eine leere Zelle zählt als 0 €.
 * @returns {number} IT-Kosten in €/Jahr.
 */
export function ITKOSTEN(arbeitsplaetze: unknown, satz_je_arbeitsplatz?: unknown[][]) {
  return alsZahl(() =>
    centZuEuro(
      stueckkosten(
        nichtNegativ(arbeitsplaetze, "Arbeitsplätze"),
        satzJe(satz_je_arbeitsplatz, "Satz je Arbeitsplatz", IT_SATZ_CENT),
        "Arbeitsplätze",
      ),
    ),
  );
}

/**
 * Raumkosten: Anzahl der Büros × Jahressatz, einmal auf den Cent gerundet.
 * @customfunction RAUMKOSTEN
 * @param bueros Anzahl der Büros. Leere Zelle: 0.
 * @param [satz_je_buero] €/Jahr je Büro. Weggelassen: 5.040 € (Rhein-Sieg-Kreis 2013); eine leere Zelle zählt als 0 €.
 * @returns {number} Raumkosten in €/Jahr.
 */
export function RAUMKOSTEN(bueros: unknown, satz_je_buero?: unknown[][]) {
  return alsZahl(() =>
    centZuEuro(
      stueckkosten(nichtNegativ(bueros, "Büros"), satzJe(satz_je_buero, "Satz je Büro", RAUM_SATZ_CENT), "Büros"),
    ),
  );
}

/**
 * Gesamtkosten: Personalkosten + Querschnittskosten + IT + Räume + Projektmittel, genau gerechnet und einmal auf den Cent gerundet.
 * @customfunction GESAMTKOSTEN
 * @param personalkosten Personalkosten in €/Jahr. Leere Zelle: 0.
 * @param arbeitsplaetze Anzahl der IT-Arbeitsplätze. Leere Zelle: 0.
 * @param bueros Anzahl der Büros. Leere Zelle: 0.
 * @param [projektmittel] Projektmittel in €/Jahr. Weggelassen oder leer: 0.
 * @param [querschnittssatz] Querschnittssatz als Anteil (0,3 = 30 %). Weggelassen: 0,3; eine leere Zelle zählt als 0.
 * @param [satz_je_arbeitsplatz] €/Jahr je IT-Arbeitsplatz. Weggelassen: 2.268 €; eine leere Zelle zählt als 0 €.
 * @param [satz_je_buero] €/Jahr je Büro. Weggelassen: 5.040 €; eine leere Zelle zählt als 0 €.
 * @returns {number} Gesamtkosten in €/Jahr.
 */
export function GESAMTKOSTEN(
  personalkosten: unknown,
  arbeitsplaetze: unknown,
  bueros: unknown,
  projektmittel?: unknown,
  querschnittssatz?: unknown[][],
  satz_je_arbeitsplatz?: unknown[][],
  satz_je_buero?: unknown[][],
) {
  // try/catch instead of alsZahl(() => …): no closure over seven arguments per cost cell.
  try {
    const gesamt = gesamtkostenEinmalGerundet({
      personalkosten: betrag(personalkosten, "Personalkosten"),
      arbeitsplaetze: nichtNegativ(arbeitsplaetze, "Arbeitsplätze"),
      bueros: nichtNegativ(bueros, "Büros"),
      projektmittel: betrag(projektmittel, "Projektmittel"),
      querschnittssatz: querschnittssatzAus(querschnittssatz, "Querschnittssatz"),
      itSatz: satzJe(satz_je_arbeitsplatz, "Satz je Arbeitsplatz", IT_SATZ_CENT),
      raumSatz: satzJe(satz_je_buero, "Satz je Büro", RAUM_SATZ_CENT),
      landeserstattung: 0,
    });
    return endlichesErgebnis(centZuEuro(gesamt));
  } catch (e) {
    return alsExcelFehler(e);
  }
}

/**
 * Extra-post costs: omitted = the caps (null); otherwise one amount per post in listed order, empty
 * cells (null, "" or 0) skipped. A single amount is the total, whether it stands alone or in a range
 * whose other cells are empty: B5 and B5:B6 with B6 empty hold the same figure and must give the
 * same refund. A given range without any amount is 0 € (an empty cell counts as 0).
 */
function zusatzkostenAus(v: unknown): number | number[] | null {
  if (v === null || v === undefined) return null;
  const liste: number[] = [];
  for (const zeile of matrixAus(v))
    for (const zelle of zeile) if (!istLeerOderNull(zelle)) liste.push(betrag(zelle, "Zusatzkosten je Stelle"));
  if (liste.length === 0) return 0;
  return liste.length === 1 ? liste[0] : liste;
}

/**
 * Landeserstattung nach den NRW-Förderregeln für Kommunale Integrationszentren im angegebenen Jahr. Alle Zuwendungen (je Stelle und je Fördertatbestand) werden genau addiert und die Summe einmal auf den Cent gerundet.
 * @customfunction LANDESERSTATTUNG
 * @param personalkosten Förderfähige Personalkosten der kommunalen Grundstellen in €/Jahr als ein Betrag (gemeinsamer Höchstbetrag; leere Zelle: 0) oder als Bereich Förderposition | Jahreskosten € | [Stellenanteil] mit Höchstbetrag je Stelle (Förderpositionen: Fachkraft, Verwaltung, Assistenz; ohne Spalte Stellenanteil: 1, Assistenz ½). Im Bereich werden leere Zeilen übersprungen; leere Jahreskosten und ein leerer Stellenanteil zählen als 0.
 * @param [jahr] Haushaltsjahr (ab 2012). Weggelassen, leer oder 0: 2013.
 * @param [koerperschaft] "Kreis" (Standard, auch bei leerer Zelle) oder "kreisfreie Stadt" (auch "Stadt", "kfS").
 * @param [zusatzstellen] Zahl der zusätzlichen Stellen ab 2017 (Kreis höchstens 3, kreisfreie Stadt 2 gefördert). Bei Kosten je Stelle: höchstens so viele werden gefördert; weggelassen, leer oder 0: alle angegebenen. Sonst weggelassen oder leer: 0.
 * @param [zusatzkosten] Kosten der Zusatzstellen: ein Gesamtbetrag (gleich teure Stellen), eine Spalte mit den Jahreskosten je ganzer Stelle (leere Zellen und 0 werden übersprungen) oder ein Bereich Jahreskosten € | Stellenanteil (leere Zeilen werden übersprungen; leere Jahreskosten und ein leerer Stellenanteil zählen als 0). Jede Stelle erhält höchstens den Höchstbetrag × Anteil; gefördert werden die Stellen mit den höchsten förderfähigen Kosten, unabhängig von der Reihenfolge. Weggelassen: Höchstbetrag; eine leere Zelle zählt als 0 €.
 * @param [sachausgaben] Sachausgaben für Sprach- und Kulturmittler u. Ä. ab 2017 in €/Jahr. Weggelassen oder leer: 0.
 * @param [regelwerk] Kennung eines Förderregelwerks, z. B. "NRW-2020" oder "NRW-AKTUELL" (zu prüfen); "auto", weggelassen oder leer: das im Jahr gültige (ab 2020 ist keines belegt: bitte wählen); oder ein Bereich mit einem eigenen Regelwerk (Förderposition | Höchstbetrag je Stelle | Stellen höchstens, dazu eine Zeile Quelle; leere Beträge zählen als 0).
 * @returns {number} Erstattung des Landes in €/Jahr.
 */
export function LANDESERSTATTUNG(
  personalkosten: unknown[][],
  jahr?: unknown,
  koerperschaft?: unknown,
  zusatzstellen?: unknown,
  zusatzkosten?: unknown[][],
  sachausgaben?: unknown,
  regelwerk?: unknown[][],
) {
  // try/catch here instead of alsZahl(() => …): this function runs for every refund cell, and the
  // closure over seven arguments was a large part of its cost.
  try {
    // Excel passes the range parameter as [[x]] even for one cell: the fast path takes that shape too.
    const nurGrundstellen =
      (typeof jahr === "number" || fehlt(jahr)) &&
      (koerperschaft === "Kreis" || fehlt(koerperschaft)) &&
      leerOderNull(zusatzstellen) &&
      fehlt(zusatzkosten) &&
      leerOderNull(sachausgaben) &&
      fehlt(regelwerk);
    if (nurGrundstellen) {
      const j = typeof jahr === "number" ? jahr : STANDARD_JAHR;
      const betrag = einzelneZahl(personalkosten);
      const schnell =
        betrag !== null ? grundErstattungOhneWeiteres(betrag, j) : grundstellenOhneWeiteres(personalkosten, j);
      if (schnell !== null) return schnell;
    }
    return endlichesErgebnis(
      landeserstattung(personalkosten, jahr, koerperschaft, zusatzstellen, zusatzkosten, sachausgaben, regelwerk),
    );
  } catch (e) {
    return alsExcelFehler(e);
  }
}

/** A plain number or a one-cell range holding a number; anything else takes the full path. */
function einzelneZahl(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) {
    const x: unknown = v[0][0];
    return typeof x === "number" ? x : null;
  }
  return null;
}

/** Zusatzstellen and Sachausgaben: 0 is their default, so a blank cell sent as 0 takes the fast path too. */
function leerOderNull(v: unknown): boolean {
  return v === null || v === undefined || v === 0;
}

function fehlt(v: unknown): boolean {
  return v === null || v === undefined;
}

/**
 * The usual refund cell, =KI.LANDESERSTATTUNG(F2;2013) or with "Kreis": a total in range and a
 * whole year in range, nothing else given. Then every check of landeserstattung passes and it
 * computes exactly this (a test holds both paths to the same figures); null = take the full path.
 */
function grundErstattungOhneWeiteres(personalkosten: number, jahr: number): number | null {
  if (!(personalkosten >= 0 && personalkosten <= MAX_BETRAG_EURO)) return null;
  if (!Number.isInteger(jahr) || jahr < JAHR_MIN || jahr > JAHR_MAX) return null;
  return centZuEuro(grundErstattungsbetrag(foerderregelFuerJahr(jahr), euroZuCentGenau(personalkosten)));
}

/**
 * The usual refund cell over a range of posts, =KI.LANDESERSTATTUNG(A2:C5;2013): a plain range
 * (grundstellenSpalten) and a whole year in range, nothing else given. Then landeserstattung reads
 * the same posts under the same rule set and erstattungsbetrag sums the same terms; null = the full
 * path (also where the sum lies near a half cent).
 */
function grundstellenOhneWeiteres(personalkosten: unknown, jahr: number): number | null {
  if (!Number.isInteger(jahr) || jahr < JAHR_MIN || jahr > JAHR_MAX) return null;
  const n = grundstellenSpalten(personalkosten);
  if (n < 1) return null;
  const { position, kosten, anteil } = SPALTEN;
  const cent = grundstellenBetragSchnell(foerderregelFuerJahr(jahr), position, kosten, anteil, n);
  return cent === null ? null : centZuEuro(cent);
}

function landeserstattung(
  personalkosten: unknown,
  jahr: unknown,
  koerperschaft: unknown,
  zusatzstellen: unknown,
  zusatzkosten: unknown,
  sachausgaben: unknown,
  regelwerk: unknown,
): number {
  const haushaltsjahr = ganzeZahl(jahr, "Jahr", STANDARD_JAHR, JAHR_MIN, JAHR_MAX);
  const regel =
    regelAusBereich(regelwerk) ?? angewandteFoerderregel(haushaltsjahr, text(regelwerk, "Regelwerk", "auto"));
  const grundstellen = grundstellenAusBereich(personalkosten);
  // Every argument is read and checked in this order, whichever path computes the figure.
  const art = parseKoerperschaft(text(koerperschaft, "Körperschaft", "Kreis"));
  const kosten = grundstellen ? 0 : betrag(personalkosten, "Personalkosten");
  const stellen = nichtNegativ(zusatzstellen, "Zusatzstellen");
  const zusatzposten = zusatzpostenAusBereich(zusatzkosten);
  const zusatz = zusatzposten ? null : zusatzkostenAus(zusatzkosten);
  const sach = betrag(sachausgaben, "Sachausgaben");
  if (!grundstellen && stellen === 0 && zusatz === null && !zusatzposten && sach === 0) {
    return centZuEuro(grundErstattungsbetrag(regel, kosten)); // the usual cell: no input object
  }
  const e: ErstattungsEingabe = {
    koerperschaft: art,
    personalkosten: kosten,
    grundstellen,
    zusatzstellen: stellen,
    zusatzkosten: zusatz,
    zusatzposten,
    sachausgaben: sach,
  };
  return centZuEuro(erstattungsbetrag(regel, e));
}

/**
 * Eigenanteil der Körperschaft: Gesamtkosten abzüglich Landeserstattung, einmal auf den Cent gerundet.
 * @customfunction EIGENANTEIL
 * @param gesamtkosten Gesamtkosten in €/Jahr. Leere Zelle: 0.
 * @param [landeserstattung] Erstattung des Landes in €/Jahr. Weggelassen oder leer: 0.
 * @returns {number} Jährlicher Kostenanteil in €/Jahr.
 */
export function EIGENANTEIL(gesamtkosten: unknown, landeserstattung?: unknown) {
  return alsZahl(() =>
    centZuEuro(eigenanteil(betrag(gesamtkosten, "Gesamtkosten"), betrag(landeserstattung, "Landeserstattung"))),
  );
}

/**
 * Vollständige Kostenaufstellung wie im Rhein-Sieg-Vergleich: 8 Zeilen mit Bezeichnung und Betrag (wird übergelaufen). Jede Zeile, auch jede Summe, ist genau gerechnet und einmal auf den Cent gerundet; eine Summe kann daher bei Eingaben mit Bruchteilen eines Cents um 1 Cent von der Summe der gerundeten Zeilen abweichen.
 * @customfunction KOSTENAUFSTELLUNG
 * @param personal Personalkosten in €/Jahr (leere Zelle: 0) oder ein Bereich mit Entgeltgruppen (leere Zellen werden übersprungen).
 * @param arbeitsplaetze Anzahl der IT-Arbeitsplätze. Leere Zelle: 0.
 * @param bueros Anzahl der Büros. Leere Zelle: 0.
 * @param [projektmittel] Projektmittel in €/Jahr. Weggelassen oder leer: 0.
 * @param [landeserstattung] Erstattung des Landes in €/Jahr. Weggelassen oder leer: 0.
 * @param [anteile] Stellenanteile zu den Entgeltgruppen in personal (nur bei Gruppen). Weggelassen: 1; eine leere Zelle zählt als 0.
 * @param [tabelle] Satztabelle für die Entgeltgruppen: Bereich oder "RSK2013"/"BUND-AGEBV-2021"/"NI2024". Weggelassen oder leer: "RSK2013".
 * @param [querschnittssatz] Querschnittssatz als Anteil (0,3 = 30 %). Weggelassen: 0,3; eine leere Zelle zählt als 0.
 * @returns {any[][]} Tabelle mit 8 Zeilen und 2 Spalten (Bezeichnung, €/Jahr).
 */
export function KOSTENAUFSTELLUNG(
  personal: unknown[][],
  arbeitsplaetze: unknown,
  bueros: unknown,
  projektmittel?: unknown,
  landeserstattung?: unknown,
  anteile?: unknown[][],
  tabelle?: unknown[][],
  querschnittssatz?: unknown[][],
) {
  // try/catch instead of alsMatrix(() => …): no closure over eight arguments per call.
  try {
    const personalkosten = istBetrag(personal)
      ? betrag(skalar(personal, "Personal"), "Personal")
      : personalkostenCent(stellenAusBereichen(personal, anteile), satztabelleAusArgument(tabelle));
    const k = kostenaufstellungEinmalGerundet({
      personalkosten,
      arbeitsplaetze: nichtNegativ(arbeitsplaetze, "Arbeitsplätze"),
      bueros: nichtNegativ(bueros, "Büros"),
      projektmittel: betrag(projektmittel, "Projektmittel"),
      querschnittssatz: querschnittssatzAus(querschnittssatz, "Querschnittssatz"),
      itSatz: IT_SATZ_CENT,
      raumSatz: RAUM_SATZ_CENT,
      landeserstattung: betrag(landeserstattung, "Landeserstattung"),
    });
    const werte = zeilenwerte(k);
    const zeilen: Array<[string, number]> = [];
    for (let i = 0; i < BESCHRIFTUNGEN.length; i++) zeilen.push([BESCHRIFTUNGEN[i], centZuEuro(werte[i])]);
    return zeilen;
  } catch (e) {
    return [[alsExcelFehler(e)]]; // as alsMatrix: an error spills as a single cell
  }
}

const BESCHRIFTUNGEN = ZEILEN.map((z) => z.label);

/**
 * Whether KOSTENAUFSTELLUNG's first argument is an amount (one number or blank cell) rather than
 * grades. A number typed as text ("238300") is neither: it must not be looked up as a grade.
 */
function istBetrag(personal: unknown): boolean {
  // Several rows are grades: the check of their shape (alsMatrix) is made where they are read.
  if (Array.isArray(personal) && personal.length > 1) return false;
  const m = matrixAus(personal);
  if (m.length !== 1 || m[0].length !== 1) return false;
  const v = m[0][0];
  if (typeof v === "string" && siehtWieZahlAus(v)) {
    throw new KiFehler(
      "wert",
      `Personal: „${v.length > 40 ? `${v.slice(0, 40)}…` : v}“ ist als Text gespeichert, nicht als Zahl. Bitte die Personalkosten als Zahl eingeben oder eine Entgeltgruppe wie „A 11“.`,
    );
  }
  return typeof v !== "string" || istLeer(v);
}

/**
 * Eingebauter Standardwert eines Parameters, damit Annahmenblätter ihn mit Quelle zeigen können.
 * @customfunction SATZ
 * @param name "Querschnitt", "IT", "Raum", "Landespauschale", "Zusatzstelle" oder "Sachausgaben"; mit quelle auch "Arbeitsplatz" oder eine Entgeltgruppe wie "A 12".
 * @param [jahr] Haushaltsjahr für Fördersätze. Weggelassen, leer oder 0: 2013.
 * @param [quelle] Benannte Quelle statt des Rhein-Sieg-Standards: "BUND-AGEBV-2021" (Bund, nicht kommunal NRW), "NDS-2023", "RSK2013" oder eine eingebaute Satztabelle für eine Entgeltgruppe. Weggelassen oder leer: der Rhein-Sieg-Standard.
 * @returns {number} Satz als Anteil (Querschnitt) oder in €/Jahr.
 */
export function SATZ(name: unknown, jahr?: unknown, quelle?: unknown) {
  // The usual cell, =KI.SATZ("IT";2013): the figure this call computed before for the name and year.
  if (typeof name === "string" && (quelle === null || quelle === undefined)) {
    const w = (jahr === null || jahr === undefined ? STANDARD_JAHR : jahr) === satzJahr ? saetze.get(name) : undefined;
    if (w !== undefined) return w;
  }
  return alsZahl(() => {
    const n = text(name, "Name");
    const j = ganzeZahl(jahr, "Jahr", STANDARD_JAHR, JAHR_MIN, JAHR_MAX);
    const q = skalar(quelle ?? null, "Quelle");
    // An empty cell arrives as null, "" or 0: all mean "no source named".
    if (istLeer(q) || q === 0) {
      const s = standardsatz(n, j);
      const wert = s.einheit === "Anteil" ? s.wert : centZuEuro(s.wert);
      merkeSatz(n, j, wert);
      return wert;
    }
    return sachsatzOderGruppensatz(n, text(q, "Quelle"));
  });
}

/**
 * The figures standardsatz gave, by the name as typed, for one year (a sheet asks for one year; a
 * new year starts afresh). A name with a figure passed every check, and the figure depends on name
 * and year alone. Bounded, so pasted names cannot grow it.
 */
const saetze = new Map<string, number>();
let satzJahr = NaN;

function merkeSatz(name: string, jahr: number, wert: number): void {
  if (jahr !== satzJahr || saetze.size >= 64) {
    saetze.clear();
    satzJahr = jahr;
  }
  saetze.set(name, wert);
}

const SACHSATZNAMEN = ["querschnitt", "it", "raum", "arbeitsplatz"];

/** A named workplace/overhead rate of a source (a fraction or €), or a grade's rate in a built-in table (€). */
function sachsatzOderGruppensatz(name: string, quelle: string): number {
  const bekannteQuelle = SACHSATZQUELLEN.some((x) => satztabellenSchluessel(x.id) === satztabellenSchluessel(quelle));
  if (bekannteQuelle && SACHSATZNAMEN.includes(name.trim().toLowerCase())) {
    const s = sachsatzAus(name, quelle);
    return s.einheit === "Anteil" ? s.wert : centZuEuro(s.wert);
  }
  return centZuEuro(satzFuer(findeSatztabelle(quelle), name));
}

/** A signed amount in € as cents (differences and refunds may be negative); an empty cell is 0. */
function vorzeichenbetrag(v: unknown, name: string): Cent {
  return euroZuCentGenau(zahl(v, name));
}

/** The cells of a single row or column, in order. */
function zeileOderSpalte(v: unknown, name: string): unknown[] {
  const m = matrixAus(v);
  if (m.length === 1) return m[0];
  if (m[0].length === 1) return m.map((zeile) => zeile[0]);
  throw new KiFehler(
    "wert",
    `${name} muss eine Zeile oder eine Spalte sein, nicht ein Bereich mit ${m.length}×${m[0].length} Zellen.`,
  );
}

/**
 * Fortschreibung eines Betrags mit einer jährlichen Steigerung: Betrag × (1 + Steigerung) ^ Jahre, genau gerechnet und einmal auf den Cent gerundet.
 * @customfunction FORTSCHREIBUNG
 * @param betrag Betrag im Ausgangsjahr in € (auch negativ). Leere Zelle: 0.
 * @param steigerung Jährliche Steigerung als Anteil (2,5 % = 0,025), größer als −100 % und höchstens 100 %. Leere Zelle: 0.
 * @param jahre Zahl der Jahre als ganze Zahl; negative Jahre rechnen auf ein früheres Jahr zurück. Leere Zelle: 0.
 * @returns {number} Fortgeschriebener Betrag in €.
 */
export function FORTSCHREIBUNG(betrag: unknown, steigerung: unknown, jahre: unknown) {
  return alsZahl(() =>
    centZuEuro(
      fortschreibung(
        vorzeichenbetrag(betrag, "Betrag"),
        zahl(steigerung, "Steigerung"),
        ganzeZahl(jahre, "Jahre", 0, -200, 200),
      ),
    ),
  );
}

/**
 * Barwert jährlicher Zahlungen: Summe der Zahlungen, jede mit dem Zinssatz auf das Basisjahr abgezinst. Mit Basisjahr 1 (Standard) bleibt die erste Zahlung unabgezinst: BARWERT(z; r) = z1 + NBW(r; z2 … zn). Mit Basisjahr 0 gleich NBW(r; z1 … zn).
 * @customfunction BARWERT
 * @param zahlungen Jährliche Beträge in € als eine Zeile oder Spalte, erstes Jahr zuerst; leere Zellen zählen als 0 für ihr Jahr.
 * @param zins Zinssatz je Jahr als Anteil (3 % = 0,03), größer als −100 % und höchstens 100 %. Leere Zelle: 0.
 * @param [basisjahr_index] Auf welches Jahr abgezinst wird: 1 = erstes Jahr, 2 = zweites Jahr …; 0 = ein Jahr vor dem ersten, wie NBW in Excel. Weggelassen: 1; eine leere Zelle zählt als 0.
 * @returns {number} Barwert in €.
 */
export function BARWERT(zahlungen: unknown[][], zins: unknown, basisjahr_index?: unknown[][]) {
  return alsZahl(() => {
    const betraege = zeileOderSpalte(zahlungen, "Zahlungen").map((z) => vorzeichenbetrag(z, "Zahlung"));
    const basis = weggelassenOder(basisjahr_index, 1, (x) => ganzeZahl(x, "Basisjahr-Index", 0, 0, betraege.length));
    return centZuEuro(barwert(betraege, zahl(zins, "Zins"), basis));
  });
}

/**
 * Verteilt einen Betrag nach Umlagegrundlagen auf die Mitgliedsgemeinden (Kreisumlage): Betrag × UG der Gemeinde / Summe der UG, auf Cent so gerundet, dass die Anteile genau den Betrag ergeben (größte Reste).
 * @customfunction UMLAGE
 * @param betrag Zu verteilender Betrag in €, z. B. der zusätzliche Eigenanteil des Kreises; verteilt wird der auf den Cent gerundete Betrag, damit die Anteile ihn genau ergeben. Leere Zelle: 0.
 * @param grundlagen Umlagegrundlagen der Gemeinden in € als Spalte oder Zeile; leere Zellen und 0 erhalten 0 €.
 * @returns {number[][]} Anteil je Gemeinde in €, in derselben Form wie grundlagen (wird übergelaufen).
 */
export function UMLAGE(betrag: unknown, grundlagen: unknown[][]) {
  return alsMatrix(() => {
    // The levy is split in whole cents, so the amount to split is the amount shown.
    const b = euroZuCent(zahl(betrag, "Betrag"));
    const m = matrixAus(grundlagen);
    const breite = m[0].length;
    const flach: number[] = [];
    for (let i = 0; i < m.length; i++) for (let j = 0; j < breite; j++) flach.push(grundlageOderLeer(m[i][j]));
    const anteile = umlageAnteileGenau(b, flach);
    return m.map((zeile, i) => zeile.map((_, j) => centZuEuro(anteile[i * breite + j])));
  });
}

/** An Umlagegrundlage in € exactly as typed (the split weighs it unrounded); blank = 0. */
function grundlageOderLeer(v: unknown): number {
  // A plain amount in range passes betrag's checks, and zahl returns it: decided at once.
  if (typeof v === "number" && v >= 0 && v <= MAX_BETRAG_EURO) return v;
  if (istLeer(v)) return 0;
  betrag(v, "Umlagegrundlage"); // the same checks (number, not negative, within the limit) as any amount
  return zahl(v, "Umlagegrundlage");
}
