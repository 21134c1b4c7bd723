/**
 * "Festgeschriebene Stände": freeze the current work under a label and a date, list the Stände
 * (damaged ones with their message, kept), delete one after a confirmation, load one into the
 * editor, and compare the current figures with one — line by line, with the changed assumptions.
 */
import * as React from "react";
import { DefaultButton, MessageBar, PrimaryButton, Text, TextField } from "@fluentui/react";
import type { Cent } from "../../core";
import { formatEuro } from "../../core";
import type { Speicherstand } from "../../scenario/speicherformat";
import { standDatumText, type Stand, type StandKopf } from "../../scenario/staende";
import { ergebniszeilen } from "../../workbook/staende/ergebnisse";
import {
  aktuellerStichtag,
  differenzText,
  erklaerteAenderungen,
  vergleicheErgebnisse,
} from "../../workbook/staende/vergleich";
import { kodiereZustand } from "../anbindung";
import type { useStaende } from "../hooks/useStaende";
import { arbeitsmappenOptionenAus } from "../hooks/useEinfuegen";
import type { PlanerZustand } from "../zustand";
import { Abschnitt } from "./Abschnitt";
import { Rueckfrage } from "./Rueckfrage";
import { MELDUNGSTYP } from "./Einfuegen";
import { stile } from "../stile";
import { umbrechbar } from "../umbruch";

type StaendeApi = ReturnType<typeof useStaende>;

/**
 * "09.12.2013" (or "9.12.2013") → "2013-12-09", the form the Stand stores; anything else is passed on
 * unchanged, so the one check (pruefeStandangaben) names it.
 */
