/**
 * Live comparison: every cost line per scenario, the difference to the baseline (first scenario),
 * the funding rule set applied with its source, and a small bar chart of total cost and own share.
 */
import * as React from "react";
import { Text } from "@fluentui/react";
import { ZEILEN, quellenVermerk } from "../../core";
import type { SzenarioAuswertung } from "../berechnung";
import { euroBetrag, euroDifferenz } from "../zahlen";
import { stile } from "../stile";
import { umbrechbar } from "../umbruch";
import { Balkendiagramm } from "./Balkendiagramm";

const SUMMENZEILEN = new Set(["gesamtkosten", "eigenanteil"]);

function name(a: SzenarioAuswertung, i: number): string {
  return a.szenario.name.trim() || `Szenario ${i + 1}`;
}

export function Vergleich({ auswertungen }: { auswertungen: readonly SzenarioAuswertung[] }): React.ReactElement {
  const basis = auswertungen[0];
  const weitere = auswertungen.slice(1);
  const zeigeDifferenz = weitere.length > 0;
  return (
    <div>
      <div
        className={stile.tabelleRahmen}
        tabIndex={0}
        role="region"
        aria-label="Kostenvergleich, Beträge in € je Jahr"
      >
        <table className={stile.tabelle}>
          <caption style={{ textAlign: "left", fontSize: 12, paddingBottom: 4 }}>Beträge in € je Jahr</caption>
          <thead>
            <tr>
              <th scope="col">Kostenart</th>
              {auswertungen.map((a, i) => (
                <React.Fragment key={a.szenario.id}>
                  <th scope="col">{name(a, i)}</th>
                  {i > 0 && <th scope="col">{weitere.length === 1 ? "Differenz" : `Differenz ${name(a, i)}`}</th>}
                </React.Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {ZEILEN.map((z) => (
              <tr key={z.schluessel} className={SUMMENZEILEN.has(z.schluessel) ? stile.summenZeile : undefined}>
                <th scope="row" aria-label={z.label}>
                  {umbrechbar(z.label)}
                </th>
                {auswertungen.map((a, i) => {
                  const wert = a.ergebnis ? a.ergebnis.aufstellung[z.schluessel] : null;
                  const basiswert = basis.ergebnis ? basis.ergebnis.aufstellung[z.schluessel] : null;
                  return (
                    <React.Fragment key={a.szenario.id}>
                      <td className={wert === null ? stile.fehlerZelle : undefined}>
                        {wert === null ? "–" : euroBetrag(wert)}
                      </td>
                      {i > 0 && <td>{wert === null || basiswert === null ? "–" : euroDifferenz(wert - basiswert)}</td>}
                    </React.Fragment>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!zeigeDifferenz && (
        <Text variant="small" block className={stile.hinweis}>
          Für eine Differenz ein zweites Szenario hinzufügen; das erste ist die Basis.
        </Text>
      )}
      {auswertungen.map((a, i) => (
        <Text key={a.szenario.id} variant="small" block className={stile.quelle}>
          <strong>{name(a, i)}:</strong>{" "}
          {a.ergebnis
            ? a.ergebnis.regel
              ? `Förderung nach „${a.ergebnis.regel.titel}“ (${a.ergebnis.regel.finanzierungsart}). Quelle: ${quellenVermerk(a.ergebnis.regel.quelle)}`
              : "ohne Landeserstattung."
            : `nicht berechenbar – ${a.fehler ?? "Eingaben prüfen"}`}
        </Text>
      ))}
      <Balkendiagramm auswertungen={auswertungen} />
    </div>
  );
}
