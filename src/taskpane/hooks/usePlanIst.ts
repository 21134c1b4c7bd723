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

/** Reading actuals from a source, keeping it for the session (a correction matches its rows again). */
function useEinlesen(o: PlanIstHookOptionen, auswahl: PlanIstAuswahl, setze: (a: PlanIstAuswahl) => void) {
  const quelle = React.useRef<IstQuelle | null>(null);
  const [zuordnungen, setZuordnungen] = React.useState<IstZuordnung[] | null>(null);
  const [meldung, setMeldung] = React.useState<string | null>(null);
  const [laeuft, setLaeuft] = React.useState(false);

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
      const fehler = begrenzteMeldungen(imp.fehler);
      setze({ ...basis, ist: { quelle: imp.quelle, werte, fehler, hinweise: begrenzteMeldungen(imp.hinweise) } });
    } catch (e) {
      setMeldung(fehlerText(e));
      setze(basis);
    }
  };

  /** Runs a read that waits (file, selection) with the buttons disabled meanwhile. */
  const warte = async (lauf: () => Promise<void>, vorsatz = ""): Promise<void> => {
    setLaeuft(true);
    try {
      await lauf();
    } catch (e) {
      setMeldung(`${vorsatz}${fehlerText(e)}`);
    } finally {
      setLaeuft(false);
    }
  };

  const ausDatei = async (datei: File): Promise<void> => {
    if (datei.size > MAX_IST_DATEI_BYTES) {
      setMeldung(`„${datei.name}“ ist größer als 64 MB und wird nicht gelesen – ist es die richtige Datei?`);
      return;
    }
    await warte(async () => einlesen({ art: "datei", name: datei.name, daten: await dateiBytes(datei) }));
  };

  const ausAuswahl = async (): Promise<void> => {
    const lese = o.leseAuswahl;
    if (!lese) return;
    await warte(async () => {
      const a = await lese();
      if (a.werte.length === 0) setMeldung("Im markierten Bereich stehen keine Werte.");
      else einlesen({ art: "bereich", adresse: a.adresse, werte: a.werte });
    }, "Der markierte Bereich ließ sich nicht lesen: ");
  };

  const vergiss = (): void => {
    quelle.current = null;
    setZuordnungen(null);
  };
  return { quelle, zuordnungen, meldung, laeuft, einlesen, ausDatei, ausAuswahl, vergiss };
}

export function usePlanIst(o: PlanIstHookOptionen) {
  const auswahl = o.zustand.planIst ?? leerePlanIstAuswahl();
  const bewertung = React.useMemo(() => planIstOptionenAus(auswahl, o.staende), [auswahl, o.staende]);
  const ergebnis: PlanIstErgebnis | null = React.useMemo(
    () => (bewertung.optionen && bewertung.grundlage ? planIst(bewertung.grundlage.eingabe, auswahl.ist!.werte) : null),
    [bewertung, auswahl.ist],
  );
  const setze = (neu: PlanIstAuswahl) => o.aendern({ typ: "planIst", wert: neu });
  const e = useEinlesen(o, auswahl, setze);
  /** A new choice; the actuals are matched again when their source is still at hand and `neuLesen`. */
  const uebernimm = (neu: PlanIstAuswahl, neuLesen: boolean): void => {
    if (e.quelle.current && neuLesen) e.einlesen(e.quelle.current, neu);
    else setze(neu);
  };

  return {
    auswahl,
    bewertung,
    ergebnis,
    zuordnungen: e.zuordnungen,
    meldung: e.meldung,
    laeuft: e.laeuft,
    einlesen: e.einlesen,
    ausDatei: e.ausDatei,
    ausAuswahl: e.ausAuswahl,
    /** A corrected key: kept, and the rows read again at once when their source is still at hand. */
    ordneZu: (importSchluessel: string, ziel: string | null): void => {
      const zuordnung = { ...auswahl.zuordnung };
      if (ziel === null) delete zuordnung[importSchluessel];
      else zuordnung[importSchluessel] = ziel;
      uebernimm({ ...auswahl, zuordnung }, true);
    },
    /** Another Stand: the months filled and the year belong to the old one; the actuals are matched again. */
    waehleStand: (standId: string | null): void =>
      uebernimm({ ...auswahl, standId, jahr: null, besetzungen: {} }, standId !== null),
    /** Another year changes which months are inside it: read again; the months filled do not. */
    aendereAuswahl: (teil: Partial<PlanIstAuswahl>): void =>
      uebernimm({ ...auswahl, ...teil }, teil.jahr !== undefined),
    istVerwerfen: (): void => {
      e.vergiss();
      setze({ ...auswahl, ist: null });
    },
    kannAuswahlLesen: o.leseAuswahl !== undefined,
  };
}

export type PlanIstApi = ReturnType<typeof usePlanIst>;
