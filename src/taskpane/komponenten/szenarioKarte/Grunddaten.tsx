/** Name, kind, type of authority and year of a scenario. */
import * as React from "react";
import { Dropdown, type IDropdownOption, TextField } from "@fluentui/react";
import type { Koerperschaft } from "../../../core";
import type { SzenarioTyp } from "../../../scenario";
import { stile, UMBRECHENDES_DROPDOWN } from "../../stile";
import { Zahlenfeld } from "../Zahlenfeld";
import type { KartenAbschnittProps } from "./abschnitt";

const TYPEN: IDropdownOption[] = [
  { key: "derzeitig", text: "Derzeitige Struktur" },
  { key: "ki", text: "Kommunales Integrationszentrum (KI)" },
];

const KOERPERSCHAFTEN: IDropdownOption[] = [
  { key: "Kreis", text: "Kreis" },
  { key: "kreisfreie Stadt", text: "kreisfreie Stadt" },
];

export function Grunddaten({ szenario: s, meldungen, setze }: KartenAbschnittProps): React.ReactElement {
  return (
    <>
      <TextField
        label="Name"
        required
        value={s.name}
        errorMessage={meldungen.name}
        onChange={(_, v) => setze("name", v ?? "")}
      />
      <Dropdown
        styles={UMBRECHENDES_DROPDOWN}
        label="Art des Szenarios"
        options={TYPEN}
        selectedKey={s.typ}
        onChange={(_, o) => o && setze("typ", o.key as SzenarioTyp)}
      />
      <div className={stile.zweiSpalten}>
        <Dropdown
          styles={UMBRECHENDES_DROPDOWN}
          label="Körperschaft"
          options={KOERPERSCHAFTEN}
          selectedKey={s.koerperschaft}
          onChange={(_, o) => o && setze("koerperschaft", o.key as Koerperschaft)}
        />
        <Zahlenfeld label="Jahr" wert={s.jahr} fehler={meldungen.jahr} onWert={(v) => setze("jahr", v ?? NaN)} />
      </div>
    </>
  );
}
