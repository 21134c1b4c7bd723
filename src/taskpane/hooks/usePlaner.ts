/**
 * The pane's state with everything that follows from it: loaded from the workbook once, checked
 * and computed on every change, saved back after changes. `aendern` is the user's way to change
 * it: it marks the state as the user's work, which is then saved; loading a stored state is not.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import { erzeugeVorlagenSatz } from "../../scenario";
import { type Aktion, anfangszustand, planerReducer } from "../zustand";
import { useSpeichern, useStart } from "./useArbeitsmappenStand";
import { useAuswertung } from "./useAuswertung";

export interface PlanerOptionen {
  zugriff: ArbeitsmappenZugriff;
  speicherVerzoegerungMs?: number;
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
  const { laden, gibSpeichernFrei, blattModi, setBlattModi } = useStart(o.zugriff, dispatch);
  const auswertung = useAuswertung(zustand);
  const speicherMeldung = useSpeichern({
    zugriff: o.zugriff,
    zustand,
    laden,
    geaendert,
    gruendeAnzahl: auswertung.gruende.length,
    verzoegerungMs: o.speicherVerzoegerungMs ?? 800,
    jetzt: o.jetzt,
  });
  /** The user releases saving over unreadable stored data; saving starts with the current state. */
  const speichereNeu = () => {
    geaendert.current = true;
    gibSpeichernFrei();
  };
  return { zustand, aendern, laden, speichereNeu, speicherMeldung, blattModi, setBlattModi, ...auswertung };
}
