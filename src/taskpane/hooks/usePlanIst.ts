/**
 * The Plan-Ist section's state: the choice kept with the saved state (zustand.planIst, see
 * scenario/planIst/auswahl for what is kept and why), the result the core computes from it, and the
 * last source of actuals read in this session, so a corrected key matches the rows again at once.
 * Files, the selection and pasted text all go through the import of scenario/planIst (the CLI's
 * parser and messages); the selection is read through the excel layer's leseAuswahl.
 */
import * as React from "react";
import { type PlanIstErgebnis, planIst } from "../../core";
import type { Auswahlinhalt, Auswahlwert } from "../../excel/auswahl";
import {
  type IstImport,
  type IstZuordnung,
  type PlanIstAuswahl,
  begrenzteMeldungen,
  istZiele,
  leerePlanIstAuswahl,
  liesIstBereich,
  liesIstCsv,
  planIstOptionenAus,
} from "../../scenario/planIst";
import type { Stand } from "../../scenario/staende";
import { fehlerText } from "../fehlerText";
import type { Aktion, PlanerZustand } from "../zustand";

/** Where actuals came from in this session (not saved: a file can be several MB). */
export type IstQuelle =
  | { art: "datei"; name: string; daten: Uint8Array }
  | { art: "bereich"; adresse: string; werte: Auswahlwert[][] }
  | { art: "text"; text: string };

/** A larger file is not a year's bookings of one centre: refused before it is decoded. */
export const MAX_IST_DATEI_BYTES = 64 * 1024 * 1024;

export interface PlanIstHookOptionen {
  zustand: PlanerZustand;
  aendern: (a: Aktion) => void;
  staende: readonly Stand[];
  leseAuswahl?: () => Promise<Auswahlinhalt>;
}

function lies(q: IstQuelle, o: Parameters<typeof liesIstCsv>[2]): IstImport {
  if (q.art === "datei") return liesIstCsv(q.daten, q.name, o);
  if (q.art === "bereich") return liesIstBereich(q.werte, o, `Auswahl ${q.adresse}`);
  return liesIstCsv(new TextEncoder().encode(q.text), "Eingefügter Text", o);
}

function dateiBytes(datei: File): Promise<Uint8Array> {
  return new Promise((ok, fehler) => {
    const r = new FileReader();
    r.onload = () => ok(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => fehler(new Error(`„${datei.name}“ ließ sich nicht lesen.`));
    r.readAsArrayBuffer(datei);
  });
}

export function usePlanIst(o: PlanIstHookOptionen) {
  const auswahl = o.zustand.planIst ?? leerePlanIstAuswahl();
  const bewertung = React.useMemo(() => planIstOptionenAus(auswahl, o.staende), [auswahl, o.staende]);
  const ergebnis: PlanIstErgebnis | null = React.useMemo(
    () => (bewertung.optionen && bewertung.grundlage ? planIst(bewertung.grundlage.eingabe, auswahl.ist!.werte) : null),
    [bewertung, auswahl.ist],
  );
  const quelle = React.useRef<IstQuelle | null>(null);
  const [zuordnungen, setZuordnungen] = React.useState<IstZuordnung[] | null>(null);
  const [meldung, setMeldung] = React.useState<string | null>(null);
  const [laeuft, setLaeuft] = React.useState(false);

  const setze = (neu: PlanIstAuswahl) => o.aendern({ typ: "planIst", wert: neu });

  /** Reads a source against the choice `basis` (the current one, or one about to be set). */
  const einlesen = (q: IstQuelle, basis: PlanIstAuswahl = auswahl): void => {
    const g = planIstOptionenAus(basis, o.staende).grundlage;
    if (!g) {
      setMeldung("Bitte zuerst einen Stand wählen, gegen den verglichen wird.");
      setze(basis);
      return;
    }
    try {
      const imp = lies(q, { jahr: g.eingabe.jahr, ziele: istZiele(g.eingabe), zuordnung: basis.zuordnung });
      quelle.current = q;
      setZuordnungen(imp.zuordnungen);
      setMeldung(null);
      const werte = Object.fromEntries(Object.entries(imp.istwerte).map(([k, w]) => [k, [...w]]));
      setze({
        ...basis,
        ist: {
          quelle: imp.quelle,
          werte,
          fehler: begrenzteMeldungen(imp.fehler),
          hinweise: begrenzteMeldungen(imp.hinweise),
        },
      });
    } catch (e) {
      setMeldung(fehlerText(e));
      setze(basis);
    }
  };

  const ausDatei = async (datei: File): Promise<void> => {
    if (datei.size > MAX_IST_DATEI_BYTES) {
      setMeldung(`„${datei.name}“ ist größer als 64 MB und wird nicht gelesen – ist es die richtige Datei?`);
      return;
    }
    setLaeuft(true);
    try {
      einlesen({ art: "datei", name: datei.name, daten: await dateiBytes(datei) });
    } catch (e) {
      setMeldung(fehlerText(e));
    } finally {
      setLaeuft(false);
    }
  };

  const ausAuswahl = async (): Promise<void> => {
    if (!o.leseAuswahl) return;
    setLaeuft(true);
    try {
      const a = await o.leseAuswahl();
      if (a.werte.length === 0) setMeldung("Im markierten Bereich stehen keine Werte.");
      else einlesen({ art: "bereich", adresse: a.adresse, werte: a.werte });
    } catch (e) {
      setMeldung(`Der markierte Bereich ließ sich nicht lesen: ${fehlerText(e)}`);
    } finally {
      setLaeuft(false);
    }
  };

  /** A corrected key: kept, and the rows read again at once when their source is still at hand. */
  const ordneZu = (importSchluessel: string, ziel: string | null): void => {
    const zuordnung = { ...auswahl.zuordnung };
    if (ziel === null) delete zuordnung[importSchluessel];
    else zuordnung[importSchluessel] = ziel;
    const neu = { ...auswahl, zuordnung };
    if (quelle.current) einlesen(quelle.current, neu);
    else setze(neu);
  };

  /** Another Stand: the months filled and the year belong to the old one; the actuals are matched again. */
  const waehleStand = (standId: string | null): void => {
    const neu: PlanIstAuswahl = { ...auswahl, standId, jahr: null, besetzungen: {} };
    if (quelle.current && standId !== null) einlesen(quelle.current, neu);
    else setze(neu);
  };

  const aendereAuswahl = (teil: Partial<PlanIstAuswahl>): void => {
    const neu = { ...auswahl, ...teil };
    if (quelle.current && teil.jahr !== undefined) einlesen(quelle.current, neu);
    else setze(neu);
  };

  const istVerwerfen = (): void => {
    quelle.current = null;
    setZuordnungen(null);
    setze({ ...auswahl, ist: null });
  };

  return {
    auswahl,
    bewertung,
    ergebnis,
    zuordnungen,
    meldung,
    laeuft,
    einlesen,
    ausDatei,
    ausAuswahl,
    ordneZu,
    waehleStand,
    aendereAuswahl,
    istVerwerfen,
    kannAuswahlLesen: o.leseAuswahl !== undefined,
  };
}

export type PlanIstApi = ReturnType<typeof usePlanIst>;
