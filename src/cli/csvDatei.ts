/**
 * Reading a CSV file as German offices produce it: Excel's "CSV (Trennzeichen-getrennt)" is
 * Windows-1252 with semicolons, "CSV UTF-8" adds a byte-order mark, other tools write commas or tabs.
 * Decoding and delimiter detection are done here; the RFC-4180 parsing itself is fast-csv's.
 */
import { ParserOptions } from "@fast-csv/parse";
// The synchronous parser behind fast-csv's stream: twice as fast as the stream for 100,000 rows and
// keeps the export synchronous. Pinned to 4.3.x in package.json because the path is internal.
import { Parser } from "@fast-csv/parse/build/src/parser";
import { AufrufFehler } from "./argumente";

export type Trennzeichen = ";" | "," | "\t";
export type Kodierung = "UTF-8" | "Windows-1252";

/** One non-empty record with the line it starts on (1-based), trailing empty fields removed. */
export interface CsvZeile {
  nr: number;
  felder: string[];
}

export interface CsvInhalt {
  kodierung: Kodierung;
  trennzeichen: Trennzeichen;
  zeilen: CsvZeile[];
}

const NAME: Record<Trennzeichen, string> = { ";": "Semikolon", ",": "Komma", "\t": "Tabulator" };

/** Valid UTF-8 (with or without BOM) is UTF-8; anything else is read as Windows-1252, Excel's "ANSI". */
export function dekodiere(daten: Uint8Array): { text: string; kodierung: Kodierung } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(daten);
    return { text, kodierung: "UTF-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(daten), kodierung: "Windows-1252" };
  }
}

interface Zaehlung {
  anzahl: Record<Trennzeichen, number>;
  offenesAnfuehrungszeichen: number | null;
}

/** Counts the candidate delimiters outside quotes in one linear pass; notes an unclosed quote's line. */
function zaehleTrennzeichen(text: string): Zaehlung {
  const anzahl: Record<Trennzeichen, number> = { ";": 0, ",": 0, "\t": 0 };
  let inQuote = false;
  let zeile = 1;
  let quoteZeile = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (!inQuote) quoteZeile = zeile;
      inQuote = !inQuote;
    } else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) zeile++;
    else if (!inQuote && (c === ";" || c === "," || c === "\t")) anzahl[c]++;
  }
  return { anzahl, offenesAnfuehrungszeichen: inQuote ? quoteZeile : null };
}

/**
 * Semicolon or tab when present (a semicolon file may hold decimal commas); both at once are
 * ambiguous. Comma only when neither appears.
 */
function waehleTrennzeichen(anzahl: Record<Trennzeichen, number>, datei: string): Trennzeichen {
  if (anzahl[";"] > 0 && anzahl["\t"] > 0) {
    throw new AufrufFehler(
      `${datei}: Das Trennzeichen ist nicht eindeutig – die Datei enthält Semikolons und Tabulatoren. ` +
        "Bitte in Excel als „CSV (Trennzeichen-getrennt)“ speichern (Semikolon).",
    );
  }
  if (anzahl[";"] > 0) return ";";
  if (anzahl["\t"] > 0) return "\t";
  return anzahl[","] > 0 ? "," : ";";
}

export function leseCsv(daten: Uint8Array, datei: string, maxZeilen: number): CsvInhalt {
  const { text, kodierung } = dekodiere(daten);
  const { anzahl, offenesAnfuehrungszeichen } = zaehleTrennzeichen(text);
  if (offenesAnfuehrungszeichen !== null) {
    throw new AufrufFehler(
      `${datei}, Zeile ${offenesAnfuehrungszeichen}: Das Anführungszeichen wird nicht geschlossen.`,
    );
  }
  const trennzeichen = waehleTrennzeichen(anzahl, datei);
  const roh = new Parser(new ParserOptions({ delimiter: trennzeichen })).parse(text, false).rows as string[][];
  const zeilen: CsvZeile[] = [];
  for (const [index, felder] of roh.entries()) {
    if (zeilen.length >= maxZeilen) {
      throw new AufrufFehler(
        `${datei}: Die Datei hat mehr als ${maxZeilen.toLocaleString("de-DE")} Zeilen; so viele Gemeinden ` +
          "hat kein Kreis. Bitte die Datei prüfen.",
      );
    }
    // Excel writes ";;" for empty rows and trailing delimiters for empty cells.
    let ende = felder.length;
    while (ende > 0 && felder[ende - 1].trim() === "") ende--;
    if (ende === 0) continue;
    // Records and lines coincide (so messages can name the line) because a field may not span lines.
    if (felder.some((f) => /[\r\n]/.test(f))) {
      throw new AufrufFehler(`${datei}, Zeile ${index + 1}: Ein Feld enthält einen Zeilenumbruch.`);
    }
    zeilen.push({ nr: index + 1, felder: felder.slice(0, ende).map((f) => f.trim()) });
  }
  return { kodierung, trennzeichen, zeilen };
}

export function trennzeichenName(t: Trennzeichen): string {
  return NAME[t];
}
