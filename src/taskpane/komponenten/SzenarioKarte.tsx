/**
 * Editor for one scenario, collapsible so that several fit in a narrow pane. The first scenario is
 * the baseline every other one is compared with.
 */
import * as React from "react";
import { Checkbox, DefaultButton, Dropdown, type IDropdownOption, Icon, Text, TextField } from "@fluentui/react";
import { FOERDERREGELN, type Koerperschaft, SATZTABELLEN, foerderregelFuerJahr, quellenVermerk } from "../../core";
import type { Stelle, Szenario, SzenarioTyp } from "../../scenario";
import type { Pruefmeldungen } from "../../scenario/validierung";
import { neueStelle, setzeFeld, setzeStelle } from "../zustand";
import { StellenZeile } from "./StellenZeile";
import { Zahlenfeld } from "./Zahlenfeld";
import { stile } from "../stile";

const TYPEN: IDropdownOption[] = [
  { key: "derzeitig", text: "Derzeitige Struktur" },
  { key: "ki", text: "Kommunales Integrationszentrum (KI)" },
];

const KOERPERSCHAFTEN: IDropdownOption[] = [
  { key: "Kreis", text: "Kreis" },
  { key: "kreisfreie Stadt", text: "kreisfreie Stadt" },
];

const SATZTABELLEN_OPTIONEN: IDropdownOption[] = SATZTABELLEN.map((t) => ({ key: t.id, text: `${t.titel} (${t.id})` }));

function regelwerkOptionen(jahr: number): IDropdownOption[] {
  let auto = "Automatisch nach Jahr";
  try {
    auto += ` (${foerderregelFuerJahr(jahr).titel})`;
  } catch {
    // no rule set for that year: the year field says why
  }
  return [{ key: "auto", text: auto }, ...FOERDERREGELN.map((r) => ({ key: r.id, text: r.titel }))];
}

export interface SzenarioKarteProps {
  szenario: Szenario;
  index: number;
  anzahl: number;
  meldungen: Pruefmeldungen;
  offen: boolean;
  onUmschalten: () => void;
  onAendere: (aenderung: (s: Szenario) => Szenario) => void;
  onVerschiebe: (richtung: -1 | 1) => void;
  onDupliziere: () => void;
  onEntferne: () => void;
}

