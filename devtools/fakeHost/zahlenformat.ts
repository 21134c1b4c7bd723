/**
 * A small number-format renderer for `range.text`: enough of Excel's format codes for the formats
 * the add-in writes ("#,##0 €", "#,##0.00 €", "0 %", "0.00%", "0", "@", General), with sections
 * (positive;negative;zero;text), quoted literals, backslash escapes and [$€-407] currency tags.
 * Like Excel, a pattern with a point keeps it when no decimal digit is shown: "0.##" renders 2 as
 * "2," (German) — the reason the add-in never writes such a format.
 * Date and time codes are not rendered; such cells show the General form.
 */
export type Anzeigesprache = "de-DE" | "en-US";

interface Trennzeichen {
  dezimal: string;
  tausend: string;
  wahr: string;
  falsch: string;
}

const TRENNZEICHEN: Record<Anzeigesprache, Trennzeichen> = {
  "de-DE": { dezimal: ",", tausend: ".", wahr: "WAHR", falsch: "FALSCH" },
  "en-US": { dezimal: ".", tausend: ",", wahr: "TRUE", falsch: "FALSE" },
};

/** Error values as a German or English Excel displays them. */
const FEHLER_ANZEIGE_DE: Record<string, string> = {
  "#VALUE!": "#WERT!",
  "#N/A": "#NV",
  "#NUM!": "#ZAHL!",
  "#REF!": "#BEZUG!",
  "#NAME?": "#NAME?",
  "#DIV/0!": "#DIV/0!",
  "#SPILL!": "#ÜBERLAUF!",
  "#NULL!": "#NULL!",
};

export function fehlerAnzeige(code: string, sprache: Anzeigesprache): string {
  return sprache === "de-DE" ? (FEHLER_ANZEIGE_DE[code] ?? code) : code;
}

interface Abschnitt {
  vorne: string;
  hinten: string;
  prozent: boolean;
  gruppieren: boolean;
  mindestStellenGanz: number;
  mindestNachkomma: number;
  hoechstNachkomma: number;
  /** The pattern has a decimal point: Excel shows it even when no decimal digit follows ("2,"). */
  hatPunkt: boolean;
  hatZahl: boolean;
  textPlatz: boolean;
}

const cache = new Map<string, Abschnitt[]>();

function teileAbschnitte(format: string): string[] {
  const teile: string[] = [];
  let aktuell = "";
  let inText = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inText = !inText;
    if (ch === "\\" && !inText && i + 1 < format.length) {
      aktuell += ch + format[++i];
      continue;
    }
    if (ch === ";" && !inText) {
      teile.push(aktuell);
      aktuell = "";
      continue;
    }
    aktuell += ch;
  }
  teile.push(aktuell);
  return teile;
}

