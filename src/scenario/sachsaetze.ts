/**
 * Which named, sourced rate a scenario's overhead, IT and room rate is (issue 24, item 4). The
 * scenario keeps the numbers it computes with (querschnittssatz, itSatz, raumSatz) and records in
 * `sachsatzQuellen` the id of the source a rate was taken from ("RSK2013", "BUND-AGEBV-2021",
 * "NDS-2023"); a rate without an id is the Kreis's (or city's) own figure. This module decides, for
 * pane, sheet, validation and saved state alike, which rates a field can take and where a value
 * comes from.
 *
 * A named rate fits a field only with the field's name AND unit: the Rhein-Sieg rooms are € per
 * office, Lower Saxony's € per workplace, and the AGebV's and Lower Saxony's workplace totals cover
 * more than IT or rooms; those stay for comparison (docs/QUELLEN.md#sachsaetze).
 */
import {
  type Quelle,
  type QuellenStatus,
  SACHSATZQUELLEN,
  type Sachsatzquelle,
  type Standardsatz,
  centZuEuro,
  euroZuCent,
} from "../core";
import type { Szenario } from "./modell";

export type Sachsatzfeld = "querschnittssatz" | "itSatz" | "raumSatz";
export const SACHSATZFELDER: readonly Sachsatzfeld[] = ["querschnittssatz", "itSatz", "raumSatz"];

/** Per rate field, the id of the named source it was taken from; absent = the user's own figure. */
export type SachsatzQuellen = Partial<Record<Sachsatzfeld, string>>;

/** The name (as KI.SATZ knows it) and unit a named rate must have to fit the field. */
const PASST: Record<Sachsatzfeld, { name: string; einheit: Standardsatz["einheit"] }> = {
  querschnittssatz: { name: "Querschnitt", einheit: "Anteil" },
  itSatz: { name: "IT", einheit: "€/Jahr je Arbeitsplatz" },
  raumSatz: { name: "Raum", einheit: "€/Jahr je Büro" },
};

export interface BenannterSachsatz {
  quelle: Sachsatzquelle;
  satz: Standardsatz;
  /** In the scenario's unit: a fraction for the overhead rate, € for IT and rooms. */
  wert: number;
}

function alsSzenariowert(feld: Sachsatzfeld, satz: Standardsatz): number {
  return feld === "querschnittssatz" ? satz.wert : centZuEuro(satz.wert);
}

/** The named rates a field can take, in the order of SACHSATZQUELLEN (Rhein-Sieg first). */
export function sachsatzAlternativen(feld: Sachsatzfeld): BenannterSachsatz[] {
  const { name, einheit } = PASST[feld];
  return SACHSATZQUELLEN.flatMap((quelle) =>
    quelle.saetze
      .filter((satz) => satz.name === name && satz.einheit === einheit)
      .map((satz) => ({ quelle, satz, wert: alsSzenariowert(feld, satz) })),
  );
}

/** The named rate of a source for a field; undefined when the source has none that fits. */
export function benannterSachsatz(feld: Sachsatzfeld, quelleId: string): BenannterSachsatz | undefined {
  return sachsatzAlternativen(feld).find((x) => x.quelle.id === quelleId);
}

/** Equal as the sheet shows it: to the cent for amounts, to 1/10.000 % for the overhead rate. */
function gleicherWert(feld: Sachsatzfeld, a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (feld === "querschnittssatz") return Math.round(a * 1e6) === Math.round(b * 1e6);
  try {
    return euroZuCent(a) === euroZuCent(b);
  } catch {
    return false;
  }
}

/**
 * The record of a scenario: as stored, or for a state saved before the record existed, inferred:
 * a rate equal to the Rhein-Sieg default every scenario started with is that rate, any other the
 * user's own.
 */
export function sachsatzQuellenVon(s: Szenario): SachsatzQuellen {
  if (s.sachsatzQuellen) return s.sachsatzQuellen;
  const r: SachsatzQuellen = {};
  for (const feld of SACHSATZFELDER) {
    const rsk = sachsatzAlternativen(feld)[0];
    if (rsk && gleicherWert(feld, s[feld], rsk.wert)) r[feld] = rsk.quelle.id;
  }
  return r;
}

export type SachsatzHerkunft =
  | ({ art: "benannt" } & BenannterSachsatz)
  /** The record names a source whose rate differs from the value (an edited file): never attributed. */
  | ({ art: "abweichend" } & BenannterSachsatz)
  | { art: "eigen" };

export function sachsatzHerkunft(s: Szenario, feld: Sachsatzfeld): SachsatzHerkunft {
  const id = sachsatzQuellenVon(s)[feld];
  const b = id === undefined ? undefined : benannterSachsatz(feld, id);
  if (!b) return { art: "eigen" };
  return gleicherWert(feld, s[feld], b.wert) ? { art: "benannt", ...b } : { art: "abweichend", ...b };
}

/** The scenario with a field's rate recorded as taken from `quelleId` (undefined = the user's own). */
export function mitSachsatzQuelle(s: Szenario, feld: Sachsatzfeld, quelleId: string | undefined): Szenario {
  const alt = sachsatzQuellenVon(s);
  if (alt[feld] === quelleId && s.sachsatzQuellen) return s;
  const neu: SachsatzQuellen = { ...alt };
  if (quelleId === undefined) delete neu[feld];
  else neu[feld] = quelleId;
  return { ...s, sachsatzQuellen: neu };
}

/**
 * A source's caveat in short, its part before the colon ("Bund, nicht kommunal NRW"): what a rate
 * row and the pane carry; the rest speaks of the source's other figures or repeats its text.
 */
export function kurzerVorbehalt(q: Sachsatzquelle): string | undefined {
  return q.vorbehalt?.split(":")[0];
}

/** The figure's owner as the sheet and the pane name it. */
export function eigenerWertText(s: Pick<Szenario, "koerperschaft">): string {
  return s.koerperschaft === "kreisfreie Stadt" ? "eigener Wert der Stadt" : "eigener Wert des Kreises";
}

const STATUS_WORT: Record<QuellenStatus, string> = { V: "verifiziert", V2: "zu prüfen", D: "abgeleitet" };

/** The status mark of a source in words, as the sheet's source cells and the pane say it. */
export function statusWort(q: Quelle): string {
  return STATUS_WORT[q.status];
}

/** Message for a recorded source whose rate the value does not match; null when it matches or none is recorded. */
export function sachsatzAbweichung(s: Szenario, feld: Sachsatzfeld, was: string): string | null {
  const h = sachsatzHerkunft(s, feld);
  if (h.art !== "abweichend") return null;
  return (
    `${was} ist als Satz „${h.quelle.titel}“ vermerkt, weicht aber von dessen Wert ab. ` +
    "Bitte den Satz erneut übernehmen oder als eigenen Wert eingeben."
  );
}
