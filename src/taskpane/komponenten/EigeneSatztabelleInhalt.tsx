/**
 * The inside of „Eigene Satztabelle“ (./EigeneSatztabelleAbschnitt): a chunk of its own, since the
 * section starts closed. What was typed and reported is kept by the section, so it survives closing.
 */
import * as React from "react";
import { DefaultButton, PrimaryButton, Text, TextField } from "@fluentui/react";
import type { EigeneSatztabelle } from "../../scenario";
import { fehlerText } from "../fehlerText";
import { type SatzEingabe, satzzeilenAusAuswahl, satzzeilenAusText } from "../satztabelleAusEingabe";
import { stile } from "../stile";
import { euroBetrag } from "../zahlen";
import type { EigeneSatztabelleProps, SatztabellenEingabe } from "./EigeneSatztabelleAbschnitt";
import { Zahlenfeld } from "./Zahlenfeld";

function ergebnisText(e: SatzEingabe, woher: string): string {
  const kopf = e.kopfzeile ? " (Kopfzeile übersprungen)" : "";
  const aus = e.meldungen.length ? `; ${e.meldungen.length} Zeile(n) nicht übernommen, siehe unten` : "";
  return `${e.zeilen.length} von ${e.gelesen} Zeilen ${woher} übernommen${kopf}${aus}.`;
}

export function EigeneSatztabelleInhalt(
  p: EigeneSatztabelleProps & { eingabe: SatztabellenEingabe },
): React.ReactElement {
  const { text, setText, setMeldung, meldung, zeilenMeldungen, setZeilenMeldungen } = p.eingabe;
  const t = p.wert;
  const uebernimm = (e: SatzEingabe, woher: string) => {
    setZeilenMeldungen(e.meldungen);
    if (e.zeilen.length === 0) {
      setMeldung({ text: `Keine gültige Zeile ${woher}.`, fehler: true });
      return;
    }
    p.onWert({ quelle: t?.quelle ?? "", jahr: t?.jahr ?? null, zeilen: e.zeilen });
    setMeldung({ text: ergebnisText(e, woher), fehler: e.meldungen.length > 0 });
  };
  const ausAuswahl = async () => {
    if (!p.leseAuswahl) return;
    try {
      const e = satzzeilenAusAuswahl(await p.leseAuswahl());
      if ("fehler" in e) setMeldung({ text: e.fehler, fehler: true });
      else uebernimm(e, "aus der Markierung");
    } catch (err) {
      setMeldung({ text: `Markierung nicht lesbar: ${fehlerText(err)}`, fehler: true });
    }
  };
  return (
    <>
      <Text variant="small" block className={stile.hinweis}>
        Sätze Ihres Hauses je Entgeltgruppe (z. B. KGSt-Bericht oder Stellenplan): Spalten Entgeltgruppe | €/Jahr je
        Vollzeitstelle | optional Jahr | optional Quelle. Aus Excel kopieren und einfügen oder den Bereich markieren.
      </Text>
      <TextField
        label="Zeilen einfügen"
        multiline
        rows={4}
        value={text}
        placeholder={"A 11\t81250\t2024\tKGSt 2024/25\nEG 9b\t72340,50"}
        onChange={(_, v) => setText(v ?? "")}
      />
      <div className={stile.knopfLeiste}>
        <PrimaryButton
          text="Eingefügte Zeilen übernehmen"
          onClick={() => uebernimm(satzzeilenAusText(text), "aus dem Text")}
        />
        {p.leseAuswahl && <DefaultButton text="Aus markiertem Bereich übernehmen" onClick={() => void ausAuswahl()} />}
      </div>
      {meldung && (
        <Text
          block
          role={meldung.fehler ? "alert" : "status"}
          className={meldung.fehler ? stile.fehlerZelle : stile.hinweis}
        >
          {meldung.text}
        </Text>
      )}
      {zeilenMeldungen.length > 0 && (
        <ul
          aria-label="Nicht übernommene Zeilen"
          className={stile.fehlerZelle}
          style={{ margin: "4px 0", paddingLeft: 18 }}
        >
          {zeilenMeldungen.map((m) => (
            <li key={m.zeile}>
              Zeile {m.zeile}: {m.text}
            </li>
          ))}
        </ul>
      )}
      {t && <Tabelle tabelle={t} onWert={p.onWert} />}
    </>
  );
}

function Tabelle({ tabelle: t, onWert }: { tabelle: EigeneSatztabelle; onWert: EigeneSatztabelleProps["onWert"] }) {
  return (
    <>
      <TextField
        label="Quelle der Sätze"
        required
        value={t.quelle}
        placeholder="z. B. KGSt-Bericht „Kosten eines Arbeitsplatzes“ 2024/25"
        errorMessage={
          t.quelle.trim() ? undefined : "Bitte die Quelle angeben: sie steht auf „Annahmen“ neben jedem Satz."
        }
        onChange={(_, v) => onWert({ ...t, quelle: v ?? "" })}
      />
      <Zahlenfeld
        label="Jahr der Sätze"
        wert={t.jahr}
        leerErlaubt
        beschreibung="Für Zeilen ohne eigenes Jahr; ein Szenario in einem anderen Jahr schreibt mit seiner Steigerung fort."
        onWert={(v) => onWert({ ...t, jahr: v })}
      />
      <div className={stile.tabelleRahmen}>
        <table className={stile.tabelle} aria-label="Eigene Satztabelle" style={{ marginTop: 8 }}>
          <thead>
            <tr>
              <th scope="col">Gruppe</th>
              <th scope="col">€/Jahr</th>
              <th scope="col">Jahr</th>
              <th scope="col">Quelle</th>
            </tr>
          </thead>
          <tbody>
            {t.zeilen.map((z) => (
              <tr key={z.gruppe}>
                <th scope="row">{z.gruppe}</th>
                <td>{euroBetrag(Math.round(z.euro * 100))}</td>
                <td>{z.jahr ?? t.jahr ?? "–"}</td>
                <td style={{ textAlign: "left", whiteSpace: "normal" }}>{z.quelle ?? "wie oben"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text variant="small" block className={stile.hinweis}>
        Im Szenario unter „Personal“ die Satztabelle „Eigene Satztabelle“ wählen.
      </Text>
      <DefaultButton className={stile.kleinerKnopf} text="Eigene Satztabelle entfernen" onClick={() => onWert(null)} />
    </>
  );
}
