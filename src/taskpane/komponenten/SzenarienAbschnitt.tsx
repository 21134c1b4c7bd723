/** Section „Szenarien“: the scenario cards and, below them, the workbook's own rule set they may choose. */
import * as React from "react";
import type { Auswahlinhalt } from "../../excel/auswahl";
import type { RegelwerkMeldungen } from "../../scenario";
import type { SzenarioAuswertung } from "../berechnung";
import type { useOffeneKarten } from "../hooks/useOffeneKarten";
import type { Aktion, PlanerZustand } from "../zustand";
import { Abschnitt } from "./Abschnitt";
import { EigeneSatztabelleAbschnitt } from "./EigeneSatztabelleAbschnitt";
import { EigenesRegelwerkAbschnitt } from "./EigenesRegelwerkAbschnitt";
import { SzenarienListe } from "./SzenarienListe";

export interface SzenarienAbschnittProps {
  zustand: PlanerZustand;
  auswertungen: readonly SzenarioAuswertung[];
  karten: ReturnType<typeof useOffeneKarten>;
  regelwerkMeldungen: RegelwerkMeldungen;
  aendern: (a: Aktion) => void;
  /** Reads the range selected in Excel (the own rate table); absent outside Excel. */
  leseAuswahl?: () => Promise<Auswahlinhalt>;
}

export function SzenarienAbschnitt({ zustand, karten, aendern, ...p }: SzenarienAbschnittProps): React.ReactElement {
  return (
    <Abschnitt id="ki-szenarien" titel="Szenarien">
      <SzenarienListe
        szenarien={zustand.szenarien}
        auswertungen={p.auswertungen}
        offen={karten.offen}
        onUmschalten={karten.umschalten}
        onOeffne={karten.oeffne}
        aendern={aendern}
        eigenesRegelwerk={zustand.eigenesRegelwerk}
      />
      <EigenesRegelwerkAbschnitt
        wert={zustand.eigenesRegelwerk}
        meldungen={p.regelwerkMeldungen}
        szenarien={zustand.szenarien}
        onWert={(wert) => aendern({ typ: "eigenesRegelwerk", wert })}
      />
      <EigeneSatztabelleAbschnitt
        wert={zustand.eigeneSatztabelle ?? null}
        onWert={(wert) => aendern({ typ: "eigeneSatztabelle", wert })}
        {...(p.leseAuswahl ? { leseAuswahl: p.leseAuswahl } : {})}
      />
    </Abschnitt>
  );
}
