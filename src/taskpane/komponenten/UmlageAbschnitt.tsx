/**
 * Optional "Umlage" sheet (named as the sheet is): how the Kreis's extra cost falls on each member municipality. The
 * Umlagegrundlagen are not public per municipality, so the Rhein-Sieg preset fills names only.
 */
import * as React from "react";
import { Checkbox, DefaultButton, Text, TextField } from "@fluentui/react";
import { RHEIN_SIEG_GEMEINDEN } from "../../core";
import type { UmlageMitglied } from "../../scenario/optionen";
import { type UmlageZeile, umlageZeile } from "../zustand";
import { Ausklappbereich } from "./Ausklappbereich";
import { Zahlenfeld } from "./Zahlenfeld";
import { stile } from "../stile";

export interface UmlageAbschnittProps {
  aktiv: boolean;
  zeilen: readonly UmlageZeile[];
  meldungen: Record<string, string>;
  onAktiv: (aktiv: boolean) => void;
  onZeilen: (zeilen: UmlageZeile[]) => void;
  onZeile: (id: string, werte: Partial<UmlageMitglied>) => void;
  /** The "take from selection" control (UmlageAuswahl). */
  auswahl?: React.ReactNode;
}

export function UmlageAbschnitt(p: UmlageAbschnittProps): React.ReactElement {
  return (
    <Ausklappbereich titel="Umlage" zusatz={p.aktiv ? "wird eingefügt" : undefined}>
      <Checkbox
        label="Blatt „Umlage“ in die Arbeitsmappe aufnehmen"
        checked={p.aktiv}
        onChange={(_, an) => p.onAktiv(!!an)}
      />
      <Text variant="small" block className={stile.hinweis}>
        Verteilt den Mehrbetrag des Kreises nach § 56 KrO NRW auf die Gemeinden, im Verhältnis ihrer Umlagegrundlagen
        (Steuerkraftmesszahl + Schlüsselzuweisungen laut GFG). Tragen Sie die Grundlagen selbst ein; leere Felder zählen
        als 0. Eine Minderbelastung nach § 56 Abs. 4 KrO wird auf die übrigen Gemeinden umgelegt.
      </Text>
      <div className={stile.knopfLeiste}>
        <DefaultButton
          text="Rhein-Sieg-Kreis (19 Gemeinden) eintragen"
          onClick={() => p.onZeilen(RHEIN_SIEG_GEMEINDEN.map((name) => umlageZeile(name)))}
        />
        <DefaultButton text="Gemeinde hinzufügen" onClick={() => p.onZeilen([...p.zeilen, umlageZeile()])} />
      </div>
      {p.auswahl}
      {p.meldungen.liste && p.aktiv && (
        <Text block role="alert" className={stile.fehlerZelle}>
          {p.meldungen.liste}
        </Text>
      )}
      {p.zeilen.length > 0 && (
        <ul aria-label="Mitgliedsgemeinden" style={{ listStyle: "none", margin: "8px 0 0", padding: 0 }}>
          {p.zeilen.map((z, i) => {
            const titel = z.name.trim() || `Gemeinde ${i + 1}`;
            return (
              <li key={z.id} className={stile.mitglied} aria-label={titel}>
                <TextField
                  className={stile.mitgliedName}
                  label={`Gemeinde ${i + 1}`}
                  value={z.name}
                  errorMessage={p.meldungen[`${z.id}:name`]}
                  onChange={(_, v) => p.onZeile(z.id, { name: v ?? "" })}
                />
                <Zahlenfeld
                  label="Umlagegrundlage in €"
                  ariaLabel={`Umlagegrundlage ${titel} in €`}
                  wert={z.grundlage}
                  leerErlaubt
                  platzhalter="leer = 0"
                  fehler={p.meldungen[`${z.id}:grundlage`]}
                  onWert={(v) => p.onZeile(z.id, { grundlage: v })}
                />
                <Zahlenfeld
                  label="Minderbelastung in %"
                  ariaLabel={`Minderbelastung ${titel} nach § 56 Abs. 4 KrO in %`}
                  art="prozent"
                  einheit="%"
                  wert={z.minderbelastung}
                  fehler={p.meldungen[`${z.id}:minderbelastung`]}
                  onWert={(v) => p.onZeile(z.id, { minderbelastung: v ?? NaN })}
                />
                <DefaultButton
                  className={stile.kleinerKnopf}
                  text="Entfernen"
                  ariaLabel={`${titel} entfernen`}
                  onClick={() => p.onZeilen(p.zeilen.filter((x) => x.id !== z.id))}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Ausklappbereich>
  );
}
