// A Fluent UI component whose code is a chunk of its own (webpack.config.js swaps the static import
// of a Fluent module for a stub built with this). The chunk is fetched when the component first
// renders or, with `beiErsterEingabe`, already at the user's first pointer press, key or focus in the
// page (never during the start itself); once it is there the component renders at once, in the same
// pass, exactly as the original (same props, same ref forwarding).
/* global document -- runs in the page, bundled with the pane */
import * as React from "react";

export function spaeterKomponente(laden, { beiErsterEingabe = false } = {}) {
  let geladen = null;
  let laufend = null;
  const hole = () =>
    (laufend ??= laden().then(
      (k) => (geladen = k),
      () => (laufend = null),
    ));
  if (beiErsterEingabe && typeof document !== "undefined") {
    for (const art of ["pointerdown", "keydown", "focusin"]) {
      document.addEventListener(art, () => void hole(), { once: true, capture: true, passive: true });
    }
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
