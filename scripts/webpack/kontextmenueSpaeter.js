// Stands in for Fluent UI's ContextualMenu inside BaseButton (webpack.config.js swaps the import).
// Every Fluent button imports the menu for buttons with `menuProps`, which the pane does not use;
// statically it costs about 20 KB gzip in the start chunk. Here it is a chunk of its own, fetched
// when a button first renders its menu; until then the menu renders nothing.
import * as React from "react";

const Echt = React.lazy(() =>
  import(/* webpackChunkName: "fluent-kontextmenue" */ "@fluentui/react/lib/ContextualMenu").then((m) => ({
    default: m.ContextualMenu,
  })),
);

export function ContextualMenu(props) {
  return React.createElement(React.Suspense, { fallback: null }, React.createElement(Echt, props));
}
