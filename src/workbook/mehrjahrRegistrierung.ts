/**
 * Registers the "Mehrjahresplanung" and "Umlage" sheets with the workbook builder: each is built
 * when the pane passes its options (`mehrjahr` / `umlage`), with live references to the cells of
 * "Annahmen" and "Kostenvergleich". Imported for its side effect by src/workbook/index.ts.
 */
import { baueMehrjahresBlatt } from "./mehrjahrBlatt";
import { bezugAusAnnahmen } from "./mehrjahrBezuege";
import { baueUmlageBlatt } from "./umlageBlatt";
import { registriereZusatzblatt } from "./zusatzblaetter";

export const MEHRJAHR_ID = "mehrjahr";
export const UMLAGE_ID = "umlage";

registriereZusatzblatt(MEHRJAHR_ID, (szenarien, optionen, bezuege) =>
  optionen.mehrjahr
    ? baueMehrjahresBlatt({
        szenarien,
        optionen: optionen.mehrjahr,
        modus: optionen.modus,
        bezug: bezugAusAnnahmen(bezuege),
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);

registriereZusatzblatt(UMLAGE_ID, (szenarien, optionen, bezuege) =>
  // The burden is the KI's extra Eigenanteil: without a KI scenario there is nothing to distribute.
  optionen.umlage && szenarien.some((s) => s.typ === "ki")
    ? baueUmlageBlatt({
        szenarien,
        optionen: optionen.umlage,
        modus: optionen.modus,
        bezug: bezugAusAnnahmen(bezuege),
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);
