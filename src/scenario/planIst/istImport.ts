/**
 * Actual costs in (issue 27 item 2): from a CSV file as a finance system exports it (German numbers,
 * `;`, Windows-1252, UTF-8 or Excel's "Unicode-Text"; read by scenario/csv) or from a selected range
 * (a 2-D array of cell values). Two layouts, told apart by the header row:
 *
 * - "Monatsspalten": one row per post or cost line, a column per month (Jan … Dez, 01 … 12, 2013-01);
 * - "Buchungen": one row per booking with a key, a month (or date) and an amount; bookings of the
 *   same key and month are added up.
 *
 * Rows are matched to the Plan-Ist lines by a key the user sees (the post's key, its label, or a
 * cost line's key) and can correct (`zuordnung`). Unknown keys, a key twice, months outside the year
 * and unreadable amounts are named with file and line in `fehler`; nothing is dropped silently.
 */
import {
  type Cent,
  type Istwerte,
  MONATE,
  type PlanIstEingabe,
  SACHZEILEN,
  euroZuCentGenau,
  zahlText,
} from "../../core";
import { leseCsv } from "../csv/csvDatei";
import { EingabeFehler } from "../csv/fehler";
import { art, schreibweiseDerSpalte, zahlIn } from "../csv/zahlschreibweise";
import { MONAT_KURZ, monatAusKopf, monatAusWert } from "./monatsangaben";

/** A line actual values can be booked to. */
export interface IstZiel {
  schluessel: string;
  bezeichnung: string;
}

export type Zelle = string | number | boolean | null | undefined;

export interface Rohzeile {
  /** Line in the file, or row in the range (1-based), for the messages. */
  nr: number;
  felder: readonly Zelle[];
}

/** How one key of the file was matched: the pane shows it and lets the user choose another line. */
export interface IstZuordnung {
  importSchluessel: string;
  /** The Plan-Ist line's key, or null when none matches (named in `fehler`). */
  ziel: string | null;
  /** "Schlüssel"/"Bezeichnung": matched by itself; "Zuordnung": by the user's correction. */
  wie: "Schlüssel" | "Bezeichnung" | "Zuordnung" | null;
  /** Rows of the file with this key. */
  zeilen: number;
}

export interface IstImport {
  quelle: string;
  format: "Monatsspalten" | "Buchungen";
  istwerte: Istwerte;
  zuordnungen: IstZuordnung[];
  /** German, with file and line: the import is incomplete until these are corrected. */
  fehler: string[];
  /** German notes that do not stop the import (identical bookings, counted twice as in the file). */
  hinweise: string[];
  /** Data rows read (without the header). */
  zeilen: number;
}

export interface IstImportOptionen {
  jahr: number;
  ziele: readonly IstZiel[];
  /** The user's corrections: key in the file → key of a Plan-Ist line. */
  zuordnung?: Readonly<Record<string, string>>;
}

/** Most rows a file may have (bookings of a year of a large KI, with room). */
export const MAX_IST_ZEILEN = 1_000_000;

/** The lines of a Plan-Ist input that take actual values: the posts, then the cost lines. */
export function istZiele(e: PlanIstEingabe): IstZiel[] {
  return [
    ...e.stellen.map((st) => ({ schluessel: st.schluessel, bezeichnung: st.bezeichnung })),
    ...SACHZEILEN.map((z) => ({ schluessel: z.schluessel, bezeichnung: z.bezeichnung })),
  ];
}

export function normiert(text: string): string {
  return text.trim().toLocaleLowerCase("de").replace(/\s+/g, " ");
}

/** A cell as text: a key (a cost centre 47110 stays "47110"), a header. */
function text(z: Zelle): string {
  return z === null || z === undefined ? "" : String(z).trim();
}

/** An amount cell in a message: a number from a range the German way (0,005), text as written. */
function zeigen(z: Zelle): string {
  return typeof z === "number" ? zahlText(z) : text(z);
}

