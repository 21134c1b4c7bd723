/** Staff: the pay table, one line per post, and the optional lump sum instead of single rates. */
import * as React from "react";
import { Checkbox, DefaultButton, Dropdown, type IDropdownOption, Text, TextField } from "@fluentui/react";
import {
  SATZTABELLEN,
  type Satztabelle,
  brauchtFortschreibung,
  normalisiereEntgeltgruppe,
  quellenVermerk,
} from "../../../core";
import { EIGENE_SATZTABELLE, type Stelle, type Szenario, satztabelleDes } from "../../../scenario";
import { stile, UMBRECHENDES_DROPDOWN } from "../../stile";
import { neueStelle, setzeFeld, setzeStelle } from "../../zustand";
import { StellenZeile } from "../StellenZeile";
import { Zahlenfeld } from "../Zahlenfeld";
import type { KartenAbschnittProps } from "./abschnitt";

const SATZTABELLEN_OPTIONEN: IDropdownOption[] = [
  ...SATZTABELLEN.map((t) => ({ key: t.id, text: `${t.titel} (${t.id})` })),
  { key: EIGENE_SATZTABELLE, text: "Eigene Satztabelle (unter „Eigene Satztabelle“ einfügen)" },
];

function tabelleVon(s: Szenario): Satztabelle | undefined {
  try {
    return satztabelleDes(s);
  } catch {
    return undefined;
  }
}

/** The mark a table puts on a grade's rate (AGebV A 9: career group assumed); undefined = none. */
function gruppenHinweis(tabelle: Satztabelle | undefined, gruppe: string): string | undefined {
  const g = normalisiereEntgeltgruppe(gruppe);
  return g ? tabelle?.herleitung?.get(g.schluessel)?.hinweis : undefined;
}

/** Every mark the table puts on a grade (AGebV: the A 9 career group), shown with its source. */
function markierteGruppen(tabelle: Satztabelle): string[] {
  return [...(tabelle.herleitung?.values() ?? [])].flatMap((z) => (z.hinweis ? [z.hinweis] : []));
}

/** The table's source and caveat, and the yearly rate that carries it to the scenario's year. */
function TabellenHinweis({ szenario: s, meldungen, setze }: KartenAbschnittProps) {
  const tabelle = tabelleVon(s);
  if (!tabelle) return null;
  const gruppen = s.stellen.map((st) => st.gruppe);
  const andereJahre = brauchtFortschreibung(tabelle, gruppen, s.jahr);
  return (
    <>
      <Text className={stile.quelle} block>
        Quelle: {quellenVermerk(tabelle.quelle)}
      </Text>
      {tabelle.vorbehalt && (
        <Text className={stile.quelle} block style={{ fontWeight: 600 }}>
          {tabelle.vorbehalt}
        </Text>
      )}
      {markierteGruppen(tabelle).map((h) => (
        <Text key={h} className={stile.quelle} block>
          Annahme: {h}
        </Text>
      ))}
      {(andereJahre || s.satzSteigerung !== undefined) && (
        <Zahlenfeld
          label={`Jährliche Steigerung der Sätze bis ${s.jahr}`}
          art="prozent"
          einheit="%"
          leerErlaubt
          wert={s.satzSteigerung ?? null}
          fehler={meldungen.satzSteigerung}
          beschreibung={
            s.satzSteigerung === undefined
              ? `Die Sätze sind von ${tabelle.basisjahr ?? "einem anderen Jahr"}; leer = unverändert übernommen (so auf „Annahmen“ vermerkt).`
              : "Steht auf „Annahmen“ über der Satztabelle und ist dort änderbar."
          }
          onWert={(v) => setze("satzSteigerung", v === null ? undefined : v)}
        />
      )}
    </>
  );
}

export interface PersonalProps extends KartenAbschnittProps {
  anzeigename: string;
  onAendere: (aenderung: (s: Szenario) => Szenario) => void;
}

export function Personal(p: PersonalProps): React.ReactElement {
  const s = p.szenario;
  const tabelle = tabelleVon(s);
  return (
    <>
      <h4 className={stile.gruppeTitel}>Personal</h4>
      <Dropdown
        styles={UMBRECHENDES_DROPDOWN}
        label="Satztabelle"
        options={SATZTABELLEN_OPTIONEN}
        selectedKey={s.satztabelle}
        errorMessage={p.meldungen.satztabelle}
        onChange={(_, o) => o && p.setze("satztabelle", String(o.key))}
      />
      <TabellenHinweis szenario={s} meldungen={p.meldungen} setze={p.setze} />
      {s.stellen.map((st, i) => (
        <StellenZeile
          key={st.id}
          stelle={st}
          nummer={i + 1}
          meldungen={p.meldungen}
          bekannteGruppen={tabelle ? tabelle.gruppen : []}
          durchPauschaleGedeckt={s.personalkostenPauschale !== null && st.art === "kommunal"}
          satzHinweis={st.eigenerSatz === null ? gruppenHinweis(tabelle, st.gruppe) : undefined}
          onAendere={(werte: Partial<Stelle>) => p.onAendere((alt) => setzeStelle(alt, st.id, werte))}
          onEntferne={() =>
            p.onAendere((alt) =>
              setzeFeld(
                alt,
                "stellen",
                alt.stellen.filter((x) => x.id !== st.id),
              ),
            )
          }
        />
      ))}
      <DefaultButton
        className={stile.kleinerKnopf}
        text="Stelle hinzufügen"
        ariaLabel={`Stelle hinzufügen – „${p.anzeigename}“`}
        onClick={() => p.onAendere((alt) => setzeFeld(alt, "stellen", [...alt.stellen, neueStelle()]))}
      />
      <Pauschale szenario={s} meldungen={p.meldungen} setze={p.setze} />
    </>
  );
}

function Pauschale({ szenario: s, meldungen, setze }: KartenAbschnittProps): React.ReactElement {
  return (
    <>
      <Checkbox
        className={stile.gruppe}
        label="Personalkosten als Pauschale (statt Einzelsätzen)"
        checked={s.personalkostenPauschale !== null}
        onChange={(_, an) => setze("personalkostenPauschale", an ? { betrag: 0, erlaeuterung: "", quelle: "" } : null)}
      />
      {s.personalkostenPauschale && (
        <>
          <Zahlenfeld
            label="Personalkosten-Pauschale in €/Jahr"
            wert={s.personalkostenPauschale.betrag}
            fehler={meldungen["pauschale.betrag"]}
            beschreibung="Ersetzt die Kosten der kommunalen Stellen; Zusatzstellen werden einzeln berechnet."
            onWert={(v) =>
              s.personalkostenPauschale &&
              setze("personalkostenPauschale", { ...s.personalkostenPauschale, betrag: v ?? NaN })
            }
          />
          <TextField
            label="Erläuterung der Pauschale"
            value={s.personalkostenPauschale.erlaeuterung}
            placeholder="z. B. 1 Stelle A 12, 2 Stellen A 11"
            onChange={(_, v) =>
              s.personalkostenPauschale &&
              setze("personalkostenPauschale", { ...s.personalkostenPauschale, erlaeuterung: v ?? "" })
            }
          />
          {s.personalkostenPauschale.quelle && (
            <Text className={stile.quelle} block>
              Quelle der Pauschale: {s.personalkostenPauschale.quelle}
            </Text>
          )}
        </>
      )}
    </>
  );
}
