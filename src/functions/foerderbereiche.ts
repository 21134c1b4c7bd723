/**
 * The range forms of KI.LANDESERSTATTUNG: base posts one by one (Förderposition | Jahreskosten € |
 * [Stellenanteil]), extra posts one by one (Jahreskosten € | Stellenanteil) and a rule set as a small table (Förderposition | Höchstbetrag je Stelle |
 * Stellen höchstens). A single value keeps the total form, so existing workbooks keep their numbers.
 */
import {
  BEZUGSANTEIL,
  EigeneFoerderregel,
  FINANZIERUNGSARTEN,
  FOERDERPOSITIONEN,
  Finanzierungsart,
  Foerderposition,
  Foerderregel,
  Foerderstelle,
  GrundstellenKosten,
  KiFehler,
  MAX_BETRAG_EURO,
  DIREKT_BIS,
  baueEigeneFoerderregel,
  euroZuCentGenau,
} from "../core";
import { alsMatrix, betrag, istLeerOderNull, nichtNegativ, ohneLeer, zellText } from "./excelArgumente";

/** A Förderposition or row label; 0 is none, so every empty form gives the same message. */
function position(roh: unknown, zusatz: readonly string[] = []): string {
  // The usual spelling, as the sheets write it: the same answer as the search below, at once.
  if (roh === "Fachkraft" || roh === "Verwaltung" || roh === "Assistenz") return roh;
  const v = ohneLeer(roh);
  const t = typeof v === "string" ? v.trim().toLowerCase() : "";
  const bekannt = [...FOERDERPOSITIONEN, ...zusatz];
  const treffer = bekannt.find((p) => p.toLowerCase() === t);
  if (!treffer) {
    throw new KiFehler("wert", `Unbekannte Förderposition „${zellText(v)}“. Bekannt: ${bekannt.join(", ")}.`);
  }
  return treffer;
}

/** Whether a range's first row is a header (its second cell is text, not an amount). */
function mitKopfzeile(m: unknown[][]): boolean {
  const zweite = m[0][1];
  return typeof zweite === "string" && zweite.trim() !== "" && !/^[\d\s.,€+-]+$/.test(zweite);
}

/** The base posts of a 2- or 3-column range; null for a single value (the total form). */
export function grundstellenAusBereich(v: unknown): GrundstellenKosten[] | null {
  if (!Array.isArray(v)) return null; // a plain value, the usual case: no 1×1 wrapper to build
  const m = alsMatrix(v);
  if (m.length === 1 && m[0].length === 1) return null;
  if (m[0].length < 2 || m[0].length > 3) {
    throw new KiFehler(
      "wert",
      "Personalkosten: ein Betrag oder ein Bereich mit 2 oder 3 Spalten (Förderposition | Jahreskosten € | [Stellenanteil]).",
    );
  }
  const stellen: GrundstellenKosten[] = [];
  const kopf = mitKopfzeile(m);
  // Plain loops and messages built only for an error: this runs for every row of every call.
  for (let i = kopf ? 1 : 0, n = zeilenBisZurLetztenVollen(m); i < n; i++) {
    const zeile = m[i];
    // Empty rows (every cell null, "" or 0) are skipped; an empty cost or share counts as 0.
    if (leereZeile(zeile)) continue;
    const p = position(zeile[0]) as Foerderposition;
    const k = zeile[1];
    const kosten =
      typeof k === "number" && k >= 0 && k <= MAX_BETRAG_EURO
        ? euroZuCentGenau(k)
        : betrag(k, `Personalkosten, Zeile ${i + 1}: Jahreskosten`);
    // Without a share a row is one post as the guideline states it: the Assistenz is the half post.
    let anteil = BEZUGSANTEIL[p];
    if (zeile.length > 2) {
      const a = zeile[2];
      anteil =
        typeof a === "number" && a >= 0 && a < Infinity
          ? a
          : nichtNegativ(a, `Personalkosten, Zeile ${i + 1}: Stellenanteil`);
    }
    stellen.push({ position: p, kosten, anteil });
  }
  return stellen;
}