/** Line numbers of one finding, collected so 100,000 rows give one message per kind, not one per row. */
class Fundstellen {
  private readonly funde = new Map<string, number[]>();
  constructor(private readonly quelle: string) {}
  add(meldung: string, zeile: number): void {
    const liste = this.funde.get(meldung);
    if (liste) liste.push(zeile);
    else this.funde.set(meldung, [zeile]);
  }
  texte(): string[] {
    return [...this.funde].map(([m, z]) => {
      const gezeigt = z.slice(0, 5).join(", ");
      const mehr = z.length > 5 ? ` und ${(z.length - 5).toLocaleString("de-DE")} weitere` : "";
      return `${this.quelle}, Zeile${z.length > 1 ? "n" : ""} ${gezeigt}${mehr}: ${m}`;
    });
  }
}

/** Key → line: by key, then by label (only where a label is unique), then the user's correction. */
class Zuordner {
  private readonly nachSchluessel = new Map<string, string>();
  private readonly nachBezeichnung = new Map<string, string | null>();
  private readonly korrektur = new Map<string, string>();
  readonly gesehen = new Map<string, IstZuordnung>();

  constructor(o: IstImportOptionen) {
    for (const z of o.ziele) this.nachSchluessel.set(normiert(z.schluessel), z.schluessel);
    for (const z of o.ziele) {
      const b = normiert(z.bezeichnung);
      this.nachBezeichnung.set(b, this.nachBezeichnung.has(b) ? null : z.schluessel);
    }
    for (const [von, nach] of Object.entries(o.zuordnung ?? {})) {
      const ziel = this.nachSchluessel.get(normiert(nach));
      if (!ziel) throw new EingabeFehler(`Zuordnung „${von}“ → „${nach}“: Eine Zeile „${nach}“ gibt es nicht.`);
      this.korrektur.set(normiert(von), ziel);
    }
  }

  ziel(schluessel: string): string | null {
    const n = normiert(schluessel);
    let z = this.gesehen.get(n);
    if (!z) {
      const k = this.korrektur.get(n);
      const s = this.nachSchluessel.get(n);
      const b = this.nachBezeichnung.get(n) ?? null;
      const [ziel, wie] = k
        ? [k, "Zuordnung" as const]
        : s
          ? [s, "Schlüssel" as const]
          : b
            ? [b, "Bezeichnung" as const]
            : [null, null];
      z = { importSchluessel: schluessel, ziel, wie, zeilen: 0 };
      this.gesehen.set(n, z);
    }
    z.zeilen++;
    return z.ziel;
  }
}

/** An amount cell: a number from a range, or text in the column's one convention; € and EUR ignored. */
function betragLeser(werte: ReadonlyArray<{ zeile: number; zelle: Zelle }>, quelle: string, spalte: string) {
  const texte = werte
    .filter((w) => typeof w.zelle === "string" && w.zelle.trim() !== "")
    .map((w) => ({ zeile: w.zeile, text: ohneWaehrung(w.zelle as string) }));
  const schreibweise = schreibweiseDerSpalte(texte, quelle, spalte);
  return (zelle: Zelle): { cent: Cent } | { fehler: string } | null => {
    if (zelle === null || zelle === undefined || (typeof zelle === "string" && zelle.trim() === "")) return null;
    const euro =
      typeof zelle === "number"
        ? zelle
        : art(ohneWaehrung(String(zelle))) === "ungueltig"
          ? NaN
          : zahlIn(ohneWaehrung(String(zelle)), schreibweise);
    if (!Number.isFinite(euro)) return { fehler: `„${zeigen(zelle)}“ ist kein Betrag.` };
    if (Math.abs(euro) > 1e12) return { fehler: `„${zeigen(zelle)}“ liegt über 1 Billion €.` };
    const cent = euroZuCentGenau(euro);
    if (!Number.isInteger(cent)) return { fehler: `„${zeigen(zelle)}“ hat mehr als zwei Nachkommastellen.` };
    return { cent };
  };
}

function ohneWaehrung(t: string): string {
  const s = t.trim();
  if (s.endsWith("€")) return s.slice(0, -1).trim();
  return s.toUpperCase().endsWith("EUR") ? s.slice(0, -3).trim() : s;
}

interface Kopf {
  schluessel: number;
  monate: Array<{ spalte: number; monat: number | null; kopf: string }>;
  monat: number;
  betrag: number;
  beleg: number;
}

