/** Writing the plan into the workbook, with the running mode and the message it ends with. */
import * as React from "react";
import type { ArbeitsmappenZugriff } from "../../excel/zugriff";
import {
  type ArbeitsmappenOptionen,
  type Formelmodus,
  type StaendeOptionen,
  arbeitsmappenOptionen,
} from "../../scenario/optionen";
import type { ArbeitsmappenPlan } from "../../workbook/plan";
import { BlattBelegtFehler } from "../anbindung";
import { ladeArbeitsmappenBauer } from "../nachladen";
import type { Rueckmeldung } from "../komponenten/Einfuegen";
import { fehlerText } from "../fehlerText";
import type { Aktion, PlanerZustand } from "../zustand";

/**
 * The options of the sheets the pane would insert now (the one mapping of the pane's state; the Word
 * text and a frozen Stand use it too). What is possible is decided in src/scenario/optionen.ts.
 */
export function arbeitsmappenOptionenAus(
  zustand: PlanerZustand,
  modus: Formelmodus,
  datum: Date,
  staende: StaendeOptionen | null = null,
): ArbeitsmappenOptionen {
  return arbeitsmappenOptionen(zustand.szenarien, zustand, modus, datum, staende);
}

function erfolgsText(modus: Formelmodus, blaetter: readonly string[]): string {
  const art = modus === "ki" ? "mit KI-Funktionen" : "mit Excel-Formeln (ohne Add-in lesbar)";
  return `${blaetter.length === 1 ? "1 Blatt" : `${blaetter.length} Blätter`} ${art} geschrieben: ${blaetter.join(", ")}.`;
}

export interface EinfuegeOptionen {
  zugriff: ArbeitsmappenZugriff;
  zustand: PlanerZustand;
  jetzt?: () => Date;
  aendern: (a: Aktion) => void;
  setBlattModi: (modi: Record<string, Formelmodus>) => void;
  setMeldung: (m: Rueckmeldung | null) => void;
  /** Stände for "Vergleich mit Stand" and "Änderungsprotokoll" (src/taskpane/hooks/useStaende). */
  staende?: StaendeOptionen | null;
}

export function useEinfuegen(o: EinfuegeOptionen) {
  const [laeuft, setLaeuft] = React.useState<Formelmodus | null>(null);
  // Kept for the session: once the user chose "Kostenvergleich (2)", later inserts update that sheet.
  const umbenennungen = React.useRef(new Map<string, string>());
  /** Builds the plan once; after a name clash the same finished plan is written under the chosen name. */
  const einfuegen = async (modus: Formelmodus, fertig?: ArbeitsmappenPlan): Promise<void> => {
    setLaeuft(modus);
    o.setMeldung(null);
    let plan = fertig;
    try {
      const datum = o.jetzt ? o.jetzt() : new Date();
      plan ??= (await ladeArbeitsmappenBauer()).baueArbeitsmappe(
        o.zustand.szenarien,
        arbeitsmappenOptionenAus(o.zustand, modus, datum, o.staende ?? null),
      );
      const erg = await o.zugriff.fuegeEin(plan, umbenennungen.current);
      o.aendern({ typ: "modus", modus });
      // The insert reports the sheet modes itself: reading them again would cost a 4th round-trip.
      o.setBlattModi(erg.modi);
      o.setMeldung({ typ: "erfolg", text: erfolgsText(modus, erg.blaetter) });
    } catch (e) {
      const belegt = e instanceof BlattBelegtFehler ? e : null;
      o.setMeldung({
        typ: "fehler",
        text: `Einfügen fehlgeschlagen: ${fehlerText(e)}`,
        ...(belegt && {
          aktion: {
            text: `Als „${belegt.vorschlag}“ einfügen`,
            ausfuehren: () => {
              umbenennungen.current.set(belegt.blatt, belegt.vorschlag);
              void einfuegen(modus, plan);
            },
          },
        }),
      });
    } finally {
      setLaeuft(null);
    }
  };
  return { laeuft, einfuegen };
}
