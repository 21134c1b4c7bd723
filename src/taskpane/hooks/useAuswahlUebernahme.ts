/** "Aus Markierung übernehmen": reads the selected range once and replaces the Umlage rows with it. */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import { fehlerText } from "../fehlerText";
import { umlageAusAuswahl } from "../umlageAusAuswahl";
import type { Aktion } from "../zustand";

export interface AuswahlMeldung {
  text: string;
  fehler: boolean;
}

export function useAuswahlUebernahme(zugriff: ArbeitsmappenZugriff, aendern: (a: Aktion) => void) {
  const [meldung, setMeldung] = React.useState<AuswahlMeldung | null>(null);
  const [laeuft, setLaeuft] = React.useState(false);
  const uebernimm = React.useCallback(async () => {
    setLaeuft(true);
    try {
      const ergebnis = umlageAusAuswahl(await zugriff.leseAuswahl());
      if ("fehler" in ergebnis) {
        setMeldung({ text: ergebnis.fehler, fehler: true });
        return;
      }
      aendern({ typ: "umlageZeilen", zeilen: ergebnis.zeilen });
      setMeldung({ text: ergebnis.hinweis, fehler: false });
    } catch (e) {
      setMeldung({ text: `Markierung nicht lesbar: ${fehlerText(e)}`, fehler: true });
    } finally {
      setLaeuft(false);
    }
  }, [zugriff, aendern]);
  return { meldung, laeuft, uebernimm };
}
