/**
 * Break-even of every scenario against the baseline: at which overhead rate, state refund or
 * personnel cost the scenario's own share equals the baseline's (core: src/core/sensitivitaet.ts).
 */
import * as React from "react";
import { Text } from "@fluentui/react";
import { gleichstaende, KiFehler } from "../../core";
import { kostenstruktur, regelnFuer } from "../../scenario";
import type { SzenarioAuswertung } from "../berechnung";
import { stile } from "../stile";

function saetze(basis: SzenarioAuswertung, ki: SzenarioAuswertung): string[] {
  if (!basis.ergebnis || !ki.ergebnis) return ["Erst berechenbar, wenn beide Szenarien gültig sind."];
  try {
    return gleichstaende({
      basis: kostenstruktur(basis.szenario, basis.ergebnis),
      ki: kostenstruktur(ki.szenario, ki.ergebnis),
      jahr: ki.szenario.jahr,
      regeln: regelnFuer([basis.szenario, ki.szenario]),
    }).map((g) => g.satz);
  } catch (e) {
    return [e instanceof KiFehler ? e.message : `Nicht berechenbar: ${String(e)}`];
  }
}

export function Sensitivitaet({ auswertungen }: { auswertungen: readonly SzenarioAuswertung[] }): React.ReactElement {
  const [basis, ...weitere] = auswertungen;
  if (!basis || weitere.length === 0) {
    return (
      <Text variant="small" block className={stile.hinweis}>
        Für den Gleichstand braucht es mindestens zwei Szenarien.
      </Text>
    );
  }
  const name = (a: SzenarioAuswertung, i: number) => a.szenario.name.trim() || `Szenario ${i + 1}`;
  return (
    <div>
      <Text variant="small" block className={stile.hinweis}>
        Wo wird das Szenario für die Körperschaft so teuer wie die Basis „{name(basis, 0)}“? Jeweils ein Wert verändert,
        alles andere wie eingegeben.
      </Text>
      {weitere.map((a, i) => (
        <div key={a.szenario.id} style={{ marginTop: 8 }}>
          <Text block style={{ fontWeight: 600 }}>
            {name(a, i + 1)}
          </Text>
          <ul style={{ margin: "2px 0 0", paddingLeft: 18 }}>
            {saetze(basis, a).map((satz) => (
              <li key={satz}>
                <Text variant="small">{satz}</Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
