/**
 * Registers the "Umlage" sheet with the workbook builder: built when the pane passes its options
 * (`umlage`), reading the Eigenanteil cells of "Kostenvergleich". Imported for its side effect by
 * src/workbook/index.ts, after the multi-year sheet.
 */
import { bezugAusAnnahmen } from "../mehrjahr/bezuege";
import { registriereZusatzblatt } from "../zusatzblaetter";
import { baueUmlageBlatt } from "./blatt";

registriereZusatzblatt("umlage", (szenarien, optionen, bezuege) =>
  // The burden is the KI's extra Eigenanteil: without a KI scenario there is nothing to distribute,
  // and a kreisfreie Stadt belongs to no Kreis, so it levies no Kreisumlage.
  optionen.umlage && szenarien.some((s) => s.typ === "ki" && s.koerperschaft !== "kreisfreie Stadt")
    ? baueUmlageBlatt({
        szenarien,
        optionen: optionen.umlage,
        modus: optionen.modus,
        bezug: bezugAusAnnahmen(bezuege),
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);
