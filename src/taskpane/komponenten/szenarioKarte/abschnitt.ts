/** What every section of a scenario card gets: the scenario, its input messages and a field setter. */
import type { Szenario } from "../../../scenario";
import type { Pruefmeldungen } from "../../../scenario/validierung";

export type Setze = <K extends keyof Szenario>(feld: K, wert: Szenario[K]) => void;

export interface KartenAbschnittProps {
  szenario: Szenario;
  meldungen: Pruefmeldungen;
  setze: Setze;
}
