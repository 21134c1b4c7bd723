/**
 * The settings keys of the add-in and how new ones are made. Settings travel with the file; every
 * instance of the add-in on the document (another window, a co-author in Excel on the web) reads
 * and writes the same store, so a new key must be one no other writer can choose at the same time:
 * the second of writing (readable, sortable) plus 64 random bits from crypto.getRandomValues.
 */
export const ZUSTAND_SCHLUESSEL = "KI-Kostenplaner.Zustand";
export const SICHERUNG_PRAEFIX = "KI-Kostenplaner.Zustand.Sicherung.";
export const VERZEICHNIS_SCHLUESSEL = "KI-Kostenplaner.Bloecke";
/** One key per frozen Stand: a damaged one never takes the others with it. */
export const STAND_PRAEFIX = "KI-Kostenplaner.Stand.";
/** The Stand's index entry (label, dates, size) beside its body: what the pane's start reads. */
export const STANDKOPF_PRAEFIX = "KI-Kostenplaner.Standkopf.";

function zweiStellen(x: number): string {
  return String(x).padStart(2, "0");
}

export function zeitstempel(d: Date): string {
  return (
    `${d.getFullYear()}-${zweiStellen(d.getMonth() + 1)}-${zweiStellen(d.getDate())}T` +
    `${zweiStellen(d.getHours())}:${zweiStellen(d.getMinutes())}:${zweiStellen(d.getSeconds())}`
  );
}

/** 16 hex digits from the platform's cryptographic generator (every browser Office runs in has it). */
export function zufallsId(): string {
  const b = new Uint8Array(8);
  globalThis.crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** "KI-Kostenplaner.Stand.2013-02-04T10:00:00.3f9a…" → "KI-Kostenplaner.Standkopf.2013-02-04T10:00:00.3f9a…". */
export function kopfSchluessel(standSchluessel: string): string {
  return STANDKOPF_PRAEFIX + standSchluessel.slice(STAND_PRAEFIX.length);
}
