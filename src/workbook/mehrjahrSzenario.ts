/**
 * From the pane's scenarios to the core's cost structures: the one place that knows how a scenario's
 * posts, rates and refund settings map onto the multi-year projection and the break-even analysis.
 */
import {
  Gleichstand,
  Kostenstruktur,
  euroZuCent,
  gleichstaende,
  type Foerderregel,
  type Mehrjahresannahmen,
  type Mehrjahresvergleich,
  vergleicheMehrjahre,
} from "../core";
import { berechneSzenario } from "../scenario/berechnung";
import type { Szenario } from "../scenario/modell";

export function kostenstrukturAusSzenario(s: Szenario): Kostenstruktur {
  const e = berechneSzenario(s);
  return {
    name: s.name,
    koerperschaft: s.koerperschaft,
    personalGrund: e.personal.grund,
    personalZusatz: e.personal.zusatz,
    zusatzstellen: e.personal.zusatzstellen,
    querschnittssatz: s.querschnittssatz,
    querschnitt: e.aufstellung.querschnittskosten,
    it: e.aufstellung.it,
    raum: e.aufstellung.raum,
    projektmittel: e.aufstellung.projektmittel,
    sachausgaben: s.erstattung.aktiv ? euroZuCent(s.erstattung.sachausgaben) : 0,
    regelwerk: s.erstattung.aktiv ? s.erstattung.regelwerk : null,
  };
}

/** Break-even of the KI scenario against the baseline in the KI scenario's budget year. */
export function gleichstaendeFuerSzenarien(
  basis: Szenario,
  ki: Szenario,
  optionen: { querschnittNurKi?: boolean; regeln?: readonly Foerderregel[] } = {},
): Gleichstand[] {
  return gleichstaende({
    basis: kostenstrukturAusSzenario(basis),
    ki: kostenstrukturAusSzenario(ki),
    jahr: ki.jahr,
    ...optionen,
  });
}

/** The sentences for the pane, e.g. "Gleichstand bei Personalkosten des KI von 176.163,08 € …". */
export function gleichstandSaetzeFuerSzenarien(
  basis: Szenario,
  ki: Szenario,
  optionen: { querschnittNurKi?: boolean; regeln?: readonly Foerderregel[] } = {},
): string[] {
  return gleichstaendeFuerSzenarien(basis, ki, optionen).map((g) => g.satz);
}

/** Year-by-year comparison of two scenarios, as the "Mehrjahresplanung" sheet computes it. */
export function mehrjahresvergleichFuerSzenarien(
  basis: Szenario,
  ki: Szenario,
  annahmen: Mehrjahresannahmen,
  regeln?: readonly Foerderregel[],
): Mehrjahresvergleich {
  return vergleicheMehrjahre(kostenstrukturAusSzenario(basis), kostenstrukturAusSzenario(ki), annahmen, regeln);
}
