/** Move, duplicate and remove a scenario; the labels name the scenario for screen readers. */
import * as React from "react";
import { DefaultButton } from "@fluentui/react";
import { stile } from "../../stile";

export interface KartenaktionenProps {
  anzeigename: string;
  index: number;
  anzahl: number;
  onVerschiebe: (richtung: -1 | 1) => void;
  onDupliziere: () => void;
  onEntferne: () => void;
}

export function Kartenaktionen(p: KartenaktionenProps): React.ReactElement {
  return (
    <div className={stile.knopfLeiste}>
      <DefaultButton
        text="Nach oben"
        ariaLabel={`„${p.anzeigename}“ nach oben verschieben`}
        disabled={p.index === 0}
        onClick={() => p.onVerschiebe(-1)}
      />
      <DefaultButton
        text="Nach unten"
        ariaLabel={`„${p.anzeigename}“ nach unten verschieben`}
        disabled={p.index === p.anzahl - 1}
        onClick={() => p.onVerschiebe(1)}
      />
      <DefaultButton text="Duplizieren" ariaLabel={`„${p.anzeigename}“ duplizieren`} onClick={p.onDupliziere} />
      <DefaultButton
        text="Entfernen"
        ariaLabel={`„${p.anzeigename}“ entfernen`}
        disabled={p.anzahl <= 1}
        onClick={p.onEntferne}
      />
    </div>
  );
}