/**
 * The columns of a plain range of base posts, for grundstellenBetragSchnell: every row Förderposition
 * as the sheets write it | cost in € within the limit | [share ≥ 0], no header, no empty row, at most
 * DIREKT_BIS rows. Reused between calls (a call runs to its end before the next begins).
 */
export const SPALTEN = {
  /** The Förderposition as its index in FOERDERPOSITIONEN. */
  position: new Uint8Array(DIREKT_BIS),
  kosten: new Float64Array(DIREKT_BIS),
  anteil: new Float64Array(DIREKT_BIS),
};

/** Bezugsanteil by index in FOERDERPOSITIONEN (Fachkraft, Verwaltung, Assistenz). */
const BEZUG_NACH_INDEX = FOERDERPOSITIONEN.map((p) => BEZUGSANTEIL[p]);

/**
 * Fills SPALTEN from such a range and returns its rows, or −1 for anything else (an empty row, a
 * header, another spelling, a cost or share to be checked or read as empty): then
 * grundstellenAusBereich, which reads it with every message. Where both read a range, they read the
 * same posts.
 */
export function grundstellenSpalten(v: unknown): number {
  if (!Array.isArray(v) || v.length > DIREKT_BIS || !Array.isArray(v[0])) return -1;
  const breite = (v[0] as unknown[]).length;
  if (breite !== 2 && breite !== 3) return -1;
  for (let i = 0; i < v.length; i++) {
    const zeile: unknown = v[i];
    if (!Array.isArray(zeile) || zeile.length !== breite) return -1;
    const p: unknown = zeile[0];
    const k: unknown = zeile[1];
    const c = FOERDERPOSITIONEN.indexOf(p as Foerderposition);
    if (c < 0) return -1;
    if (!(typeof k === "number" && k >= 0 && k <= MAX_BETRAG_EURO)) return -1;
    let anteil = BEZUG_NACH_INDEX[c];
    if (breite === 3) {
      const a: unknown = zeile[2];
      if (!(typeof a === "number" && a >= 0 && a < Infinity)) return -1;
      anteil = a;
    }
    SPALTEN.position[i] = c;
    SPALTEN.kosten[i] = euroZuCentGenau(k);
    SPALTEN.anteil[i] = anteil;
  }
  return v.length;
}

/** Every cell null, "" (also blank text) or 0. */
function leereZeile(zeile: readonly unknown[]): boolean {
  for (let j = 0; j < zeile.length; j++) if (!istLeerOderNull(zeile[j])) return false;
  return true;
}

/**
 * The rows up to the last one with a cell that is not empty: a whole column (A:C, 1,048,576 rows)
 * is mostly empty below the posts, and those rows are skipped anyway. One tight pass from the end
 * instead of the full row check for each.
 */
function zeilenBisZurLetztenVollen(m: unknown[][]): number {
  let n = m.length;
  while (n > 0 && leereZeile(m[n - 1])) n--;
  return n;
}

/**
 * The extra posts of a 2-column range, Jahreskosten € | Stellenanteil (an optional header row), so
 * a half post is marked as such wherever it is listed; null for any other shape (one amount, or a
 * column or row of costs of one full post each).
 */
