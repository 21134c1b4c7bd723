/**
 * The result lines a Stand freezes and a comparison sets side by side, from the same core
 * calculation as the sheets: every cost line, refund and Eigenanteil per scenario, the multi-year
 * sums and Barwert when the Mehrjahr option is on, the burden per municipality when the Umlage
 * option is on. Cents throughout.
 */
import { ZEILEN, euroZuCent, projiziere, verteileUmlage } from "../../core";
import { berechneSzenario, regelFuer, regelnFuer, type Szenario } from "../../scenario";
import { gemeindeSchluessel } from "../../scenario/optionen";
import type { Ergebniszeile, Regelwerkvermerk } from "../../scenario/staende";
import { mehrjahresannahmenAus } from "../mehrjahr/blatt";
import { kostenstrukturAusSzenario } from "../mehrjahr/szenario";
import type { ArbeitsmappenOptionen } from "../plan";

export type ErgebnisOptionen = Pick<ArbeitsmappenOptionen, "mehrjahr" | "umlage">;

function kostenzeilen(szenarien: readonly Szenario[]): Ergebniszeile[] {
  return szenarien.flatMap((s) => {
    const a = berechneSzenario(s).aufstellung;
    return ZEILEN.map(({ schluessel, label }) => ({
      schluessel: `kosten:${s.id}:${schluessel}`,
      bereich: "Kostenvergleich",
      bezeichnung: `${s.name}: ${label}`,
      cent: a[schluessel],
    }));
  });
}

function mehrjahrzeilen(szenarien: readonly Szenario[], o: ErgebnisOptionen): Ergebniszeile[] {
  if (!o.mehrjahr || szenarien.length === 0) return [];
  const a = mehrjahresannahmenAus(o.mehrjahr, szenarien);
  const zeitraum = `${o.mehrjahr.vonJahr}–${o.mehrjahr.bisJahr}`;
  return szenarien.flatMap((s) => {
    const p = projiziere(kostenstrukturAusSzenario(s), a, regelnFuer([s]));
    return [
      {
        schluessel: `mehrjahr:${s.id}:summe`,
        bereich: "Mehrjahresplanung",
        bezeichnung: `${s.name}: Summe Eigenanteil ${zeitraum}`,
        cent: p.summeEigenanteil,
      },
      {
        schluessel: `mehrjahr:${s.id}:barwert`,
        bereich: "Mehrjahresplanung",
        bezeichnung: `${s.name}: Barwert Eigenanteil (auf ${a.vonJahr})`,
        cent: p.barwertEigenanteil,
      },
    ];
  });
}

/** The same amount the levy sheet spreads: the KI's extra Eigenanteil over the current structure. */
function umlagezeilen(szenarien: readonly Szenario[], o: ErgebnisOptionen): Ergebniszeile[] {
  const ki = szenarien.find((s) => s.typ === "ki");
  if (!o.umlage || !ki) return [];
  const basis = szenarien.find((s) => s.typ === "derzeitig");
  const betrag =
    berechneSzenario(ki).aufstellung.eigenanteil - (basis ? berechneSzenario(basis).aufstellung.eigenanteil : 0);
  const positionen = o.umlage.mitglieder.map((m) => ({
    grundlage: m.grundlage === null ? 0 : euroZuCent(m.grundlage),
    minderbelastung: m.minderbelastung,
  }));
  if (positionen.every((p) => p.grundlage === 0)) return [];
  const v = verteileUmlage(betrag, positionen);
  return o.umlage.mitglieder.map((m, i) => ({
    schluessel: `umlage:${gemeindeSchluessel(m.name)}`,
    bereich: "Kreisumlage",
    bezeichnung: `Belastung ${m.name.trim() || `Gemeinde ${i + 1}`}`,
    cent: v.belastungen[i],
  }));
}

/** Every result line of the scenarios and options; throws like berechneSzenario for invalid input. */
export function ergebniszeilen(szenarien: readonly Szenario[], o: ErgebnisOptionen): Ergebniszeile[] {
  return [...kostenzeilen(szenarien), ...mehrjahrzeilen(szenarien, o), ...umlagezeilen(szenarien, o)];
}

/** The rule set each scenario's refund used (none for a scenario without refund). */
export function regelwerkVermerke(szenarien: readonly Szenario[]): Regelwerkvermerk[] {
  return szenarien
    .filter((s) => s.erstattung.aktiv)
    .map((s) => {
      const r = regelFuer(s);
      return { szenarioId: s.id, regelId: r.id, titel: r.titel };
    });
}
