/**
 * Loading the stored state once when the pane opens, and saving it back after changes. Stored
 * data the saved-state format cannot read is shown, kept, and never saved over until the user
 * says so.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import type { Formelmodus } from "../../scenario/optionen";
import { kodiereZustand, zustandAusLadeergebnis } from "../anbindung";
import { fehlerText } from "../fehlerText";
import type { Aktion, PlanerZustand } from "../zustand";

export interface Ladezustand {
  fertig: boolean;
  /** Stored data that could not be read: shown, kept, and never saved over. */
  unlesbar: { meldung: string; roh: string } | null;
}

/** Loads what this workbook saved, once. */
export function useStart(zugriff: ArbeitsmappenZugriff, dispatch: React.Dispatch<Aktion>) {
  const [laden, setLaden] = React.useState<Ladezustand>({ fertig: false, unlesbar: null });
  const [blattModi, setBlattModi] = React.useState<Record<string, Formelmodus>>({});

  React.useEffect(() => {
    let aktiv = true;
    (async () => {
      let unlesbar: Ladezustand["unlesbar"] = null;
      try {
        // One round-trip for state and sheet modes: each sync is a network trip in Excel on the web.
        const { zustand: erg, modi } = await zugriff.ladeStart();
        if (aktiv) setBlattModi(modi);
        const geladen = zustandAusLadeergebnis(erg);
        if (geladen.status === "unlesbar") unlesbar = { meldung: geladen.meldung, roh: geladen.roh };
        else if (geladen.status === "ok" && aktiv) dispatch({ typ: "ersetzeZustand", zustand: geladen.zustand });
      } catch (e) {
        unlesbar = { meldung: `Die gespeicherten Szenarien ließen sich nicht laden: ${fehlerText(e)}`, roh: "" };
      }
      if (aktiv) setLaden({ fertig: true, unlesbar });
    })();
    return () => {
      aktiv = false;
    };
  }, [zugriff, dispatch]);

  /** The user allows saving over unreadable stored data (the access module backs it up first). */
  const gibSpeichernFrei = React.useCallback(() => setLaden({ fertig: true, unlesbar: null }), []);
  return { laden, gibSpeichernFrei, blattModi, setBlattModi };
}

export interface SpeicherOptionen {
  zugriff: ArbeitsmappenZugriff;
  zustand: PlanerZustand;
  laden: Ladezustand;
  /** Whether the user changed anything since the pane opened. */
  geaendert: React.MutableRefObject<boolean>;
  /** Input problems that block inserting also block saving. */
  gruendeAnzahl: number;
  verzoegerungMs: number;
  jetzt?: () => Date;
}

/**
 * Saves after changes, debounced; only complete input, and never over unreadable stored data.
 * Returns the warning to show when saving failed.
 */
export function useSpeichern(o: SpeicherOptionen): string | null {
  const [speicherMeldung, setSpeicherMeldung] = React.useState<string | null>(null);
  const { zugriff, zustand, laden, geaendert, gruendeAnzahl, verzoegerungMs, jetzt } = o;
  React.useEffect(() => {
    if (!laden.fertig || laden.unlesbar || !geaendert.current || gruendeAnzahl > 0) return;
    const t = setTimeout(() => {
      zugriff
        .speichereZustand(kodiereZustand(zustand, jetzt ? jetzt() : new Date()))
        .then(() => setSpeicherMeldung(null))
        .catch((e: unknown) =>
          setSpeicherMeldung(`Die Szenarien konnten nicht in der Arbeitsmappe gespeichert werden: ${fehlerText(e)}`),
        );
    }, verzoegerungMs);
    return () => clearTimeout(t);
    // `jetzt` only stamps the saved data; a new clock function is no reason to save again.
  }, [zustand, laden, gruendeAnzahl, zugriff, verzoegerungMs, geaendert]);
  return speicherMeldung;
}
