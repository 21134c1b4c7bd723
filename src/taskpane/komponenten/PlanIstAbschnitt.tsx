/**
 * "Plan-Ist" (issue 27): a frozen Stand against the actual costs of a year. The user chooses the
 * Stand and the year, says when posts are filled, brings in the actuals (file, selection, pasted
 * text), corrects keys, sees the year-end forecast and the refund, and inserts the sheet through the
 * pane's one insert (the options' rule, scenario/planIst/auswahl, decides whether it is built).
 */
import * as React from "react";
import { Dropdown, type IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Text } from "@fluentui/react";
import type { Auswahlinhalt } from "../../excel/auswahl";
import type { Formelmodus } from "../../scenario/optionen";
import { istZiele } from "../../scenario/planIst";
import { type Stand, standDatumText } from "../../scenario/staende";
import { usePlanIst, type PlanIstApi } from "../hooks/usePlanIst";
import { stile } from "../stile";
import type { Aktion, PlanerZustand } from "../zustand";
import { Abschnitt } from "./Abschnitt";
import { Ausklappbereich } from "./Ausklappbereich";
import { PlanIstBesetzung } from "./planIst/PlanIstBesetzung";
import { PlanIstErgebnisAnzeige } from "./planIst/PlanIstErgebnis";
import { PlanIstImport } from "./planIst/PlanIstImport";

/** What the section needs of the pane; shaped like usePlaner, useStaende and useEinfuegen give it. */
export interface PlanIstAbschnittProps {
  planer: {
    zustand: PlanerZustand;
    aendern: (a: Aktion) => void;
    /** Why inserting is blocked (invalid input); empty = allowed. */
    gruende: readonly string[];
    laden: { ladeFehler: string | null };
  };
  staende: { staende: readonly Stand[] };
  zugriff: { leseAuswahl?: () => Promise<Auswahlinhalt> };
  /** The insert running now, if any. */
  laeuft: Formelmodus | null;
  /** The pane's one insert (all sheets, Plan-Ist among them when the options' rule says so). */
  onEinfuegen: (modus: Formelmodus) => void | Promise<void>;
}

const KEIN_STAND = "__kein__";

/** The years a Stand can be compared in: its scenario's year, and those its multi-year plan carries it to. */
function jahreDes(stand: Stand, szenarioJahr: number): number[] {
  const o = stand.zustand.optionen;
  const jahre = new Set([szenarioJahr]);
  if (o.mehrjahrAktiv && o.mehrjahr) {
    for (let j = o.mehrjahr.vonJahr; j <= o.mehrjahr.bisJahr && jahre.size < 50; j++) jahre.add(j);
  }
  return [...jahre].sort((a, b) => a - b);
}

function StandUndJahr(p: { api: PlanIstApi; staende: readonly Stand[] }): React.ReactElement {
  const { api } = p;
  const optionen: IDropdownOption[] = [
    { key: KEIN_STAND, text: "– kein Stand –" },
    ...p.staende.map((s) => ({ key: s.id, text: `${s.bezeichnung} (${standDatumText(s.datum)})` })),
  ];
  const g = api.bewertung.grundlage;
  const stand = api.bewertung.stand;
  const jahre = stand && g ? jahreDes(stand, g.szenario.jahr) : [];
  return (
    // The Stand's label gets the whole width: Fluent cuts a Dropdown's title instead of wrapping it.
    <div>
      <Dropdown
        label="Stand (Beschluss)"
        options={optionen}
        selectedKey={api.auswahl.standId ?? KEIN_STAND}
        onChange={(_, o) => o && api.waehleStand(o.key === KEIN_STAND ? null : String(o.key))}
      />
      {jahre.length > 0 && g && (
        <Dropdown
          label="Jahr"
          styles={{ root: { maxWidth: 160 } }}
          options={jahre.map((j) => ({ key: j, text: String(j) }))}
          selectedKey={g.eingabe.jahr}
          onChange={(_, o) =>
            o && api.aendereAuswahl({ jahr: Number(o.key) === g.szenario.jahr ? null : Number(o.key) })
          }
        />
      )}
    </div>
  );
}

function Einfuegen(p: { api: PlanIstApi; gesperrt: boolean; onEinfuegen: () => void }): React.ReactElement {
  const { bewertung } = p.api;
  return (
    <div>
      {bewertung.hindernis && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {bewertung.hindernis}
        </MessageBar>
      )}
      {bewertung.optionen && (
        <Text variant="small" block className={stile.hinweis}>
          Beim Einfügen entsteht das Blatt „Plan-Ist“ (mit allen anderen Blättern).
        </Text>
      )}
      <div className={stile.knopfLeiste}>
        <PrimaryButton
          text="Mit Plan-Ist einfügen"
          disabled={p.gesperrt || !bewertung.optionen}
          onClick={p.onEinfuegen}
        />
      </div>
    </div>
  );
}

export function PlanIstAbschnitt(p: PlanIstAbschnittProps): React.ReactElement {
  const { zustand, aendern, gruende, laden } = p.planer;
  const staende = p.staende.staende;
  const api = usePlanIst({ zustand, aendern, staende, leseAuswahl: p.zugriff.leseAuswahl });
  const g = api.bewertung.grundlage;
  const ziele = React.useMemo(() => (g ? istZiele(g.eingabe) : []), [g]);
  const gesperrt = gruende.length > 0 || p.laeuft !== null || laden.ladeFehler !== null;
  return (
    <Abschnitt id="ki-plan-ist" titel="Plan-Ist">
      {staende.length === 0 ? (
        <Text block className={stile.hinweis}>
          Erst einen Stand festschreiben (Abschnitt „Stände für Ausschuss und Kreistag“); gegen ihn werden die
          Ist-Kosten verglichen.
        </Text>
      ) : (
        <>
          <StandUndJahr api={api} staende={staende} />
          {g && (
            <>
              <Ausklappbereich titel="Besetzung der Stellen nach Monaten">
                <PlanIstBesetzung
                  stellen={g.eingabe.stellen}
                  jahr={g.eingabe.jahr}
                  besetzungen={api.auswahl.besetzungen}
                  onChange={(besetzungen) => api.aendereAuswahl({ besetzungen })}
                />
              </Ausklappbereich>
              <PlanIstImport api={api} ziele={ziele} />
            </>
          )}
          {api.ergebnis && <PlanIstErgebnisAnzeige ergebnis={api.ergebnis} />}
          <Einfuegen api={api} gesperrt={gesperrt} onEinfuegen={() => void p.onEinfuegen(zustand.letzterModus)} />
        </>
      )}
    </Abschnitt>
  );
}