export function SzenarioKarte(p: SzenarioKarteProps): React.ReactElement {
  const s = p.szenario;
  const inhaltId = React.useId();
  const fehlerzahl = Object.keys(p.meldungen).length;
  const basis = p.index === 0;
  const anzeigename = s.name.trim() || `Szenario ${p.index + 1}`;
  const setze = <K extends keyof Szenario>(feld: K, wert: Szenario[K]) =>
    p.onAendere((alt) => setzeFeld(alt, feld, wert));
  const tabelle = SATZTABELLEN.find((t) => t.id === s.satztabelle);
  const regel = (() => {
    if (!s.erstattung.aktiv) return null;
    try {
      return s.erstattung.regelwerk === "auto"
        ? foerderregelFuerJahr(s.jahr)
        : (FOERDERREGELN.find((r) => r.id === s.erstattung.regelwerk) ?? null);
    } catch {
      return null;
    }
  })();

  return (
    <section className={stile.karte} aria-label={`Szenario ${p.index + 1}: ${anzeigename}`}>
      <button
        type="button"
        className={stile.karteKopf}
        aria-expanded={p.offen}
        aria-controls={inhaltId}
        onClick={p.onUmschalten}
      >
        <Icon iconName={p.offen ? "ChevronDown" : "ChevronRight"} aria-hidden="true" />
        <span className={stile.karteName}>
          {p.index + 1}. {anzeigename}
        </span>
        {basis && <span className={stile.marke}>Basis</span>}
        {fehlerzahl > 0 && (
          <span className={`${stile.marke} ${stile.markeFehler}`}>
            {fehlerzahl === 1 ? "1 Eingabe prüfen" : `${fehlerzahl} Eingaben prüfen`}
          </span>
        )}
      </button>
      {p.offen && (
        <div id={inhaltId} className={stile.karteInhalt}>
          {p.meldungen.szenario && (
            <Text block role="alert" className={stile.fehlerZelle}>
              {p.meldungen.szenario}
            </Text>
          )}
          <TextField
            label="Name"
            required
            value={s.name}
            errorMessage={p.meldungen.name}
            onChange={(_, v) => setze("name", v ?? "")}
          />
          <Dropdown
            label="Art des Szenarios"
            options={TYPEN}
            selectedKey={s.typ}
            onChange={(_, o) => o && setze("typ", o.key as SzenarioTyp)}
          />
          <div className={stile.zweiSpalten}>
            <Dropdown
              label="Körperschaft"
              options={KOERPERSCHAFTEN}
              selectedKey={s.koerperschaft}
              onChange={(_, o) => o && setze("koerperschaft", o.key as Koerperschaft)}
            />
            <Zahlenfeld label="Jahr" wert={s.jahr} fehler={p.meldungen.jahr} onWert={(v) => setze("jahr", v ?? NaN)} />
          </div>

          <h4 className={stile.gruppeTitel}>Personal</h4>
          <Dropdown
            label="Satztabelle"
            options={SATZTABELLEN_OPTIONEN}
            selectedKey={s.satztabelle}
            errorMessage={p.meldungen.satztabelle}
            onChange={(_, o) => o && setze("satztabelle", String(o.key))}
          />
          {tabelle && (
            <Text className={stile.quelle} block>
              Quelle: {quellenVermerk(tabelle.quelle)}
            </Text>
          )}
          {s.stellen.map((st, i) => (
            <StellenZeile
              key={st.id}
              stelle={st}
              nummer={i + 1}
              meldungen={p.meldungen}
              bekannteGruppen={tabelle ? tabelle.gruppen : []}
              durchPauschaleGedeckt={s.personalkostenPauschale !== null && st.art === "kommunal"}
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
            ariaLabel={`Stelle zu „${anzeigename}“ hinzufügen`}
            onClick={() => p.onAendere((alt) => setzeFeld(alt, "stellen", [...alt.stellen, neueStelle()]))}
          />
          <Checkbox
            className={stile.gruppe}
            label="Personalkosten als Pauschale (statt Einzelsätzen)"
            checked={s.personalkostenPauschale !== null}
            onChange={(_, an) =>
              setze("personalkostenPauschale", an ? { betrag: 0, erlaeuterung: "", quelle: "" } : null)
            }
          />
          {s.personalkostenPauschale && (
            <>
              <Zahlenfeld
                label="Personalkosten-Pauschale in €/Jahr"
                wert={s.personalkostenPauschale.betrag}
                fehler={p.meldungen["pauschale.betrag"]}
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

          <h4 className={stile.gruppeTitel}>Sach- und Raumkosten</h4>
          <div className={stile.zweiSpalten}>
            <Zahlenfeld
              label="Arbeitsplätze"
              wert={s.arbeitsplaetze}
              fehler={p.meldungen.arbeitsplaetze}
              onWert={(v) => setze("arbeitsplaetze", v ?? NaN)}
            />
            <Zahlenfeld
              label="Büros"
              wert={s.bueros}
              fehler={p.meldungen.bueros}
              onWert={(v) => setze("bueros", v ?? NaN)}
            />
            <Zahlenfeld
              label="Querschnittssatz in %"
              art="prozent"
              einheit="%"
              wert={s.querschnittssatz}
              fehler={p.meldungen.querschnittssatz}
              onWert={(v) => setze("querschnittssatz", v ?? NaN)}
            />
            <Zahlenfeld
              label="Projektmittel in €/Jahr"
              wert={s.projektmittel}
              fehler={p.meldungen.projektmittel}
              onWert={(v) => setze("projektmittel", v ?? NaN)}
            />
            <Zahlenfeld
              label="IT-Satz in € je Arbeitsplatz"
              wert={s.itSatz}
              fehler={p.meldungen.itSatz}
              onWert={(v) => setze("itSatz", v ?? NaN)}
            />
            <Zahlenfeld
              label="Raumkosten in € je Büro"
              wert={s.raumSatz}
              fehler={p.meldungen.raumSatz}
              onWert={(v) => setze("raumSatz", v ?? NaN)}
            />
          </div>

          <h4 className={stile.gruppeTitel}>Landesförderung</h4>
          <Checkbox
            label="Kostenerstattung des Landes berücksichtigen"
            checked={s.erstattung.aktiv}
            onChange={(_, an) => setze("erstattung", { ...s.erstattung, aktiv: !!an })}
          />
          {s.erstattung.aktiv && (
            <>
              <Dropdown
                label="Förderregelwerk"
                options={regelwerkOptionen(s.jahr)}
                selectedKey={s.erstattung.regelwerk}
                errorMessage={p.meldungen["erstattung.regelwerk"]}
                onChange={(_, o) => o && setze("erstattung", { ...s.erstattung, regelwerk: String(o.key) })}
              />
              {regel && (
                <Text className={stile.quelle} block>
                  Quelle: {quellenVermerk(regel.quelle)}. {regel.hinweis}
                </Text>
              )}
              <Zahlenfeld
                label="Sachausgaben (Pauschale) in €/Jahr"
                wert={s.erstattung.sachausgaben}
                fehler={p.meldungen["erstattung.sachausgaben"]}
                beschreibung="Teil der Projektmittel, z. B. für Sprach- und Kulturmittler (gefördert ab 2017)."
                onWert={(v) => setze("erstattung", { ...s.erstattung, sachausgaben: v ?? NaN })}
              />
            </>
          )}
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
          <div className={stile.knopfLeiste}>
            <DefaultButton
              text="Nach oben"
              ariaLabel={`„${anzeigename}“ nach oben verschieben`}
              disabled={p.index === 0}
              onClick={() => p.onVerschiebe(-1)}
            />
            <DefaultButton
              text="Nach unten"
              ariaLabel={`„${anzeigename}“ nach unten verschieben`}
              disabled={p.index === p.anzahl - 1}
              onClick={() => p.onVerschiebe(1)}
            />
            <DefaultButton text="Duplizieren" ariaLabel={`„${anzeigename}“ duplizieren`} onClick={p.onDupliziere} />
            <DefaultButton
              text="Entfernen"
              ariaLabel={`„${anzeigename}“ entfernen`}
              disabled={p.anzahl <= 1}
              onClick={p.onEntferne}
            />
          </div>
        </div>
      )}
    </section>
  );
}
