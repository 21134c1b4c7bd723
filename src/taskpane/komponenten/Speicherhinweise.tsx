/**
 * What the pane says about the stored state: data it cannot read (what is wrong, the raw data to
 * copy, the explicit release to save over it) and a failed save.
 */
import * as React from "react";
import { DefaultButton, MessageBar, TextField } from "@fluentui/react";
import { MELDUNGSTYP } from "./Einfuegen";

function UnlesbarMeldung(p: { meldung: string; roh: string; onNeuSpeichern: () => void }): React.ReactElement {
  return (
    <MessageBar messageBarType={MELDUNGSTYP.fehler} isMultiline>
      <div>{p.meldung}</div>
      <div>
        Bis Sie es ausdrücklich freigeben, speichert das Add-in keine Änderungen; danach bewahrt es den alten Stand in
        einer eigenen Sicherung in der Arbeitsmappe auf.
      </div>
      {p.roh && (
        <TextField
          label="Gespeicherte Rohdaten (zum Kopieren)"
          multiline
          readOnly
          rows={4}
          value={p.roh}
          styles={{ field: { fontFamily: "Consolas, monospace", fontSize: 11 } }}
        />
      )}
      <DefaultButton
        styles={{ root: { marginTop: 6 } }}
        text="Ab jetzt speichern (alter Stand als Sicherung)"
        onClick={p.onNeuSpeichern}
      />
    </MessageBar>
  );
}

export interface SpeicherhinweiseProps {
  unlesbar: { meldung: string; roh: string } | null;
  speicherMeldung: string | null;
  onNeuSpeichern: () => void;
}

export function Speicherhinweise(p: SpeicherhinweiseProps): React.ReactElement {
  return (
    <>
      {p.unlesbar && <UnlesbarMeldung {...p.unlesbar} onNeuSpeichern={p.onNeuSpeichern} />}
      {p.speicherMeldung && (
        <MessageBar messageBarType={MELDUNGSTYP.warnung} isMultiline>
          {p.speicherMeldung}
        </MessageBar>
      )}
    </>
  );
}
