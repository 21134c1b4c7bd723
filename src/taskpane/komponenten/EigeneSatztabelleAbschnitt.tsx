/**
 * "Eigene Satztabelle": the Kreis's own € per grade (e.g. the KGSt figures it licenses), pasted or
 * taken from the range selected in Excel; rows with a problem are named with their number and
 * left out. The table is stored with the workbook's saved state; a scenario uses it by choosing
 * "Eigene Satztabelle" under Personal.
 */
import * as React from "react";
import type { Auswahlinhalt } from "../../excel/auswahl";
import type { EigeneSatztabelle } from "../../scenario";
import type { SatzEingabe } from "../satztabelleAusEingabe";
import { spaeter } from "../spaeter";
import { Ausklappbereich } from "./Ausklappbereich";

export interface EigeneSatztabelleProps {
  wert: EigeneSatztabelle | null;
  onWert: (wert: EigeneSatztabelle | null) => void;
  /** Reads the selected range (absent outside Excel). */
  leseAuswahl?: () => Promise<Auswahlinhalt>;
}

type Meldung = { text: string; fehler: boolean } | null;

/** What the user typed and was told, kept while the section is closed. */
export interface SatztabellenEingabe {
  text: string;
  setText: (t: string) => void;
  meldung: Meldung;
  setMeldung: (m: Meldung) => void;
  zeilenMeldungen: SatzEingabe["meldungen"];
  setZeilenMeldungen: (m: SatzEingabe["meldungen"]) => void;
}

// The section starts closed: its inside is a chunk of its own (../spaeter).
const EigeneSatztabelleInhalt = spaeter(
  () =>
    import(/* webpackChunkName: "eigene-satztabelle" */ "./EigeneSatztabelleInhalt").then(
      (m) => m.EigeneSatztabelleInhalt,
    ),
  "Eingabefelder werden geladen …",
);

export function EigeneSatztabelleAbschnitt(p: EigeneSatztabelleProps): React.ReactElement {
  const [text, setText] = React.useState("");
  const [meldung, setMeldung] = React.useState<Meldung>(null);
  const [zeilenMeldungen, setZeilenMeldungen] = React.useState<SatzEingabe["meldungen"]>([]);
  const t = p.wert;
  const eingabe = { text, setText, meldung, setMeldung, zeilenMeldungen, setZeilenMeldungen };
  return (
    <Ausklappbereich titel="Eigene Satztabelle" zusatz={t ? `${t.zeilen.length} Gruppen` : undefined}>
      <EigeneSatztabelleInhalt {...p} eingabe={eingabe} />
    </Ausklappbereich>
  );
}
