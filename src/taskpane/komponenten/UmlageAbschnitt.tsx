/**
 * Optional "Umlage" sheet (named as the sheet is): how the Kreis's extra cost falls on each member
 * municipality. The Umlagegrundlagen are not public per municipality, so the Rhein-Sieg preset fills
 * names only. While the user types, the table shows each municipality's burden and the levy in
 * Hebesatz points, from the same calculation the sheet uses.
 */
import * as React from "react";
import { Checkbox, DefaultButton, MessageBar, MessageBarType, Text } from "@fluentui/react";
import { RHEIN_SIEG_GEMEINDEN, formatEuro } from "../../core";
import type { UmlageMitglied } from "../../scenario/optionen";
import type { SzenarioAuswertung } from "../berechnung";
import { stile } from "../stile";
import { umlageVorschau, type UmlageVorschau } from "../umlageVorschau";
import { type UmlageZeile, umlageZeile } from "../zustand";
import { Ausklappbereich } from "./Ausklappbereich";
import { UmlageTabelle } from "./UmlageTabelle";

export interface UmlageAbschnittProps {
  aktiv: boolean;
  zeilen: readonly UmlageZeile[];
  meldungen: Record<string, string>;
  /** The scenarios' current results: the amount the levy distributes comes from them. */
  auswertungen: readonly SzenarioAuswertung[];
  onAktiv: (aktiv: boolean) => void;
  onZeilen: (zeilen: UmlageZeile[]) => void;
  onZeile: (id: string, werte: Partial<UmlageMitglied>) => void;
  /** The "take from selection" control (UmlageAuswahl). */
  auswahl?: React.ReactNode;
}

function Zusammenfassung({ v }: { v: UmlageVorschau }): React.ReactElement {
  if (v.art === "hinweis") {
    return (
      <Text variant="small" block className={stile.hinweis} aria-live="polite">
        {v.text}
      </Text>
    );
  }
  const punkte = v.hebesatzpunkte.toLocaleString("de-DE", { maximumFractionDigits: 4 });
  return (
    <Text variant="small" block aria-live="polite" style={{ marginTop: 6 }}>
      {`Verteilt: ${v.was}, ${formatEuro(v.betrag)} je Jahr – ${punkte} ${v.hebesatzpunkte === 1 ? "Hebesatzpunkt" : "Hebesatzpunkte"} der Kreisumlage.`}
    </Text>
  );
}

export function UmlageAbschnitt(p: UmlageAbschnittProps): React.ReactElement {
  const [hinweis, setHinweis] = React.useState<{ text: string; fehler: boolean } | null>(null);
  const vorschau = React.useMemo(() => umlageVorschau(p.auswertungen, p.zeilen), [p.auswertungen, p.zeilen]);
  return (
    <Ausklappbereich titel="Umlage" zusatz={p.aktiv ? "wird eingefügt" : undefined}>
      <Checkbox
        label="Blatt „Umlage“ in die Arbeitsmappe aufnehmen"
        checked={p.aktiv}
        onChange={(_, an) => p.onAktiv(!!an)}
      />
      <Text variant="small" block className={stile.hinweis}>
        Verteilt den Mehrbetrag des Kreises nach § 56 KrO NRW auf die Gemeinden, im Verhältnis ihrer Umlagegrundlagen
        (Steuerkraftmesszahl + Schlüsselzuweisungen laut GFG). Tragen Sie die Grundlagen selbst ein oder fügen Sie zwei
        Spalten aus Excel ein (Gemeinde, Grundlage); leere Felder zählen als 0. Eine Minderbelastung nach § 56 Abs. 4
        KrO wird auf die übrigen Gemeinden umgelegt.
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
      {hinweis && (
        <MessageBar
          messageBarType={hinweis.fehler ? MessageBarType.error : MessageBarType.success}
          onDismiss={() => setHinweis(null)}
          dismissButtonAriaLabel="Hinweis schließen"
        >
          {hinweis.text}
        </MessageBar>
      )}
      {p.zeilen.length > 0 && (
        <>
          <Zusammenfassung v={vorschau} />
          <UmlageTabelle
            zeilen={p.zeilen}
            meldungen={p.meldungen}
            vorschau={vorschau}
            onZeilen={p.onZeilen}
            onZeile={p.onZeile}
            onHinweis={(text, fehler) => setHinweis({ text, fehler })}
          />
        </>
      )}
    </Ausklappbereich>
  );
}
