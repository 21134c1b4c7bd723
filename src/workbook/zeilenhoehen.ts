/**
 * Row heights for wrapped text, computed from the plan for both writers (Office.js and the .xlsx
 * file). Excel fits a row to its wrapped text only when a cell is edited, and LibreOffice not at
 * all when it opens a generated .xlsx; without a stored height a wrapped header prints as one line
 * with the rest cut off. Measured with the advance widths of Arial (Liberation Sans has the same
 * metrics, so LibreOffice breaks lines where Excel does; Calibri, Excel's default, is narrower, so
 * the height is never too small).
 */
import { zerlegeA1 } from "./adressen";
import {
  type BlattPlan,
  type Format,
  type Zelle,
  breiteDes,
  spaltenbreitePixel,
  zeileDes,
  zeilenzahlDes,
} from "./plan";

/** Arial/Helvetica advance widths in 1/1000 em (regular); characters not listed count as 556. */
const BREITEN: Record<string, number> = {
  " ": 278,
  "!": 278,
  '"': 333,
  "%": 889,
  "&": 667,
  "'": 191,
  "(": 333,
  ")": 333,
  "*": 389,
  "+": 584,
  ",": 278,
  "-": 333,
  ".": 278,
  "/": 278,
  ":": 278,
  ";": 278,
  "<": 584,
  "=": 584,
  ">": 584,
  "?": 556,
  "@": 1015,
  "[": 278,
  "]": 278,
  _: 556,
  "|": 260,
  "–": 556,
  "—": 1000,
  "„": 333,
  "“": 333,
  "”": 333,
  "›": 333,
  "‹": 333,
  "·": 278,
  "§": 556,
  "€": 556,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  Ä: 667,
  Ö: 778,
  Ü: 722,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
  ä: 556,
  ö: 556,
  ü: 556,
  ß: 611,
};
const STANDARD_BREITE = 556;
/** Bold Arial runs about 8 % wider on German text. */
const FETT_FAKTOR = 1.08;

/** Usable text width of a column in points: Excel's pixel width less the cell margins (6 px). */
export function textbreiteDerSpalte(zeichen: number): number {
  return (spaltenbreitePixel(zeichen) - 6) * 0.75;
}

export function textbreitePunkte(text: string, groesse: number, fett: boolean): number {
  let tausendstel = 0;
  for (const z of text) tausendstel += BREITEN[z] ?? STANDARD_BREITE;
  return (tausendstel / 1000) * groesse * (fett ? FETT_FAKTOR : 1);
}

/** Number of lines a text takes when wrapped at spaces and hyphens into a width in points. */
export function zeilenAnzahl(text: string, breite: number, groesse: number, fett: boolean): number {
  const mass = (t: string) => textbreitePunkte(t, groesse, fett);
  let zeilen = 0;
  for (const absatz of text.split(/\r?\n/)) {
    zeilen++;
    let belegt = 0;
    for (const wort of absatz.split(/(?<=[\s-])/)) {
      const sichtbar = mass(wort.trimEnd());
      if (belegt > 0 && belegt + sichtbar > breite) {
        zeilen++;
        belegt = 0;
      }
      if (belegt === 0 && sichtbar > breite) {
        // A word wider than the column is broken inside the word.
        zeilen += Math.ceil(sichtbar / breite) - 1;
        belegt = sichtbar % breite;
      }
      belegt += mass(wort);
    }
  }
  return zeilen;
}

/** Excel's row height in points for one line of Arial at this size (10 pt → 12.75 pt). */
export function zeilenhoehe(schriftgroesse: number): number {
  return Math.ceil(schriftgroesse * 1.275 * 4) / 4;
}

/** Excel's width of a column without an explicit width, in characters. */
const STANDARDBREITE = 8.43;

type Schrift = Pick<Format, "fett" | "schriftgroesse" | "umbruch">;

/** Key of a cell in the maps below: row × 16,384 (Excel's column count) + column, a number, not a string. */
const SPALTEN = 16384;

