/**
 * The button that saves the scenarios and Stände as a file for the command line
 * (`ki-kostenplaner export --szenarien DATEI`); the work is done in hooks/useSzenarienDatei.
 */
import * as React from "react";
import { DefaultButton, MessageBar, MessageBarType } from "@fluentui/react";
import type { Stand } from "../../scenario/staende";
import { useSzenarienDatei } from "../hooks/useSzenarienDatei";
import type { PlanerZustand } from "../zustand";
import { hostErlaubtDownload } from "./VorlageWord";

export interface SzenarienDateiProps {
  zustand: PlanerZustand;
  staende: readonly Stand[];
  /** While a field is invalid, like inserting and freezing. */
  gesperrt: boolean;
  jetzt?: () => Date;
  downloadErlaubt?: boolean;
}

export function SzenarienDatei(p: SzenarienDateiProps): React.ReactElement {
  const { meldung, setMeldung, speichern } = useSzenarienDatei({
    zustand: p.zustand,
    staende: p.staende,
    downloadErlaubt: p.downloadErlaubt ?? hostErlaubtDownload(),
    jetzt: p.jetzt,
  });
  return (
    <div style={{ marginTop: 12 }}>
      <DefaultButton
        text="Szenarien als Datei speichern"
        title="Szenarien, Optionen und Stände als Datei für die Befehlszeile (export --szenarien)"
        disabled={p.gesperrt}
        onClick={() => void speichern()}
      />
      {meldung && (
        <MessageBar
          messageBarType={meldung.typ === "erfolg" ? MessageBarType.success : MessageBarType.error}
          onDismiss={() => setMeldung(null)}
        >
          {meldung.text}
        </MessageBar>
      )}
    </div>
  );
}
