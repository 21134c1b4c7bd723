/**
 * Member municipalities for the "Umlage" sheet from a CSV file as German offices write it (see
 * csvDatei). Umlagegrundlagen are not published per municipality, so users bring their own.
 */
import { MAX_BETRAG_EURO } from "../core/grenzen";
import { RHEIN_SIEG_GEMEINDEN } from "../core/umlage";
import { gemeindeSchluessel, type UmlageMitglied } from "../scenario/optionen";
import type { UmlageOptionen } from "../workbook/plan";
import { AufrufFehler } from "./argumente";
import { leseCsv, trennzeichenName, type CsvZeile, type Trennzeichen } from "./csvDatei";

/** More rows than any Kreis has members (Germany has about 11,000 municipalities): a wrong file. */
export const MAX_UMLAGE_ZEILEN = 100_000;

export function rheinSiegUmlage(): UmlageOptionen {
  return { mitglieder: RHEIN_SIEG_GEMEINDEN.map((name) => ({ name, grundlage: null, minderbelastung: 0 })) };
}

/**
 * Lines `Gemeinde;Umlagegrundlage in €[;Minderbelastung in %]`. The first line is a header only when it
 * looks like one (words such as „Gemeinde“ or „Umlagegrundlage“, no digits); otherwise it is data and
 * checked like every other line.
 */
export function zerlegeUmlageCsv(inhalt: Uint8Array | string, dateiname: string): UmlageOptionen {
  const daten = typeof inhalt === "string" ? new TextEncoder().encode(inhalt) : inhalt;
  const { zeilen, trennzeichen } = leseCsv(daten, dateiname, MAX_UMLAGE_ZEILEN);
  const daten0 = zeilen.length > 0 && istKopfzeile(zeilen[0].felder) ? zeilen.slice(1) : zeilen;
  const mitglieder: UmlageMitglied[] = [];
  const gesehen = new Map<string, number>();
  for (const zeile of daten0) {
    const ort = `${dateiname}, Zeile ${zeile.nr}`;
    const mitglied = mitgliedAus(zeile, ort, trennzeichen);
    const schluessel = gemeindeSchluessel(mitglied.name);
    const frueher = gesehen.get(schluessel);
    if (frueher !== undefined) {
      throw new AufrufFehler(
        `${ort}: die Gemeinde „${mitglied.name}“ steht doppelt in der Datei (schon in Zeile ${frueher}; ` +
          "Groß-/Kleinschreibung und Leerzeichen am Rand zählen nicht).",
      );
    }
    gesehen.set(schluessel, zeile.nr);
    mitglieder.push(mitglied);
  }
  if (mitglieder.length === 0) throw new AufrufFehler(`${dateiname} enthält keine Gemeinden.`);
  return { mitglieder };
}

// Whole-field header words for the first column; "Stadt Siegburg" is a name, not a header.
const KOPF_NAME = /^(gemeinde|gemeindename|kommune|mitglied|mitgliedsgemeinde|name|körperschaft|stadt\/gemeinde)$/i;
const KOPF_BETRAG = /umlage|grundlage|betrag|steuerkraft|summe/i;

/** A header has a header word and no amount: "Alfter;k.A." stays data and gets its error. */
function istKopfzeile(felder: readonly string[]): boolean {
  const [name = "", betrag = ""] = felder;
  if (betrag !== "" && !Number.isNaN(deutscheZahl(betrag.replace(/\s*(€|EUR)$/i, "")))) return false;
  return KOPF_NAME.test(name) || KOPF_BETRAG.test(betrag);
}

function mitgliedAus({ felder }: CsvZeile, ort: string, trennzeichen: Trennzeichen): UmlageMitglied {
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
  if (trennzeichen === "," && /^\d{1,2}$/.test(minderText) && /^-?\d[\d.]*$/.test(grundlageText)) {
    throw new AufrufFehler(
      `${ort}: „${felder.join(",")}“ ist nicht eindeutig – Komma als Trennzeichen und als Dezimalkomma? ` +
        "Bitte den Betrag in Anführungszeichen setzen, die Minderbelastung mit „%“ schreiben oder die Datei " +
        "mit Semikolon speichern.",
    );
  }
  return { name, grundlage: grundlageAus(grundlageText, ort), minderbelastung: minderbelastungAus(minderText, ort) };
}

function grundlageAus(text: string, ort: string): number | null {
  if (text === "") return null;
  const wert = deutscheZahl(text.replace(/\s*(€|EUR)$/i, ""));
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

function minderbelastungAus(text: string, ort: string): number {
  const prozent = text === "" ? 0 : deutscheZahl(text.replace(/\s*%$/, ""));
  if (Number.isNaN(prozent) || prozent < 0 || prozent > 100) {
    throw new AufrufFehler(`${ort}: die Minderbelastung „${text}“ muss ein Prozentsatz von 0 bis 100 sein.`);
  }
  return Number((prozent / 100).toPrecision(12));
}

/** "123.456.789,50" or "123456789.50" → 123456789.5; anything else → NaN. */
function deutscheZahl(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) {
    return Number(t.replace(/\./g, "").replace(",", "."));
  }
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return NaN;
}
