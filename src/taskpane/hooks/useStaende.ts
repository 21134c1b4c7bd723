/**
 * Frozen Stände in the pane: read with the start (no extra round-trip), frozen from the current
 * work (label and date required, blocked while a field is invalid), deleted only after the user
 * confirmed, loaded back into the editor, and chosen for the comparison. A damaged Stand is listed
 * with its message and left as it is.
 */
import * as React from "react";
import type { ArbeitsmappenZugriff, StandIndexEintrag } from "../../excel/zugriff";
import type { Speicherstand } from "../../scenario/speicherformat";
import { leseStandEintrag, pruefeStandangaben, type Stand, type StandEintrag } from "../../scenario/staende";
import { sicherungsZeit } from "../komponenten/Sicherungen";
import type { StaendeOptionen } from "../../scenario/optionen";
import { kodiereZustand, zustandAusLadeergebnis } from "../anbindung";
import { fehlerText } from "../fehlerText";
import { nachladen } from "../nachladen";
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
  /** Adds a backup the pane made to the list the pane shows. */
  merkeSicherung?: (schluessel: string) => void;
  /** Restores a backup (the pane's way back after "In den Editor laden"). */
  stelleWiederHer?: (schluessel: string) => Promise<boolean>;
}

/** What the Stände section says; `zurueck` offers the backup made before the editor was replaced. */
export interface StandMeldung {
  typ: "erfolg" | "fehler";
  text: string;
  zurueck?: string;
}

/** An index entry as the pane lists it: readable body, reported body, or index entry (body pending). */
function ausIndex(e: StandIndexEintrag): StandEintrag {
  if (e.wert !== undefined) return leseStandEintrag(e.schluessel, e.wert);
  const kopf = e.kopf ?? {
    id: e.schluessel,
    bezeichnung: "(wird gelesen …)",
    datum: "",
    festgeschriebenAm: "",
    zeichen: 0,
  };
  return { status: "kopf", schluessel: e.schluessel, kopf };
}

/** After the first screen: the bodies of the listed Stände, in portions (src/excel/zustandSpeicher). */
function useStandKoerper(zugriff: ArbeitsmappenZugriff, roh: StandIndexEintrag[] | undefined) {
  const [eintraege, setEintraege] = React.useState<StandEintrag[]>([]);
  const [lesefehler, setLesefehler] = React.useState<string | null>(null);
  React.useEffect(() => {
    let aktiv = true;
    const liste = (roh ?? []).map(ausIndex);
    setEintraege(liste);
    const offen = liste.flatMap((e) =>
      e.status === "kopf" ? [{ schluessel: e.schluessel, zeichen: e.kopf.zeichen }] : [],
    );
    if (offen.length === 0) return;
    zugriff
      .ladeStaende(offen)
      .then((koerper) => {
        if (!aktiv) return;
        const gelesen = new Map(koerper.map((k) => [k.schluessel, leseStandEintrag(k.schluessel, k.wert)]));
        setEintraege((l) =>
          l.flatMap((e) => (e.status !== "kopf" ? [e] : gelesen.has(e.schluessel) ? [gelesen.get(e.schluessel)!] : [])),
        );
      })
      .catch((e: unknown) => aktiv && setLesefehler(`Die Stände ließen sich nicht lesen: ${fehlerText(e)}`));
    return () => {
      aktiv = false;
    };
  }, [zugriff, roh]);
  return { eintraege, setEintraege, lesefehler };
}

/**
 * "In den Editor laden" after the user confirmed: the current work (saved or not) is kept as a
 * backup first; only then do the Stand's scenarios and options become the editor's work (and are
 * saved as such). The message names the backup and offers the way back.
 */
