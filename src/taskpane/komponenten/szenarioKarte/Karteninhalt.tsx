/**
 * The fields of an open scenario card, section by section. A chunk of its own (SzenarioKarte loads it
 * through ../../spaeter): every card starts closed, so the first screen needs none of it.
 */
import * as React from "react";
import { Text, TextField } from "@fluentui/react";
import { setzeFeld } from "../../zustand";
import { stile } from "../../stile";
import type { SzenarioKarteProps } from "../SzenarioKarte";
import type { Setze } from "./abschnitt";
import { Grunddaten } from "./Grunddaten";
import { Kartenaktionen } from "./Kartenaktionen";
import { Landesfoerderung } from "./Landesfoerderung";
import { Personal } from "./Personal";
import { Sachkosten } from "./Sachkosten";

export function Karteninhalt(p: SzenarioKarteProps & { anzeigename: string }): React.ReactElement {
  const s = p.szenario;
  const setze: Setze = (feld, wert) => p.onAendere((alt) => setzeFeld(alt, feld, wert));
  const abschnitt = { szenario: s, meldungen: p.meldungen, setze };
  return (
    <>
      {p.meldungen.szenario && (
        <Text block role="alert" className={stile.fehlerZelle}>
          {p.meldungen.szenario}
        </Text>
      )}
      <Grunddaten {...abschnitt} />
      <Personal {...abschnitt} anzeigename={p.anzeigename} onAendere={p.onAendere} />
      <Sachkosten {...abschnitt} onAendere={p.onAendere} />
      <Landesfoerderung {...abschnitt} eigenesRegelwerk={p.eigenesRegelwerk ?? null} />
      <TextField
        className={stile.gruppe}
        label="Fußnote"
        multiline
        autoAdjustHeight
        value={s.fussnote}
        placeholder="erscheint unter dem Vergleich"
        onChange={(_, v) => setze("fussnote", v ?? "")}
      />
      {s.quelle && (
        <Text className={stile.quelle} block>
          Quelle der Vorlage: {s.quelle}
        </Text>
      )}
      <Kartenaktionen {...p} />
    </>
  );
}