export function datumAusDeutsch(text: string): string {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return text.trim();
  return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

const DATUM = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

/** The meeting date is typed, never prefilled: a Stand of a past meeting must not carry today's date. */
function StandFormular(p: { api: StaendeApi; jetzt?: () => Date }): React.ReactElement {
  const [bezeichnung, setBezeichnung] = React.useState("");
  const [datum, setDatum] = React.useState("");
  const [gezeigt, setGezeigt] = React.useState(false);
  const [laeuft, setLaeuft] = React.useState(false);
  const datumFehler =
    gezeigt && !DATUM.test(datum.trim()) ? "Bitte das Datum der Sitzung als TT.MM.JJJJ eingeben." : undefined;
  const los = async () => {
    setGezeigt(true);
    setLaeuft(true);
    if (await p.api.festschreiben(bezeichnung, datumAusDeutsch(datum))) {
      setBezeichnung("");
      setDatum("");
      setGezeigt(false);
    }
    setLaeuft(false);
  };
  return (
    <div>
      <TextField
        label="Bezeichnung des Stands"
        required
        placeholder="z. B. Kreisausschuss 09.12.2013"
        value={bezeichnung}
        onChange={(_, v) => setBezeichnung(v ?? "")}
      />
      <TextField
        label="Datum der Sitzung"
        required
        placeholder="TT.MM.JJJJ, z. B. 09.12.2013"
        inputMode="numeric"
        autoComplete="off"
        value={datum}
        errorMessage={datumFehler}
        onChange={(_, v) => setDatum(v ?? "")}
      />
      <div className={stile.knopfLeiste}>
        <PrimaryButton text="Stand festschreiben" disabled={laeuft} onClick={() => void los()} />
      </div>
    </div>
  );
}

function StandZeile(p: { stand: Stand; schluessel: string; api: StaendeApi }): React.ReactElement {
  const [fragen, setFragen] = React.useState(false);
  const gewaehlt = p.api.vergleich?.id === p.stand.id;
  return (
    <li aria-label={`Stand ${p.stand.bezeichnung}`}>
      <Text block>
        <strong>{p.stand.bezeichnung}</strong> – {standDatumText(p.stand.datum)}
      </Text>
      {p.api.ladenFrage?.id === p.stand.id && (
        <Rueckfrage
          frage={`„${p.stand.bezeichnung}“ in den Editor laden?`}
          erklaerung={
            "Die Szenarien im Editor werden durch die des Stands ersetzt. Ihr jetziger Arbeitsstand wird vorher " +
            "als Sicherung in der Arbeitsmappe behalten und lässt sich wiederherstellen."
          }
          ja="Laden (jetzigen Stand sichern)"
          onJa={() => void p.api.inEditorLaden(p.stand)}
          onNein={() => p.api.setLadenFrage(null)}
        />
      )}
      {fragen ? (
        <div className={stile.knopfLeiste}>
          <Text>Diesen Stand endgültig löschen?</Text>
          <PrimaryButton text="Ja, löschen" onClick={() => void p.api.loeschen(p.schluessel)} />
          <DefaultButton text="Abbrechen" onClick={() => setFragen(false)} />
        </div>
      ) : (
        <div className={stile.knopfLeiste}>
          <DefaultButton
            text={gewaehlt ? "Vergleich schließen" : "Vergleichen"}
            onClick={() => p.api.setVergleichId(gewaehlt ? null : p.stand.id)}
          />
          <DefaultButton text="In den Editor laden" onClick={() => p.api.setLadenFrage(p.stand)} />
          <DefaultButton text="Löschen …" onClick={() => setFragen(true)} />
        </div>
      )}
    </li>
  );
}

/** A Stand listed from the index while its body is still being read. */
function KopfZeile(p: { kopf: StandKopf }): React.ReactElement {
  return (
    <li aria-label={`Stand ${p.kopf.bezeichnung}`}>
      <Text block>
        <strong>{p.kopf.bezeichnung}</strong>
        {p.kopf.datum && ` – ${standDatumText(p.kopf.datum)}`}
      </Text>
      <Text variant="small" block>
        Wird aus der Arbeitsmappe gelesen …
      </Text>
    </li>
  );
}

function StandMeldungsLeiste(p: { api: StaendeApi }): React.ReactElement | null {
  const m = p.api.meldung;
  if (!m) return null;
  return (
    <MessageBar
      messageBarType={MELDUNGSTYP[m.typ]}
      isMultiline
      onDismiss={() => p.api.setMeldung(null)}
      dismissButtonAriaLabel="Meldung schließen"
    >
      <div>{m.text}</div>
      {m.zurueck && (
        <DefaultButton
          styles={{ root: { marginTop: 6 } }}
          text="Vorherigen Arbeitsstand wiederherstellen"
          onClick={() => void p.api.zurueckholen(m.zurueck!)}
        />
      )}
    </MessageBar>
  );
}

/** Amounts without " €" (the header says it) and with room between the columns: readable at 320 px. */
const ZAHL: React.CSSProperties = { textAlign: "right", whiteSpace: "nowrap", paddingLeft: 8 };
/** Headers may wrap ("Differenz" / "€") so the last column never runs past the pane's edge. */
const KOPF_ZAHL: React.CSSProperties = { textAlign: "right", paddingLeft: 8 };

/** "KIZ: Raumkosten" → ["KIZ", "Raumkosten"]; a line without scenario stays whole. */
function teile(bezeichnung: string): [string, string] {
  const i = bezeichnung.indexOf(": ");
  return i < 0 ? ["", bezeichnung] : [bezeichnung.slice(0, i), bezeichnung.slice(i + 2)];
}

function Betrag(p: { c: Cent | null; differenz?: boolean }): React.ReactElement {
  const t = (p.differenz ? differenzText(p.c) : p.c === null ? "—" : formatEuro(p.c)).replace(/ €$/, "");
  return <td style={ZAHL}>{t}</td>;
}

export function StandVergleich(p: { stand: Stand; zustand: PlanerZustand }): React.ReactElement {
  const { zeilen, aenderungen } = React.useMemo(() => {
    const jetzt = ergebniszeilen(p.zustand.szenarien, arbeitsmappenOptionenAus(p.zustand, "ki", new Date()));
    const aktuell = kodiereZustand(p.zustand) as Speicherstand;
    return {
      zeilen: vergleicheErgebnisse(jetzt, p.stand.ergebnisse),
      aenderungen: erklaerteAenderungen(p.stand, aktuellerStichtag(aktuell, jetzt)),
    };
  }, [p.stand, p.zustand]);
  return (
    <section aria-label="Vergleich mit Stand">
      <Text variant="mediumPlus" block>
        Jetzt gegenüber „{p.stand.bezeichnung}“ ({standDatumText(p.stand.datum)})
      </Text>
      <table style={{ width: "100%", borderCollapse: "collapse", fontSize: 12, tableLayout: "fixed" }}>
        <colgroup>
          <col style={{ width: "31%" }} />
          <col style={{ width: "23%" }} />
          <col style={{ width: "23%" }} />
          <col style={{ width: "23%" }} />
        </colgroup>
        <thead>
          <tr>
            <th style={{ textAlign: "left" }}>Position</th>
            <th style={KOPF_ZAHL}>Jetzt €</th>
            <th style={KOPF_ZAHL}>Stand €</th>
            <th style={KOPF_ZAHL}>Differenz €</th>
          </tr>
        </thead>
        <tbody>
          {zeilen.map((z, i) => {
            const [gruppe, rest] = teile(z.bezeichnung);
            const neu = i === 0 || teile(zeilen[i - 1].bezeichnung)[0] !== gruppe;
            return (
              <React.Fragment key={z.schluessel}>
                {neu && gruppe && (
                  <tr>
                    <th colSpan={4} style={{ textAlign: "left", paddingTop: 6 }}>
                      {gruppe}
                    </th>
                  </tr>
                )}
                <tr style={{ borderTop: "1px solid var(--ki-rahmen)" }}>
                  <td style={{ hyphens: "auto" }}>{umbrechbar(rest)}</td>
                  <Betrag c={z.jetzt} />
                  <Betrag c={z.stand} />
                  <Betrag c={z.differenz} differenz />
                </tr>
              </React.Fragment>
            );
          })}
        </tbody>
      </table>
      <Text variant="medium" block styles={{ root: { marginTop: 8, fontWeight: 600 } }}>
        Geänderte Annahmen
      </Text>
      {aenderungen.length === 0 ? (
        <Text block>Keine Annahme geändert.</Text>
      ) : (
        <ul aria-label="Geänderte Annahmen">
          {aenderungen.map((a, i) => (
            <li key={i}>
              {a.szenario}, {a.feld}: {a.alt} → {a.neu}
              {a.wirkungText !== undefined
                ? ` (${a.wirkungText})`
                : a.wirkung !== null && ` (Eigenanteil ${differenzText(a.wirkung)})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Staende(p: { api: StaendeApi; zustand: PlanerZustand; jetzt?: () => Date }): React.ReactElement {
  const { api } = p;
  return (
    <Abschnitt id="ki-staende" titel="Stände für Ausschuss und Kreistag">
      <StandFormular api={api} jetzt={p.jetzt} />
      <StandMeldungsLeiste api={api} />
      <ul style={{ listStyle: "none", padding: 0 }} aria-label="Festgeschriebene Stände">
        {api.eintraege.map((e) =>
          e.status === "ok" ? (
            <StandZeile key={e.schluessel} stand={e.stand} schluessel={e.schluessel} api={api} />
          ) : e.status === "kopf" ? (
            <KopfZeile key={e.schluessel} kopf={e.kopf} />
          ) : (
            <li key={e.schluessel}>
              <MessageBar messageBarType={MELDUNGSTYP.warnung} isMultiline>
                {e.meldung}
              </MessageBar>
            </li>
          ),
        )}
      </ul>
      {api.staende.length > 0 && (
        <Text variant="small" block>
          Beim Einfügen entstehen {api.vergleich ? "„Vergleich mit Stand“ und " : ""}
          {api.staende.length >= 2 ? "das „Änderungsprotokoll“" : "ab zwei Ständen das „Änderungsprotokoll“"}.
        </Text>
      )}
      {api.vergleich && <StandVergleich stand={api.vergleich} zustand={p.zustand} />}
    </Abschnitt>
  );
}
