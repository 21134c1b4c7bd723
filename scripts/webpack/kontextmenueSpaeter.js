// Stands in for Fluent UI's ContextualMenu inside BaseButton (webpack.config.js swaps the import).
// Every Fluent button imports the menu for buttons with `menuProps`, which the pane does not use;
// statically it costs about 20 KB gzip in the start chunk. Here it is a chunk of its own, fetched
// only if a button ever renders a menu.
import { spaeterKomponente } from "./fluentSpaeter.js";

export const ContextualMenu = spaeterKomponente(() =>
  import(/* webpackChunkName: "fluent-kontextmenue" */ "@fluentui/react/lib/ContextualMenu").then(
    (m) => m.ContextualMenu,
  ),
);
