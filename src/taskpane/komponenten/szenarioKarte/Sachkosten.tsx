/** Material and room costs: workplaces, offices, overhead rate, project funds and the unit rates. */
import * as React from "react";
import { Text } from "@fluentui/react";
import { SACHSATZQUELLEN, quellenVermerk } from "../../../core";
import { stile } from "../../stile";
import { euroBetrag } from "../../zahlen";
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
      <Alternativen />
    </>
  );
}

/**
 * The published workplace and overhead rates beside the Rhein-Sieg defaults, with their sources
 * and caveats: for comparison only. Typed into a field they become the scenario's own input.
 */
function Alternativen(): React.ReactElement {
  return (
    <details className={stile.quelle}>
      <summary>Belegte Vergleichssätze (AGebV Bund, Niedersachsen, Rhein-Sieg)</summary>
      <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
        {SACHSATZQUELLEN.flatMap((q) =>
          q.saetze.map((x) => (
            <li key={`${q.id}-${x.name}`} title={quellenVermerk(x.quelle)}>
              {q.titel}: {x.bezeichnung} ={" "}
              {x.einheit === "Anteil"
                ? `${euroBetrag(Math.round(x.wert * 10000))} %`
                : `${euroBetrag(x.wert)} ${x.einheit}`}
              {q.vorbehalt ? ` (${q.vorbehalt})` : ""}
            </li>
          )),
        )}
      </ul>
      <Text variant="small" block className={stile.hinweis}>
        Nur zum Vergleich: Einheiten beachten (Niedersachsen nennt Räume je Arbeitsplatz, nicht je Büro). Abrufbar auch
        mit =KI.SATZ(Name; ; Quelle).
      </Text>
    </details>
  );
}
