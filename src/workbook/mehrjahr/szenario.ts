/** The mapping of one scenario onto the core's cost structure, which the multi-year sheet projects. */
import type { Kostenstruktur } from "../../core";
import { berechneSzenario, kostenstruktur } from "../../scenario/berechnung";
import type { Szenario } from "../../scenario/modell";

export function kostenstrukturAusSzenario(s: Szenario): Kostenstruktur {
  return kostenstruktur(s, berechneSzenario(s));
}
