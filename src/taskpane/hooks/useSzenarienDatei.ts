/**
 * "Szenarien als Datei speichern": the current work and every readable Stand as one file, which
 * `ki-kostenplaner export --szenarien DATEI` reads. The file is checked by the same reader as the
 * command line before it is offered, so the pane never hands out a file the command line refuses.
 * Downloads work in Excel on the web (and a browser); elsewhere the webview drops them, so the text
 * is copied to the clipboard instead.
 */
import * as React from "react";
import type { Speicherstand } from "../../scenario/speicherformat";
import type { Stand } from "../../scenario/staende";
import { kodiereSzenarioDatei, leseSzenarioDatei, SZENARIO_DATEINAME } from "../../scenario/szenarioDatei";
import { kodiereZustand } from "../anbindung";
import { fehlerText } from "../fehlerText";
import { ladeHerunter } from "../herunterladen";
import type { PlanerZustand } from "../zustand";

export type DateiMeldung = { typ: "erfolg" | "fehler"; text: string };

/** The file's text for the current work; throws with a German message when it would not be readable. */
export function szenarienDateiText(zustand: PlanerZustand, staende: readonly Stand[], jetzt: Date): string {
  const gespeichert = kodiereZustand(zustand, jetzt) as Speicherstand;
  const text = kodiereSzenarioDatei(gespeichert.szenarien, gespeichert.optionen, staende, jetzt);
  const probe = leseSzenarioDatei(text);
  if (!probe.ok) throw new Error(probe.meldung);
  return text;
}

export function useSzenarienDatei(o: {
  zustand: PlanerZustand;
  staende: readonly Stand[];
  downloadErlaubt: boolean;
  jetzt?: () => Date;
}) {
  const [meldung, setMeldung] = React.useState<DateiMeldung | null>(null);
  const speichern = async (): Promise<void> => {
    let text: string;
    try {
      text = szenarienDateiText(o.zustand, o.staende, o.jetzt ? o.jetzt() : new Date());
    } catch (e) {
      setMeldung({ typ: "fehler", text: `Die Datei lässt sich nicht erstellen: ${fehlerText(e)}` });
      return;
    }
    const anzahl = (n: number, eins: string, mehr: string) => `${n} ${n === 1 ? eins : mehr}`;
    const umfang = `${anzahl(o.zustand.szenarien.length, "Szenario", "Szenarien")}, ${anzahl(o.staende.length, "Stand", "Stände")}`;
    try {
      if (o.downloadErlaubt) {
        ladeHerunter(text, "application/json", SZENARIO_DATEINAME);
        setMeldung({ typ: "erfolg", text: `„${SZENARIO_DATEINAME}“ wird heruntergeladen (${umfang}).` });
      } else {
        await navigator.clipboard.writeText(text);
        setMeldung({
          typ: "erfolg",
          text:
            `Excel lässt hier keine Downloads zu: Der Inhalt (${umfang}) ist in der Zwischenablage. Bitte in einem ` +
            `Texteditor einfügen und als „${SZENARIO_DATEINAME}“ speichern.`,
        });
      }
    } catch (e) {
      setMeldung({ typ: "fehler", text: `Die Datei wurde nicht gespeichert (${fehlerText(e)}).` });
    }
  };
  return { meldung, setMeldung, speichern };
}
