/**
 * „Eigenes Regelwerk“: the amounts of the Kreis's own grant notice (or of a guideline version the
 * add-in does not carry) as a rule set a scenario can choose. One per workbook; the checks are the
 * core's, shown at the field they concern.
 */
import * as React from "react";
import { type EigenesRegelwerk, type RegelwerkMeldungen, type Szenario, istEigenesRegelwerk } from "../../scenario";
import { spaeter } from "../spaeter";
import { Ausklappbereich } from "./Ausklappbereich";

export interface EigenesRegelwerkProps {
  wert: EigenesRegelwerk | null;
  meldungen: RegelwerkMeldungen;
  szenarien: readonly Szenario[];
  onWert: (wert: EigenesRegelwerk | null) => void;
}

// The section starts closed: its fields are a chunk of their own (../spaeter).
const EigenesRegelwerkInhalt = spaeter(
  () =>
    import(/* webpackChunkName: "eigenes-regelwerk" */ "./EigenesRegelwerkInhalt").then(
      (m) => m.EigenesRegelwerkInhalt,
    ),
  "Eingabefelder werden geladen …",
);

export function EigenesRegelwerkAbschnitt(p: EigenesRegelwerkProps): React.ReactElement {
  const nutzer = p.szenarien.filter((s) => s.erstattung.aktiv && istEigenesRegelwerk(s.erstattung.regelwerk));
  // The status says no more than is true: "festgelegt" only once every field checks out.
  const gueltig = Object.keys(p.meldungen).length === 0;
  const zusatz =
    p.wert === null ? undefined : !gueltig ? "unvollständig" : nutzer.length > 0 ? "in Verwendung" : "festgelegt";
  return (
    <Ausklappbereich titel="Eigenes Regelwerk" zusatz={zusatz}>
      <EigenesRegelwerkInhalt {...p} nutzer={nutzer} />
    </Ausklappbereich>
  );
}
