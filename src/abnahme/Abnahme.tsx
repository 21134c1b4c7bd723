/**
 * The acceptance pane: one button runs the fixed list of checks, each result appears as it comes,
 * then the report is written into a sheet and offered as text to copy or download.
 */
import * as React from "react";
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from "@fluentui/react";
import { berichtText, schreibeBerichtsblatt, STATUS_TEXT, zusammenfassung } from "./bericht";
import { detailDeutsch, ortsdatumIso } from "./darstellung";
import { ANZAHL_PUNKTE, fuehreAbnahmeAus, type Abnahmebericht } from "./lauf";
import type { Pruefergebnis, Status, Umgebung } from "./typen";

// The pane's status colours (Fluent UI's success/error/neutral), not a sheet's: workbook/stil is for generated sheets.
const FARBE: Record<Status, string> = { bestanden: "#107c10", fehlgeschlagen: "#a4262c", uebersprungen: "#605e5c" };

function Ergebniszeile({ e, nr }: { e: Pruefergebnis; nr: number }): React.ReactElement {
  return (
    <li data-pruefung={e.id} data-status={e.status} style={{ marginBottom: 8 }}>
      <Text block style={{ fontWeight: 600 }}>
        {nr}. <span style={{ color: FARBE[e.status] }}>[{STATUS_TEXT[e.status]}]</span> {e.titel}
      </Text>
      <Text block variant="small" style={{ overflowWrap: "anywhere" }}>
        {detailDeutsch(e.detail)}
      </Text>
    </li>
  );
}

function herunterladen(text: string, datum: Date): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `ki-abnahmebericht-${ortsdatumIso(datum)}.txt`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Bericht({ bericht, blatt }: { bericht: Abnahmebericht; blatt: string | null }): React.ReactElement {
  const text = berichtText(bericht);
  const [kopiert, setKopiert] = React.useState(false);
  const kopiere = () =>
    void navigator.clipboard?.writeText(text).then(
      () => setKopiert(true),
      () => setKopiert(false),
    );
  const fehler = bericht.ergebnisse.some((e) => e.status === "fehlgeschlagen");
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={fehler ? MessageBarType.error : MessageBarType.success}>
        {zusammenfassung(bericht)}. {blatt ? `Bericht im Blatt „${blatt}“.` : ""}
      </MessageBar>
      <TextField label="Bericht (zum Versenden)" multiline readOnly rows={8} value={text} />
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton text={kopiert ? "Kopiert" : "Text kopieren"} onClick={kopiere} />
        <DefaultButton text="Als Datei speichern" onClick={() => herunterladen(text, bericht.gestartet)} />
      </Stack>
    </Stack>
  );
}

export function Abnahme({ umgebung }: { umgebung: Umgebung }): React.ReactElement {
  const [ergebnisse, setErgebnisse] = React.useState<Pruefergebnis[]>([]);
  const [laeuft, setLaeuft] = React.useState(false);
  const [fertig, setFertig] = React.useState<{ bericht: Abnahmebericht; blatt: string | null } | null>(null);
  const starte = async () => {
    setLaeuft(true);
    setFertig(null);
    setErgebnisse([]);
    const bericht = await fuehreAbnahmeAus(umgebung, (e) => setErgebnisse((alt) => [...alt, e]));
    const blatt = await schreibeBerichtsblatt(umgebung.excel, bericht).catch(() => null);
    setFertig({ bericht, blatt });
    setLaeuft(false);
  };
  return (
    <Stack tokens={{ childrenGap: 12 }} style={{ padding: 12 }}>
      <Text variant="xLarge">KI-Kostenplaner Abnahmetest</Text>
      <Text>
        Prüft in diesem Excel ({umgebung.plattform}, {umgebung.version}) die {ANZAHL_PUNKTE} Punkte der Abnahme (mit dem
        Aufräumen am Schluss). Am besten in einer neuen, leeren Arbeitsmappe starten; Testblätter werden danach wieder
        gelöscht.
      </Text>
      <PrimaryButton
        text={laeuft ? "Läuft …" : "Abnahmetest starten"}
        disabled={laeuft}
        onClick={() => void starte()}
      />
      <ol style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Ergebnisse">
        {ergebnisse.map((e, i) => (
          <Ergebniszeile key={e.id} e={e} nr={i + 1} />
        ))}
      </ol>
      {fertig && <Bericht bericht={fertig.bericht} blatt={fertig.blatt} />}
    </Stack>
  );
}
