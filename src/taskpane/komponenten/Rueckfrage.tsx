/**
 * A question before something replaces the user's work: what happens, what is kept, and two
 * buttons. Inline (not a modal layer) so it stays readable in a 320 px task pane and next to the
 * thing it is about.
 */
import * as React from "react";
import { DefaultButton, MessageBar, PrimaryButton, Text } from "@fluentui/react";
import { MELDUNGSTYP } from "./Einfuegen";
import { stile } from "../stile";

export function Rueckfrage(p: {
  frage: string;
  erklaerung: string;
  ja: string;
  onJa: () => void;
  onNein: () => void;
}): React.ReactElement {
  return (
    <MessageBar messageBarType={MELDUNGSTYP.warnung} isMultiline role="alert">
      <Text block styles={{ root: { fontWeight: 600 } }}>
        {p.frage}
      </Text>
      <Text block>{p.erklaerung}</Text>
      <div className={stile.knopfLeiste}>
        <PrimaryButton text={p.ja} onClick={p.onJa} />
        <DefaultButton text="Abbrechen" onClick={p.onNein} />
      </div>
    </MessageBar>
  );
}
