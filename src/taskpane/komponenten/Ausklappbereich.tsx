/** A section that starts collapsed; the heading is a button with aria-expanded (keyboard: Enter/Space). */
import * as React from "react";
import { Icon } from "@fluentui/react";
import { stile } from "../stile";

export interface AusklappbereichProps {
  titel: string;
  /** Short state shown next to the title while collapsed, e.g. "wird eingefügt". */
  zusatz?: string;
  anfangsOffen?: boolean;
  children: React.ReactNode;
}

export function Ausklappbereich(p: AusklappbereichProps): React.ReactElement {
  const [offen, setOffen] = React.useState(p.anfangsOffen ?? false);
  const id = React.useId();
  return (
    <section className={stile.abschnitt} aria-label={p.titel}>
      <h2 style={{ margin: 0, fontSize: "inherit" }}>
        <button
          type="button"
          className={stile.ausklappKopf}
          aria-expanded={offen}
          aria-controls={id}
          onClick={() => setOffen(!offen)}
        >
          <Icon iconName={offen ? "ChevronDown" : "ChevronRight"} aria-hidden="true" />
          <span style={{ flex: "1 1 auto" }}>{p.titel}</span>
          {p.zusatz && <span className={stile.marke}>{p.zusatz}</span>}
        </button>
      </h2>
      {offen && (
        <div id={id} style={{ paddingTop: 4 }}>
          {p.children}
        </div>
      )}
    </section>
  );
}
