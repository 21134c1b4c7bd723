/**
 * Frozen Stände in the pane: read with the start (no extra round-trip), frozen from the current
 * work (label and date required, blocked while a field is invalid), deleted only after the user
 * confirmed, loaded back into the editor, and chosen for the comparison. A damaged Stand is listed
 * with its message and left as it is.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import { optionenAusSpeicherstand } from "../../scenario/optionen";
import type { Speicherstand } from "../../scenario/speicherformat";
import {
  erstelleStand,
  leseStandEintrag,
  pruefeStandangaben,
  type Stand,
  type StandEintrag,
} from "../../scenario/staende";
import { ergebniszeilen, regelwerkVermerke } from "../../workbook";
import type { StaendeOptionen } from "../../scenario/optionen";
import { kodiereZustand, zustandAusLadeergebnis } from "../anbindung";
import { fehlerText } from "../fehlerText";
import type { Aktion, PlanerZustand } from "../zustand";
import type { Ladezustand } from "./useArbeitsmappenStand";
import { useEinfuegen, type EinfuegeOptionen } from "./useEinfuegen";
import type { usePlaner } from "./usePlaner";

export interface StaendeOptionenHook {
  zugriff: ArbeitsmappenZugriff;
  laden: Ladezustand;
  zustand: PlanerZustand;
  gruende: readonly string[];
  aendern: (a: Aktion) => void;
  jetzt?: () => Date;
}

function neueStandId(d: Date): string {
  return `stand-${d.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** The Stand of the current work; throws with a German message when it cannot be frozen. */
export function standAusZustand(zustand: PlanerZustand, bezeichnung: string, datum: string, jetzt: Date): Stand {
  const gespeichert = kodiereZustand(zustand, jetzt) as Speicherstand;
  const optionen = optionenAusSpeicherstand(gespeichert, jetzt);
  return erstelleStand(
    {
      id: neueStandId(jetzt),
      bezeichnung,
      datum,
      szenarien: zustand.szenarien,
      optionen: gespeichert.optionen,
      regelwerke: regelwerkVermerke(zustand.szenarien),
      ergebnisse: ergebniszeilen(zustand.szenarien, optionen),
    },
    jetzt,
  );
}

export function useStaende(o: StaendeOptionenHook) {
  const [eintraege, setEintraege] = React.useState<StandEintrag[]>([]);
  const [vergleichId, setVergleichId] = React.useState<string | null>(null);
  const [meldung, setMeldung] = React.useState<{ typ: "erfolg" | "fehler"; text: string } | null>(null);
  const roh = o.laden.staende;
  React.useEffect(() => {
    setEintraege((roh ?? []).map((r) => leseStandEintrag(r.schluessel, r.wert)));
  }, [roh]);
  const staende = React.useMemo(() => eintraege.flatMap((e) => (e.status === "ok" ? [e.stand] : [])), [eintraege]);
  const vergleich = staende.find((s) => s.id === vergleichId) ?? null;

  const festschreiben = async (bezeichnung: string, datum: string): Promise<boolean> => {
    const fehler =
      o.gruende.length > 0 ? `Erst die Eingaben korrigieren: ${o.gruende[0]}` : pruefeStandangaben(bezeichnung, datum);
    if (fehler) {
      setMeldung({ typ: "fehler", text: fehler });
      return false;
    }
    try {
      const stand = standAusZustand(o.zustand, bezeichnung, datum, o.jetzt ? o.jetzt() : new Date());
      const schluessel = await o.zugriff.schreibeStand(stand);
      setEintraege((l) => [...l, { status: "ok", schluessel, stand }]);
      setMeldung({
        typ: "erfolg",
        text: `Stand „${stand.bezeichnung}“ festgeschrieben. Er lässt sich nicht mehr ändern.`,
      });
      return true;
    } catch (e) {
      setMeldung({ typ: "fehler", text: `Festschreiben fehlgeschlagen: ${fehlerText(e)}` });
      return false;
    }
  };

  const loeschen = async (schluessel: string): Promise<void> => {
    try {
      await o.zugriff.loescheStand(schluessel);
      setEintraege((l) => l.filter((e) => e.schluessel !== schluessel));
      setMeldung({ typ: "erfolg", text: "Stand gelöscht." });
    } catch (e) {
      setMeldung({ typ: "fehler", text: `Löschen fehlgeschlagen: ${fehlerText(e)}` });
    }
  };

  /** The Stand's scenarios and options become the editor's work (and are saved as such). */
  const inEditorLaden = (stand: Stand): void => {
    const g = zustandAusLadeergebnis({ status: "ok", json: stand.zustand });
    if (g.status === "ok") o.aendern({ typ: "ersetzeZustand", zustand: g.zustand });
    else setMeldung({ typ: "fehler", text: g.status === "unlesbar" ? g.meldung : "Der Stand ist leer." });
  };

  const einfuegeOptionen: StaendeOptionen | null =
    staende.length === 0 ? null : { vergleich, alle: staende, aktuell: kodiereZustand(o.zustand) as Speicherstand };
  return {
    eintraege,
    staende,
    vergleich,
    setVergleichId,
    meldung,
    setMeldung,
    festschreiben,
    loeschen,
    inEditorLaden,
    einfuegeOptionen,
  };
}

/** Insert with the Stände sheets: the pane's one call for both, so the Stände and the insert stay in step. */
export function useEinfuegenMitStaenden(
  o: Omit<EinfuegeOptionen, "setBlattModi" | "staende"> & {
    planer: Pick<ReturnType<typeof usePlaner>, "laden" | "gruende" | "setBlattModi">;
  },
) {
  const { planer, ...rest } = o;
  const staende = useStaende({ ...rest, laden: planer.laden, gruende: planer.gruende });
  const einfuegen = useEinfuegen({ ...rest, setBlattModi: planer.setBlattModi, staende: staende.einfuegeOptionen });
  return { staende, ...einfuegen };
}
