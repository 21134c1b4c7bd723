/**
 * The task pane: scenario editor, live comparison, optional sections and the insert buttons.
 * Excel is reached only through the ArbeitsmappenZugriff it is given (Office.js in Excel, the
 * fake host in tests and the preview page).
 */
import * as React from "react";
import { DefaultButton, MessageBar, Spinner, type Theme, ThemeProvider, TextField } from "@fluentui/react";
import type { ArbeitsmappenZugriff } from "../excel/zugriff";
import { erzeugeVorlagenSatz, leeresSzenario, type Szenario } from "../scenario";
import type { Formelmodus } from "../scenario/optionen";
import { baueArbeitsmappe, dekodiereZustand, kodiereZustand } from "./anbindung";
import { werteAus } from "./berechnung";
import { Ausklappbereich } from "./komponenten/Ausklappbereich";
import { Einfuegen, MELDUNGSTYP, type Rueckmeldung } from "./komponenten/Einfuegen";
import { MehrjahrAbschnitt } from "./komponenten/MehrjahrAbschnitt";
import { Sensitivitaet } from "./komponenten/Sensitivitaet";
import { SzenarioKarte } from "./komponenten/SzenarioKarte";
import { UmlageAbschnitt } from "./komponenten/UmlageAbschnitt";
import { Vergleich } from "./komponenten/Vergleich";
import { Vorlagenauswahl } from "./komponenten/Vorlagenauswahl";
import { pruefeMehrjahr, pruefeUmlage } from "./optionenPruefung";
import { stile, themaVariablen } from "./stile";
import { registriereSymbole } from "./symbole";
import { themaAusOffice } from "./thema";
import { type PlanerZustand, anfangszustand, planerReducer } from "./zustand";

registriereSymbole();

export interface KostenplanerProps {
  zugriff: ArbeitsmappenZugriff;
  thema?: Theme;
  /** Wait after the last change before saving into the workbook. */
  speicherVerzoegerungMs?: number;
  /** Date printed on the sheets (tests pass a fixed one). */
  jetzt?: () => Date;
}

interface Ladezustand {
  fertig: boolean;
  /** Stored data that could not be read: shown, kept, and never saved over. */
  unlesbar: { meldung: string; roh: string } | null;
}

