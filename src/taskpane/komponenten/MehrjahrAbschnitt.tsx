/** Optional multi-year sheet: planning years and the user's own rates for rises and discounting. */
import * as React from "react";
import { Checkbox, Text } from "@fluentui/react";
import type { MehrjahrOptionen } from "../../scenario/optionen";
import { Ausklappbereich } from "./Ausklappbereich";
import { Zahlenfeld } from "./Zahlenfeld";
import { stile } from "../stile";

export interface MehrjahrAbschnittProps {
  aktiv: boolean;
  werte: MehrjahrOptionen;
  meldungen: Record<string, string>;
  onAktiv: (aktiv: boolean) => void;
  onWerte: (werte: Partial<MehrjahrOptionen>) => void;
}

/** While a rate is still the preset 0 %, the field says so: a default, not a figure someone chose. */
const vorbelegt = (wert: number) => (wert === 0 ? "Vorbelegt: 0 % – bitte eigene Annahme eintragen" : undefined);

export function MehrjahrAbschnitt(p: MehrjahrAbschnittProps): React.ReactElement {
  const w = p.werte;
  return (
    <Ausklappbereich titel="Mehrjahresplanung" zusatz={p.aktiv ? "wird eingefügt" : undefined}>
      <Checkbox
        label="Blatt „Mehrjahresplanung“ in die Arbeitsmappe aufnehmen"
        checked={p.aktiv}
        onChange={(_, an) => p.onAktiv(!!an)}
      />
      <Text variant="small" block className={stile.hinweis}>
        Alle Sätze sind Ihre eigenen Annahmen, keine amtlichen Werte. Vorbelegt ist 0 % (keine Steigerung, keine
        Abzinsung) – tragen Sie z. B. die erwarteten Tarif- und Preissteigerungen Ihres Hauses ein. Die Förderregeln
        gelten je Jahr nach ihrem Gültigkeitszeitraum. Personalkosten: im Jahr des Szenarios wie unter „Personal“
        berechnet (eine Satztabelle eines anderen Jahres dort mit ihrer Steigerung hochgerechnet); jedes andere Jahr nur
        mit der Personalkostensteigerung hier. Das Blatt nennt diese Regel.
      </Text>
      <div className={stile.zweiSpalten}>
        <Zahlenfeld
          label="Von Jahr"
          wert={w.vonJahr}
          fehler={p.meldungen.vonJahr}
          onWert={(v) => p.onWerte({ vonJahr: v ?? NaN })}
        />
        <Zahlenfeld
          label="Bis Jahr"
          wert={w.bisJahr}
          fehler={p.meldungen.bisJahr}
          onWert={(v) => p.onWerte({ bisJahr: v ?? NaN })}
        />
        <Zahlenfeld
          label="Tarifsteigerung (Personal) in % je Jahr"
          beschreibung={vorbelegt(w.personalSteigerung)}
          art="prozent"
          einheit="%"
          wert={w.personalSteigerung}
          fehler={p.meldungen.personalSteigerung}
          onWert={(v) => p.onWerte({ personalSteigerung: v ?? NaN })}
        />
        <Zahlenfeld
          label="Preissteigerung (Sachkosten) in % je Jahr"
          beschreibung={vorbelegt(w.sachSteigerung)}
          art="prozent"
          einheit="%"
          wert={w.sachSteigerung}
          fehler={p.meldungen.sachSteigerung}
          onWert={(v) => p.onWerte({ sachSteigerung: v ?? NaN })}
        />
        <Zahlenfeld
          label="Abzinsungssatz in %"
          beschreibung={vorbelegt(w.zinssatz)}
          art="prozent"
          einheit="%"
          wert={w.zinssatz}
          fehler={p.meldungen.zinssatz}
          onWert={(v) => p.onWerte({ zinssatz: v ?? NaN })}
        />
      </div>
    </Ausklappbereich>
  );
}
