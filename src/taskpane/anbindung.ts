/**
 * Where the pane meets the other modules: the workbook plan builder, the saved-state format and
 * the one Excel access module. Kept in one place so the pane, its tests and the preview page wire
 * up the same implementations.
 */
import { erstelleArbeitsmappenZugriff as zugriffUeber } from "../excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff, ExcelHost } from "../excel/zugriff";
import type { Ladeergebnis } from "../scenario/speicherformat";
import {
  ausLadeergebnis,
  istLesbarerSpeicherstand,
  kodiereSpeicherstand,
  type Speicherstand,
} from "../scenario/speicherformat";
import { gefuellteVorlagenAngaben } from "../scenario/optionen";
import { type PlanerZustand, standardMehrjahr, umlageZeile } from "./zustand";

export { BlattBelegtFehler } from "../excel/arbeitsmappenZugriff";

/** What the pane does with the stored state it found: nothing, load it, or show it as unreadable. */
export type GeladenerZustand =
  { status: "leer" } | { status: "ok"; zustand: PlanerZustand } | { status: "unlesbar"; roh: string; meldung: string };

export function kodiereZustand(z: PlanerZustand, jetzt: Date = new Date()): unknown {
  const angaben = gefuellteVorlagenAngaben(z.vorlagenAngaben);
  return kodiereSpeicherstand(
    z.szenarien,
    {
      modus: z.letzterModus,
      vorlageNr: z.vorlageNr,
      mehrjahrAktiv: z.mehrjahrAktiv,
      mehrjahr: z.mehrjahr,
      umlageAktiv: z.umlageAktiv,
      umlage: z.umlage,
      ...(z.zusatzblaetter?.length ? { zusatzblaetter: z.zusatzblaetter } : {}),
      ...(z.eigenesRegelwerk ? { eigenesRegelwerk: z.eigenesRegelwerk } : {}),
      ...(z.eigeneSatztabelle ? { eigeneSatztabelle: z.eigeneSatztabelle } : {}),
      ...(z.planIst ? { planIst: z.planIst } : {}),
      // Only filled fields: a state without any stays as older versions wrote it.
      ...(angaben ? { vorlagenAngaben: angaben } : {}),
    },
    jetzt,
  );
}

/** The saved-state format decides what is readable; the pane only maps a readable state onto its own. */
export function zustandAusLadeergebnis(l: Ladeergebnis): GeladenerZustand {
  const r = ausLadeergebnis(l);
  if (r.status !== "ok") return r;
  return { status: "ok", zustand: zustandAusStand(r.stand) };
}

function zustandAusStand({ szenarien, optionen }: Speicherstand): PlanerZustand {
  // A state saved with a scenario's copy but without the definition still offers it for editing.
  const kopie = szenarien.map((s) => s.erstattung.eigenesRegelwerk).find((e) => e !== undefined);
  const tabelle = optionen.eigeneSatztabelle ?? szenarien.map((s) => s.eigeneSatztabelle).find((e) => e !== undefined);
  return {
    ...(tabelle ? { eigeneSatztabelle: tabelle } : {}),
    ...(optionen.planIst ? { planIst: optionen.planIst } : {}),
    ...(optionen.vorlagenAngaben ? { vorlagenAngaben: optionen.vorlagenAngaben } : {}),
    eigenesRegelwerk: optionen.eigenesRegelwerk ?? kopie ?? null,
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
    ...(optionen.zusatzblaetter ? { zusatzblaetter: [...optionen.zusatzblaetter] } : {}),
  };
}

/** Stored data the saved-state format does not accept is backed up by the access module before
 * anything is saved over it. */
export function erstelleArbeitsmappenZugriff(host: ExcelHost): ArbeitsmappenZugriff {
  return zugriffUeber(host, { istLesbar: istLesbarerSpeicherstand });
}
