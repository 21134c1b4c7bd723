/** Loading and adding presets; loading replaces every scenario, so the previous ones stay one click away. */
import type { Szenario } from "../../scenario";
import type { Rueckmeldung } from "../komponenten/Einfuegen";
import type { Aktion } from "../zustand";

export interface VorlagenOptionen {
  szenarien: Szenario[];
  aendern: (a: Aktion) => void;
  setMeldung: (m: Rueckmeldung | null) => void;
  schliesseKarten: () => void;
}

export function vorlagenAktionen(o: VorlagenOptionen) {
  const ersetze = (szenarien: Szenario[], titel: string) => {
    const vorher = o.szenarien;
    o.aendern({ typ: "ersetzeSzenarien", szenarien });
    o.schliesseKarten();
    o.setMeldung({
      typ: "info",
      text: `Vorlage „${titel}“ geladen; die bisherigen Szenarien wurden ersetzt.`,
      aktion: {
        text: "Rückgängig",
        ausfuehren: () => {
          o.aendern({ typ: "ersetzeSzenarien", szenarien: vorher });
          o.setMeldung({ typ: "info", text: "Die Szenarien vor dem Laden der Vorlage sind wiederhergestellt." });
        },
      },
    });
  };
  const fuegeHinzu = (szenarien: Szenario[], titel: string) => {
    szenarien.forEach((s) => o.aendern({ typ: "fuegeHinzu", szenario: s }));
    o.setMeldung({ typ: "info", text: `„${titel}“ als Szenario hinzugefügt.` });
  };
  return { ersetze, fuegeHinzu };
}
