/**
 * Editor for one scenario, collapsible so that several fit in a narrow pane. The first scenario is
 * the baseline every other one is compared with. Each section of the card is its own component
 * (./szenarioKarte).
 */
import * as React from "react";
import type { EigenesRegelwerk, Szenario } from "../../scenario";
import type { Pruefmeldungen } from "../../scenario/validierung";
import { stile } from "../stile";
import { spaeter } from "../spaeter";
import { Kartenkopf } from "./szenarioKarte/Kartenkopf";

// Cards start closed: their fields are a chunk of their own (../spaeter), fetched after the first screen.
const Karteninhalt = spaeter(
  () => import(/* webpackChunkName: "szenario-karte" */ "./szenarioKarte/Karteninhalt").then((m) => m.Karteninhalt),
  "Eingabefelder werden geladen …",
);

export interface SzenarioKarteProps {
  szenario: Szenario;
  index: number;
  anzahl: number;
  eigenesRegelwerk?: EigenesRegelwerk | null;
  meldungen: Pruefmeldungen;
  offen: boolean;
  onUmschalten: () => void;
  onAendere: (aenderung: (s: Szenario) => Szenario) => void;
  onVerschiebe: (richtung: -1 | 1) => void;
  onDupliziere: () => void;
  onEntferne: () => void;
}

export function SzenarioKarte(p: SzenarioKarteProps): React.ReactElement {
  const s = p.szenario;
  const inhaltId = React.useId();
  const anzeigename = s.name.trim() || `Szenario ${p.index + 1}`;

  return (
    <section className={stile.karte} aria-label={`Szenario ${p.index + 1}: ${anzeigename}`}>
      <Kartenkopf
        index={p.index}
        anzeigename={anzeigename}
        offen={p.offen}
        inhaltId={inhaltId}
        fehlerzahl={Object.keys(p.meldungen).length}
        onUmschalten={p.onUmschalten}
      />
      {p.offen && (
        <div id={inhaltId} className={stile.karteInhalt}>
          <Karteninhalt {...p} anzeigename={anzeigename} />
        </div>
      )}
    </section>
  );
}
