/** The scenario cards in their order, and the button that adds an empty one (opened right away). */
import * as React from "react";
import { DefaultButton } from "@fluentui/react";
import { type EigenesRegelwerk, leeresSzenario, type Szenario } from "../../scenario";
import type { SzenarioAuswertung } from "../berechnung";
import type { Aktion } from "../zustand";
import { SzenarioKarte } from "./SzenarioKarte";

export interface SzenarienListeProps {
  szenarien: Szenario[];
  auswertungen: readonly SzenarioAuswertung[];
  offen: ReadonlySet<string>;
  onUmschalten: (id: string) => void;
  onOeffne: (id: string) => void;
  aendern: (a: Aktion) => void;
  /** The workbook's own rule set, offered in every card's rule-set choice once defined. */
  eigenesRegelwerk?: EigenesRegelwerk | null;
}

export function SzenarienListe(p: SzenarienListeProps): React.ReactElement {
  const { aendern } = p;
  return (
    <>
      {p.szenarien.map((s, i) => (
        <SzenarioKarte
          key={s.id}
          szenario={s}
          index={i}
          anzahl={p.szenarien.length}
          eigenesRegelwerk={p.eigenesRegelwerk ?? null}
          meldungen={p.auswertungen[i].meldungen}
          offen={p.offen.has(s.id)}
          onUmschalten={() => p.onUmschalten(s.id)}
          onAendere={(aenderung) => aendern({ typ: "aendere", id: s.id, aenderung })}
          onVerschiebe={(richtung) => aendern({ typ: "verschiebe", id: s.id, richtung })}
          onDupliziere={() => aendern({ typ: "dupliziere", id: s.id })}
          onEntferne={() => aendern({ typ: "entferne", id: s.id })}
        />
      ))}
      <DefaultButton
        text="Szenario hinzufügen"
        onClick={() => {
          const neu = leeresSzenario();
          aendern({ typ: "fuegeHinzu", szenario: neu });
          p.onOeffne(neu.id);
        }}
      />
    </>
  );
}
