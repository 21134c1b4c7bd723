/** The button that takes municipalities and Umlagegrundlagen from the range selected in Excel. */
import * as React from "react";
import { DefaultButton, Text } from "@fluentui/react";
import type { AuswahlMeldung } from "../hooks/useAuswahlUebernahme";
import { stile } from "../stile";

export interface UmlageAuswahlProps {
  laeuft: boolean;
  meldung: AuswahlMeldung | null;
  onUebernehmen: () => void;
}

export function UmlageAuswahl(p: UmlageAuswahlProps): React.ReactElement {
  return (
    <div>
      <DefaultButton
        text="Aus markiertem Bereich übernehmen"
        title="In Excel zwei oder drei Spalten markieren: Gemeinde, Umlagegrundlage in €, optional Minderbelastung in %"
        disabled={p.laeuft}
        onClick={p.onUebernehmen}
      />
      <Text variant="small" block className={stile.hinweis}>
        Markieren Sie in Excel die Spalten Gemeinde, Umlagegrundlage in € und optional Minderbelastung in %; eine
        Kopfzeile wird erkannt. Die übernommenen Werte ersetzen die Liste und werden wie eingetippte geprüft.
      </Text>
      {p.meldung && (
        <Text
          block
          role={p.meldung.fehler ? "alert" : "status"}
          className={p.meldung.fehler ? stile.fehlerZelle : stile.hinweis}
        >
          {p.meldung.text}
        </Text>
      )}
    </div>
  );
}