function fehlerText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function Kostenplaner(p: KostenplanerProps): React.ReactElement {
  const thema = React.useMemo(() => p.thema ?? themaAusOffice(null), [p.thema]);
  const [zustand, dispatch] = React.useReducer(planerReducer, undefined, () =>
    anfangszustand(erzeugeVorlagenSatz("rhein-sieg-2013")),
  );
  const [laden, setLaden] = React.useState<Ladezustand>({ fertig: false, unlesbar: null });
  const [offen, setOffen] = React.useState<ReadonlySet<string>>(new Set());
  const [laeuft, setLaeuft] = React.useState<Formelmodus | null>(null);
  const [meldung, setMeldung] = React.useState<Rueckmeldung | null>(null);
  const [speicherMeldung, setSpeicherMeldung] = React.useState<string | null>(null);
  const [blattModi, setBlattModi] = React.useState<Record<string, Formelmodus>>({});
  const geaendert = React.useRef(false);
  const zugriff = p.zugriff;

  // Load what this workbook saved, once.
  React.useEffect(() => {
    let aktiv = true;
    (async () => {
      let unlesbar: Ladezustand["unlesbar"] = null;
      try {
        // One round-trip for state and sheet modes: each sync is a network trip in Excel on the web.
        const { zustand: erg, modi } = await zugriff.ladeStart();
        if (aktiv) setBlattModi(modi);
        if (erg.status === "unlesbar") unlesbar = { meldung: erg.meldung, roh: erg.roh };
        else if (erg.status === "ok") {
          const d = dekodiereZustand(erg.json);
          if (d.ok) {
            if (aktiv) dispatch({ typ: "ersetzeZustand", zustand: d.zustand });
          } else {
            unlesbar = { meldung: d.meldung, roh: JSON.stringify(erg.json, null, 2) ?? String(erg.json) };
          }
        }
      } catch (e) {
        unlesbar = { meldung: `Die gespeicherten Szenarien ließen sich nicht laden: ${fehlerText(e)}`, roh: "" };
      }
      if (aktiv) setLaden({ fertig: true, unlesbar });
    })();
    return () => {
      aktiv = false;
    };
  }, [zugriff]);

  const auswertungen = React.useMemo(() => zustand.szenarien.map(werteAus), [zustand.szenarien]);
  const mehrjahrMeldungen = React.useMemo(() => pruefeMehrjahr(zustand.mehrjahr), [zustand.mehrjahr]);
  const umlageMeldungen = React.useMemo(() => pruefeUmlage(zustand.umlage), [zustand.umlage]);

  const gruende = React.useMemo(() => {
    const g: string[] = [];
    if (zustand.szenarien.length === 0) g.push("Mindestens ein Szenario anlegen.");
    auswertungen.forEach((a, i) => {
      const m = Object.values(a.meldungen);
      if (m.length === 0) return;
      const name = a.szenario.name.trim() || `Szenario ${i + 1}`;
      g.push(`${name}: ${m[0]}${m.length > 1 ? ` (und ${m.length - 1} weitere)` : ""}`);
    });
    if (zustand.mehrjahrAktiv) {
      const m = Object.values(mehrjahrMeldungen);
      if (m.length) g.push(`Mehrjahresplanung: ${m[0]}`);
    }
    if (zustand.umlageAktiv) {
      const m = Object.values(umlageMeldungen);
      if (m.length) g.push(`Kreisumlage: ${m[0]}`);
    }
    return g;
  }, [auswertungen, zustand, mehrjahrMeldungen, umlageMeldungen]);

  // Save after changes, debounced; only complete input, and never over unreadable stored data.
  const speicherVerzoegerung = p.speicherVerzoegerungMs ?? 800;
  React.useEffect(() => {
    if (!laden.fertig || laden.unlesbar || !geaendert.current || gruende.length > 0) return;
    const t = setTimeout(() => {
      zugriff
        .speichereZustand(kodiereZustand(zustand, p.jetzt ? p.jetzt() : new Date()))
        .then(() => setSpeicherMeldung(null))
        .catch((e: unknown) =>
          setSpeicherMeldung(`Die Szenarien konnten nicht in der Arbeitsmappe gespeichert werden: ${fehlerText(e)}`),
        );
    }, speicherVerzoegerung);
    return () => clearTimeout(t);
  }, [zustand, laden, gruende.length, zugriff, speicherVerzoegerung]);

  const aendern = React.useCallback((a: Parameters<typeof planerReducer>[1]) => {
    geaendert.current = true;
    dispatch(a);
  }, []);

  const umschalten = (id: string) =>
    setOffen((alt) => {
      const neu = new Set(alt);
      if (neu.has(id)) neu.delete(id);
      else neu.add(id);
      return neu;
    });

  const einfuegen = async (modus: Formelmodus) => {
    setLaeuft(modus);
    setMeldung(null);
    try {
      const plan = baueArbeitsmappe(zustand.szenarien, {
        modus,
        datum: p.jetzt ? p.jetzt() : new Date(),
        vorlageNr: zustand.vorlageNr.trim() || undefined,
        mehrjahr: zustand.mehrjahrAktiv ? zustand.mehrjahr : null,
        umlage: zustand.umlageAktiv
          ? {
              mitglieder: zustand.umlage.map((m) => ({
                name: m.name,
                grundlage: m.grundlage,
                minderbelastung: m.minderbelastung,
              })),
            }
          : null,
      });
      const erg = await zugriff.fuegeEin(plan);
      aendern({ typ: "modus", modus });
      // The insert reports the sheet modes itself: reading them again would cost a 4th round-trip.
      setBlattModi(erg.modi);
      const art = modus === "ki" ? "mit KI-Funktionen" : "mit Excel-Formeln (ohne Add-in lesbar)";
      setMeldung({
        typ: "erfolg",
        text: `${erg.blaetter.length === 1 ? "1 Blatt" : `${erg.blaetter.length} Blätter`} ${art} geschrieben: ${erg.blaetter.join(", ")}.`,
      });
    } catch (e) {
      setMeldung({ typ: "fehler", text: `Einfügen fehlgeschlagen: ${fehlerText(e)}` });
    } finally {
      setLaeuft(null);
    }
  };

  const ersetze = (szenarien: Szenario[], titel: string) => {
    // Loading a preset replaces every scenario; the previous ones stay one click away.
    const vorher = zustand.szenarien;
    aendern({ typ: "ersetzeSzenarien", szenarien });
    setOffen(new Set());
    setMeldung({
      typ: "info",
      text: `Vorlage „${titel}“ geladen; die bisherigen Szenarien wurden ersetzt.`,
      aktion: {
        text: "Rückgängig",
        ausfuehren: () => {
          aendern({ typ: "ersetzeSzenarien", szenarien: vorher });
          setMeldung({ typ: "info", text: "Die Szenarien vor dem Laden der Vorlage sind wiederhergestellt." });
        },
      },
    });
  };

  return (
    <ThemeProvider theme={thema} style={themaVariablen(thema) as React.CSSProperties}>
      <main className={stile.wurzel} aria-label="KI-Kostenplaner">
        <h1 className={stile.kopf}>KI-Kostenplaner</h1>
        {!laden.fertig ? (
          <Spinner label="Gespeicherte Szenarien werden geladen …" />
        ) : (
          <>
            {laden.unlesbar && (
              <UnlesbarMeldung
                {...laden.unlesbar}
                onNeuSpeichern={() => {
                  geaendert.current = true;
                  setLaden({ fertig: true, unlesbar: null });
                }}
              />
            )}
            {speicherMeldung && (
              <MessageBar messageBarType={MELDUNGSTYP.warnung} isMultiline>
                {speicherMeldung}
              </MessageBar>
            )}
            <section className={stile.abschnitt} aria-labelledby="ki-vorlage">
              <h2 id="ki-vorlage" className={stile.abschnittTitel}>
                Vorlage
              </h2>
              <Vorlagenauswahl
                onLaden={ersetze}
                onHinzufuegen={(szenarien, titel) => {
                  szenarien.forEach((s) => aendern({ typ: "fuegeHinzu", szenario: s }));
                  setMeldung({ typ: "info", text: `„${titel}“ als Szenario hinzugefügt.` });
                }}
              />
            </section>
            <section className={stile.abschnitt} aria-labelledby="ki-szenarien">
              <h2 id="ki-szenarien" className={stile.abschnittTitel}>
                Szenarien
              </h2>
              {zustand.szenarien.map((s, i) => (
                <SzenarioKarte
                  key={s.id}
                  szenario={s}
                  index={i}
                  anzahl={zustand.szenarien.length}
                  meldungen={auswertungen[i].meldungen}
                  offen={offen.has(s.id)}
                  onUmschalten={() => umschalten(s.id)}
                  onAendere={(aenderung) => aendern({ typ: "aendere", id: s.id, aenderung })}
                  onVerschiebe={(richtung) => aendern({ typ: "verschiebe", id: s.id, richtung })}
                  onDupliziere={() => aendern({ typ: "dupliziere", id: s.id })}
                  onEntferne={() => aendern({ typ: "entferne", id: s.id })}
                />
              ))}
              <DefaultButton
                text="Szenario hinzufügen"
                onClick={() => {
                  const neu = leeresSzenario();
                  aendern({ typ: "fuegeHinzu", szenario: neu });
                  setOffen((alt) => new Set(alt).add(neu.id));
                }}
              />
            </section>
            <section className={stile.abschnitt} aria-labelledby="ki-vergleich">
              <h2 id="ki-vergleich" className={stile.abschnittTitel}>
                Vergleich
              </h2>
              {auswertungen.length > 0 && <Vergleich auswertungen={auswertungen} />}
            </section>
            <Ausklappbereich titel="Sensitivität (Gleichstand)">
              <Sensitivitaet auswertungen={auswertungen} />
            </Ausklappbereich>
            <MehrjahrAbschnitt
              aktiv={zustand.mehrjahrAktiv}
              werte={zustand.mehrjahr}
              meldungen={zustand.mehrjahrAktiv ? mehrjahrMeldungen : {}}
              onAktiv={(aktiv) => aendern({ typ: "mehrjahr", aktiv })}
              onWerte={(werte) => aendern({ typ: "mehrjahr", werte })}
            />
            <UmlageAbschnitt
              aktiv={zustand.umlageAktiv}
              zeilen={zustand.umlage}
              meldungen={umlageMeldungen}
              onAktiv={(aktiv) => aendern({ typ: "umlageAktiv", aktiv })}
              onZeilen={(zeilen) => aendern({ typ: "umlageZeilen", zeilen })}
              onZeile={(id, werte) => aendern({ typ: "umlageZeile", id, werte })}
            />
            <section className={stile.abschnitt} aria-labelledby="ki-einfuegen">
              <h2 id="ki-einfuegen" className={stile.abschnittTitel}>
                Arbeitsmappe
              </h2>
              <Einfuegen
                gruende={gruende}
                laeuft={laeuft}
                meldung={meldung}
                onMeldungSchliessen={() => setMeldung(null)}
                blattModi={blattModi}
                vorlageNr={zustand.vorlageNr}
                onVorlageNr={(wert) => aendern({ typ: "vorlageNr", wert })}
                onEinfuegen={(modus) => void einfuegen(modus)}
              />
            </section>
          </>
        )}
      </main>
    </ThemeProvider>
  );
}

function UnlesbarMeldung(p: { meldung: string; roh: string; onNeuSpeichern: () => void }): React.ReactElement {
  return (
    <MessageBar messageBarType={MELDUNGSTYP.fehler} isMultiline>
      <div>{p.meldung}</div>
      <div>
        Bis Sie es ausdrücklich freigeben, speichert das Add-in keine Änderungen; danach bewahrt es den alten Stand in
        einer eigenen Sicherung in der Arbeitsmappe auf.
      </div>
      {p.roh && (
        <TextField
          label="Gespeicherte Rohdaten (zum Kopieren)"
          multiline
          readOnly
          rows={4}
          value={p.roh}
          styles={{ field: { fontFamily: "Consolas, monospace", fontSize: 11 } }}
        />
      )}
      <DefaultButton
        styles={{ root: { marginTop: 6 } }}
        text="Ab jetzt speichern (alter Stand als Sicherung)"
        onClick={p.onNeuSpeichern}
      />
    </MessageBar>
  );
}

export type { PlanerZustand };
