/**
 * Member municipalities for the "Umlage" sheet from a CSV file as German offices write it (see
 * csvDatei). Umlagegrundlagen are not published per municipality, so users bring their own.
 */
import { MAX_BETRAG_EURO } from "../core/grenzen";
import { minderbelastungOhneTraeger, RHEIN_SIEG_GEMEINDEN } from "../core/umlage";
import { gemeindeSchluessel, type UmlageMitglied } from "../scenario/optionen";
import type { UmlageOptionen } from "../workbook/plan";
import { AufrufFehler } from "./argumente";
import { leseCsv, trennzeichenName, type CsvZeile, type Trennzeichen } from "../scenario/csv/csvDatei";
import { art, schreibweiseDerSpalte, zahlIn, type Schreibweise } from "../scenario/csv/zahlschreibweise";

/** More rows than any Kreis has members (Germany has about 11,000 municipalities): a wrong file. */
export const MAX_UMLAGE_ZEILEN = 100_000;

export function rheinSiegUmlage(): UmlageOptionen {
  return { mitglieder: RHEIN_SIEG_GEMEINDEN.map((name) => ({ name, grundlage: null, minderbelastung: 0 })) };
}

/**
 * Lines `Gemeinde;Umlagegrundlage in €[;Minderbelastung in %]`. The first line is a header only when it
 * looks like one (words such as „Gemeinde“ or „Umlagegrundlage“, no digits); otherwise it is data and
 * checked like every other line. Each number column is read in one convention (zahlschreibweise).
 */
export function zerlegeUmlageCsv(inhalt: Uint8Array | string, dateiname: string): UmlageOptionen {
  const daten = typeof inhalt === "string" ? new TextEncoder().encode(inhalt) : inhalt;
  const { zeilen, trennzeichen } = leseCsv(daten, dateiname, MAX_UMLAGE_ZEILEN);
  const daten0 = zeilen.length > 0 && istKopfzeile(zeilen[0].felder) ? zeilen.slice(1) : zeilen;
  const roh = daten0.map((z) => rohesMitglied(z, `${dateiname}, Zeile ${z.nr}`, trennzeichen));
  const spalte = (name: string, feld: "grundlage" | "minder") =>
    schreibweiseDerSpalte(
      roh.filter((r) => r[feld] !== "").map((r) => ({ zeile: r.nr, text: ohneEinheit(r[feld]) })),
      dateiname,
      name,
    );
  const sw = { grundlage: spalte("Umlagegrundlage", "grundlage"), minder: spalte("Minderbelastung", "minder") };
  const mitglieder: UmlageMitglied[] = [];
  const gesehen = new Map<string, number>();
  for (const r of roh) {
    const ort = `${dateiname}, Zeile ${r.nr}`;
    const schluessel = gemeindeSchluessel(r.name);
    const frueher = gesehen.get(schluessel);
    if (frueher !== undefined) {
      throw new AufrufFehler(
        `${ort}: die Gemeinde „${r.name}“ steht doppelt in der Datei (schon in Zeile ${frueher}; ` +
          "Groß-/Kleinschreibung und Leerzeichen am Rand zählen nicht).",
      );
    }
    gesehen.set(schluessel, r.nr);
    mitglieder.push({
      name: r.name,
      grundlage: grundlageAus(r.grundlage, ort, sw.grundlage),
      minderbelastung: minderbelastungAus(r.minder, ort, sw.minder),
    });
  }
  if (mitglieder.length === 0) throw new AufrufFehler(`${dateiname} enthält keine Gemeinden.`);
  const ohneTraeger = minderbelastungOhneTraeger(mitglieder);
  if (ohneTraeger) throw new AufrufFehler(`${dateiname}: ${ohneTraeger}`);
  return { mitglieder };
}

// Whole-field header words for the first column; "Stadt Siegburg" is a name, not a header.
const KOPF_NAME = /^(gemeinde|gemeindename|kommune|mitglied|mitgliedsgemeinde|name|körperschaft|stadt\/gemeinde)$/i;
const KOPF_BETRAG = /umlage|grundlage|betrag|steuerkraft|summe/i;

/** "1.234 €", "1.234 EUR", "12,5 %" → the number part. */
function ohneEinheit(text: string): string {
  return text.replace(/\s*(€|EUR|%)$/i, "");
}

/** A header has a header word and no amount: "Alfter;k.A." stays data and gets its error. */
function istKopfzeile(felder: readonly string[]): boolean {
  const [name = "", betrag = ""] = felder;
  if (betrag !== "" && art(ohneEinheit(betrag)) !== "ungueltig") return false;
  return KOPF_NAME.test(name) || KOPF_BETRAG.test(betrag);
}

interface RohesMitglied {
  nr: number;
  name: string;
  grundlage: string;
  minder: string;
}

/** One line's fields, checked for their shape; the numbers are read once the column's convention is known. */
function rohesMitglied({ nr, felder }: CsvZeile, ort: string, trennzeichen: Trennzeichen): RohesMitglied {
  if (felder.length > 3) {
    throw new AufrufFehler(
      `${ort}: zu viele Spalten (${felder.length}, Trennzeichen ${trennzeichenName(trennzeichen)}); ` +
        "erwartet Gemeinde;Umlagegrundlage[;Minderbelastung]. Enthält ein Name das Trennzeichen, " +
        "gehört er in Anführungszeichen.",
    );
  }
  const [name, grundlageText = "", minderText = ""] = felder;
  if (!name) throw new AufrufFehler(`${ort}: der Name der Gemeinde fehlt.`);
  if (felder.length === 1 && /[;,\t]/.test(name)) {
    throw new AufrufFehler(`${ort}: kein ${trennzeichenName(trennzeichen)} als Trennzeichen – gemischte Trennzeichen?`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw new AufrufFehler(`${ort}: der Name der Gemeinde enthält Steuerzeichen – ist die Datei eine Textdatei?`);
  }
  if (trennzeichen === "," && /^\d{1,2}$/.test(minderText) && /^-?\d[\d.]*$/.test(grundlageText)) {
    throw new AufrufFehler(
      `${ort}: „${felder.join(",")}“ ist nicht eindeutig – Komma als Trennzeichen und als Dezimalkomma? ` +
        "Bitte den Betrag in Anführungszeichen setzen, die Minderbelastung mit „%“ schreiben oder die Datei " +
        "mit Semikolon speichern.",
    );
  }
  return { nr, name, grundlage: grundlageText, minder: minderText };
}

function grundlageAus(text: string, ort: string, sw: Schreibweise): number | null {
  if (text === "") return null;
  const wert = zahlIn(ohneEinheit(text), sw);
  if (Number.isNaN(wert) || wert < 0) {
    throw new AufrufFehler(
      `${ort}: „${text}“ ist keine gültige Umlagegrundlage in € (z. B. 123.456.789,00; unbekannt: leer lassen).`,
    );
  }
  if (wert > MAX_BETRAG_EURO) {
    throw new AufrufFehler(
      `${ort}: die Umlagegrundlage „${text}“ ist unrealistisch hoch (höchstens ${MAX_BETRAG_EURO.toLocaleString("de-DE")} €) – Tippfehler?`,
    );
  }
  return wert;
}

function minderbelastungAus(text: string, ort: string, sw: Schreibweise): number {
  const prozent = text === "" ? 0 : zahlIn(ohneEinheit(text), sw);
  if (Number.isNaN(prozent) || prozent < 0 || prozent > 100) {
    throw new AufrufFehler(`${ort}: die Minderbelastung „${text}“ muss ein Prozentsatz von 0 bis 100 sein.`);
  }
  return Number((prozent / 100).toPrecision(12));
}