const SCHLUESSEL_KOPF =
  /^(schlüssel|schluessel|stelle|kostenstelle|kostenzeile|zeile|bezeichnung|kostenträger|kostentraeger|konto|sachkonto)$/;
const MONAT_KOPF = /^(monat|periode|buchungsmonat|buchungsperiode|datum|buchungsdatum)$/;
const BETRAG_KOPF = /^(betrag|ist|ist-betrag|istbetrag|ist-kosten|summe|wert|eur|€|betrag eur|betrag €)$/;
const BELEG_KOPF = /^(beleg|belegnummer|beleg-nr\.?|belegnr\.?|buchungsnummer)$/;

function leseKopf(felder: readonly Zelle[], jahr: number, quelle: string): Kopf {
  const k = felder.map((f) => normiert(text(f)));
  const finde = (m: RegExp) => k.findIndex((x) => m.test(x));
  const schluessel = Math.max(0, finde(SCHLUESSEL_KOPF));
  const monate = k.flatMap((x, spalte) => {
    if (spalte === schluessel || x === "") return [];
    const m = monatAusKopf(x, jahr);
    return m === undefined ? [] : [{ spalte, monat: m, kopf: text(felder[spalte]) }];
  });
  const kopf = { schluessel, monate, monat: finde(MONAT_KOPF), betrag: finde(BETRAG_KOPF), beleg: finde(BELEG_KOPF) };
  if (kopf.monate.length === 0 && (kopf.monat < 0 || kopf.betrag < 0)) {
    throw new EingabeFehler(
      `${quelle}, Zeile 1: Die Kopfzeile ist nicht erkannt. Erwartet wird entweder „Schlüssel“ und je Monat eine ` +
        `Spalte (${MONAT_KURZ.join(", ")}) oder „Schlüssel“, „Monat“ und „Betrag“ (eine Zeile je Buchung).`,
    );
  }
  return kopf;
}

function leer(): Array<Cent | null> {
  return Array.from({ length: MONATE }, () => null);
}

function addiere(ist: Map<string, Array<Cent | null>>, ziel: string, monat: number, cent: Cent): void {
  let w = ist.get(ziel);
  if (!w) ist.set(ziel, (w = leer()));
  w[monat - 1] = (w[monat - 1] ?? 0) + cent;
}

function liesMonatsspalten(quelle: string, daten: readonly Rohzeile[], kopf: Kopf, o: IstImportOptionen) {
  const f = new Fundstellen(quelle);
  const z = new Zuordner(o);
  const ist = new Map<string, Array<Cent | null>>();
  const erste = new Map<string, number>();
  for (const sp of kopf.monate) {
    if (sp.monat === null)
      f.add(`Die Spalte „${sp.kopf}“ liegt nicht im Jahr ${o.jahr}; ihre Werte sind nicht eingelesen.`, 1);
  }
  const leser = kopf.monate.map((sp) =>
    betragLeser(
      daten.map((r) => ({ zeile: r.nr, zelle: r.felder[sp.spalte] })),
      quelle,
      sp.kopf,
    ),
  );
  for (const r of daten) {
    const schluessel = text(r.felder[kopf.schluessel]);
    if (schluessel === "") {
      if (kopf.monate.some((sp) => text(r.felder[sp.spalte]) !== "")) f.add("Der Schlüssel fehlt.", r.nr);
      continue;
    }
    const ziel = z.ziel(schluessel);
    if (ziel === null) {
      f.add(`„${schluessel}“ passt zu keiner Stelle und keiner Kostenzeile; bitte zuordnen.`, r.nr);
      continue;
    }
    if (erste.has(ziel)) {
      f.add(`„${schluessel}“ steht doppelt (zuerst in Zeile ${erste.get(ziel)}); nur die erste Zeile zählt.`, r.nr);
      continue;
    }
    erste.set(ziel, r.nr);
    kopf.monate.forEach((sp, i) => {
      if (sp.monat === null) return;
      const b = leser[i](r.felder[sp.spalte]);
      if (b === null) return;
      if ("fehler" in b) f.add(`Spalte „${sp.kopf}“: ${b.fehler}`, r.nr);
      else addiere(ist, ziel, sp.monat, b.cent);
    });
  }
  return { f, z, ist, hinweise: [] as string[] };
}

