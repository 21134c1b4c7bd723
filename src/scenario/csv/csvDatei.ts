/**
 * Reading a CSV file as German offices produce it: Excel's "CSV (Trennzeichen-getrennt)" is
 * Windows-1252 with semicolons, "CSV UTF-8" adds a byte-order mark, other tools write commas or tabs.
 * Decoding and delimiter detection are done here; the RFC-4180 parsing itself is fast-csv's.
 */
// The synchronous parser behind fast-csv's stream: twice as fast as the stream for 100,000 rows and
// keeps the export synchronous. Pinned to 4.3.x in package.json because the paths are internal. Not
// the package's root: it loads Node's "stream", which the task pane (a browser) does not have.
import { ParserOptions } from "@fast-csv/parse/build/src/ParserOptions";
import { Parser } from "@fast-csv/parse/build/src/parser";
import { EingabeFehler } from "./fehler";

export type Trennzeichen = ";" | "," | "\t";
export type Kodierung = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";
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

/** UTF-16 with its byte-order mark, as Excel's "Unicode-Text" writes it (little endian, tab-separated). */
function dekodiereUtf16(daten: Uint8Array, kodierung: "UTF-16LE" | "UTF-16BE", datei: string): string {
  if (daten.length % 2 !== 0) {
    throw new EingabeFehler(
      `${datei}: Die Datei beginnt wie eine UTF-16-Datei (Excel „Unicode-Text“), hat aber eine ungerade Anzahl ` +
        "Bytes – sie ist wohl abgeschnitten oder keine Textdatei.",
    );
  }
  // Big endian is swapped into little endian: Node's TextDecoder knows utf-16le in every ICU build.
  const le = kodierung === "UTF-16LE" ? daten : daten.map((_, i) => daten[i ^ 1]);
  try {
    return new TextDecoder("utf-16le", { fatal: true }).decode(le.subarray(2));
  } catch {
    throw new EingabeFehler(`${datei}: Die Datei enthält ungültige UTF-16-Zeichen.`);
  }
}

/**
 * A byte-order mark decides UTF-16 or UTF-8; valid UTF-8 without one is UTF-8; anything else is read as
 * Windows-1252, Excel's "ANSI". Text with NUL characters is no CSV of any of these (UTF-16 without its
 * mark, or a binary file): refused instead of read as names like "A\0".
 */
export function dekodiere(daten: Uint8Array, datei = "Die Datei"): { text: string; kodierung: Kodierung } {
  let ergebnis: { text: string; kodierung: Kodierung };
  if (daten[0] === 0xff && daten[1] === 0xfe)
    ergebnis = { text: dekodiereUtf16(daten, "UTF-16LE", datei), kodierung: "UTF-16LE" };
  else if (daten[0] === 0xfe && daten[1] === 0xff)
    ergebnis = { text: dekodiereUtf16(daten, "UTF-16BE", datei), kodierung: "UTF-16BE" };
  else {
    try {
      ergebnis = {
        text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(daten),
        kodierung: "UTF-8",
      };
    } catch {
      ergebnis = { text: new TextDecoder("windows-1252").decode(daten), kodierung: "Windows-1252" };
    }
  }
  if (ergebnis.text.includes("\0")) {
    throw new EingabeFehler(
      `${datei}: Die Datei enthält Null-Zeichen und ist keine Textdatei in UTF-8, Windows-1252 oder UTF-16 mit ` +
        "Byte-Order-Mark. Bitte in Excel als „CSV (Trennzeichen-getrennt)“, „CSV UTF-8“ oder „Unicode-Text“ speichern.",
    );
  }
  return ergebnis;
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
    throw new EingabeFehler(
      `${datei}: Das Trennzeichen ist nicht eindeutig – die Datei enthält Semikolons und Tabulatoren. ` +
        "Bitte in Excel als „CSV (Trennzeichen-getrennt)“ speichern (Semikolon).",
    );
  }
  if (anzahl[";"] > 0) return ";";
  if (anzahl["\t"] > 0) return "\t";
  return anzahl[","] > 0 ? "," : ";";
}

/**
 * A quoted field must end at its closing quote: `"Alf"ter;1` or `"1"x` would make fast-csv throw its
 * English "Parse Error"; here the line is named and the fix said in German. Follows fast-csv's reading:
 * a quote opens a field only at its start (after blanks), a doubled quote inside is a quote.
 */
