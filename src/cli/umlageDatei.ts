/**
 * Member municipalities for the "Umlage" sheet from a CSV file as German Excel saves it
 * ("CSV (Trennzeichen-getrennt)": semicolons, decimal comma, maybe a byte-order mark).
 * Umlagegrundlagen are not published per municipality, so users bring their own.
 */
import { RHEIN_SIEG_GEMEINDEN } from "../core/umlage";
import type { UmlageOptionen } from "../workbook/plan";
import type { UmlageMitglied } from "../scenario/optionen";
import { AufrufFehler } from "./argumente";

export function rheinSiegUmlage(): UmlageOptionen {
  return { mitglieder: RHEIN_SIEG_GEMEINDEN.map((name) => ({ name, grundlage: null, minderbelastung: 0 })) };
}

/** Lines `Gemeinde;Umlagegrundlage in €[;Minderbelastung in %]`; a header line is recognised and skipped. */
export function zerlegeUmlageCsv(inhalt: string, dateiname: string): UmlageOptionen {
  const zeilen = inhalt
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((z, i) => ({ nr: i + 1, text: z }))
    .filter((z) => z.text.trim() !== "");
  const mitglieder: UmlageMitglied[] = [];
  for (const [index, { nr, text }] of zeilen.entries()) {
    const felder = text.split(/[;\t]/).map((f) =>
      f
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim(),
    );
    const ort = `${dateiname}, Zeile ${nr}`;
    if (felder.length > 3)
      throw new AufrufFehler(`${ort}: zu viele Spalten; erwartet Gemeinde;Umlagegrundlage[;Minderbelastung].`);
    const [name, grundlageText = "", minderText = ""] = felder;
    const grundlage = grundlageText === "" ? null : deutscheZahl(grundlageText);
    const istKopfzeile = index === 0 && grundlage !== null && Number.isNaN(grundlage);
    if (istKopfzeile) continue;
    if (!name) throw new AufrufFehler(`${ort}: der Name der Gemeinde fehlt.`);
    if (grundlage !== null && (Number.isNaN(grundlage) || grundlage < 0)) {
      throw new AufrufFehler(
        `${ort}: „${grundlageText}“ ist keine gültige Umlagegrundlage in € (z. B. 123.456.789,00).`,
      );
    }
    const minderProzent = minderText === "" ? 0 : deutscheZahl(minderText.replace(/\s*%$/, ""));
    if (Number.isNaN(minderProzent) || minderProzent < 0 || minderProzent > 100) {
      throw new AufrufFehler(`${ort}: die Minderbelastung „${minderText}“ muss ein Prozentsatz von 0 bis 100 sein.`);
    }
    if (mitglieder.some((m) => m.name === name))
      throw new AufrufFehler(`${ort}: die Gemeinde „${name}“ steht doppelt in der Datei.`);
    mitglieder.push({ name, grundlage, minderbelastung: Number((minderProzent / 100).toPrecision(12)) });
  }
  if (mitglieder.length === 0) throw new AufrufFehler(`${dateiname} enthält keine Gemeinden.`);
  return { mitglieder };
}

/** "123.456.789,50" or "123456789.50" → 123456789.5; anything else → NaN. */
function deutscheZahl(text: string): number {
  const t = text.replace(/\s|€/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) {
    return Number(t.replace(/\./g, "").replace(",", "."));
  }
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return NaN;
}
