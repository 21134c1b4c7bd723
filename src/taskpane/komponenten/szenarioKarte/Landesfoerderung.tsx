/** The state's cost refund: on or off, which rule set, its source, and the lump sum for material costs. */
import * as React from "react";
import { Checkbox, Dropdown, type IDropdownOption, Text } from "@fluentui/react";
import { EIGENES_REGELWERK_ID, FOERDERREGELN, foerderregelFuerJahr, quellenVermerk } from "../../../core";
import { type EigenesRegelwerk, type Szenario, istEigenesRegelwerk, regelFuer } from "../../../scenario";
import { stile, UMBRECHENDES_DROPDOWN } from "../../stile";
import { Zahlenfeld } from "../Zahlenfeld";
import type { KartenAbschnittProps } from "./abschnitt";

function regelwerkOptionen(jahr: number, eigenes: EigenesRegelwerk | null, gewaehlt: string): IDropdownOption[] {
  let auto = "Automatisch nach Jahr";
  try {
    auto += ` (${foerderregelFuerJahr(jahr).titel})`;
  } catch {
    // no rule set known for that year: the field's message says why and asks for a choice
    auto += ` (für ${jahr} nicht belegt)`;
  }
  const optionen = [{ key: "auto", text: auto }, ...FOERDERREGELN.map((r) => ({ key: r.id, text: r.titel }))];
  // Offered once defined; a scenario that still names it (definition removed elsewhere) keeps it visible.
  if (eigenes || istEigenesRegelwerk(gewaehlt)) {
    optionen.push({ key: EIGENES_REGELWERK_ID, text: `Eigenes Regelwerk: ${eigenes?.name.trim() || "(ohne Namen)"}` });
  }
  return optionen;
}

/** The rule set that applies, or null when the refund is off or no rule set fits. */
function geltendeRegel(s: Szenario) {
  if (!s.erstattung.aktiv) return null;
  try {
    if (istEigenesRegelwerk(s.erstattung.regelwerk)) return regelFuer(s);
    return s.erstattung.regelwerk === "auto"
      ? foerderregelFuerJahr(s.jahr)
      : (FOERDERREGELN.find((r) => r.id === s.erstattung.regelwerk) ?? null);
  } catch {
    return null;
  }
}

export function Landesfoerderung({
  szenario: s,
  meldungen,
  setze,
  eigenesRegelwerk,
}: KartenAbschnittProps & { eigenesRegelwerk: EigenesRegelwerk | null }): React.ReactElement {
  const regel = geltendeRegel(s);
  return (
    <>
      <h4 className={stile.gruppeTitel}>Landesförderung</h4>
      <Checkbox
        label="Kostenerstattung des Landes berücksichtigen"
        checked={s.erstattung.aktiv}
        onChange={(_, an) => setze("erstattung", { ...s.erstattung, aktiv: !!an })}
      />
      {s.erstattung.aktiv && (
        <>
          <Dropdown
            styles={UMBRECHENDES_DROPDOWN}
            label="Förderregelwerk"
            options={regelwerkOptionen(s.jahr, eigenesRegelwerk, s.erstattung.regelwerk)}
            selectedKey={istEigenesRegelwerk(s.erstattung.regelwerk) ? EIGENES_REGELWERK_ID : s.erstattung.regelwerk}
            errorMessage={meldungen["erstattung.regelwerk"]}
            onChange={(_, o) => o && setze("erstattung", { ...s.erstattung, regelwerk: String(o.key) })}
          />
          {regel && (
            <Text className={stile.quelle} block>
              Angewandt: {regel.titel} – {regel.status}. Quelle: {quellenVermerk(regel.quelle)}. {regel.hinweis}
            </Text>
          )}
          <Zahlenfeld
            label="Sachausgaben (Pauschale) in €/Jahr"
            wert={s.erstattung.sachausgaben}
            fehler={meldungen["erstattung.sachausgaben"]}
            beschreibung="Teil der Projektmittel, z. B. für Sprach- und Kulturmittler (gefördert ab 2017)."
            onWert={(v) => setze("erstattung", { ...s.erstattung, sachausgaben: v ?? NaN })}
          />
          <div className={stile.zweiSpalten}>
            <Zahlenfeld
              label="Sachausgaben ab Jahr"
              wert={s.erstattung.sachausgabenAb ?? null}
              leerErlaubt
              platzhalter="leer = immer"
              fehler={meldungen["erstattung.sachausgabenAb"]}
              onWert={(v) => setze("erstattung", { ...s.erstattung, sachausgabenAb: v ?? undefined })}
            />
            <Zahlenfeld
              label="Sachausgaben bis Jahr"
              wert={s.erstattung.sachausgabenBis ?? null}
              leerErlaubt
              platzhalter="leer = ohne Ende"
              fehler={meldungen["erstattung.sachausgabenBis"]}
              onWert={(v) => setze("erstattung", { ...s.erstattung, sachausgabenBis: v ?? undefined })}
            />
          </div>
        </>
      )}
    </>
  );
}
