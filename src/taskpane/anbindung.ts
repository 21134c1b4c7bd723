/**
 * Where the pane meets the other modules: the workbook plan builder, the saved-state format and
 * the one Excel access module. Kept in one place so the pane, its tests and the preview page wire
 * up the same implementations.
 */
import { erstelleArbeitsmappenZugriff as zugriffUeber } from "../excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../excel/zugriff";
import { istLesbarerSpeicherstand, kodiereSpeicherstand, leseSpeicherstand } from "../scenario/speicherformat";
import { type PlanerZustand, standardMehrjahr, umlageZeile } from "./zustand";

export { baueArbeitsmappe } from "../workbook";

export type Dekodiert = { ok: true; zustand: PlanerZustand } | { ok: false; meldung: string };

export function kodiereZustand(z: PlanerZustand, jetzt: Date = new Date()): unknown {
  return kodiereSpeicherstand(
    z.szenarien,
    {
      modus: z.letzterModus,
      vorlageNr: z.vorlageNr,
      mehrjahrAktiv: z.mehrjahrAktiv,
      mehrjahr: z.mehrjahr,
      umlageAktiv: z.umlageAktiv,
      umlage: z.umlage,
    },
    jetzt,
  );
}

export function dekodiereZustand(json: unknown): Dekodiert {
  const r = leseSpeicherstand(json);
  if (!r.ok) return r;
  const { szenarien, optionen } = r.stand;
  return {
    ok: true,
    zustand: {
      szenarien,
      letzterModus: optionen.modus,
      vorlageNr: optionen.vorlageNr,
      mehrjahrAktiv: optionen.mehrjahrAktiv,
      mehrjahr: optionen.mehrjahr ?? standardMehrjahr(szenarien),
      umlageAktiv: optionen.umlageAktiv,
      umlage: optionen.umlage.map((m) => ({
        ...umlageZeile(m.name, m.grundlage, m.minderbelastung),
        ...(m.id ? { id: m.id } : {}),
      })),
    },
  };
}

/** Stored data the saved-state format does not accept is backed up by the access module before
 * anything is saved over it. */
export function erstelleArbeitsmappenZugriff(host: ExcelHost): ArbeitsmappenZugriff {
  return zugriffUeber(host, { istLesbar: istLesbarerSpeicherstand });
}