function useEditorLaden(o: StaendeOptionenHook, setMeldung: (m: StandMeldung | null) => void) {
  const [ladenFrage, setLadenFrage] = React.useState<Stand | null>(null);
  const inEditorLaden = async (stand: Stand): Promise<void> => {
    setLadenFrage(null);
    const g = zustandAusLadeergebnis({ status: "ok", json: stand.zustand });
    if (g.status !== "ok") {
      setMeldung({ typ: "fehler", text: g.status === "unlesbar" ? g.meldung : "Der Stand ist leer." });
      return;
    }
    let k: string;
    try {
      k = await o.zugriff.sichereZustand(kodiereZustand(o.zustand, o.jetzt ? o.jetzt() : new Date()));
    } catch (e) {
      setMeldung({
        typ: "fehler",
        text: `Nicht geladen: Der jetzige Arbeitsstand ließ sich nicht sichern (${fehlerText(e)}).`,
      });
      return;
    }
    o.merkeSicherung?.(k);
    o.aendern({ typ: "ersetzeZustand", zustand: g.zustand });
    setMeldung({
      typ: "erfolg",
      zurueck: k,
      text:
        `„${stand.bezeichnung}“ ist jetzt im Editor. Ihr bisheriger Arbeitsstand ist als Sicherung vom ` +
        `${sicherungsZeit(k)} in der Arbeitsmappe erhalten. Zurückholen: „Vorherigen Arbeitsstand wiederherstellen“ ` +
        "hier oder später „Letzte Sicherung wiederherstellen“ im Abschnitt „Arbeitsmappe“.",
    });
  };

  const zurueckholen = async (k: string): Promise<void> => {
    if (o.stelleWiederHer && (await o.stelleWiederHer(k)))
      setMeldung({ typ: "erfolg", text: "Der vorherige Arbeitsstand ist wieder im Editor." });
  };

  return { ladenFrage, setLadenFrage, inEditorLaden, zurueckholen };
}

/** How a Stand is made from the work (with the sheet builder's result lines): loaded on the first freeze. */
const ladeStandbildung = () =>
  nachladen(() => import(/* webpackChunkName: "stand-festschreiben" */ "./standAusZustand"));

export function useStaende(o: StaendeOptionenHook) {
  const { eintraege, setEintraege, lesefehler } = useStandKoerper(o.zugriff, o.laden.staende);
  const [vergleichId, setVergleichId] = React.useState<string | null>(null);
  const [meldung, setMeldung] = React.useState<StandMeldung | null>(null);
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
      const jetzt = o.jetzt ? o.jetzt() : new Date();
      const { standAusZustand } = await ladeStandbildung();
      const stand = standAusZustand(o.zustand, bezeichnung, datum, jetzt);
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

  const editor = useEditorLaden(o, setMeldung);
  const einfuegeOptionen: StaendeOptionen | null =
    staende.length === 0 ? null : { vergleich, alle: staende, aktuell: kodiereZustand(o.zustand) as Speicherstand };
  return {
    eintraege,
    staende,
    vergleich,
    setVergleichId,
    meldung: meldung ?? (lesefehler ? { typ: "fehler" as const, text: lesefehler } : null),
    setMeldung,
    festschreiben,
    loeschen,
    ...editor,
    einfuegeOptionen,
    /** Every listed Stand's body is read (the Änderungsprotokoll needs them all). */
    vollstaendig: eintraege.every((e) => e.status !== "kopf"),
  };
}

/** Insert with the Stände sheets: the pane's one call for both, so the Stände and the insert stay in step. */
export function useEinfuegenMitStaenden(
  o: Omit<EinfuegeOptionen, "setBlattModi" | "staende"> & {
    planer: Pick<
      ReturnType<typeof usePlaner>,
      "laden" | "gruende" | "setBlattModi" | "merkeSicherung" | "stelleWiederHer"
    >;
  },
) {
  const { planer, ...rest } = o;
  const staende = useStaende({
    ...rest,
    laden: planer.laden,
    gruende: planer.gruende,
    merkeSicherung: planer.merkeSicherung,
    stelleWiederHer: planer.stelleWiederHer,
  });
  const { laeuft, einfuegen } = useEinfuegen({
    ...rest,
    setBlattModi: planer.setBlattModi,
    staende: staende.einfuegeOptionen,
  });
  // The Änderungsprotokoll lists every Stand: never insert it from a part of them.
  const mitAllenStaenden = async (modus: Parameters<typeof einfuegen>[0]): Promise<void> => {
    if (staende.vollstaendig) return einfuegen(modus);
    o.setMeldung({
      typ: "info",
      text: "Die festgeschriebenen Stände werden noch aus der Arbeitsmappe gelesen. Bitte gleich noch einmal „Einfügen“ wählen.",
    });
  };
  return { staende, laeuft, einfuegen: mitAllenStaenden };
}
