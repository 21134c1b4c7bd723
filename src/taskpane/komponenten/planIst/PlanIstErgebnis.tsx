/**
 * What the Plan-Ist says at a glance: the year-end forecast against the plan and the refund (planned,
 * due for the actual spending, forecast), as two label/amount tables that fit 320 px: the label
 * column wraps, amounts never do.
 */
import * as React from "react";
import { Text } from "@fluentui/react";
import { type Cent, MONATSNAMEN, type PlanIstErgebnis, formatEuro, summeBis } from "../../../core";
import { stile } from "../../stile";

const ZAHL: React.CSSProperties = { textAlign: "right", whiteSpace: "nowrap", paddingLeft: 8, verticalAlign: "top" };
const ZEILE: React.CSSProperties = { borderTop: "1px solid var(--ki-rahmen)" };

function differenz(c: Cent): string {
  return c > 0 ? `+${formatEuro(c)}` : formatEuro(c);
}

function Tabelle(p: { titel: string; zeilen: ReadonlyArray<[string, string]> }): React.ReactElement {
  return (
    <table aria-label={p.titel} style={{ width: "100%", borderCollapse: "collapse", fontSize: 13, marginTop: 4 }}>
      <caption style={{ textAlign: "left", fontWeight: 600, padding: "6px 0 2px" }}>{p.titel}</caption>
      <tbody>
        {p.zeilen.map(([l, w]) => (
          <tr key={l} style={ZEILE}>
            <th scope="row" style={{ textAlign: "left", fontWeight: 400 }}>
              {l}
            </th>
            <td style={ZAHL}>{w}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlanIstErgebnisAnzeige(p: { ergebnis: PlanIstErgebnis }): React.ReactElement {
  const e = p.ergebnis;
  const m = e.stichmonat;
  const bis = m === 0 ? "" : ` bis ${MONATSNAMEN[m - 1]}`;
  const planJahr = summeBis(e.gesamt.plan);
  const prognose = summeBis(e.gesamt.prognose);
  const r = e.erstattung;
  return (
    <section aria-label="Ergebnis Plan-Ist">
      <Text block styles={{ root: { marginTop: 8 } }}>
        {m === 0
          ? `Noch keine Ist-Werte für ${e.jahr}: die Prognose ist der Plan.`
          : `Ist-Werte von Januar bis ${MONATSNAMEN[m - 1]} ${e.jahr}; danach zählt der Plan.`}
      </Text>
      <Tabelle
        titel={`Kosten ${e.jahr}`}
        zeilen={[
          [`Ist${bis}`, formatEuro(summeBis(e.gesamt.ist, m))],
          [`Plan${bis}`, formatEuro(summeBis(e.gesamt.plan, m))],
          ["Plan Jahr", formatEuro(planJahr)],
          ["Prognose Jahresende", formatEuro(prognose)],
          ["Prognose − Plan", differenz(prognose - planJahr)],
        ]}
      />
      <Tabelle
        titel="Landeserstattung"
        zeilen={[
          ["geplant (Jahr)", formatEuro(r.planJahr)],
          [`geplant${bis}`, formatEuro(r.planBisStichmonat)],
          [`zustehend${bis}`, formatEuro(r.zustehend)],
          ["Prognose Jahresende", formatEuro(r.prognoseJahr)],
          ["Prognose − geplant", differenz(r.prognoseJahr - r.planJahr)],
        ]}
      />
      <Text variant="small" block className={stile.hinweis}>
        {e.vakanz.text}
      </Text>
      {e.hinweise.length > 0 && (
        <ul aria-label="Hinweise zum Plan-Ist" className={stile.hinweis} style={{ paddingLeft: 18, fontSize: 12 }}>
          {e.hinweise.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
