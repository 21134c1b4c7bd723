/**
 * The "Quelle" texts of "Annahmen": where each figure of each scenario comes from. Every distinct
 * source is printed once, in the numbered list at the end of the sheet; the rows name it by number
 * ("[1]"), so the same long citation no longer fills every row. Explanations that are not sources
 * ("berechnet aus den Grundstellen unten") stay in the row as they are.
 */
import { quellenVermerk, zahlText } from "../../core";
import {
  type Sachsatzfeld,
  type Stelle,
  type Szenario,
  eigenerWertText,
  kurzerVorbehalt,
  sachsatzHerkunft,
  satztabelleDes,
  statusWort,
} from "../../scenario";
import type { SzenarioDaten } from "../szenarioDaten";
import type { AnnahmeSchluessel } from "./bezuege";

const EINGABE = "Eingabe";

/** Sources in first-use order; the number of a source is its place in this list, from 1. */
export class Quellenverzeichnis {
  private readonly texte: string[] = [];

  /** "[n]" for a source, registering it on first use. */
  verweis(text: string): string {
    let i = this.texte.indexOf(text);
    if (i < 0) i = this.texte.push(text) - 1;
    return `[${i + 1}]`;
  }

  get liste(): readonly string[] {
    return this.texte;
  }
}

/**
 * What a row's source cell says for one scenario: a source (numbered, with a note after its number
 * where the source alone says too little), a plain note, or nothing.
 */
type Angabe = { quelle: string; notiz?: string } | { notiz: string } | null;

/**
 * The scenario's rate table (its own table too) as a numbered source, with a pointer to the caveat
 * (AGebV: "Bund, nicht kommunal NRW", printed under the table) and the yearly rate it is carried
 * with as the row's note.
 */
function satztabellenAngabe(s: Szenario): Angabe {
  try {
    const t = satztabelleDes(s);
    const notizen: string[] = [];
    // The caveat itself stands once, under the rate table; the row points there (a long caveat in
    // the narrow source column printed as a tall strip).
    if (t.vorbehalt) notizen.push("Vorbehalt: Tabelle unten");
    if (s.satzSteigerung !== undefined) {
      notizen.push(
        `fortgeschrieben mit ${zahlText(Math.round(s.satzSteigerung * 100000) / 1000)} % je Jahr (Tabelle unten)`,
      );
    }
    return { quelle: quellenVermerk(t.quelle), ...(notizen.length ? { notiz: notizen.join(" – ") } : {}) };
  } catch {
    return null;
  }
}

/** Scenarios state one source for all their figures; a user-built scenario's figures are "Eingabe". */
function szenarioAngabe(s: Szenario): Angabe {
  const q = s.quelle.trim();
  return q ? { quelle: q } : { notiz: EINGABE };
}

/**
 * An overhead, IT or room rate: the named source it was taken from, with its status in words and
 * the source's caveat (scenario/sachsaetze), or the Kreis's (city's) own figure.
 */
function sachsatzAngabe(s: Szenario, feld: Sachsatzfeld): Angabe {
  const h = sachsatzHerkunft(s, feld);
  if (h.art !== "benannt") return { notiz: eigenerWertText(s) };
  const vorbehalt = kurzerVorbehalt(h.quelle);
  const notizen = [statusWort(h.satz.quelle), h.quelle.titel, ...(vorbehalt ? [vorbehalt] : [])];
  return { quelle: quellenVermerk(h.satz.quelle), notiz: notizen.join(" – ") };
}

function angabeFuer(d: SzenarioDaten, k: AnnahmeSchluessel): Angabe {
  const s = d.szenario;
  switch (k) {
    case "querschnittssatz":
    case "itSatz":
    case "raumSatz":
      return sachsatzAngabe(s, k);
    case "pauschale": {
      const p = s.personalkostenPauschale;
      if (!p) return null;
      return p.quelle.trim() ? { quelle: p.quelle.trim() } : { notiz: EINGABE };
    }
    case "regelwerk":
    case "regelwerkTitel":
    case "landespauschale":
    case "zusatzstelleSatz":
    case "maxZusatzstellen":
    case "sachausgabenpauschale":
      return d.regel ? { quelle: quellenVermerk(d.regel.quelle) } : null;
    case "satztabelle":
      return satztabellenAngabe(s);
    case "personalkostenGrund":
      return { notiz: s.personalkostenPauschale ? "= Personalkosten-Pauschale" : "aus den Grundstellen unten" };
    case "personalkostenZusatz":
    case "zusatzstellen":
      return { notiz: "aus den Zusatzstellen unten" };
    case "personalkosten":
      return { notiz: "Grund- + Zusatzstellen" };
    default:
      return szenarioAngabe(s);
  }
}

/**
 * One source cell per row: the distinct numbers and notes of the scenarios in column order
 * ("[1]", "[2], [3]"); empty where no scenario has one.
 */
export function quelleDerZeile(
  daten: readonly SzenarioDaten[],
  k: AnnahmeSchluessel,
  verzeichnis: Quellenverzeichnis,
): string {
  const texte = daten.map((d) => {
    const a = angabeFuer(d, k);
    if (a === null) return "";
    if (!("quelle" in a)) return a.notiz;
    const nummer = verzeichnis.verweis(a.quelle);
    return a.notiz ? `${nummer} – ${a.notiz}` : nummer;
  });
  return [...new Set(texte.filter((t) => t !== ""))].join(", ");
}

/** The source of a staff line's rate, or why it has none; "" when the rate table is unknown. */
export function stellenQuelle(s: Szenario, st: Stelle, verzeichnis: Quellenverzeichnis): string {
  if (st.art === "landeslehrer") return "vom Land bezahlt";
  if (s.personalkostenPauschale && st.art === "kommunal") return "in der Pauschale";
  if (st.eigenerSatz !== null) return `${EINGABE} (eigener Satz)`;
  try {
    // The table's source stands once in the numbered list; its caveat, in the rate table's line.
    const t = satztabelleDes(s);
    return `${t.id} ${verzeichnis.verweis(quellenVermerk(t.quelle))}`;
  } catch {
    return "";
  }
}
