/**
 * The fields of „Eigenes Regelwerk“ (./EigenesRegelwerkAbschnitt): a chunk of its own, since the
 * section starts closed.
 */
import * as React from "react";
import { DefaultButton, Dropdown, Text, TextField } from "@fluentui/react";
import { FINANZIERUNGSARTEN, type Finanzierungsart, type Foerderposition } from "../../core";
import { type EigenesRegelwerk, type RegelwerkMeldungen, type Szenario, leeresEigenesRegelwerk } from "../../scenario";
import { stile, UMBRECHENDES_DROPDOWN } from "../stile";
import type { EigenesRegelwerkProps } from "./EigenesRegelwerkAbschnitt";
import { Zahlenfeld } from "./Zahlenfeld";

/**
 * Group titles. The Assistenz amount is the one for the half post, as the guideline states it
 * (20.000 € for the ½ Verwaltungsassistenz; a full post is capped at twice it): its title says so,
 * and the field label stays one short word so the two fields line up at 320 px.
 */
const POSITIONS_TEXT: Readonly<Record<Foerderposition, string>> = {
  Fachkraft: "Pädagogische Fachkraft (Betrag je Stelle)",
  Verwaltung: "Verwaltung (Betrag je Stelle)",
  // A no-break space keeps "½ Stelle" together when the title wraps.
  Assistenz: "Verwaltungsassistenz (Betrag für die ½\u00a0Stelle)",
};

interface PaarProps {
  titel: string;
  schluessel: string;
  paar: { jeStelle: number | null; stellen: number | null };
  meldungen: RegelwerkMeldungen;
  onPaar: (paar: { jeStelle: number | null; stellen: number | null }) => void;
}

/** Cap per post and number of posts, side by side, named by their group; both empty = not funded. */
function Paar({ titel, schluessel, paar, meldungen, onPaar }: PaarProps): React.ReactElement {
  return (
    <div role="group" aria-label={titel}>
      <h4 className={stile.gruppeTitel}>{titel}</h4>
      <div className={stile.zweiSpalten}>
        <Zahlenfeld
          label="Höchstbetrag"
          einheit="€"
          leerErlaubt
          wert={paar.jeStelle}
          fehler={meldungen[`${schluessel}.jeStelle`]}
          onWert={(v) => onPaar({ ...paar, jeStelle: v })}
        />
        <Zahlenfeld
          label="Stellen höchstens"
          leerErlaubt
          wert={paar.stellen}
          fehler={meldungen[`${schluessel}.stellen`]}
          onWert={(v) => onPaar({ ...paar, stellen: v })}
        />
      </div>
    </div>
  );
}

function Felder({ wert: e, meldungen, onWert }: EigenesRegelwerkProps & { wert: EigenesRegelwerk }) {
  const setze = (teil: Partial<EigenesRegelwerk>) => onWert({ ...e, ...teil });
  return (
    <>
      <TextField
        label="Name"
        required
        value={e.name}
        errorMessage={meldungen.name}
        onChange={(_, v) => setze({ name: v ?? "" })}
      />
      <TextField
        label="Quelle"
        required
        multiline
        autoAdjustHeight
        value={e.quelle}
        placeholder="z. B. Bescheid BezReg Arnsberg vom 15.03.2025, Az. …"
        errorMessage={meldungen.quelle}
        onChange={(_, v) => setze({ quelle: v ?? "" })}
      />
      <Dropdown
        styles={UMBRECHENDES_DROPDOWN}
        label="Finanzierungsart"
        options={FINANZIERUNGSARTEN.map((f) => ({ key: f, text: f }))}
        selectedKey={e.finanzierungsart}
        onChange={(_, o) => o && setze({ finanzierungsart: o.key as Finanzierungsart })}
      />
      {e.positionen.map((p, i) => (
        <Paar
          key={p.position}
          titel={POSITIONS_TEXT[p.position]}
          schluessel={p.position}
          paar={p}
          meldungen={meldungen}
          onPaar={(paar) => setze({ positionen: e.positionen.map((x, k) => (k === i ? { ...x, ...paar } : x)) })}
        />
      ))}
      <Paar
        titel="Zusätzliche Stellen (Betrag je Stelle)"
        schluessel="zusatzstelle"
        paar={e.zusatzstelle}
        meldungen={meldungen}
        onPaar={(zusatzstelle) => setze({ zusatzstelle })}
      />
      <Zahlenfeld
        label="Sachausgabenpauschale höchstens in €/Jahr"
        leerErlaubt
        wert={e.sachausgaben}
        fehler={meldungen.sachausgaben}
        beschreibung="Leer lassen, wenn das Regelwerk keine Sachausgaben fördert."
        onWert={(v) => setze({ sachausgaben: v })}
      />
    </>
  );
}

/** Inside the opened section; `nutzer`: the scenarios that use the rule set. */
export function EigenesRegelwerkInhalt(p: EigenesRegelwerkProps & { nutzer: readonly Szenario[] }): React.ReactElement {
  const { nutzer } = p;
  return (
    <>
      <Text variant="small" block className={stile.hinweis}>
        Beträge aus Ihrem Zuwendungsbescheid oder einer neueren Richtlinie: je Förderposition der Höchstbetrag je Stelle
        (Verwaltungsassistenz: für die ½ Stelle, wie die Richtlinie ihn nennt) und wie viele Stellen höchstens gefördert
        werden (leer: nicht gefördert); Beträge in ganzen Cent. Ein Szenario wählt das Regelwerk unter
        „Landesförderung“; es gilt dann in jedem Planjahr.
      </Text>
      {p.wert === null ? (
        <DefaultButton
          className={stile.kleinerKnopf}
          text="Eigenes Regelwerk anlegen"
          onClick={() => p.onWert(leeresEigenesRegelwerk())}
        />
      ) : (
        <>
          <Felder {...p} wert={p.wert} />
          {p.meldungen.regelwerk && (
            <Text block role="alert" className={stile.fehlerZelle}>
              {p.meldungen.regelwerk}
            </Text>
          )}
          {nutzer.length > 0 && (
            <Text variant="small" block className={stile.hinweis}>
              Verwendet von: {nutzer.map((s) => s.name || "(ohne Namen)").join(", ")}. Beim Entfernen gilt dort wieder
              „Automatisch nach Jahr“.
            </Text>
          )}
          <DefaultButton
            className={stile.kleinerKnopf}
            text="Eigenes Regelwerk entfernen"
            onClick={() => p.onWert(null)}
          />
        </>
      )}
    </>
  );
}
