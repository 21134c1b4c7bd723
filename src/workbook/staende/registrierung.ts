/**
 * Registers "Vergleich mit Stand" (when the pane has chosen a Stand to compare with) and
 * "Änderungsprotokoll" (when at least two Stände exist). Imported for its side effect by
 * src/workbook/index.ts, after the other extra sheets.
 */
import { registriereZusatzblatt } from "../zusatzblaetter";
import { ergebniszeilen } from "./ergebnisse";
import { baueProtokollBlatt } from "./protokollBlatt";
import { baueVergleichBlatt } from "./vergleichBlatt";

registriereZusatzblatt("standvergleich", (szenarien, optionen) =>
  optionen.staende?.vergleich
    ? baueVergleichBlatt({
        stand: optionen.staende.vergleich,
        aktuell: optionen.staende.aktuell,
        ergebnisse: ergebniszeilen(szenarien, optionen),
        modus: optionen.modus,
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);

registriereZusatzblatt("aenderungsprotokoll", (_szenarien, optionen) =>
  optionen.staende && optionen.staende.alle.length >= 2
    ? baueProtokollBlatt({
        staende: optionen.staende.alle,
        modus: optionen.modus,
        druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      })
    : null,
);
