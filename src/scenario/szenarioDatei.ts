/**
 * The pane's work as a file of its own ("Szenarien als Datei speichern"), read back by
 * `ki-kostenplaner export --szenarien DATEI`:
 *
 *   { format: "ki-kostenplaner-szenarien", version: 1, gespeichertAm, zustand: <Speicherstand>, staende: [<Stand>] }
 *
 * The state and every Stand are checked by the very parsers that check them in the workbook
 * (speicherformat.leseSpeicherstand, staende.leseStand): the same strictness and the same German
 * messages, without the sentence about the data staying in the workbook (a file stays where it is anyway).
 */
import { deutsch } from "../core/zahlformat";
import type { Szenario } from "./modell";
import {
  HINWEIS_ERHALTEN,
  kodiereSpeicherstand,
  leseSpeicherstand,
  SPEICHER_MAX_TIEFE,
  SPEICHER_MAX_ZEICHEN,
  type GespeicherteOptionen,
  type Speicherstand,
} from "./speicherformat";
import { pruefeHuelle, zuTiefVerschachtelt } from "./huelle";
import { leseStand, type Stand } from "./staende";

export const DATEIFORMAT = "ki-kostenplaner-szenarien";
export const DATEIVERSION = 1;
/** File name the pane offers. */
export const SZENARIO_DATEINAME = "KI-Kostenplaner-Szenarien.json";

/** The state may fill its own limit and every Stand embeds one: room for 20 of them. */
export const SZENARIO_DATEI_MAX_ZEICHEN = 20 * SPEICHER_MAX_ZEICHEN;

export interface SzenarioDatei {
  format: typeof DATEIFORMAT;
  version: typeof DATEIVERSION;
  gespeichertAm: string;
  zustand: Speicherstand;
  staende: Stand[];
}

export function kodiereSzenarioDatei(
  szenarien: readonly Szenario[],
  optionen: GespeicherteOptionen,
  staende: readonly Stand[],
  jetzt: Date = new Date(),
): string {
  const datei: SzenarioDatei = {
    format: DATEIFORMAT,
    version: DATEIVERSION,
    gespeichertAm: jetzt.toISOString(),
    zustand: kodiereSpeicherstand(szenarien, optionen, jetzt),
    staende: JSON.parse(JSON.stringify(staende)) as Stand[],
  };
  return `${JSON.stringify(datei, null, 1)}\n`;
}

const STAND_HINWEIS = " Der Stand bleibt unverändert in der Arbeitsmappe erhalten.";

function ohneArbeitsmappenHinweis(meldung: string): string {
  return meldung.split(HINWEIS_ERHALTEN).join("").split(STAND_HINWEIS).join("").trim();
}

export type SzenarioDateiErgebnis = { ok: true; datei: SzenarioDatei } | { ok: false; meldung: string };

/** Checks the text of a scenario file; on failure a German sentence says what is wrong. */
export function leseSzenarioDatei(roh: string): SzenarioDateiErgebnis {
  const nein = (meldung: string) => ({ ok: false as const, meldung });
  if (roh.length > SZENARIO_DATEI_MAX_ZEICHEN) {
    return nein(`Die Datei ist mit ${deutsch(roh.length)} Zeichen größer als erlaubt.`);
  }
  // The state sits two levels down (file → zustand, file → staende[] → Stand → zustand … ).
  if (zuTiefVerschachtelt(roh, SPEICHER_MAX_TIEFE + 2))
    return nein("Die Datei ist zu tief verschachtelt und stammt nicht vom KI-Kostenplaner.");
  let json: unknown;
  try {
    json = JSON.parse(roh.replace(/^\uFEFF/, ""));
  } catch {
    return nein("Die Datei ist kein vollständiges JSON (abgeschnitten oder von einem anderen Programm?).");
  }
  const h = pruefeHuelle(json, DATEIFORMAT, DATEIVERSION);
  if (!h.ok && h.fehler === "fremd") {
    return nein(`Die Datei stammt nicht vom KI-Kostenplaner (Kennung „${DATEIFORMAT}“ fehlt).`);
  }
  if (!h.ok) {
    return nein(
      h.fehler === "neuer"
        ? `Die Datei wurde mit einer neueren Version des KI-Kostenplaners gespeichert (Format ${String(h.version)}); diese Version liest nur Format ${DATEIVERSION}.`
        : `Die Datei hat eine unbekannte Formatversion („${String(h.version)}“).`,
    );
  }
  const { format, version, gespeichertAm, zustand, staende, ...fremd } = h.felder;
  if (Object.keys(fremd).length > 0) {
    return nein(`Die Datei enthält Felder einer neueren Version (${Object.keys(fremd).sort().join(", ")}).`);
  }
  if (typeof gespeichertAm !== "string") return nein("In der Datei fehlt „gespeichertAm“.");
  const z = leseSpeicherstand(zustand);
  if (!z.ok) return nein(ohneArbeitsmappenHinweis(z.meldung));
  if (!Array.isArray(staende)) return nein("In der Datei fehlt die Liste „staende“.");
  const gelesen: Stand[] = [];
  const ids = new Set<string>();
  for (const [i, s] of staende.entries()) {
    const r = leseStand(s);
    if (!r.ok) return nein(`staende[${i}]: ${ohneArbeitsmappenHinweis(r.meldung)}`);
    if (ids.has(r.stand.id)) return nein(`staende[${i}]: Die Kennung „${r.stand.id}“ kommt doppelt vor.`);
    ids.add(r.stand.id);
    gelesen.push(r.stand);
  }
  void format;
  void version;
  return {
    ok: true,
    datei: { format: DATEIFORMAT, version: DATEIVERSION, gespeichertAm, zustand: z.stand, staende: gelesen },
  };
}
