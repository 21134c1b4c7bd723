// The real Callout and Panel for auswahllisteSpaeter.js, in one chunk.
export { Callout } from "@fluentui/react/lib/Callout";
export { Panel } from "@fluentui/react/lib/Panel";
