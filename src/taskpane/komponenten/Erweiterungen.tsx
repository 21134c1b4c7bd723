/** The optional parts below the comparison: break-even analysis, multi-year planning, Umlage (Kreise only). */
import * as React from "react";
import { Text } from "@fluentui/react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import type { SzenarioAuswertung } from "../berechnung";
import { useAuswahlUebernahme } from "../hooks/useAuswahlUebernahme";
import { stile } from "../stile";
import { umlageHindernis } from "../../scenario/optionen";
import type { Aktion, PlanerZustand } from "../zustand";
import { Ausklappbereich } from "./Ausklappbereich";
import { MehrjahrAbschnitt } from "./MehrjahrAbschnitt";
import { Sensitivitaet } from "./Sensitivitaet";
import { UmlageAbschnitt } from "./UmlageAbschnitt";
import { UmlageAuswahl } from "./UmlageAuswahl";
import { Zusatzblaetter } from "./Zusatzblaetter";

export interface ErweiterungenProps {
  zustand: PlanerZustand;
  auswertungen: readonly SzenarioAuswertung[];
  mehrjahrMeldungen: Record<string, string>;
  umlageMeldungen: Record<string, string>;
  aendern: (a: Aktion) => void;
  /** Reads the selected range for the Umlage rows. */
  zugriff: ArbeitsmappenZugriff;
}

export function Erweiterungen(p: ErweiterungenProps): React.ReactElement {
  const { zustand, aendern } = p;
  const auswahl = useAuswahlUebernahme(p.zugriff, aendern);
  // Why there is no Umlage for these scenarios, or null: the one rule of src/scenario/optionen.ts.
  const hindernis = umlageHindernis(zustand.szenarien);
  return (
    <>
      <Ausklappbereich titel="Sensitivität (Gleichstand)">
        <Sensitivitaet auswertungen={p.auswertungen} />
      </Ausklappbereich>
      <MehrjahrAbschnitt
        aktiv={zustand.mehrjahrAktiv}
        werte={zustand.mehrjahr}
        meldungen={zustand.mehrjahrAktiv ? p.mehrjahrMeldungen : {}}
        onAktiv={(aktiv) => aendern({ typ: "mehrjahr", aktiv })}
        onWerte={(werte) => aendern({ typ: "mehrjahr", werte })}
      />
      {hindernis === null ? (
        <UmlageAbschnitt
          aktiv={zustand.umlageAktiv}
          zeilen={zustand.umlage}
          meldungen={p.umlageMeldungen}
          auswertungen={p.auswertungen}
          onAktiv={(aktiv) => aendern({ typ: "umlageAktiv", aktiv })}
          onZeilen={(zeilen) => aendern({ typ: "umlageZeilen", zeilen })}
          onZeile={(id, werte) => aendern({ typ: "umlageZeile", id, werte })}
          auswahl={
            <UmlageAuswahl
              laeuft={auswahl.laeuft}
              meldung={auswahl.meldung}
              onUebernehmen={() => void auswahl.uebernimm()}
            />
          }
        />
      ) : (
        <Text variant="small" block className={stile.hinweis}>
          {hindernis}
        </Text>
      )}
      <Zusatzblaetter
        szenarien={zustand.szenarien}
        gewaehlt={zustand.zusatzblaetter ?? []}
        onAktiv={(id, aktiv) => aendern({ typ: "zusatzblatt", id, aktiv })}
      />
    </>
  );
}
