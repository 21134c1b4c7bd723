/** Fixtures of the own-rule-set tests: NRW-2017's amounts typed in, and a KI scenario with per-post caps. */
import type { EigenesRegelwerk, Szenario } from "../../src/scenario";
import { leeresSzenario } from "../../src/scenario";

/** NRW-2017's amounts typed in as an own rule set (a Kreis: 3 extra posts). */
export function wieNrw2017(): EigenesRegelwerk {
  return {
    name: "Wie Ausbau 2017",
    quelle: "Bescheid BezReg Arnsberg vom 01.02.2017",
    finanzierungsart: "Anteilfinanzierung bis Höchstbetrag",
    positionen: [
      { position: "Fachkraft", jeStelle: 50_000, stellen: 2 },
      { position: "Verwaltung", jeStelle: 50_000, stellen: 1 },
      { position: "Assistenz", jeStelle: 20_000, stellen: 0.5 },
    ],
    zusatzstelle: { jeStelle: 50_000, stellen: 3 },
    sachausgaben: 50_000,
  };
}

export function kiSzenario(regelwerk: string, eigenes?: EigenesRegelwerk): Szenario {
  const st = (id: string, foerderposition: "Fachkraft" | "Verwaltung" | "Assistenz", satz: number, anteil = 1) => ({
    id,
    bezeichnung: foerderposition,
    gruppe: "EG 11",
    anteil,
    eigenerSatz: satz,
    art: "kommunal" as const,
    foerderposition,
  });
  return {
    ...leeresSzenario(),
    name: "KI mit eigenem Regelwerk",
    typ: "ki",
    jahr: 2019,
    stellen: [
      st("a", "Fachkraft", 45_000),
      st("b", "Fachkraft", 60_000),
      st("c", "Verwaltung", 52_000),
      st("d", "Assistenz", 50_000, 0.5),
      { id: "z1", bezeichnung: "Lehrkraft-Ersatz", gruppe: "EG 10", anteil: 1, eigenerSatz: 47_500, art: "zusatz" },
      { id: "z2", bezeichnung: "Zusatz", gruppe: "EG 10", anteil: 1.5, eigenerSatz: 60_000, art: "zusatz" },
    ],
    projektmittel: 80_000,
    erstattung: { aktiv: true, regelwerk, sachausgaben: 60_000, ...(eigenes ? { eigenesRegelwerk: eigenes } : {}) },
  };
}
