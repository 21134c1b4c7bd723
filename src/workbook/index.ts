/**
 * The table-building core: scenarios + options → ArbeitsmappenPlan (pure data, no Office). The
 * Office.js writer (src/excel) and the .xlsx writer (src/cli) both turn this plan into cells.
 */
import type { Szenario } from "../scenario";
import { baueAnnahmen } from "./annahmen/blatt";
import { annahmenLayout, berechneBezuege } from "./annahmen/bezuege";
import { formelsatz } from "./formeln";
import { baueKostenvergleich } from "./kostenvergleich/blatt";
import type { ArbeitsmappenOptionen, ArbeitsmappenPlan, BlattPlan } from "./plan";
import { szenarioDaten } from "./szenarioDaten";
import { type ZusatzblattBauer, registrierteZusatzblaetter } from "./zusatzblaetter";
// Extra sheets register themselves on import (src/workbook/zusatzblaetter.ts).
import "./mehrjahr/registrierung";
import "./umlage/registrierung";
import "./staende/registrierung";
import "./planIst/registrierung";

export * from "./plan";
export {
  ANNAHMEN,
  BLATT_ANNAHMEN,
  BLATT_KOSTENVERGLEICH,
  KOSTEN_NAMEN,
  berechneBezuege,
  workbookName,
  type AnnahmeSchluessel,
  type AnnahmenBezuege,
  type SzenarioBezuege,
} from "./annahmen/bezuege";
export { DIAGRAMM_NAME } from "./kostenvergleich/blatt";
export { MEHRJAHR_BLATTNAME } from "./mehrjahr/blatt";
export { UMLAGE_BLATTNAME } from "./umlage/blatt";
export { VERGLEICH_BLATTNAME } from "./staende/vergleichBlatt";
export { PROTOKOLL_BLATTNAME } from "./staende/protokollBlatt";
export { PLAN_IST_BLATTNAME, PLAN_IST_DIAGRAMM, bauePlanIstBlatt, planIstTitel } from "./planIst/blatt";
export { ergebniszeilen, regelwerkVermerke } from "./staende/ergebnisse";
export {
  aktuellerStichtag,
  erklaerteAenderungen,
  geaenderteAnnahmen,
  vergleicheErgebnisse,
  differenzText,
} from "./staende/vergleich";
export { vorlageBezeichnung } from "./druck";
export { PlanFehler } from "./szenarioDaten";
export {
  registriereZusatzblatt,
  registrierteZusatzblaetter,
  zusatzblattGewaehlt,
  type ZusatzblattBauer,
} from "./zusatzblaetter";

/**
 * Builds the workbook plan: "Kostenvergleich", "Annahmen", then every registered extra sheet
 * that has something to show. Throws PlanFehler (German message naming the scenario) when a
 * scenario cannot be computed; the pane validates before, so this is the last line of defence.
 */
export function baueArbeitsmappe(
  szenarien: Szenario[],
  optionen: ArbeitsmappenOptionen,
  zusatzblaetter: ReadonlyArray<[string, ZusatzblattBauer]> = registrierteZusatzblaetter(),
): ArbeitsmappenPlan {
  const daten = szenarioDaten(szenarien);
  const formeln = formelsatz(optionen.modus);
  // The layout of "Annahmen" once per build: every sheet reads its addresses from this one.
  const layout = annahmenLayout(szenarien);
  const blaetter: BlattPlan[] = [
    baueKostenvergleich(daten, optionen, formeln, layout),
    baueAnnahmen(daten, optionen, formeln, layout),
  ];
  const bezuege = berechneBezuege(szenarien, layout);
  for (const [, bauer] of zusatzblaetter) {
    const blatt = bauer(szenarien, optionen, bezuege);
    if (blatt) blaetter.push(blatt);
  }
  const namen = new Set<string>();
  for (const b of blaetter) {
    if (namen.has(b.name.toLowerCase())) throw new Error(`Blatt „${b.name}“ ist im Plan doppelt.`);
    namen.add(b.name.toLowerCase());
  }
  return { blaetter };
}