/**
 * The font-relevant format of every cell that wrapping or a font size of its own can raise, later
 * ranges overriding earlier ones as in the writers. Only cells in a range with `umbruch` or
 * `schriftgroesse` are kept: a bold column over 100,000 levy rows adds none.
 */
function schriftJeZelle(blatt: BlattPlan): Map<number, Schrift> {
  const zeilen = zeilenzahlDes(blatt);
  const spalten = breiteDes(blatt);
  const bereiche = blatt.formate.flatMap(({ bereich, format }) => {
    const { fett, schriftgroesse, umbruch } = format;
    if (fett === undefined && schriftgroesse === undefined && umbruch === undefined) return [];
    const b = zerlegeA1(bereich);
    if (!b) return [];
    const grenzen = {
      oben: b.vonZeile ?? 0,
      unten: Math.min(b.bisZeile ?? zeilen - 1, zeilen - 1),
      links: b.vonSpalte ?? 0,
      rechts: Math.min(b.bisSpalte ?? spalten - 1, spalten - 1),
    };
    return [{ ...grenzen, fett, schriftgroesse, umbruch, hebt: schriftgroesse !== undefined || umbruch !== undefined }];
  });
  const je = new Map<number, Schrift>();
  for (const b of bereiche) {
    if (!b.hebt) continue;
    for (let z = b.oben; z <= b.unten; z++) for (let s = b.links; s <= b.rechts; s++) je.set(z * SPALTEN + s, {});
  }
  for (const b of bereiche) {
    const setze = (f: Schrift) => {
      if (b.fett !== undefined) f.fett = b.fett;
      if (b.schriftgroesse !== undefined) f.schriftgroesse = b.schriftgroesse;
      if (b.umbruch !== undefined) f.umbruch = b.umbruch;
    };
    const flaeche = (b.unten - b.oben + 1) * (b.rechts - b.links + 1);
    if (flaeche <= je.size) {
      for (let z = b.oben; z <= b.unten; z++) {
        for (let s = b.links; s <= b.rechts; s++) {
          const f = je.get(z * SPALTEN + s);
          if (f) setze(f);
        }
      }
    } else {
      for (const [k, f] of je) {
        const z = Math.floor(k / SPALTEN);
        const s = k % SPALTEN;
        if (z >= b.oben && z <= b.unten && s >= b.links && s <= b.rechts) setze(f);
      }
    }
  }
  return je;
}

function angezeigterText(zelle: Zelle): string | null {
  if (zelle === null) return null;
  if ("text" in zelle) return zelle.text;
  if ("zahl" in zelle) return String(zelle.zahl);
  return zelle.ergebnis === undefined ? "" : String(zelle.ergebnis);
}

/**
 * Rows (zero-based) that need more than the standard height for `grundgroesse`, with their height
 * in points: wrapped text gets one line height per wrapped line, a larger font its own line height.
 * Only cells with wrapping or a font size of their own can raise a row, so only they are measured
 * (a levy sheet of 100,000 rows has a few such cells, not a million).
 */
export function zeilenhoehenDesBlatts(blatt: BlattPlan, grundgroesse: number): Map<number, number> {
  const standard = zeilenhoehe(grundgroesse);
  const hoehen = new Map<number, number>();
  for (const [schluessel, f] of schriftJeZelle(blatt)) {
    if (!f.umbruch && f.schriftgroesse === undefined) continue;
    const z = Math.floor(schluessel / SPALTEN);
    const s = schluessel % SPALTEN;
    const text = angezeigterText(zeileDes(blatt, z)[s] ?? null);
    if (text === null) continue;
    const groesse = f.schriftgroesse ?? grundgroesse;
    const breite = textbreiteDerSpalte(blatt.spaltenbreiten[s] ?? STANDARDBREITE);
    const zeilen = f.umbruch ? zeilenAnzahl(text, breite, groesse, !!f.fett) : 1;
    const hoehe = zeilen * zeilenhoehe(groesse);
    if (hoehe > Math.max(standard, hoehen.get(z) ?? 0)) hoehen.set(z, hoehe);
  }
  return hoehen;
}
