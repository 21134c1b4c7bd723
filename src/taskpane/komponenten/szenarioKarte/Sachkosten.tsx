/**
 * Material and room costs: workplaces, offices, project funds, and the overhead, IT and room rates,
 * each either taken from a named, sourced alternative (the scenario records which) or the Kreis's
 * own figure (scenario/sachsaetze).
 */
import * as React from "react";
import { Dropdown, type IDropdownOption, Text } from "@fluentui/react";
import { SACHSATZQUELLEN, type Standardsatz } from "../../../core";
import {
  type Sachsatzfeld,
  type Szenario,
  eigenerWertText,
  kurzerVorbehalt,
  sachsatzAlternativen,
  sachsatzHerkunft,
  statusWort,
} from "../../../scenario";
import { stile, UMBRECHENDES_DROPDOWN } from "../../stile";
import { euroBetrag, prozentFuerFeld } from "../../zahlen";
import { uebernimmSachsatz } from "../../zustand";
import { Zahlenfeld } from "../Zahlenfeld";
import type { KartenAbschnittProps } from "./abschnitt";

export interface SachkostenProps extends KartenAbschnittProps {
  onAendere: (aenderung: (s: Szenario) => Szenario) => void;
}

export function Sachkosten(p: SachkostenProps): React.ReactElement {
  const { szenario: s, meldungen, setze } = p;
  const titelId = React.useId();
  return (
    <div role="group" aria-labelledby={titelId}>
      <h4 id={titelId} className={stile.gruppeTitel}>
        Sach- und Raumkosten
      </h4>
      <div className={stile.zweiSpalten}>
        <Zahlenfeld
          label="Arbeitsplätze"
          wert={s.arbeitsplaetze}
          fehler={meldungen.arbeitsplaetze}
          onWert={(v) => setze("arbeitsplaetze", v ?? NaN)}
        />
        <Zahlenfeld label="Büros" wert={s.bueros} fehler={meldungen.bueros} onWert={(v) => setze("bueros", v ?? NaN)} />
      </div>
      <Zahlenfeld
        label="Projektmittel in €/Jahr"
        wert={s.projektmittel}
        fehler={meldungen.projektmittel}
        onWert={(v) => setze("projektmittel", v ?? NaN)}
      />
      {SAETZE.map((x) => (
        <Satzfeld key={x.feld} {...p} {...x} />
      ))}
      <Alternativen />
    </div>
  );
}

const SAETZE: ReadonlyArray<{ feld: Sachsatzfeld; label: string; kurz: string; prozent?: boolean }> = [
  { feld: "querschnittssatz", label: "Querschnittssatz in %", kurz: "Querschnittssatz", prozent: true },
  { feld: "itSatz", label: "IT-Satz in € je Arbeitsplatz", kurz: "IT-Satz" },
  { feld: "raumSatz", label: "Raumkosten in € je Büro", kurz: "Raumkosten je Büro" },
];

function satzText(x: Pick<Standardsatz, "einheit" | "wert">): string {
  return x.einheit === "Anteil" ? `${prozentFuerFeld(x.wert)} %` : `${euroBetrag(x.wert)} ${x.einheit}`;
}

const EIGEN = "";

/** One rate: the number, where it comes from (a named source or the Kreis's own), and that source. */
function Satzfeld(
  p: SachkostenProps & { feld: Sachsatzfeld; label: string; kurz: string; prozent?: boolean },
): React.ReactElement {
  const s = p.szenario;
  const herkunft = sachsatzHerkunft(s, p.feld);
  const optionen: IDropdownOption[] = [
    ...sachsatzAlternativen(p.feld).map((a) => ({ key: a.quelle.id, text: `${a.quelle.titel}: ${satzText(a.satz)}` })),
    { key: EIGEN, text: `${eigenerWertText(s)} (eingeben)` },
  ];
  return (
    <div className={stile.satzfeld}>
      <Zahlenfeld
        label={p.label}
        art={p.prozent ? "prozent" : undefined}
        einheit={p.prozent ? "%" : undefined}
        wert={s[p.feld]}
        fehler={p.meldungen[p.feld]}
        onWert={(v) => p.setze(p.feld, v ?? NaN)}
      />
      <Dropdown
        styles={UMBRECHENDES_DROPDOWN}
        label={`${p.kurz} übernehmen aus`}
        options={optionen}
        selectedKey={herkunft.art === "benannt" ? herkunft.quelle.id : EIGEN}
        onChange={(_, o) =>
          o && p.onAendere((alt) => uebernimmSachsatz(alt, p.feld, o.key === EIGEN ? undefined : String(o.key)))
        }
      />
      {herkunft.art === "benannt" ? (
        <Text className={stile.quelle} block>
          Quelle: {herkunft.satz.quelle.text} ({statusWort(herkunft.satz.quelle)})
          {kurzerVorbehalt(herkunft.quelle) && <strong> – {kurzerVorbehalt(herkunft.quelle)}</strong>}
        </Text>
      ) : (
        <Text className={stile.quelle} block>
          {eigenerWertText(s).replace(/^e/, "E")}: auf „Annahmen“ so vermerkt.
        </Text>
      )}
    </div>
  );
}

/**
 * Every published workplace and overhead figure with its source and caveat, including those that
 * fit none of the three rates (a workplace total, rooms per workplace): for comparison only.
 */
function Alternativen(): React.ReactElement {
  return (
    <details className={stile.quelle}>
      <summary>Alle belegten Vergleichssätze (AGebV Bund, Niedersachsen, Rhein-Sieg)</summary>
      <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
        {SACHSATZQUELLEN.flatMap((q) =>
          q.saetze.map((x) => (
            <li key={`${q.id}-${x.name}`}>
              {q.titel}: {x.bezeichnung} = {satzText(x)} ({statusWort(x.quelle)})
              {kurzerVorbehalt(q) ? ` – ${kurzerVorbehalt(q)}` : ""}
            </li>
          )),
        )}
      </ul>
      <Text variant="small" block className={stile.hinweis}>
        Übernehmen lässt sich ein Satz nur mit passender Einheit: Gesamtbeträge je Arbeitsplatz umfassen mehr als IT
        oder Räume, Niedersachsen nennt Räume je Arbeitsplatz statt je Büro. Abrufbar auch mit =KI.SATZ(Name; ; Quelle).
      </Text>
    </details>
  );
}
