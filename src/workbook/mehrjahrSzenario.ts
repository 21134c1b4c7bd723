/**
 * Multi-year comparison and break-even for whole scenarios; the mapping of one scenario onto the
 * core's cost structure is `kostenstruktur` in src/scenario/berechnung.ts.
 */
import {
  Gleichstand,
  Kostenstruktur,
  gleichstaende,
  type Foerderregel,
  type Mehrjahresannahmen,
  type Mehrjahresvergleich,
  vergleicheMehrjahre,
} from "../core";
import { berechneSzenario, kostenstruktur } from "../scenario/berechnung";
import type { Szenario } from "../scenario/modell";

export function kostenstrukturAusSzenario(s: Szenario): Kostenstruktur {
  return kostenstruktur(s, berechneSzenario(s));
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
