/**
 * Registers the "Mehrjahresplanung" sheet with the workbook builder: built when the pane passes
 * its options (`mehrjahr`), with live references to the cells of "Annahmen" and "Kostenvergleich".
 * Imported for its side effect by src/workbook/index.ts.
 */
import { eigenesRegelwerkBereich } from "../annahmen/bezuege";
import { registriereZusatzblatt } from "../zusatzblaetter";
import { baueMehrjahresBlatt } from "./blatt";
import { bezugAusAnnahmen, stellenBezugAusAnnahmen } from "./bezuege";

registriereZusatzblatt("mehrjahr", (szenarien, optionen, bezuege) =>
  optionen.mehrjahr
    ? baueMehrjahresBlatt({
        szenarien,
        optionen: optionen.mehrjahr,
        modus: optionen.modus,
        bezug: bezugAusAnnahmen(bezuege),
        stellenBezug: stellenBezugAusAnnahmen(szenarien, bezuege.layout),
        regelwerkBereich: eigenesRegelwerkBereich(bezuege.layout) ?? undefined,
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);
