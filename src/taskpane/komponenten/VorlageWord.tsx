/**
 * "Text für die Vorlage (Word)": the section "Finanzielle Auswirkungen" as a .docx download. The
 * Word writer (and the docx library) is loaded only on the first click, as its own chunk, so the
 * pane's start-up does not grow. Office on Windows and Mac (and iPad) runs the pane in a webview
 * that silently drops downloads; there, and whenever the download fails, the pane shows the same
 * text to copy instead.
 */
import * as React from "react";
import { DefaultButton, MessageBar, MessageBarType, TextField } from "@fluentui/react";
import type { VorlagenAngaben, VorlagenInhalt } from "../../workbook/vorlage";
import { fehlerText } from "../fehlerText";
import { ladeHerunter } from "../herunterladen";
import { arbeitsmappenOptionenAus } from "../hooks/useEinfuegen";
import { stile } from "../stile";
import type { Aktion, PlanerZustand } from "../zustand";

export const DATEINAME = "Finanzielle-Auswirkungen.docx";
const TEXTFELD_KLASSE = "ki-vorlage-text";

export interface VorlageWordProps {
  zustand: PlanerZustand;
  /** The fields are part of the pane's state: saved with the workbook, in the file for the CLI. */
  aendern: (a: Aktion) => void;
  gesperrt: boolean;
  jetzt?: () => Date;
  /** Whether the host lets the pane download files; default: from Office.context.platform. */
  downloadErlaubt?: boolean;
}

/** Only Excel on the web (and a plain browser: preview, tests) passes an <a download> through. */
export function hostErlaubtDownload(): boolean {
  const office = (globalThis as { Office?: { context?: { platform?: unknown } } }).Office;
  const plattform = office?.context?.platform;
  if (plattform === undefined || plattform === null) return true;
  return String(plattform) === "OfficeOnline";
}

/** The text builder is a chunk of its own too: the pane's start-up loads none of this. */
const ladeVorlage = () => import(/* webpackChunkName: "vorlage" */ "../../workbook/vorlage");

async function ladeDocxHerunter(inhalt: VorlagenInhalt): Promise<void> {
  const { schreibeVorlageDocx, DOCX_MIME } = await import(
    /* webpackChunkName: "vorlage-docx" */ "../../workbook/vorlage/docx"
  );
  const bytes = await schreibeVorlageDocx(inhalt);
  ladeHerunter(bytes as Uint8Array<ArrayBuffer>, DOCX_MIME, DATEINAME);
}

async function kopiere(text: string, feld: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older webviews: select the text and use the legacy copy command.
    feld?.select();
    return typeof document.execCommand === "function" && document.execCommand("copy");
  }
}

const ANGABEN: ReadonlyArray<{ feld: keyof VorlagenAngaben; label: string; mehrzeilig?: boolean }> = [
  { feld: "haushaltsjahr", label: "Haushaltsjahr" },
  { feld: "produkt", label: "Produkt/Kostenstelle" },
  { feld: "deckungsvorschlag", label: "Deckungsvorschlag", mehrzeilig: true },
  { feld: "beschlussvorschlag", label: "Beschlussvorschlag", mehrzeilig: true },
];

/** The fields a Kämmerei fills in; what stays empty is left out of the text. */
function Angaben(p: { werte: VorlagenAngaben; setze: (w: VorlagenAngaben) => void }): React.ReactElement {
  const [offen, setOffen] = React.useState(false);
  if (!offen) {
    return (
      <details style={{ marginBottom: 8 }} onToggle={(e) => setOffen((e.target as HTMLDetailsElement).open)}>
        <summary className={stile.zusammenfassung}>Angaben für die Vorlage (freiwillig)</summary>
      </details>
    );
  }
  return (
    <details open style={{ marginBottom: 8 }} onToggle={(e) => setOffen((e.target as HTMLDetailsElement).open)}>
      <summary className={stile.zusammenfassung}>Angaben für die Vorlage (freiwillig)</summary>
      <p className={stile.hinweis} style={{ margin: "4px 0" }}>
        Leere Felder erscheinen nicht im Text. Die Angaben werden mit den Szenarien in der Arbeitsmappe gespeichert.
      </p>
      {ANGABEN.map((a) => (
        <TextField
          key={a.feld}
          label={a.label}
          ariaLabel={`${a.label} (Vorlage)`}
          multiline={a.mehrzeilig}
          autoAdjustHeight={a.mehrzeilig}
          value={p.werte[a.feld] ?? ""}
          onChange={(_, v) => p.setze({ ...p.werte, [a.feld]: v ?? "" })}
        />
      ))}
    </details>
  );
}

