/** One switch per on/off sheet of the catalogue (src/scenario/zusatzblaetter.ts): the pane decides nothing itself. */
import * as React from "react";
import { Checkbox, Text } from "@fluentui/react";
import type { Szenario } from "../../scenario";
import { ZUSATZBLAETTER, type ZusatzblattEintrag, zusatzblattHindernis } from "../../scenario/zusatzblaetter";
import { stile } from "../stile";
import { Ausklappbereich } from "./Ausklappbereich";

export interface ZusatzblaetterProps {
  szenarien: readonly Szenario[];
  gewaehlt: readonly string[];
  onAktiv: (id: string, aktiv: boolean) => void;
  katalog?: readonly ZusatzblattEintrag[];
}

export function Zusatzblaetter(p: ZusatzblaetterProps): React.ReactElement {
  return (
    <>
      {(p.katalog ?? ZUSATZBLAETTER).map((e) => {
        const hindernis = zusatzblattHindernis(e, p.szenarien);
        const aktiv = hindernis === null && p.gewaehlt.includes(e.id);
        return (
          <Ausklappbereich key={e.id} titel={e.blattname} zusatz={aktiv ? "wird eingefügt" : undefined}>
            {hindernis === null ? (
              <Checkbox label={e.schalter} checked={aktiv} onChange={(_, an) => p.onAktiv(e.id, !!an)} />
            ) : null}
            <Text variant="small" block className={stile.hinweis}>
              {hindernis ?? e.hilfe}
            </Text>
          </Ausklappbereich>
        );
      })}
    </>
  );
}
