/** A titled section of the pane; the heading names the section for screen readers. */
import * as React from "react";
import { stile } from "../stile";

export function Abschnitt(p: { id: string; titel: string; children?: React.ReactNode }): React.ReactElement {
  return (
    <section className={stile.abschnitt} aria-labelledby={p.id}>
      <h2 id={p.id} className={stile.abschnittTitel}>
        {p.titel}
      </h2>
      {p.children}
    </section>
  );
}
