/**
 * The two ways to write the comparison into the workbook: live KI.* formulas, or native Excel
 * formulas for recipients without the add-in. Disabled with the reason while input is invalid.
 */
import * as React from "react";
import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Text,
  TextField,
} from "@fluentui/react";
import type { Formelmodus } from "../../scenario/optionen";
import { vorlageNrFehler } from "../../scenario/validierung";
import { stile } from "../stile";

export interface Rueckmeldung {
  typ: "erfolg" | "fehler" | "warnung" | "info";
  text: string;
  /** A follow-up the user can take right from the message, e.g. undoing a preset load. */
  aktion?: { text: string; ausfuehren: () => void };
}

export const MODUS_TEXT: Record<Formelmodus, string> = {
  ki: "KI-Funktionen (braucht das Add-in)",
  nativ: "Excel-Formeln (ohne Add-in lesbar)",
};

export interface EinfuegenProps {
  gruende: readonly string[];
  laeuft: Formelmodus | null;
  meldung: Rueckmeldung | null;
  onMeldungSchliessen: () => void;
  blattModi: Record<string, Formelmodus>;
  vorlageNr: string;
  onVorlageNr: (wert: string) => void;
  onEinfuegen: (modus: Formelmodus) => void;
}

export const MELDUNGSTYP: Record<Rueckmeldung["typ"], MessageBarType> = {
  erfolg: MessageBarType.success,
  fehler: MessageBarType.error,
  warnung: MessageBarType.warning,
  info: MessageBarType.info,
};

export function Einfuegen(p: EinfuegenProps): React.ReactElement {
  const grundId = React.useId();
  const nativId = React.useId();
  const gesperrt = p.gruende.length > 0 || p.laeuft !== null;
  return (
    <div>
      <TextField
        label="Vorlage-Nr. (optional)"
        value={p.vorlageNr}
        placeholder="z. B. DS-Nr. 2013/728"
        description="Erscheint in der Kopfzeile der Blätter."
        errorMessage={vorlageNrFehler(p.vorlageNr) ?? undefined}
        onChange={(_, v) => p.onVorlageNr(v ?? "")}
      />
      <div className={stile.knopfLeiste}>
        <PrimaryButton
          text="In Arbeitsmappe einfügen"
          disabled={gesperrt}
          aria-describedby={p.gruende.length ? grundId : undefined}
          onClick={() => p.onEinfuegen("ki")}
        />
        <DefaultButton
          text="Ohne Add-in weitergeben"
          disabled={gesperrt}
          aria-describedby={p.gruende.length ? `${nativId} ${grundId}` : nativId}
          onClick={() => p.onEinfuegen("nativ")}
        />
      </div>
      <Text id={nativId} variant="small" block className={stile.hinweis}>
        „Ohne Add-in weitergeben“ schreibt normale Excel-Formeln, damit Empfänger ohne dieses Add-in dieselben Zahlen
        sehen.
      </Text>
      {p.laeuft && (
        <Spinner
          size={SpinnerSize.small}
          label="Arbeitsmappe wird geschrieben …"
          labelPosition="right"
          style={{ justifyContent: "flex-start", marginTop: 8 }}
        />
      )}
      {p.gruende.length > 0 && <Sperrgruende id={grundId} gruende={p.gruende} />}
      {p.meldung && <Einfuegemeldung meldung={p.meldung} onSchliessen={p.onMeldungSchliessen} />}
      <Blattmodi blattModi={p.blattModi} />
    </div>
  );
}

/** Why the buttons are disabled; the buttons point here with aria-describedby. */
function Sperrgruende(p: { id: string; gruende: readonly string[] }): React.ReactElement {
  return (
    <div id={p.id} role="status" style={{ marginTop: 8 }}>
      <Text variant="small" block className={stile.fehlerZelle}>
        Einfügen erst möglich, wenn alle Eingaben gültig sind:
      </Text>
      <ul style={{ margin: "2px 0 0", paddingLeft: 18 }}>
        {p.gruende.map((g) => (
          <li key={g}>
            <Text variant="small" className={stile.fehlerZelle}>
              {g}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Einfuegemeldung(p: { meldung: Rueckmeldung; onSchliessen: () => void }): React.ReactElement {
  return (
    <MessageBar
      styles={{ root: { marginTop: 8 } }}
      messageBarType={MELDUNGSTYP[p.meldung.typ]}
      isMultiline
      onDismiss={p.onSchliessen}
      dismissButtonAriaLabel="Meldung schließen"
      actions={
        p.meldung.aktion ? (
          <DefaultButton onClick={p.meldung.aktion.ausfuehren}>{p.meldung.aktion.text}</DefaultButton>
        ) : undefined
      }
    >
      {p.meldung.text}
    </MessageBar>
  );
}

/** The sheets this add-in maintains in the workbook and the formula mode each one is in. */
function Blattmodi(p: { blattModi: Record<string, Formelmodus> }): React.ReactElement | null {
  const modi = Object.entries(p.blattModi);
  if (modi.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }}>
      <Text variant="small" block style={{ fontWeight: 600 }}>
        Blätter dieses Add-ins in der Arbeitsmappe
      </Text>
      <ul className={stile.modusListe} aria-label="Blätter und ihr Formelmodus">
        {modi.map(([blatt, modus]) => (
          <li key={blatt}>
            {blatt}: {MODUS_TEXT[modus]}
          </li>
        ))}
      </ul>
    </div>
  );
}
