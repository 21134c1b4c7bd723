/**
 * What the pane says when loading failed (retry, or start anew with the stored data kept as a
 * backup) and which backups of earlier stored states this workbook holds, with a way back.
 */
import * as React from "react";
import { DefaultButton, MessageBar, PrimaryButton, Text } from "@fluentui/react";
import type { Ladezustand } from "../hooks/useArbeitsmappenStand";
import type { Speicherkonflikt } from "../hooks/useSpeichern";
import { MELDUNGSTYP } from "./Einfuegen";
import { Speicherhinweise } from "./Speicherhinweise";
import { stile } from "../stile";

export function LadefehlerMeldung(p: {
  meldung: string;
  onErneutLaden: () => void;
  onNeuBeginnen: () => void;
}): React.ReactElement {
  return (
    <MessageBar messageBarType={MELDUNGSTYP.fehler} isMultiline>
      <div>{p.meldung}</div>
      <div className={stile.knopfLeiste}>
        <PrimaryButton text="Erneut laden" onClick={p.onErneutLaden} />
        <DefaultButton text="Neu beginnen (gespeicherte Daten als Sicherung behalten)" onClick={p.onNeuBeginnen} />
      </div>
    </MessageBar>
  );
}

/** Another window saved: both versions are kept; the user says which one goes on. */
export function KonfliktMeldung(p: {
  konflikt: Speicherkonflikt;
  fehler: string | null;
  onWahl: (wahl: "meine" | "fremde") => void;
}): React.ReactElement {
  const wo =
    p.konflikt.art === "vorher"
      ? `Ihre Fassung liegt in der Sicherung vom ${sicherungsZeit(p.konflikt.sicherung)}.`
      : `Die andere Fassung liegt in der Sicherung vom ${sicherungsZeit(p.konflikt.sicherung)}.`;
  return (
    <MessageBar messageBarType={MELDUNGSTYP.warnung} isMultiline aria-label="Speicherkonflikt">
      <div>{p.konflikt.text}</div>
      <div>{wo} Bis Sie wählen, speichert dieser Aufgabenbereich nichts.</div>
      {p.fehler && <div>{p.fehler}</div>}
      <div className={stile.knopfLeiste}>
        <PrimaryButton text="Meine Fassung behalten" onClick={() => p.onWahl("meine")} />
        <DefaultButton text="Die andere Fassung übernehmen" onClick={() => p.onWahl("fremde")} />
      </div>
    </MessageBar>
  );
}

/** Everything about the stored state at the top of the pane: failed load, unreadable data, failed save, conflict. */
export function Speicherstatus(p: {
  laden: Ladezustand;
  meldung: string | null;
  onErneutLaden: () => void;
  onNeuBeginnen: () => void;
  konflikt?: { konflikt: Speicherkonflikt | null; fehler: string | null; onWahl: (w: "meine" | "fremde") => void };
}): React.ReactElement {
  return (
    <>
      {p.konflikt?.konflikt && (
        <KonfliktMeldung konflikt={p.konflikt.konflikt} fehler={p.konflikt.fehler} onWahl={p.konflikt.onWahl} />
      )}
      {p.laden.ladeFehler && (
        <LadefehlerMeldung
          meldung={p.laden.ladeFehler}
          onErneutLaden={p.onErneutLaden}
          onNeuBeginnen={p.onNeuBeginnen}
        />
      )}
      <Speicherhinweise unlesbar={p.laden.unlesbar} speicherMeldung={p.meldung} onNeuSpeichern={p.onNeuBeginnen} />
    </>
  );
}

/** "KI-Kostenplaner.Zustand.Sicherung.2025-03-01T10:00:00-2" → "01.03.2025, 10:00:00". */
export function sicherungsZeit(schluessel: string): string {
  const m = /(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})/.exec(schluessel);
  return m ? `${m[3]}.${m[2]}.${m[1]}, ${m[4]}` : schluessel;
}

export function Sicherungshinweis(p: {
  sicherungen: readonly string[];
  onWiederherstellen: (schluessel: string) => void;
}): React.ReactElement | null {
  const letzte = p.sicherungen[p.sicherungen.length - 1];
  if (letzte === undefined) return null;
  const anzahl = p.sicherungen.length === 1 ? "eine Sicherung" : `${p.sicherungen.length} Sicherungen`;
  return (
    <MessageBar messageBarType={MELDUNGSTYP.info} isMultiline>
      <Text variant="small" block>
        Diese Arbeitsmappe enthält {anzahl} früher gespeicherter Szenarien (zuletzt vom {sicherungsZeit(letzte)}). Beim
        Wiederherstellen wird der jetzige Stand ebenfalls gesichert.
      </Text>
      <DefaultButton
        styles={{ root: { marginTop: 6 } }}
        text="Letzte Sicherung wiederherstellen"
        onClick={() => p.onWiederherstellen(letzte)}
      />
    </MessageBar>
  );
}
