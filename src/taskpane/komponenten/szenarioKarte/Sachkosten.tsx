/** Material and room costs: workplaces, offices, overhead rate, project funds and the unit rates. */
import * as React from "react";
import { stile } from "../../stile";
import { Zahlenfeld } from "../Zahlenfeld";
import type { KartenAbschnittProps } from "./abschnitt";

export function Sachkosten({ szenario: s, meldungen, setze }: KartenAbschnittProps): React.ReactElement {
  return (
    <>
      <h4 className={stile.gruppeTitel}>Sach- und Raumkosten</h4>
      <div className={stile.zweiSpalten}>
        <Zahlenfeld
          label="Arbeitsplätze"
          wert={s.arbeitsplaetze}
          fehler={meldungen.arbeitsplaetze}
          onWert={(v) => setze("arbeitsplaetze", v ?? NaN)}
        />
        <Zahlenfeld label="Büros" wert={s.bueros} fehler={meldungen.bueros} onWert={(v) => setze("bueros", v ?? NaN)} />
        <Zahlenfeld
          label="Querschnittssatz in %"
          art="prozent"
          einheit="%"
          wert={s.querschnittssatz}
          fehler={meldungen.querschnittssatz}
          onWert={(v) => setze("querschnittssatz", v ?? NaN)}
        />
        <Zahlenfeld
          label="Projektmittel in €/Jahr"
          wert={s.projektmittel}
          fehler={meldungen.projektmittel}
          onWert={(v) => setze("projektmittel", v ?? NaN)}
        />
        <Zahlenfeld
          label="IT-Satz in € je Arbeitsplatz"
          wert={s.itSatz}
          fehler={meldungen.itSatz}
          onWert={(v) => setze("itSatz", v ?? NaN)}
        />
        <Zahlenfeld
          label="Raumkosten in € je Büro"
          wert={s.raumSatz}
          fehler={meldungen.raumSatz}
          onWert={(v) => setze("raumSatz", v ?? NaN)}
        />
      </div>
    </>
  );
}
