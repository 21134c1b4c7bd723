/**
 * The task pane: scenario editor, live comparison, optional sections and the insert buttons.
 * Excel is reached only through the ArbeitsmappenZugriff it is given (Office.js in Excel, the
 * fake host in tests and the preview page). State and its effects live in ./hooks; the sections
 * are components of their own.
 */
import * as React from "react";
import { Spinner, type Theme, ThemeProvider } from "@fluentui/react";
import type { ArbeitsmappenZugriff } from "../excel/zugriff";
import { useOffeneKarten } from "./hooks/useOffeneKarten";
import { usePlaner } from "./hooks/usePlaner";
import { useEinfuegenMitStaenden } from "./hooks/useStaende";
import { vorlagenAktionen } from "./hooks/vorlagenAktionen";
import { Abschnitt } from "./komponenten/Abschnitt";
import { Einfuegen, type Rueckmeldung } from "./komponenten/Einfuegen";
import { Sicherungshinweis, Speicherstatus } from "./komponenten/Sicherungen";
import { SzenarienAbschnitt } from "./komponenten/SzenarienAbschnitt";
import { Vergleich } from "./komponenten/Vergleich";
import { Vorlagenauswahl } from "./komponenten/Vorlagenauswahl";
import { stile, themaVariablen } from "./stile";
import { spaeter } from "./spaeter";
import { registriereSymbole } from "./symbole";
import { themaAusOffice } from "./thema";
import type { PlanerZustand } from "./zustand";

registriereSymbole();

// Not needed for the first screen (collapsed, or below "In Arbeitsmappe einfügen"): chunks of their own,
// fetched right after it (./spaeter).
const Erweiterungen = spaeter(() =>
  import(/* webpackChunkName: "erweiterungen" */ "./komponenten/Erweiterungen").then((m) => m.Erweiterungen),
);
const Staende = spaeter(() => import(/* webpackChunkName: "staende" */ "./komponenten/Staende").then((m) => m.Staende));
const VorlageWord = spaeter(() =>
  import(/* webpackChunkName: "vorlage-word" */ "./komponenten/VorlageWord").then((m) => m.VorlageWord),
);
// Plan-Ist with its CSV reader (fast-csv) is needed only after a decision, never on the first screen.
const PlanIstAbschnitt = spaeter(() =>
  import(/* webpackChunkName: "plan-ist" */ "./komponenten/PlanIstAbschnitt").then((m) => m.PlanIstAbschnitt),
);
const SzenarienDatei = spaeter(() =>
  import(/* webpackChunkName: "szenarien-datei" */ "./komponenten/SzenarienDatei").then((m) => m.SzenarienDatei),
);

export interface KostenplanerProps {
  zugriff: ArbeitsmappenZugriff;
  thema?: Theme;
  /** Wait after the last change before saving into the workbook. */
  speicherVerzoegerungMs?: number;
  /** Date printed on the sheets (tests pass a fixed one). */
  jetzt?: () => Date;
  /** Waits between load attempts and save retries (tests pass short ones). */
  ladeWartezeitenMs?: readonly number[];
  speicherWartezeitenMs?: readonly number[];
}

const NICHT_GELADEN = "Die gespeicherten Szenarien sind nicht geladen: erst „Erneut laden“ oder „Neu beginnen“ wählen.";

export function Kostenplaner(p: KostenplanerProps): React.ReactElement {
  const thema = React.useMemo(() => p.thema ?? themaAusOffice(null), [p.thema]);
  const planer = usePlaner(p);
  const { zustand, aendern, laden, auswertungen, gruende } = planer;
  const karten = useOffeneKarten();
  const [meldung, setMeldung] = React.useState<Rueckmeldung | null>(null);
  const { staende, laeuft, einfuegen } = useEinfuegenMitStaenden({
    zugriff: p.zugriff,
    zustand,
    jetzt: p.jetzt,
    aendern,
    planer,
    setMeldung,
  });
  const vorlagen = vorlagenAktionen({
    szenarien: zustand.szenarien,
    aendern,
    setMeldung,
    schliesseKarten: karten.schliesseAlle,
  });
  const inhalt = (
    <>
      <Speicherstatus
        laden={laden}
        meldung={planer.sicherungsMeldung ?? planer.speicherMeldung}
        onErneutLaden={planer.erneutLaden}
        onNeuBeginnen={() => void planer.neuBeginnen()}
        konflikt={planer.konfliktAnzeige}
      />
      <Abschnitt id="ki-vorlage" titel="Vorlage">
        <Vorlagenauswahl onLaden={vorlagen.ersetze} onHinzufuegen={vorlagen.fuegeHinzu} />
      </Abschnitt>
      <SzenarienAbschnitt
        zustand={zustand}
        auswertungen={auswertungen}
        karten={karten}
        regelwerkMeldungen={planer.regelwerkMeldungen}
        aendern={aendern}
        leseAuswahl={p.zugriff.leseAuswahl}
      />
      <Abschnitt id="ki-vergleich" titel="Vergleich">
        {auswertungen.length > 0 && <Vergleich auswertungen={auswertungen} />}
      </Abschnitt>
      <Erweiterungen
        zustand={zustand}
        auswertungen={auswertungen}
        mehrjahrMeldungen={planer.mehrjahrMeldungen}
        umlageMeldungen={planer.umlageMeldungen}
        aendern={aendern}
        zugriff={p.zugriff}
      />
      <Staende api={staende} zustand={zustand} jetzt={p.jetzt} />
      <PlanIstAbschnitt planer={planer} staende={staende} zugriff={p.zugriff} laeuft={laeuft} onEinfuegen={einfuegen} />
      <Abschnitt id="ki-einfuegen" titel="Arbeitsmappe">
        <Einfuegen
          gruende={laden.ladeFehler ? [NICHT_GELADEN, ...gruende] : gruende}
          laeuft={laeuft}
          meldung={meldung}
          onMeldungSchliessen={() => setMeldung(null)}
          blattModi={planer.blattModi}
          vorlageNr={zustand.vorlageNr}
          onVorlageNr={(wert) => aendern({ typ: "vorlageNr", wert })}
          onEinfuegen={(modus) => void einfuegen(modus)}
        />
        <VorlageWord zustand={zustand} aendern={aendern} gesperrt={gruende.length > 0} jetzt={p.jetzt} />
        <SzenarienDatei zustand={zustand} staende={staende.staende} gesperrt={gruende.length > 0} jetzt={p.jetzt} />
        <Sicherungshinweis sicherungen={laden.sicherungen} onWiederherstellen={(k) => void planer.stelleWiederHer(k)} />
      </Abschnitt>
    </>
  );

  return (
    <ThemeProvider theme={thema} style={themaVariablen(thema) as React.CSSProperties}>
      <main className={stile.wurzel} aria-label="KI-Kostenplaner">
        <h1 className={stile.kopf}>KI-Kostenplaner</h1>
        {!laden.fertig ? <Spinner label="Gespeicherte Szenarien werden geladen …" /> : inhalt}
      </main>
    </ThemeProvider>
  );
}

export type { PlanerZustand };
