/**
 * Editor for one scenario, collapsible so that several fit in a narrow pane. The first scenario is
 * the baseline every other one is compared with. Each section of the card is its own component
 * (./szenarioKarte).
 */
import * as React from "react";
import { Text, TextField } from "@fluentui/react";
import type { EigenesRegelwerk, Szenario } from "../../scenario";
import type { Pruefmeldungen } from "../../scenario/validierung";
import { setzeFeld } from "../zustand";
import { stile } from "../stile";
import type { Setze } from "./szenarioKarte/abschnitt";
import { Grunddaten } from "./szenarioKarte/Grunddaten";
import { Kartenaktionen } from "./szenarioKarte/Kartenaktionen";
import { Kartenkopf } from "./szenarioKarte/Kartenkopf";
import { Landesfoerderung } from "./szenarioKarte/Landesfoerderung";
import { Personal } from "./szenarioKarte/Personal";
import { Sachkosten } from "./szenarioKarte/Sachkosten";

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
  const setze: Setze = (feld, wert) => p.onAendere((alt) => setzeFeld(alt, feld, wert));
  const abschnitt = { szenario: s, meldungen: p.meldungen, setze };

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
          {p.meldungen.szenario && (
            <Text block role="alert" className={stile.fehlerZelle}>
              {p.meldungen.szenario}
            </Text>
          )}
          <Grunddaten {...abschnitt} />
          <Personal {...abschnitt} anzeigename={anzeigename} onAendere={p.onAendere} />
          <Sachkosten {...abschnitt} onAendere={p.onAendere} />
          <Landesfoerderung {...abschnitt} eigenesRegelwerk={p.eigenesRegelwerk ?? null} />
          <TextField
            className={stile.gruppe}
            label="Fußnote"
            multiline
            autoAdjustHeight
            value={s.fussnote}
            placeholder="erscheint unter dem Vergleich"
            onChange={(_, v) => setze("fussnote", v ?? "")}
          />
          {s.quelle && (
            <Text className={stile.quelle} block>
              Quelle der Vorlage: {s.quelle}
            </Text>
          )}
          <Kartenaktionen
            anzeigename={anzeigename}
            index={p.index}
            anzahl={p.anzahl}
            onVerschiebe={p.onVerschiebe}
            onDupliziere={p.onDupliziere}
            onEntferne={p.onEntferne}
          />
        </div>
      )}
    </section>
  );
}
