// A Fluent UI component whose code is a chunk of its own (webpack.config.js swaps the static import
// of a Fluent module for a stub built with this). The chunk is fetched when the browser is idle after
// start, or when the component first renders, whichever comes first; once it is there the component
// renders at once, in the same pass, exactly as the original (same props, same ref forwarding).
/* global window, setTimeout -- runs in the page, bundled with the pane */
import * as React from "react";

export function spaeterKomponente(laden) {
  let geladen = null;
  let laufend = null;
  const hole = () =>
    (laufend ??= laden().then(
      (k) => (geladen = k),
      () => (laufend = null),
    ));
  const vorladen = () => void hole();
  if (typeof window !== "undefined") {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(vorladen, { timeout: 3000 });
    else setTimeout(vorladen, 1000);
  }
  return React.forwardRef(function Spaeter(props, ref) {
    const [komponente, setKomponente] = React.useState(() => geladen);
    React.useEffect(() => {
      if (komponente) return undefined;
      let aktiv = true;
      hole().then(() => aktiv && geladen && setKomponente(() => geladen));
      return () => {
        aktiv = false;
      };
    }, [komponente]);
    return komponente ? React.createElement(komponente, { ...props, ref }) : null;
  });
}
