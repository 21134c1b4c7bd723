/**
 * Registers the "Umlage" sheet with the workbook builder: built when the options carry `umlage`
 * (set only where src/scenario/optionen.ts `umlageMoeglich` allows it), reading the Eigenanteil cells
 * of "Kostenvergleich". Imported for its side effect by src/workbook/index.ts, after the multi-year sheet.
 */
import { umlageMoeglich } from "../../scenario/optionen";
import { bezugAusAnnahmen } from "../mehrjahr/bezuege";
import { registriereZusatzblatt } from "../zusatzblaetter";
import { baueUmlageBlatt } from "./blatt";

registriereZusatzblatt("umlage", (szenarien, optionen, bezuege) =>
  // Options built elsewhere than arbeitsmappenOptionen (a test, a script) are held to the same rule.
  optionen.umlage && umlageMoeglich(szenarien)
    ? baueUmlageBlatt({
        szenarien,
        optionen: optionen.umlage,
        modus: optionen.modus,
        bezug: bezugAusAnnahmen(bezuege),
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);
