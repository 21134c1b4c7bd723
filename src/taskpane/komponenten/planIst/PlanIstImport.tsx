/**
 * Actual costs in: a CSV file as the finance system exports it, the range selected in Excel, or text
 * pasted from it; then what the import found (with file and line) and how each key of the file was
 * matched, with a choice per key to correct it.
 */
import * as React from "react";
import {
  DefaultButton,
  Dropdown,
  type IDropdownOption,
  MessageBar,
  MessageBarType,
  Text,
  TextField,
} from "@fluentui/react";
import type { IstZiel, IstZuordnung } from "../../../scenario/planIst";
import type { PlanIstApi } from "../../hooks/usePlanIst";
import { stile } from "../../stile";

const KEINE = "__keine__";

function Eingaben(p: { api: PlanIstApi }): React.ReactElement {
  const { api } = p;
  const [text, setText] = React.useState("");
  const dateiId = React.useId();
  return (
    <div>
      <label htmlFor={dateiId} style={{ display: "block", fontWeight: 600, marginTop: 8 }}>
        Ist-Werte aus CSV-Datei
      </label>
      <input
        id={dateiId}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        disabled={api.laeuft}
        style={{ maxWidth: "100%" }}
        onChange={(e) => {
          const datei = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (datei) void api.ausDatei(datei);
        }}
      />
      <Text variant="small" block className={stile.hinweis}>
        Kopfzeile „Schlüssel“ und je Monat eine Spalte (Jan … Dez), oder „Schlüssel“, „Monat“ und „Betrag“ je Buchung.
        Semikolon, deutsche Zahlen; UTF-8, Windows-1252 oder Unicode-Text.
      </Text>
      <div className={stile.knopfLeiste}>
        {api.kannAuswahlLesen && (
          <DefaultButton
            text="Aus markiertem Bereich"
            title="In Excel die Ist-Werte samt Kopfzeile markieren"
            disabled={api.laeuft}
            onClick={() => void api.ausAuswahl()}
          />
        )}
      </div>
      <TextField
        label="Oder Ist-Werte einfügen"
        multiline
        rows={3}
        placeholder={"Schlüssel;Jan;Feb;…\nPädagogische Fachkraft;4.100,00;4.100,00"}
        value={text}
        onChange={(_, v) => setText(v ?? "")}
      />
      <div className={stile.knopfLeiste}>
        <DefaultButton
          text="Eingefügte Werte einlesen"
          disabled={api.laeuft || text.trim() === ""}
          onClick={() => api.einlesen({ art: "text", text })}
        />
      </div>
    </div>
  );
}

function Befunde(p: { api: PlanIstApi }): React.ReactElement | null {
  const ist = p.api.auswahl.ist;
  if (!ist) return null;
  return (
    <div aria-label="Eingelesene Ist-Werte" role="group">
      <Text block styles={{ root: { marginTop: 8, overflowWrap: "anywhere" } }}>
        Eingelesen aus „{ist.quelle}“: {Object.keys(ist.werte).length} Zeilen mit Ist-Werten.
      </Text>
      {ist.fehler.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <div>Unvollständig – diese Zeilen sind nicht eingelesen:</div>
          <ul aria-label="Meldungen beim Einlesen" style={{ margin: "4px 0", paddingLeft: 18 }}>
            {ist.fehler.map((f, i) => (
              <li key={i} style={{ overflowWrap: "anywhere" }}>
                {f}
              </li>
            ))}
          </ul>
        </MessageBar>
      )}
      {ist.hinweise.length > 0 && (
        <ul aria-label="Hinweise beim Einlesen" className={stile.hinweis} style={{ paddingLeft: 18 }}>
          {ist.hinweise.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      )}
      <div className={stile.knopfLeiste}>
        <DefaultButton text="Ist-Werte verwerfen" onClick={p.api.istVerwerfen} />
      </div>
    </div>
  );
}

const WIE: Record<string, string> = {
  Schlüssel: "nach Schlüssel",
  Bezeichnung: "nach Bezeichnung",
  Zuordnung: "von Ihnen zugeordnet",
};

function ZuordnungsZeile(p: { z: IstZuordnung; optionen: IDropdownOption[]; api: PlanIstApi }): React.ReactElement {
  const { z } = p;
  return (
    <li style={{ marginBottom: 6 }}>
      <Dropdown
        label={`„${z.importSchluessel}“ (${z.zeilen} ${z.zeilen === 1 ? "Zeile" : "Zeilen"})`}
        ariaLabel={`Zuordnung für „${z.importSchluessel}“`}
        options={p.optionen}
        selectedKey={z.ziel ?? KEINE}
        errorMessage={z.ziel === null ? "Passt zu keiner Zeile – bitte zuordnen." : undefined}
        onChange={(_, o) => o && p.api.ordneZu(z.importSchluessel, o.key === KEINE ? null : String(o.key))}
      />
      {z.wie && (
        <Text variant="small" block className={stile.hinweis}>
          {WIE[z.wie]}
        </Text>
      )}
    </li>
  );
}

function Zuordnungen(p: { api: PlanIstApi; ziele: readonly IstZiel[] }): React.ReactElement | null {
  const { api } = p;
  const optionen: IDropdownOption[] = React.useMemo(
    () => [
      { key: KEINE, text: "– nicht zuordnen –" },
      ...p.ziele.map((z) => ({
        key: z.schluessel,
        text: z.bezeichnung === z.schluessel ? z.schluessel : `${z.bezeichnung} (${z.schluessel})`,
      })),
    ],
    [p.ziele],
  );
  const gespeichert = Object.entries(api.auswahl.zuordnung);
  if (!api.zuordnungen) {
    if (gespeichert.length === 0) return null;
    return (
      <Text variant="small" block className={stile.hinweis}>
        Ihre Zuordnungen ({gespeichert.map(([von, nach]) => `„${von}“ → „${nach}“`).join(", ")}) gelten beim nächsten
        Einlesen; zum Ändern die Ist-Werte erneut einlesen.
      </Text>
    );
  }
  return (
    <div>
      <Text variant="medium" block styles={{ root: { fontWeight: 600, marginTop: 8 } }}>
        Zuordnung der Schlüssel
      </Text>
      <ul aria-label="Zuordnung der Schlüssel" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {api.zuordnungen.map((z) => (
          <ZuordnungsZeile key={z.importSchluessel} z={z} optionen={optionen} api={api} />
        ))}
      </ul>
    </div>
  );
}

export function PlanIstImport(p: { api: PlanIstApi; ziele: readonly IstZiel[] }): React.ReactElement {
  return (
    <div>
      <Eingaben api={p.api} />
      {p.api.meldung && (
        <Text block role="alert" className={stile.fehlerZelle} styles={{ root: { overflowWrap: "anywhere" } }}>
          {p.api.meldung}
        </Text>
      )}
      <Befunde api={p.api} />
      <Zuordnungen api={p.api} ziele={p.ziele} />
    </div>
  );
}