type Stand = { art: "bereit" } | { art: "laeuft" } | { art: "fertig" } | { art: "text"; grund: string; text: string };

export function VorlageWord(p: VorlageWordProps): React.ReactElement {
  const [stand, setStand] = React.useState<Stand>({ art: "bereit" });
  const [fehler, setFehler] = React.useState<string | null>(null);
  const angaben = p.zustand.vorlagenAngaben ?? {};
  const setAngaben = (wert: VorlagenAngaben) => p.aendern({ typ: "vorlagenAngaben", wert });
  const erlaubt = p.downloadErlaubt ?? hostErlaubtDownload();
  const erstelle = async () => {
    setFehler(null);
    let inhalt: VorlagenInhalt;
    let vorlage: Awaited<ReturnType<typeof ladeVorlage>>;
    try {
      vorlage = await ladeVorlage();
      inhalt = vorlage.baueVorlagenInhalt(
        p.zustand.szenarien,
        // The same options an insert would use: a Kreisumlage section only where the workbook has the sheet.
        arbeitsmappenOptionenAus(p.zustand, p.zustand.letzterModus, p.jetzt ? p.jetzt() : new Date()),
        angaben,
      );
    } catch (e) {
      setFehler(`Der Text für die Vorlage lässt sich nicht erstellen: ${fehlerText(e)}`);
      return;
    }
    const text = vorlage.vorlageAlsText(inhalt);
    if (!erlaubt) {
      setStand({ art: "text", grund: "Excel lässt hier keine Downloads zu.", text });
      return;
    }
    setStand({ art: "laeuft" });
    try {
      await ladeDocxHerunter(inhalt);
      setStand({ art: "fertig" });
    } catch (e) {
      setStand({ art: "text", grund: `Der Download ist fehlgeschlagen (${fehlerText(e)}).`, text });
    }
  };
  return (
    <div style={{ marginTop: 12 }}>
      <Angaben werte={angaben} setze={setAngaben} />
      <DefaultButton
        text="Text für die Vorlage (Word)"
        disabled={p.gesperrt || stand.art === "laeuft"}
        onClick={() => void erstelle()}
      />
      {stand.art === "fertig" && (
        <MessageBar
          messageBarType={MessageBarType.success}
          onDismiss={() => setStand({ art: "bereit" })}
          dismissButtonAriaLabel="Meldung schließen"
        >
          {`„${DATEINAME}“ wird heruntergeladen (A4, mit Words Formatvorlagen).`}
        </MessageBar>
      )}
      {fehler && <MessageBar messageBarType={MessageBarType.error}>{fehler}</MessageBar>}
      {stand.art === "text" && <TextZumKopieren grund={stand.grund} text={stand.text} />}
    </div>
  );
}

function TextZumKopieren(p: { grund: string; text: string }): React.ReactElement {
  const [kopiert, setKopiert] = React.useState<boolean | null>(null);
  return (
    <div className={stile.hinweis} style={{ marginTop: 8 }}>
      <MessageBar messageBarType={MessageBarType.warning}>
        {`${p.grund} Kopieren Sie stattdessen den Text und fügen Sie ihn in Word ein.`}
      </MessageBar>
      <TextField
        label="Text für die Vorlage"
        multiline
        rows={8}
        readOnly
        value={p.text}
        inputClassName={TEXTFELD_KLASSE}
        onFocus={(e) => (e.target as HTMLTextAreaElement).select()}
        styles={{ field: { fontFamily: "Consolas, monospace", fontSize: 12 } }}
      />
      <DefaultButton
        text={kopiert ? "Kopiert" : "Text kopieren"}
        style={{ marginTop: 4 }}
        onClick={() =>
          void kopiere(p.text, document.querySelector<HTMLTextAreaElement>(`.${TEXTFELD_KLASSE}`)).then(setKopiert)
        }
      />
      {kopiert === false && (
        <MessageBar messageBarType={MessageBarType.error}>
          Kopieren nicht möglich: Text markieren und mit Strg+C kopieren.
        </MessageBar>
      )}
    </div>
  );
}
