/**
 * What the builders need to know about each scenario beyond its fields: the core's result (for
 * the cached values and the explanations) and the rule set whose caps the sheet shows.
 */
import { type Foerderregel, KiFehler } from "../core";
import { type Szenario, type SzenarioErgebnis, berechneSzenario, regelFuer } from "../scenario";

export interface SzenarioDaten {
  szenario: Szenario;
  ergebnis: SzenarioErgebnis;
  /** The rule set applied, or for a scenario without refund the one its year would use (null if none). */
  regel: Foerderregel | null;
}

/** Thrown when a scenario cannot be computed; the message names the scenario and the problem. */
export class PlanFehler extends Error {
  constructor(
    message: string,
    readonly szenarioIndex: number,
  ) {
    super(message);
    this.name = "PlanFehler";
  }
}

export function szenarioDaten(szenarien: readonly Szenario[]): SzenarioDaten[] {
  if (szenarien.length === 0) throw new PlanFehler("Es ist kein Szenario angelegt, das eingefügt werden könnte.", -1);
  return szenarien.map((s, i) => {
    let ergebnis: SzenarioErgebnis;
    try {
      ergebnis = berechneSzenario(s);
    } catch (e) {
      const grund = e instanceof KiFehler || e instanceof Error ? e.message : String(e);
      throw new PlanFehler(`Szenario „${s.name || i + 1}“ lässt sich nicht berechnen: ${grund}`, i);
    }
    let regel = ergebnis.regel;
    if (!regel) {
      try {
        regel = regelFuer(s);
      } catch {
        regel = null;
      }
    }
    return { szenario: s, ergebnis, regel };
  });
}