function liesBuchungen(quelle: string, daten: readonly Rohzeile[], kopf: Kopf, o: IstImportOptionen) {
  const f = new Fundstellen(quelle);
  const h = new Fundstellen(quelle);
  const z = new Zuordner(o);
  const ist = new Map<string, Array<Cent | null>>();
  const betrag = betragLeser(
    daten.map((r) => ({ zeile: r.nr, zelle: r.felder[kopf.betrag] })),
    quelle,
    "Betrag",
  );
  const belege = new Map<string, number>();
  const gleiche = new Map<string, number>();
  for (const r of daten) {
    const schluessel = text(r.felder[kopf.schluessel]);
    if (schluessel === "") {
      f.add("Der Schlüssel fehlt.", r.nr);
      continue;
    }
    const ziel = z.ziel(schluessel);
    if (ziel === null) {
      f.add(`„${schluessel}“ passt zu keiner Stelle und keiner Kostenzeile; bitte zuordnen.`, r.nr);
      continue;
    }
    const monat = monatAusWert(r.felder[kopf.monat], o.jahr);
    if (typeof monat === "string") {
      f.add(monat, r.nr);
      continue;
    }
    const b = betrag(r.felder[kopf.betrag]);
    if (b === null || "fehler" in b) {
      f.add(b === null ? "Der Betrag fehlt." : b.fehler, r.nr);
      continue;
    }
    const beleg = kopf.beleg >= 0 ? text(r.felder[kopf.beleg]) : "";
    if (beleg !== "") {
      const vorher = belege.get(beleg);
      if (vorher !== undefined) {
        f.add(`Beleg „${beleg}“ steht doppelt (zuerst in Zeile ${vorher}); nur die erste Buchung zählt.`, r.nr);
        continue;
      }
      belege.set(beleg, r.nr);
    } else {
      const zeilenText = r.felder.map(text).join("\u0001");
      const vorher = gleiche.get(zeilenText);
      // One message for all of them (a file of 100,000 bookings may repeat many), the lines listed.
      if (vorher !== undefined) h.add("Buchung gleicht Feld für Feld einer früheren Zeile; beide gezählt.", r.nr);
      else gleiche.set(zeilenText, r.nr);
    }
    addiere(ist, ziel, monat, b.cent);
  }
  return { f, z, ist, hinweise: h.texte() };
}

/** The import of rows (header first) from a file or a range. */
export function liesIstTabelle(quelle: string, zeilen: readonly Rohzeile[], o: IstImportOptionen): IstImport {
  if (zeilen.length === 0) throw new EingabeFehler(`${quelle}: Es sind keine Zeilen vorhanden.`);
  const kopf = leseKopf(zeilen[0].felder, o.jahr, quelle);
  const daten = zeilen.slice(1);
  const format = kopf.monate.length > 0 ? "Monatsspalten" : "Buchungen";
  const r =
    format === "Monatsspalten" ? liesMonatsspalten(quelle, daten, kopf, o) : liesBuchungen(quelle, daten, kopf, o);
  const istwerte: Record<string, Array<Cent | null>> = {};
  for (const [k, w] of r.ist) istwerte[k] = w;
  return {
    quelle,
    format,
    istwerte,
    zuordnungen: [...r.z.gesehen.values()],
    fehler: r.f.texte(),
    hinweise: r.hinweise,
    zeilen: daten.length,
  };
}

/** Actual costs from a CSV file's bytes (any of the encodings Excel and finance systems write). */
export function liesIstCsv(daten: Uint8Array, datei: string, o: IstImportOptionen): IstImport {
  const csv = leseCsv(daten, datei, MAX_IST_ZEILEN, "so viele Buchungen sind für ein Jahr nicht plausibel");
  return liesIstTabelle(datei, csv.zeilen, o);
}

/** Actual costs from a selected range: the values as Excel gives them (numbers, text, null), header first. */
export function liesIstBereich(
  werte: ReadonlyArray<readonly Zelle[]>,
  o: IstImportOptionen,
  quelle = "Auswahl",
): IstImport {
  const zeilen = werte.map((felder, i) => ({ nr: i + 1, felder })).filter((r) => r.felder.some((f) => text(f) !== ""));
  return liesIstTabelle(quelle, zeilen, o);
}
