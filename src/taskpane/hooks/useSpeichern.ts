/**
 * Auto-save: debounced after the last change, only complete input, never over what was not loaded.
 * A failed save is retried with growing waits and announced quietly; the pane's state is kept
 * whatever happens. The access module runs with `delayForCellEdit`, so a save during cell editing
 * waits for the edit to end instead of failing.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import { KonfliktFehler } from "../../excel/zustandSpeicher";
import { kodiereZustand } from "../anbindung";
import { fehlerText } from "../fehlerText";
import { SPEICHER_WARTEZEITEN_MS, wartezeit } from "../wiederholung";
import type { PlanerZustand } from "../zustand";
import { darfSpeichern, type Ladezustand } from "./useArbeitsmappenStand";

export interface SpeicherOptionen {
  zugriff: ArbeitsmappenZugriff;
  zustand: PlanerZustand;
  laden: Ladezustand;
  /** Whether the user changed anything since the pane opened. */
  geaendert: React.MutableRefObject<boolean>;
  /** Input problems that block inserting also block saving. */
  gruendeAnzahl: number;
  verzoegerungMs: number;
  wartezeitenMs?: readonly number[];
  jetzt?: () => Date;
}

function hinweis(e: unknown, wartenMs: number): string {
  const s = Math.max(1, Math.round(wartenMs / 1000));
  return (
    `Gerade nicht in der Arbeitsmappe gespeichert (${fehlerText(e)}). Neuer Versuch in ${s} s; ` +
    "Ihre Eingaben bleiben im Aufgabenbereich erhalten."
  );
}

/**
 * Another window stored the state after this pane read it (src/excel/zustandSpeicher): nothing is
 * lost, both versions are in the workbook, and auto-save pauses until the user chose one.
 */
export interface Speicherkonflikt {
  art: "vorher" | "nachher";
  /** Backup key of the version that is not the stored one now. */
  sicherung: string;
  text: string;
}

/** The quiet note while saving fails, and a conflict the user must resolve. */
export function useSpeichern(o: SpeicherOptionen): {
  speicherMeldung: string | null;
  konflikt: Speicherkonflikt | null;
  setKonflikt: (k: Speicherkonflikt | null) => void;
} {
  const [speicherMeldung, setSpeicherMeldung] = React.useState<string | null>(null);
  const [konflikt, setKonflikt] = React.useState<Speicherkonflikt | null>(null);
  const [fehlversuche, setFehlversuche] = React.useState(0);
  const gespeichert = React.useRef<PlanerZustand | null>(null);
  const { zugriff, zustand, laden, geaendert, gruendeAnzahl, verzoegerungMs, jetzt } = o;
  const wartezeiten = o.wartezeitenMs ?? SPEICHER_WARTEZEITEN_MS;
  React.useEffect(() => {
    if (!darfSpeichern(laden) || !geaendert.current || gruendeAnzahl > 0 || konflikt) return;
    if (gespeichert.current === zustand) return;
    const warten = fehlversuche === 0 ? verzoegerungMs : wartezeit(wartezeiten, fehlversuche);
    const t = setTimeout(() => {
      zugriff
        .speichereZustand(kodiereZustand(zustand, jetzt ? jetzt() : new Date()))
        .then(() => {
          gespeichert.current = zustand;
          setSpeicherMeldung(null);
          setFehlversuche(0);
        })
        .catch((e: unknown) => {
          if (e instanceof KonfliktFehler) {
            // "nachher": this version is stored; "vorher": it is in a backup. Either way: no retry loop.
            gespeichert.current = zustand;
            setSpeicherMeldung(null);
            setFehlversuche(0);
            setKonflikt({ art: e.art, sicherung: e.sicherung, text: e.message });
            return;
          }
          setSpeicherMeldung(hinweis(e, wartezeit(wartezeiten, fehlversuche + 1)));
          setFehlversuche((n) => n + 1);
        });
    }, warten);
    return () => clearTimeout(t);
    // `jetzt` only stamps the saved data; a new clock function is no reason to save again.
  }, [zustand, laden, gruendeAnzahl, zugriff, verzoegerungMs, geaendert, fehlversuche, konflikt]);
  return { speicherMeldung, konflikt, setKonflikt };
}
