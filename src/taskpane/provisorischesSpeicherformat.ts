// PROVISIONAL until src/scenario/speicherformat.ts exists.
import type { PlanerZustand } from "./zustand";
export function PROVISORISCH_kodiere(z: PlanerZustand): unknown {
  return { format: "ki-kostenplaner-pane", version: 1, zustand: z };
}
export function PROVISORISCH_dekodiere(json: unknown): { ok: true; zustand: PlanerZustand } | { ok: false; meldung: string } {
  const j = json as { format?: string; version?: number; zustand?: PlanerZustand };
  if (j && j.format === "ki-kostenplaner-pane" && j.version === 1 && j.zustand && Array.isArray(j.zustand.szenarien)) {
    return { ok: true, zustand: j.zustand };
  }
  return { ok: false, meldung: "Die gespeicherten Szenarien haben ein unbekanntes Format." };
}
