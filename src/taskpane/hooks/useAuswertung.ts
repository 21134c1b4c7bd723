/** The live figures and input checks of the whole pane, and why inserting is not possible yet. */
import * as React from "react";
import { type SzenarioAuswertung, werteAus } from "../berechnung";
import { type RegelwerkMeldungen, pruefeEigenesRegelwerk } from "../../scenario/eigenesRegelwerk";
import { vorlageNrFehler } from "../../scenario/validierung";
import { pruefeMehrjahr, pruefeUmlage } from "../optionenPruefung";
import { umlageMoeglich } from "../../scenario/optionen";
import type { PlanerZustand } from "../zustand";

/** One line per scenario or option with a problem: the first message, and how many more there are. */
/** " – dazu 1 weitere Meldung" / " – dazu 3 weitere Meldungen": the count with its noun. */
function weitereMeldungen(anzahl: number): string {
  const n = anzahl - 1;
  return n <= 0 ? "" : ` – dazu ${n} weitere ${n === 1 ? "Meldung" : "Meldungen"}`;
}

export function einfuegeGruende(
  zustand: PlanerZustand,
  auswertungen: readonly SzenarioAuswertung[],
  mehrjahrMeldungen: Record<string, string>,
  umlageMeldungen: Record<string, string>,
  regelwerkMeldungen: RegelwerkMeldungen = {},
): string[] {
  const g: string[] = [];
  if (zustand.szenarien.length === 0) g.push("Mindestens ein Szenario anlegen.");
  auswertungen.forEach((a, i) => {
    const m = Object.values(a.meldungen);
    if (m.length === 0) return;
    const name = a.szenario.name.trim() || `Szenario ${i + 1}`;
    g.push(`${name}: ${m[0]}${weitereMeldungen(m.length)}`);
  });
  const r = Object.values(regelwerkMeldungen);
  if (r.length) g.push(`Eigenes Regelwerk: ${r[0]}${weitereMeldungen(r.length)}`);
  const nr = vorlageNrFehler(zustand.vorlageNr);
  if (nr) g.push(nr);
  if (zustand.mehrjahrAktiv) {
    const m = Object.values(mehrjahrMeldungen);
    if (m.length) g.push(`Mehrjahresplanung: ${m[0]}`);
  }
  if (zustand.umlageAktiv && umlageMoeglich(zustand.szenarien)) {
    const m = Object.values(umlageMeldungen);
    if (m.length) g.push(`Umlage: ${m[0]}`);
  }
  return g;
}

export function useAuswertung(zustand: PlanerZustand) {
  const auswertungen = React.useMemo(() => zustand.szenarien.map(werteAus), [zustand.szenarien]);
  const mehrjahrMeldungen = React.useMemo(
    () => pruefeMehrjahr(zustand.mehrjahr, zustand.szenarien),
    [zustand.mehrjahr, zustand.szenarien],
  );
  const umlageMeldungen = React.useMemo(() => pruefeUmlage(zustand.umlage), [zustand.umlage]);
  const regelwerkMeldungen = React.useMemo(
    () => (zustand.eigenesRegelwerk ? pruefeEigenesRegelwerk(zustand.eigenesRegelwerk) : {}),
    [zustand.eigenesRegelwerk],
  );
  const gruende = React.useMemo(
    () => einfuegeGruende(zustand, auswertungen, mehrjahrMeldungen, umlageMeldungen, regelwerkMeldungen),
    [auswertungen, zustand, mehrjahrMeldungen, umlageMeldungen, regelwerkMeldungen],
  );
  return { auswertungen, mehrjahrMeldungen, umlageMeldungen, regelwerkMeldungen, gruende };
}
