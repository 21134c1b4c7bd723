// The real Callout, Panel and FocusZone for auswahllisteSpaeter.js, in one chunk.
export { Callout } from "@fluentui/react/lib/Callout";
export { Panel } from "@fluentui/react/lib/Panel";
export { FocusZone } from "@fluentui/react-focus";