/** Splits a section into literal text and the digit pattern between the first and last placeholder. */
function parseAbschnitt(quelle: string): Abschnitt {
  const literal: Array<{ text: string; platz: boolean }> = [];
  let muster = "";
  let musterGesehen = false;
  let nachMuster = false;
  let prozent = false;
  let textPlatz = false;
  const fuegeLiteralHinzu = (t: string) => {
    if (musterGesehen) nachMuster = true;
    literal.push({ text: t, platz: musterGesehen });
  };
  for (let i = 0; i < quelle.length; i++) {
    const ch = quelle[i];
    if (ch === '"') {
      const ende = quelle.indexOf('"', i + 1);
      fuegeLiteralHinzu(quelle.slice(i + 1, ende < 0 ? undefined : ende));
      i = ende < 0 ? quelle.length : ende;
    } else if (ch === "\\") {
      fuegeLiteralHinzu(quelle[++i] ?? "");
    } else if (ch === "[") {
      const ende = quelle.indexOf("]", i);
      const inhalt = quelle.slice(i + 1, ende < 0 ? undefined : ende);
      // [$€-407] is a currency tag; colours and conditions change nothing in plain text.
      if (inhalt.startsWith("$")) fuegeLiteralHinzu(inhalt.slice(1).split("-")[0]);
      i = ende < 0 ? quelle.length : ende;
    } else if (ch === "_") {
      fuegeLiteralHinzu(" ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if ("0#?".includes(ch) || ((ch === "." || ch === ",") && musterGesehen && !nachMuster)) {
      if (nachMuster) {
        // Placeholders after literals: treat as part of the number (e.g. "0 %" keeps one pattern).
        nachMuster = false;
      }
      musterGesehen = true;
      muster += ch;
    } else if (ch === "%") {
      prozent = true;
      fuegeLiteralHinzu("%");
    } else if (ch === "@") {
      textPlatz = true;
      fuegeLiteralHinzu("\u0000");
    } else {
      fuegeLiteralHinzu(ch);
    }
  }
  const punkt = muster.indexOf(".");
  const ganz = punkt < 0 ? muster : muster.slice(0, punkt);
  const nachkomma = punkt < 0 ? "" : muster.slice(punkt + 1).replace(/,/g, "");
  return {
    vorne: literal
      .filter((l) => !l.platz)
      .map((l) => l.text)
      .join(""),
    hinten: literal
      .filter((l) => l.platz)
      .map((l) => l.text)
      .join(""),
    prozent,
    gruppieren: ganz.includes(","),
    mindestStellenGanz: (ganz.match(/0/g) ?? []).length,
    mindestNachkomma: (nachkomma.match(/0/g) ?? []).length,
    hoechstNachkomma: nachkomma.length,
    hatPunkt: punkt >= 0,
    hatZahl: muster.length > 0,
    textPlatz,
  };
}

function abschnitte(format: string): Abschnitt[] {
  let a = cache.get(format);
  if (!a) {
    a = teileAbschnitte(format).map(parseAbschnitt);
    cache.set(format, a);
  }
  return a;
}

function istStandard(format: string | null | undefined): boolean {
  if (!format) return true;
  const f = format.trim().toLowerCase();
  return f === "general" || f === "standard" || f === "";
}

function istDatumsformat(format: string): boolean {
  return /(^|[^"\\])[yYmMdDhHsS]/.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

function gruppiere(ziffern: string, tausend: string): string {
  let s = "";
  for (let i = 0; i < ziffern.length; i++) {
    if (i > 0 && (ziffern.length - i) % 3 === 0) s += tausend;
    s += ziffern[i];
  }
  return s;
}

function formatiereZahlMitAbschnitt(betrag: number, a: Abschnitt, t: Trennzeichen): string {
  if (!a.hatZahl) return a.vorne + a.hinten;
  const x = a.prozent ? betrag * 100 : betrag;
  const fest = x.toFixed(a.hoechstNachkomma);
  let [ganz, nachkomma = ""] = fest.split(".");
  while (nachkomma.length > a.mindestNachkomma && nachkomma.endsWith("0")) nachkomma = nachkomma.slice(0, -1);
  ganz = ganz.replace(/^0+/, "");
  if (ganz.length < a.mindestStellenGanz) ganz = ganz.padStart(a.mindestStellenGanz, "0");
  if (a.gruppieren) ganz = gruppiere(ganz, t.tausend);
  const zahl = nachkomma.length > 0 || a.hatPunkt ? `${ganz}${t.dezimal}${nachkomma}` : ganz;
  return a.vorne + zahl + a.hinten;
}

export function formatiereStandard(x: number, t: Trennzeichen): string {
  if (x === 0) return "0";
  const betrag = Math.abs(x);
  let s: string;
  if (betrag >= 1e11 || betrag < 1e-9) {
    s = x
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .replace("e", "E")
      .replace(/E([+-])(\d)$/, "E$10$2");
  } else {
    const ganzStellen = Math.max(1, Math.floor(Math.log10(betrag)) + 1);
    s = String(Number(x.toFixed(Math.max(0, 10 - ganzStellen))));
  }
  return s.replace(".", t.dezimal);
}

export type Anzeigewert = number | string | boolean;

/** The text Excel shows for a value under a number format. */
export function formatiere(wert: Anzeigewert, format: string | null | undefined, sprache: Anzeigesprache): string {
  const t = TRENNZEICHEN[sprache];
  if (typeof wert === "boolean") return wert ? t.wahr : t.falsch;
  const f = format ?? "General";
  if (typeof wert === "string") {
    if (istStandard(f) || f === "@") return wert;
    const a = abschnitte(f);
    const textAbschnitt = a.length >= 4 ? a[3] : a.find((x) => x.textPlatz);
    return textAbschnitt?.textPlatz ? (textAbschnitt.vorne + textAbschnitt.hinten).replace("\u0000", wert) : wert;
  }
  if (!Number.isFinite(wert)) return "#ZAHL!";
  if (istStandard(f) || f === "@" || istDatumsformat(f)) return formatiereStandard(wert, t);
  const a = abschnitte(f);
  if (wert < 0 && a.length >= 2) return formatiereZahlMitAbschnitt(-wert, a[1], t);
  if (wert === 0 && a.length >= 3) return formatiereZahlMitAbschnitt(0, a[2], t);
  const text = formatiereZahlMitAbschnitt(Math.abs(wert), a[0], t);
  // A value that rounds to zero shows without a minus sign, as in Excel.
  return wert < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
