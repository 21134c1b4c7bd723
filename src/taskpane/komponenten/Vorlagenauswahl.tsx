/** Preset choice: the comparison bundles, single presets and an empty start, each with its source. */
import * as React from "react";
import {
  DefaultButton,
  Dropdown,
  DropdownMenuItemType,
  type IDropdownOption,
  PrimaryButton,
  Text,
} from "@fluentui/react";
import { VORLAGEN, VORLAGEN_SAETZE, erzeugeVorlage, erzeugeVorlagenSatz, leeresSzenario } from "../../scenario";
import type { Szenario } from "../../scenario";
import { stile, UMBRECHENDES_DROPDOWN } from "../stile";

const LEER = "leer";
const LADEN_ID = "ki-vorlage-laden";

/**
 * Loading replaces the scenario cards; focus must not fall back to the page (a keyboard user would
 * start again from the top). After the pane has rendered the new scenarios, the button gets focus
 * again, unless the user has moved it somewhere else meanwhile.
 */
function fokusZurueck(): void {
  requestAnimationFrame(() => {
    const aktiv = document.activeElement;
    if (aktiv === null || aktiv === document.body) document.getElementById(LADEN_ID)?.focus();
  });
}

const OPTIONEN: IDropdownOption[] = [
  { key: "kopf-saetze", text: "Vergleiche", itemType: DropdownMenuItemType.Header },
  ...VORLAGEN_SAETZE.map((s) => ({ key: `satz:${s.id}`, text: s.titel })),
  { key: "kopf-einzeln", text: "Einzelne Szenarien", itemType: DropdownMenuItemType.Header },
  ...VORLAGEN.map((v) => ({ key: `vorlage:${v.id}`, text: v.titel })),
  { key: "kopf-leer", text: "Ohne Vorlage", itemType: DropdownMenuItemType.Header },
  { key: LEER, text: "Leer beginnen" },
];

/** Baseline and KI scenario without figures, for users who enter everything themselves. */
function leererVergleich(): Szenario[] {
  const basis = { ...leeresSzenario(), name: "Derzeitige Struktur", typ: "derzeitig" as const };
  const ki = { ...leeresSzenario(), name: "KI" };
  return [basis, ki];
}

export function szenarienFuer(auswahl: string): Szenario[] {
  if (auswahl === LEER) return leererVergleich();
  const [art, id] = auswahl.split(":");
  return art === "satz" ? erzeugeVorlagenSatz(id) : [erzeugeVorlage(id)];
}

export function quellenFuer(auswahl: string): string[] {
  if (auswahl === LEER) return [];
  const [art, id] = auswahl.split(":");
  const ids = art === "satz" ? (VORLAGEN_SAETZE.find((s) => s.id === id)?.vorlagen ?? []) : [id];
  return [...new Set(ids.map((v) => VORLAGEN.find((x) => x.id === v)?.quelle ?? ""))].filter(Boolean);
}

function anzahlText(n: number): string {
  return n === 1 ? "1 Szenario" : `${n} Szenarien`;
}

export interface VorlagenauswahlProps {
  onLaden: (szenarien: Szenario[], titel: string) => void;
  onHinzufuegen: (szenarien: Szenario[], titel: string) => void;
}

export function Vorlagenauswahl(p: VorlagenauswahlProps): React.ReactElement {
  const [auswahl, setAuswahl] = React.useState<string>("satz:rhein-sieg-2013");
  const [ansage, setAnsage] = React.useState("");
  const titel = OPTIONEN.find((o) => o.key === auswahl)?.text ?? "";
  const quellen = quellenFuer(auswahl);
  return (
    <div>
      <Dropdown
        styles={UMBRECHENDES_DROPDOWN}
        label="Vorlage"
        options={OPTIONEN}
        selectedKey={auswahl}
        onChange={(_, o) => o && setAuswahl(String(o.key))}
      />
      {quellen.length > 0 ? (
        quellen.map((q) => (
          <Text key={q} className={stile.quelle} block>
            Quelle: {q}
          </Text>
        ))
      ) : (
        <Text className={stile.quelle} block>
          Zwei leere Szenarien (Basis und KI); alle Zahlen tragen Sie selbst ein.
        </Text>
      )}
      <div className={stile.knopfLeiste}>
        <PrimaryButton
          id={LADEN_ID}
          text="Vorlage laden"
          ariaDescription="Ersetzt alle Szenarien durch die Vorlage."
          onClick={() => {
            const szenarien = szenarienFuer(auswahl);
            p.onLaden(szenarien, titel);
            setAnsage(`Vorlage „${titel}“ geladen: ${anzahlText(szenarien.length)}. Rückgängig unter „Arbeitsmappe“.`);
            fokusZurueck();
          }}
        />
        <DefaultButton
          text="Als Szenario hinzufügen"
          ariaDescription="Hängt die Szenarien der Vorlage an die vorhandenen an."
          onClick={() => {
            const szenarien = szenarienFuer(auswahl);
            p.onHinzufuegen(szenarien, titel);
            setAnsage(`„${titel}“ hinzugefügt: ${anzahlText(szenarien.length)} mehr.`);
          }}
        />
      </div>
      <div role="status" aria-live="polite" className={stile.nurVorleser}>
        {ansage}
      </div>
    </div>
  );
}
