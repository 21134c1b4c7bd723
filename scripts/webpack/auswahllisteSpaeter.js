// Stands in for Callout and Panel inside Fluent UI's Dropdown (webpack.config.js swaps the imports):
// the list a dropdown opens, as a callout or (in a pane narrower than 480 px) a panel, with layer,
// popup, focus trap and positioning – about a fifth of Fluent's code on the first screen, needed only
// when a dropdown opens. Fetched at the user's first press, key or focus (fluentSpaeter.js). Focus is
// unchanged: the Dropdown focuses its list when the callout has positioned / the panel's focus trap
// has mounted, which happens once the component is there.
import { spaeterKomponente } from "./fluentSpaeter.js";

export { DirectionalHint } from "@fluentui/react";

const auswahlliste = () => import(/* webpackChunkName: "fluent-auswahlliste" */ "./auswahllisteTeile.js");

export const Callout = spaeterKomponente(() => auswahlliste().then((m) => m.Callout), { beiErsterEingabe: true });
export const Panel = spaeterKomponente(() => auswahlliste().then((m) => m.Panel), { beiErsterEingabe: true });
