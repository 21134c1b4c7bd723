/** Horizontal bars of total cost and own share per scenario, as plain inline SVG. */
import * as React from "react";
import type { SzenarioAuswertung } from "../berechnung";
import { euroBetrag } from "../zahlen";
import { stile } from "../stile";

const BREITE = 300;
const ZEILE = 14;
const ABSTAND = 10;
const TEXT = 14;

export function Balkendiagramm({
  auswertungen,
}: {
  auswertungen: readonly SzenarioAuswertung[];
}): React.ReactElement | null {
  const daten = auswertungen
    .map((a, i) => ({ a, name: a.szenario.name.trim() || `Szenario ${i + 1}` }))
    .filter((d) => d.a.ergebnis !== null);
  if (daten.length === 0) return null;
  const max = Math.max(1, ...daten.map((d) => d.a.ergebnis!.aufstellung.gesamtkosten));
  const block = TEXT + 2 * ZEILE + ABSTAND;
  const hoehe = daten.length * block + 18;
  const beschreibung = daten
    .map(
      (d) =>
        `${d.name}: Gesamtkosten ${euroBetrag(d.a.ergebnis!.aufstellung.gesamtkosten)} €, ` +
        `Kostenanteil ${euroBetrag(d.a.ergebnis!.aufstellung.eigenanteil)} €`,
    )
    .join("; ");
  return (
    <svg
      className={stile.diagramm}
      viewBox={`0 0 ${BREITE} ${hoehe}`}
      role="img"
      aria-label={`Diagramm: ${beschreibung}`}
      fontSize={11}
    >
      <g>
        <rect x={0} y={2} width={10} height={10} style={{ fill: "var(--ki-basis)" }} />
        <text x={14} y={11} fill="currentColor">
          Gesamtkosten
        </text>
        <rect x={110} y={2} width={10} height={10} style={{ fill: "var(--ki-akzent)" }} />
        <text x={124} y={11} fill="currentColor">
          Jährlicher Kostenanteil
        </text>
      </g>
      {daten.map((d, i) => {
        const y = 18 + i * block;
        const e = d.a.ergebnis!.aufstellung;
        const balken = (wert: number) => Math.max(1, (wert / max) * (BREITE - 70));
        return (
          <g key={d.a.szenario.id}>
            <text x={0} y={y + TEXT - 3} fill="currentColor" fontWeight={600}>
              {d.name.length > 48 ? d.name.slice(0, 47) + "…" : d.name}
            </text>
            <rect
              x={0}
              y={y + TEXT}
              width={balken(e.gesamtkosten)}
              height={ZEILE - 3}
              style={{ fill: "var(--ki-basis)" }}
            />
            <text x={balken(e.gesamtkosten) + 4} y={y + TEXT + ZEILE - 4} fill="currentColor">
              {euroBetrag(e.gesamtkosten)}
            </text>
            <rect
              x={0}
              y={y + TEXT + ZEILE}
              width={balken(e.eigenanteil)}
              height={ZEILE - 3}
              style={{ fill: "var(--ki-akzent)" }}
            />
            <text x={balken(e.eigenanteil) + 4} y={y + TEXT + 2 * ZEILE - 4} fill="currentColor">
              {euroBetrag(e.eigenanteil)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
