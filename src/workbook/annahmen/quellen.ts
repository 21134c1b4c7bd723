/** The "Quelle / Stand" texts of "Annahmen": where each figure of each scenario comes from. */
import { quellenVermerk, zahlText } from "../../core";
import { type Stelle, type Szenario, satztabelleDes } from "../../scenario";
import type { SzenarioDaten } from "../szenarioDaten";
import type { AnnahmeSchluessel } from "./bezuege";

const EINGABE = "Eingabe";

/** The table's source, its caveat (AGebV: "Bund, nicht kommunal NRW") and the yearly rate it is carried with. */
function satztabellenQuelle(s: Szenario): string {
  try {
    const t = satztabelleDes(s);
    const teile = [quellenVermerk(t.quelle)];
    if (t.vorbehalt) teile.push(t.vorbehalt);
    if (s.satzSteigerung !== undefined) {
      teile.push(
        `fortgeschrieben mit ${zahlText(Math.round(s.satzSteigerung * 100000) / 1000)} % je Jahr (Tabelle unten)`,
      );
    }
    return teile.join(" – ");
  } catch {
    return "";
  }
}

/** Scenarios state one source for all their figures; a user-built scenario is "Eingabe". */
export function szenarioQuelle(s: Szenario): string {
  return s.quelle.trim() || EINGABE;
}

function quelleFuer(d: SzenarioDaten, k: AnnahmeSchluessel): string {
  const s = d.szenario;
  switch (k) {
    case "pauschale":
      return s.personalkostenPauschale ? s.personalkostenPauschale.quelle.trim() || EINGABE : "";
    case "erstattung":
    case "sachausgaben":
      return szenarioQuelle(s);
    case "regelwerk":
    case "regelwerkTitel":
    case "landespauschale":
    case "zusatzstelleSatz":
    case "maxZusatzstellen":
    case "sachausgabenpauschale":
      return d.regel ? quellenVermerk(d.regel.quelle) : "";
    case "satztabelle":
      return satztabellenQuelle(s);
    case "personalkostenGrund":
      return s.personalkostenPauschale ? "= Personalkosten-Pauschale" : "berechnet aus den Grundstellen unten";
    case "personalkostenZusatz":
    case "zusatzstellen":
      return "berechnet aus den Zusatzstellen unten";
    case "personalkosten":
      return "Grundstellen + Zusatzstellen";
    default:
      return szenarioQuelle(s);
  }
}

/**
 * The scenarios' own sources where they differ (a preset of 2013 beside one of 2017), numbered in
 * first-use order; null where all scenarios share one. Repeated in full on every row they would
 * fill the sheet: the rows name the number, the list below the tables gives the text once.
 */
export function nummerierteSzenarioQuellen(daten: readonly SzenarioDaten[]): string[] | null {
  const quellen = [...new Set(daten.map((d) => szenarioQuelle(d.szenario)))];
  return quellen.length > 1 ? quellen : null;
}

/** One source text per row: shared by all scenarios, or named per scenario where they differ. */
export function gemeinsameQuelle(daten: readonly SzenarioDaten[], k: AnnahmeSchluessel): string {
  const nummern = nummerierteSzenarioQuellen(daten);
  const je = daten.map((d) => {
    const q = quelleFuer(d, k);
    const nr = nummern ? nummern.indexOf(q) : -1;
    return nr >= 0 && q === szenarioQuelle(d.szenario) ? `Quelle (${nr + 1}) unten` : q;
  });
  const verschieden = [...new Set(je.filter((q) => q !== ""))];
  if (verschieden.length <= 1) return verschieden[0] ?? "";
  return daten
    .map((d, i) => (je[i] ? `${d.szenario.name}: ${je[i]}` : ""))
    .filter((x) => x !== "")
    .join("; ");
}

export function stellenQuelle(s: Szenario, st: Stelle): string {
  if (st.art === "landeslehrer") return "vom Land bezahlt, keine Kosten der Körperschaft";
  if (s.personalkostenPauschale && st.art === "kommunal") return "in der Personalkosten-Pauschale enthalten";
  if (st.eigenerSatz !== null) return `${EINGABE} (eigener Satz)`;
  try {
    // The table's source stands once above its rows (Satztabelle … below); long sources repeated
    // on every post made the rows several lines high.
    const t = satztabelleDes(s);
    return `Satztabelle ${t.id} (Quelle bei der Tabelle unten)${t.vorbehalt ? ` – ${t.vorbehalt.split(":")[0]}` : ""}`;
  } catch {
    return "";
  }
}
