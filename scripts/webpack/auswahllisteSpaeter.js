// Stands in for Callout, Panel, FocusZone and Checkbox inside Fluent UI's Dropdown (webpack.config.js
// swaps the imports): the list a dropdown opens, as a callout or (in a pane narrower than 480 px) a
// panel, with layer, popup, focus trap, positioning and the list's focus zone – about a fifth of
// Fluent's code on the first screen, needed only when a dropdown opens. Fetched at the user's first
// press, key or focus (fluentSpaeter.js). Focus is unchanged: the Dropdown focuses its list when the
// callout has positioned / the panel's focus trap has mounted, which happens once the component is
// there; the FocusZone inside comes from the same chunk, so it is there whenever the callout is.
// Checkbox only renders in a multi-select list (none of the pane's dropdowns is one).
import { spaeterKomponente } from "./fluentSpaeter.js";

export { DirectionalHint } from "@fluentui/react";
// The enum alone (react-focus is free of side effects: the component stays in the chunk).
export { FocusZoneDirection } from "@fluentui/react-focus";

const auswahlliste = () => import(/* webpackChunkName: "fluent-auswahlliste" */ "./auswahllisteTeile.js");

export const Callout = spaeterKomponente(() => auswahlliste().then((m) => m.Callout), { beiErsterEingabe: true });
export const Panel = spaeterKomponente(() => auswahlliste().then((m) => m.Panel), { beiErsterEingabe: true });
export const FocusZone = spaeterKomponente(() => auswahlliste().then((m) => m.FocusZone), { beiErsterEingabe: true });
export const Checkbox = spaeterKomponente(() =>
  import(/* webpackChunkName: "fluent-checkbox" */ "@fluentui/react/lib/Checkbox").then((m) => m.Checkbox),
);
