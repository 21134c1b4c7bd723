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
import { useSpeichern, type Speicherkonflikt } from "./useSpeichern";
import { kodiereZustand, zustandAusLadeergebnis } from "../anbindung";
import { fehlerText } from "../fehlerText";
import { useHintergrundLaden } from "../spaeter";

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
  useHintergrundLaden(laden.fertig); // closed sections' and cards' code, once the first screen stands
  const zustandRef = React.useRef(zustand);
  zustandRef.current = zustand;
  const kodiert = React.useCallback(() => kodiereZustand(zustandRef.current), []);
  const sicherungen = useSicherungen({ zugriff: o.zugriff, dispatch, setLaden: start.setLaden, geaendert, kodiert });
  const auswertung = useAuswertung(zustand);
  const speichern = useSpeichern({
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
    speicherMeldung: speichern.speicherMeldung,
    ...useKonfliktLoesung({ ...o, dispatch, kodiert, speichern, stelleWiederHer: sicherungen.stelleWiederHer }),
    blattModi,
    setBlattModi,
    ...auswertung,
  };
}

/** The user's choice after another window saved: keep this pane's version or take the other one. */
function useKonfliktLoesung(o: {
  zugriff: PlanerOptionen["zugriff"];
  dispatch: React.Dispatch<Aktion>;
  kodiert: () => unknown;
  speichern: { konflikt: Speicherkonflikt | null; setKonflikt: (k: Speicherkonflikt | null) => void };
  stelleWiederHer: (k: string) => Promise<boolean>;
}) {
  const { konflikt, setKonflikt } = o.speichern;
  const [fehler, setFehler] = React.useState<string | null>(null);
  const loese = async (wahl: "meine" | "fremde"): Promise<void> => {
    if (!konflikt) return;
    try {
      if (konflikt.art === "vorher" && wahl === "meine") {
        await o.zugriff.speichereZustand(o.kodiert(), { trotzKonflikt: true });
      } else if (konflikt.art === "vorher") {
        const g = zustandAusLadeergebnis(await o.zugriff.ladeZustand());
        if (g.status === "ok") o.dispatch({ typ: "ersetzeZustand", zustand: g.zustand });
      } else if (wahl === "fremde" && !(await o.stelleWiederHer(konflikt.sicherung))) {
        return;
      }
      setFehler(null);
      setKonflikt(null);
    } catch (e) {
      setFehler(`Das hat nicht geklappt (${fehlerText(e)}); beide Fassungen sind weiter in der Arbeitsmappe.`);
    }
  };
  /** What the pane's status area shows (src/taskpane/komponenten/Sicherungen, Speicherstatus). */
  const konfliktAnzeige = { konflikt, fehler, onWahl: (w: "meine" | "fremde") => void loese(w) };
  return { konflikt, konfliktFehler: fehler, loeseKonflikt: loese, konfliktAnzeige };
}