export function zusatzpostenAusBereich(v: unknown): Foerderstelle[] | null {
  if (!Array.isArray(v)) return null;
  const m = alsMatrix(v);
  if (m[0].length !== 2) return null;
  const stellen: Foerderstelle[] = [];
  m.forEach((zeile, i) => {
    const kopf = i === 0 && typeof zeile[0] === "string" && zeile[0].trim() !== "" && !/^[\d\s.,€+-]+$/.test(zeile[0]);
    // Empty rows (every cell null, "" or 0) are skipped; an empty cost or share counts as 0, as in
    // the base posts' range (excelArgumente: the empty-cell rule).
    if (kopf || zeile.every(istLeerOderNull)) return;
    const nr = `Zusatzkosten, Zeile ${i + 1}`;
    const anteil = nichtNegativ(zeile[1], `${nr}: Stellenanteil`);
    if (anteil > 100) {
      // Two costs side by side are not a cost and a share: say how the range is read.
      throw new KiFehler(
        "wert",
        `${nr}: Stellenanteil ${anteil} ist zu groß. Ein Bereich mit 2 Spalten heißt Jahreskosten € | Stellenanteil; Kosten mehrerer Stellen bitte untereinander angeben.`,
      );
    }
    stellen.push({ kosten: betrag(zeile[0], `${nr}: Jahreskosten`), anteil });
  });
  return stellen;
}

const META = ["Name", "Quelle", "Finanzierungsart"] as const;
const WEITERE = ["Zusatzstelle", "Sachausgaben"] as const;

function finanzierungsart(roh: unknown): Finanzierungsart {
  const v = ohneLeer(roh);
  const t = typeof v === "string" ? v.trim().toLowerCase() : "";
  const f = FINANZIERUNGSARTEN.find((x) => t !== "" && x.toLowerCase().startsWith(t.slice(0, 4)));
  if (!f) {
    throw new KiFehler(
      "wert",
      `Unbekannte Finanzierungsart „${zellText(v)}“. Bekannt: ${FINANZIERUNGSARTEN.join(", ")}.`,
    );
  }
  return f;
}

/**
 * A rule set given as a range; null for a single value (a built-in id or "auto"). Rows:
 * Fachkraft | Verwaltung | Assistenz | Zusatzstelle → Höchstbetrag je Stelle | Stellen höchstens;
 * Sachausgaben → Höchstbetrag; Name, Quelle (required), Finanzierungsart → text.
 */
export function regelAusBereich(v: unknown): Foerderregel | null {
  if (!Array.isArray(v)) return null;
  const m = alsMatrix(v);
  if (m.length === 1 && m[0].length === 1) return null;
  if (m[0].length < 2) throw new KiFehler("wert", "Regelwerk: ein Bereich mit 2 oder 3 Spalten.");
  const e: EigeneFoerderregel = {
    name: "Eigenes Regelwerk (Bereich)",
    quelle: "",
    finanzierungsart: "Anteilfinanzierung bis Höchstbetrag",
    positionen: [],
    zusatzstellen: null,
    sachausgaben: null,
  };
  const positionen: Array<EigeneFoerderregel["positionen"][number]> = [];
  m.forEach((zeile, i) => {
    // Empty rows (every cell null, "" or 0) are skipped; an empty amount or count is 0, an empty
    // Name or Finanzierungsart is not given.
    if ((i === 0 && mitKopfzeile(m) && !META.some((x) => x === zeile[0])) || zeile.every(istLeerOderNull)) return;
    const nr = `Regelwerk, Zeile ${i + 1}`;
    const p = position(zeile[0], [...WEITERE, ...META]);
    if (p === "Name") e.name = istLeerOderNull(zeile[1]) ? "" : zellText(zeile[1]);
    else if (p === "Quelle") e.quelle = typeof zeile[1] === "string" ? zeile[1] : "";
    else if (p === "Finanzierungsart") {
      if (!istLeerOderNull(zeile[1])) e.finanzierungsart = finanzierungsart(zeile[1]);
    } else if (p === "Sachausgaben") e.sachausgaben = betrag(zeile[1], `${nr}: Höchstbetrag`);
    else {
      const jeStelle = betrag(zeile[1], `${nr}: Höchstbetrag je Stelle`);
      const stellen = nichtNegativ(zeile[2], `${nr}: Stellen höchstens`);
      if (p === "Zusatzstelle") e.zusatzstellen = { jeStelle, stellen };
      else positionen.push({ position: p as Foerderposition, jeStelle, stellen });
    }
  });
  return baueEigeneFoerderregel({ ...e, positionen });
}
