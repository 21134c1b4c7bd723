/** One staff line of a scenario: label, pay grade, FTE share, kind of post and optional own rate. */
import * as React from "react";
import { DefaultButton, Dropdown, type IDropdownOption, Text, TextField } from "@fluentui/react";
import type { Foerderposition } from "../../core";
import type { Stelle, Stellenart } from "../../scenario";
import { stellenFeld, type Pruefmeldungen } from "../../scenario/validierung";
import { Zahlenfeld } from "./Zahlenfeld";
import { stile, UMBRECHENDES_DROPDOWN } from "../stile";

const ARTEN: IDropdownOption[] = [
  { key: "kommunal", text: "kommunale Stelle" },
  { key: "zusatz", text: "Zusatzstelle (ab 2017)" },
  { key: "landeslehrer", text: "Landeslehrkraft (vom Land bezahlt)" },
];

// Per-post caps (issue 13): every base post needs one, otherwise the base posts are capped together.
const POSITIONEN: IDropdownOption[] = [
  { key: "", text: "keine (Grundstellen gemeinsam gedeckelt)" },
  { key: "Fachkraft", text: "Pädagogische Fachkraft" },
  { key: "Verwaltung", text: "Verwaltungsstelle" },
  { key: "Assistenz", text: "Verwaltungsassistenz (½ Stelle gefördert)" },
];

function PositionsAuswahl(p: {
  stelle: Stelle;
  fehler: string | undefined;
  onAendere: (werte: Partial<Stelle>) => void;
}): React.ReactElement {
  return (
    <Dropdown
      styles={UMBRECHENDES_DROPDOWN}
      label="Förderposition"
      options={POSITIONEN}
      selectedKey={p.stelle.foerderposition ?? ""}
      errorMessage={p.fehler}
      onChange={(_, o) => o && p.onAendere({ foerderposition: o.key === "" ? undefined : (o.key as Foerderposition) })}
    />
  );
}

/** First and last year of the post: empty = every year (a seconded teacher can end, an Ausbau post begin). */
function Zeitraum(p: {
  stelle: Stelle;
  fehler: (feld: keyof Stelle) => string | undefined;
  onAendere: (werte: Partial<Stelle>) => void;
}): React.ReactElement {
  const st = p.stelle;
  return (
    <div className={stile.zweiSpalten}>
      <Zahlenfeld
        label="Ab Jahr"
        wert={st.abJahr ?? null}
        leerErlaubt
        platzhalter="leer = immer"
        fehler={p.fehler("abJahr")}
        onWert={(v) => p.onAendere({ abJahr: v ?? undefined })}
      />
      <Zahlenfeld
        label="Bis Jahr"
        wert={st.bisJahr ?? null}
        leerErlaubt
        platzhalter="leer = ohne Ende"
        fehler={p.fehler("bisJahr")}
        onWert={(v) => p.onAendere({ bisJahr: v ?? undefined })}
      />
    </div>
  );
}

export interface StellenZeileProps {
  stelle: Stelle;
  nummer: number;
  meldungen: Pruefmeldungen;
  /** Grades the chosen rate table knows, for the hint under the grade field. */
  bekannteGruppen: readonly string[];
  durchPauschaleGedeckt: boolean;
  /** The rate table's mark on this post's grade (AGebV A 9: career group assumed – zu prüfen). */
  satzHinweis?: string;
  onAendere: (werte: Partial<Stelle>) => void;
  onEntferne: () => void;
}

/** What the line says under its fields: who pays, or the rate table's mark on the grade. */
function hinweisZurStelle(p: StellenZeileProps): string | null {
  if (p.stelle.art === "landeslehrer") {
    return "Kostet die Kommune nichts, braucht aber einen Arbeitsplatz (bei Arbeitsplätzen mitzählen).";
  }
  if (p.durchPauschaleGedeckt) return "Kosten in der Personalkosten-Pauschale enthalten.";
  return p.satzHinweis ? `Satz aus der Tabelle mit Annahme: ${p.satzHinweis}` : null;
}

export function StellenZeile(p: StellenZeileProps): React.ReactElement {
  const st = p.stelle;
  const titel = st.bezeichnung.trim() || `Stelle ${p.nummer}`;
  const fehler = (feld: keyof Stelle) => p.meldungen[stellenFeld(st, feld)];
  const hinweis = hinweisZurStelle(p);
  return (
    <fieldset className={stile.stelle} aria-label={`Stelle ${p.nummer}: ${titel}`}>
      <legend className={stile.stelleTitel}>
        Stelle {p.nummer}
        {st.bezeichnung.trim() ? `: ${st.bezeichnung.trim()}` : ""}
      </legend>
      <TextField
        label="Bezeichnung"
        value={st.bezeichnung}
        placeholder="z. B. Pädagogische Fachkraft"
        onChange={(_, v) => p.onAendere({ bezeichnung: v ?? "" })}
      />
      <div className={stile.zweiSpalten}>
        <TextField
          label="Entgeltgruppe"
          value={st.gruppe}
          placeholder="z. B. EG 9b"
          errorMessage={fehler("gruppe")}
          onChange={(_, v) => p.onAendere({ gruppe: v ?? "" })}
        />
        <Zahlenfeld
          label="Stellenanteil (VZÄ)"
          wert={st.anteil}
          fehler={fehler("anteil")}
          onWert={(v) => p.onAendere({ anteil: v ?? NaN })}
        />
      </div>
      <Dropdown
        styles={UMBRECHENDES_DROPDOWN}
        label="Art der Stelle"
        options={ARTEN}
        selectedKey={st.art}
        onChange={(_, o) => o && p.onAendere({ art: o.key as Stellenart })}
      />
      {st.art === "kommunal" && !p.durchPauschaleGedeckt && (
        <PositionsAuswahl stelle={st} fehler={fehler("foerderposition")} onAendere={p.onAendere} />
      )}
      {st.art !== "landeslehrer" && (
        <Zahlenfeld
          label="Eigener Satz in €/Jahr"
          wert={st.eigenerSatz}
          leerErlaubt
          platzhalter="leer = aus der Satztabelle"
          beschreibung={
            st.eigenerSatz === null && !p.durchPauschaleGedeckt
              ? `Satztabelle kennt: ${p.bekannteGruppen.join(", ") || "keine Gruppe"}`
              : undefined
          }
          fehler={fehler("eigenerSatz")}
          onWert={(v) => p.onAendere({ eigenerSatz: v })}
        />
      )}
      {/* A stated total covers the base posts in every year; a period set before stays visible with its message. */}
      {(!p.durchPauschaleGedeckt || st.abJahr !== undefined || st.bisJahr !== undefined) && (
        <Zeitraum stelle={st} fehler={fehler} onAendere={p.onAendere} />
      )}
      {hinweis && (
        <Text variant="small" block className={stile.hinweis}>
          {hinweis}
        </Text>
      )}
      <DefaultButton
        className={stile.kleinerKnopf}
        text="Stelle entfernen"
        ariaLabel={`Stelle entfernen – Nr. ${p.nummer}, ${titel}`}
        onClick={p.onEntferne}
      />
    </fieldset>
  );
}
