/**
 * The pane's state with everything that follows from it: loaded from the workbook (with retries),
 * checked and computed on every change, saved back after changes. `aendern` is the user's way to
 * change it: it marks the state as the user's work, which is then saved; loading a stored state is not.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import { erzeugeVorlagenSatz } from "../../scenario";
import { type Aktion, anfangszustand, planerReducer } from "../zustand";
import { useSicherungen, useStart } from "./useArbeitsmappenStand";
import { useAuswertung } from "./useAuswertung";
import { useSpeichern } from "./useSpeichern";

export interface PlanerOptionen {
  zugriff: ArbeitsmappenZugriff;
  speicherVerzoegerungMs?: number;
  /** Waits between load attempts and between save retries (tests pass short ones). */
  ladeWartezeitenMs?: readonly number[];
  speicherWartezeitenMs?: readonly number[];
  jetzt?: () => Date;
}

export function usePlaner(o: PlanerOptionen) {
  const [zustand, dispatch] = React.useReducer(planerReducer, undefined, () =>
    anfangszustand(erzeugeVorlagenSatz("rhein-sieg-2013")),
  );
  const geaendert = React.useRef(false);
  const aendern = React.useCallback((a: Aktion) => {
    geaendert.current = true;
    dispatch(a);
  }, []);
  const start = useStart(o.zugriff, dispatch, o.ladeWartezeitenMs);
  const { laden, blattModi, setBlattModi } = start;
  const sicherungen = useSicherungen({ zugriff: o.zugriff, dispatch, setLaden: start.setLaden, geaendert });
  const auswertung = useAuswertung(zustand);
  const speicherMeldung = useSpeichern({
    zugriff: o.zugriff,
    zustand,
    laden,
    geaendert,
    gruendeAnzahl: auswertung.gruende.length,
    verzoegerungMs: o.speicherVerzoegerungMs ?? 800,
    wartezeitenMs: o.speicherWartezeitenMs,
    jetzt: o.jetzt,
  });
  return {
    zustand,
    aendern,
    laden,
    erneutLaden: start.erneutLaden,
    ...sicherungen,
    speicherMeldung,
    blattModi,
    setBlattModi,
    ...auswertung,
  };
}