function pruefeAnfuehrungszeichen(text: string, trenn: Trennzeichen, datei: string): void {
  let zeile = 1;
  let feldanfang = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      zeile++;
      feldanfang = true;
    } else if (c === trenn) feldanfang = true;
    else if (c === '"' && feldanfang) {
      const start = zeile;
      for (i++; i < text.length; i++) {
        if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) zeile++;
        else if (text[i] === '"') {
          if (text[i + 1] === '"') i++;
          else break;
        }
      }
      if (i >= text.length)
        throw new EingabeFehler(`${datei}, Zeile ${start}: Das Anführungszeichen wird nicht geschlossen.`);
      let j = i + 1;
      while (j < text.length && text[j] !== trenn && (text[j] === " " || text[j] === "\t")) j++;
      const folgt = text[j];
      if (folgt !== undefined && folgt !== trenn && folgt !== "\r" && folgt !== "\n") {
        throw new EingabeFehler(
          `${datei}, Zeile ${zeile}: Nach dem schließenden Anführungszeichen folgt „${folgt}“ statt des Trennzeichens ` +
            `(${NAME[trenn]}). Ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen bitte verdoppeln ("").`,
        );
      }
      feldanfang = false;
    } else if (c !== " " && c !== "\t") feldanfang = false;
  }
}

/** fast-csv's records; its own (English) errors are prevented above, any other becomes a German message. */
function zerlege(text: string, trennzeichen: Trennzeichen, datei: string): string[][] {
  pruefeAnfuehrungszeichen(text, trennzeichen, datei);
  try {
    return new Parser(new ParserOptions({ delimiter: trennzeichen })).parse(text, false).rows as string[][];
  } catch {
    throw new EingabeFehler(
      `${datei}: Die Datei lässt sich nicht als CSV lesen (Anführungszeichen oder Trennzeichen passen nicht ` +
        "zusammen). Bitte in Excel erneut als „CSV (Trennzeichen-getrennt)“ speichern.",
    );
  }
}

/** `zuViele`: why more rows than `maxZeilen` cannot be right (the levy file: no Kreis has that many municipalities). */
export function leseCsv(
  daten: Uint8Array,
  datei: string,
  maxZeilen: number,
  zuViele = "so viele Gemeinden hat kein Kreis",
): CsvInhalt {
  const { text, kodierung } = dekodiere(daten, datei);
  const { anzahl, offenesAnfuehrungszeichen } = zaehleTrennzeichen(text);
  if (offenesAnfuehrungszeichen !== null) {
    // An odd number of quotes: the exact place when a quoted field is the cause, else the line it opens on.
    const vermutet = (([";", "\t", ","] as const).find((t) => anzahl[t] > 0) ?? ";") as Trennzeichen;
    pruefeAnfuehrungszeichen(text, vermutet, datei);
    throw new EingabeFehler(
      `${datei}, Zeile ${offenesAnfuehrungszeichen}: Das Anführungszeichen wird nicht geschlossen.`,
    );
  }
  const trennzeichen = waehleTrennzeichen(anzahl, datei);
  const roh = zerlege(text, trennzeichen, datei);
  const zeilen: CsvZeile[] = [];
  for (const [index, felder] of roh.entries()) {
    if (zeilen.length >= maxZeilen) {
      throw new EingabeFehler(
        `${datei}: Die Datei hat mehr als ${maxZeilen.toLocaleString("de-DE")} Zeilen; ${zuViele}. ` +
          "Bitte die Datei prüfen.",
      );
    }
    // Excel writes ";;" for empty rows and trailing delimiters for empty cells.
    let ende = felder.length;
    while (ende > 0 && felder[ende - 1].trim() === "") ende--;
    if (ende === 0) continue;
    // Records and lines coincide (so messages can name the line) because a field may not span lines.
    if (felder.some((f) => /[\r\n]/.test(f))) {
      throw new EingabeFehler(`${datei}, Zeile ${index + 1}: Ein Feld enthält einen Zeilenumbruch.`);
    }
    zeilen.push({ nr: index + 1, felder: felder.slice(0, ende).map((f) => f.trim()) });
  }
  return { kodierung, trennzeichen, zeilen };
}

export function trennzeichenName(t: Trennzeichen): string {
  return NAME[t];
}
