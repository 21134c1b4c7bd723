/**
 * Loading the stored state when the pane opens, and saving it back after changes. The rule: never
 * save over what was not read. A failed load is retried; until a load succeeded nothing is saved
 * and nothing inserted. Stored data the saved-state format cannot read is shown, kept, and never
 * saved over until the user says so — and then it is first copied, byte for byte, to a backup.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff, StandIndexEintrag, Startdaten } from "../../excel/zugriff";
import type { Formelmodus } from "../../scenario/optionen";
import { zustandAusLadeergebnis } from "../anbindung";
import { fehlerText } from "../fehlerText";
import { LADE_WARTEZEITEN_MS, mitWiederholung } from "../wiederholung";
import type { Aktion } from "../zustand";

export interface Ladezustand {
  fertig: boolean;
  /** Stored data that could not be read: shown, kept, and never saved over. */
  unlesbar: { meldung: string; roh: string } | null;
  /** Loading failed after every retry: nothing is saved or inserted until it succeeds or the user starts anew. */
  ladeFehler: string | null;
  /** Settings keys of the backups in this workbook, oldest first. */
  sicherungen: string[];
  /** The index of the frozen Stände read at the start (bodies follow: src/taskpane/hooks/useStaende). */
  staende?: StandIndexEintrag[];
}

/** Whether the pane may save over the stored state. */
export function darfSpeichern(l: Ladezustand): boolean {
  return l.fertig && !l.unlesbar && !l.ladeFehler;
}

const LADEN_FEHLGESCHLAGEN = "Die gespeicherten Szenarien ließen sich nicht aus der Arbeitsmappe laden";

function ladeMeldung(e: unknown, versuche: number): string {
  return (
    `${LADEN_FEHLGESCHLAGEN} (${versuche} Versuche; zuletzt: ${fehlerText(e)}). Bis das gelingt, speichert das ` +
    "Add-in nichts und fügt nichts ein, damit gespeicherte Szenarien nicht überschrieben werden. Bitte " +
    "„Erneut laden“ wählen. Wer neu beginnen möchte, wählt „Neu beginnen“: Die gespeicherten Daten werden " +
    "vorher unverändert als Sicherung in der Arbeitsmappe behalten."
  );
}

/** Applies what was read at the start; returns the pane's load state. */
function uebernimm(d: Startdaten, dispatch: React.Dispatch<Aktion>): Ladezustand {
  const geladen = zustandAusLadeergebnis(d.zustand);
  const basis = { fertig: true, ladeFehler: null, sicherungen: d.sicherungen, staende: d.staende ?? [] };
  if (geladen.status === "unlesbar") return { ...basis, unlesbar: { meldung: geladen.meldung, roh: geladen.roh } };
  if (geladen.status === "ok") dispatch({ typ: "ersetzeZustand", zustand: geladen.zustand });
  return { ...basis, unlesbar: null };
}

/** Loads what this workbook saved, retrying with back-off; `erneut` starts another round. */
export function useStart(
  zugriff: ArbeitsmappenZugriff,
  dispatch: React.Dispatch<Aktion>,
  wartezeiten: readonly number[] = LADE_WARTEZEITEN_MS,
) {
  const [laden, setLaden] = React.useState<Ladezustand>({
    fertig: false,
    unlesbar: null,
    ladeFehler: null,
    sicherungen: [],
  });
  const [blattModi, setBlattModi] = React.useState<Record<string, Formelmodus>>({});
  const [runde, setRunde] = React.useState(0);

  React.useEffect(() => {
    let aktiv = true;
    (async () => {
      // One round-trip for state, sheet modes and backups: each sync is a network trip in Excel on the web.
      const r = await mitWiederholung(
        () => zugriff.ladeStart(),
        wartezeiten,
        () => aktiv,
      );
      if (!aktiv) return;
      if (r.ok) {
        setBlattModi(r.wert.modi);
        setLaden(uebernimm(r.wert, dispatch));
      } else {
        setLaden((l) => ({ ...l, fertig: true, ladeFehler: ladeMeldung(r.fehler, wartezeiten.length + 1) }));
      }
    })();
    return () => {
      aktiv = false;
    };
    // `wartezeiten` is configuration, not a reason to load again.
  }, [zugriff, dispatch, runde]);

  const erneutLaden = React.useCallback(() => {
    setLaden((l) => ({ ...l, fertig: false, ladeFehler: null }));
    setRunde((n) => n + 1);
  }, []);
  return { laden, setLaden, erneutLaden, blattModi, setBlattModi };
}

export interface SicherungsOptionen {
  zugriff: ArbeitsmappenZugriff;
  dispatch: React.Dispatch<Aktion>;
  setLaden: React.Dispatch<React.SetStateAction<Ladezustand>>;
  geaendert: React.MutableRefObject<boolean>;
  /** The pane's current work, encoded: kept as a backup before a backup replaces it. */
  kodiert: () => unknown;
}

/**
 * Starting anew (the stored data first copied byte for byte to a backup) and restoring a backup.
 * Returns the message of a failed attempt; nothing is released while the backup was not made.
 */
export function useSicherungen(o: SicherungsOptionen) {
  const [meldung, setMeldung] = React.useState<string | null>(null);
  const { zugriff, dispatch, setLaden, geaendert } = o;
  const kodiert = React.useRef(o.kodiert);
  kodiert.current = o.kodiert;
  const merkeSicherung = React.useCallback(
    (k: string) => setLaden((l) => ({ ...l, sicherungen: [...l.sicherungen, k] })),
    [setLaden],
  );

  const neuBeginnen = React.useCallback(async () => {
    try {
      const schluessel = await zugriff.legeSicherungAn();
      setMeldung(null);
      geaendert.current = true;
      setLaden((l) => ({
        ...l,
        fertig: true,
        unlesbar: null,
        ladeFehler: null,
        sicherungen: schluessel ? [...l.sicherungen, schluessel] : l.sicherungen,
      }));
    } catch (e) {
      setMeldung(
        `Die Sicherung ließ sich nicht anlegen (${fehlerText(e)}); es wurde nichts gespeichert. Bitte erneut versuchen.`,
      );
    }
  }, [zugriff, setLaden, geaendert]);

  const stelleWiederHer = React.useCallback(
    async (schluessel: string): Promise<boolean> => {
      try {
        // The pane's work as it is now (saved or not) is kept too when it differs from the stored one.
        await zugriff.stelleWiederHer(schluessel, geaendert.current ? kodiert.current() : undefined);
        // Read again: the state just replaced was itself backed up under a new key.
        const d = await zugriff.ladeStart();
        geaendert.current = false;
        setMeldung(null);
        setLaden(uebernimm(d, dispatch));
        return true;
      } catch (e) {
        setMeldung(`Die Sicherung ließ sich nicht wiederherstellen (${fehlerText(e)}). Bitte erneut versuchen.`);
        return false;
      }
    },
    [zugriff, dispatch, setLaden, geaendert],
  );
  return { neuBeginnen, stelleWiederHer, merkeSicherung, sicherungsMeldung: meldung };
}
