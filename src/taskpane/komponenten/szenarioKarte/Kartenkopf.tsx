/** The card's header: a toggle button with number, name, "Basis" mark and the count of inputs to check. */
import * as React from "react";
import { Icon } from "@fluentui/react";
import { stile } from "../../stile";

export interface KartenkopfProps {
  index: number;
  anzeigename: string;
  offen: boolean;
  inhaltId: string;
  fehlerzahl: number;
  onUmschalten: () => void;
}

export function Kartenkopf(p: KartenkopfProps): React.ReactElement {
  return (
    <button
      type="button"
      className={stile.karteKopf}
      aria-expanded={p.offen}
      aria-controls={p.inhaltId}
      onClick={p.onUmschalten}
    >
      <Icon iconName={p.offen ? "ChevronDown" : "ChevronRight"} aria-hidden="true" />
      <span className={stile.karteName}>
        {p.index + 1}. {p.anzeigename}
      </span>
      {p.index === 0 && <span className={stile.marke}>Basis</span>}
      {p.fehlerzahl > 0 && (
        <span className={`${stile.marke} ${stile.markeFehler}`}>
          {p.fehlerzahl === 1 ? "1 Eingabe prüfen" : `${p.fehlerzahl} Eingaben prüfen`}
        </span>
      )}
    </button>
  );
}
