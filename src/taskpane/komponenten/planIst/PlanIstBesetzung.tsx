/**
 * Months filled per post of the chosen Stand (Besetzung zum 1.9., a vacancy from March to May): what
 * the core needs from the user (core/planIst Besetzung). A post without an entry is filled all year.
 * Every field's accessible name carries the post's key, so twenty posts give sixty distinct names.
 */
import * as React from "react";
import { Dropdown, type IDropdownOption, Label, Text, TextField } from "@fluentui/react";
import { type Besetzung, MONATSNAMEN, type PlanIstStelle } from "../../../core";
import { vakanzenAusText, vakanzenText } from "../../../scenario/planIst";
import { stile } from "../../stile";

const MONATE: IDropdownOption[] = MONATSNAMEN.map((n, i) => ({ key: i + 1, text: n }));

/** Without the fields that say "the whole year", so the saved choice stays as small as the input. */
function bereinigt(b: Besetzung): Besetzung | null {
  const r: Besetzung = {
    ...(b.abMonat !== undefined && b.abMonat !== 1 ? { abMonat: b.abMonat } : {}),
    ...(b.bisMonat !== undefined && b.bisMonat !== 12 ? { bisMonat: b.bisMonat } : {}),
    ...(b.vakanzen && b.vakanzen.length > 0 ? { vakanzen: b.vakanzen } : {}),
  };
  return Object.keys(r).length === 0 ? null : r;
}

function StelleMonate(p: {
  stelle: PlanIstStelle;
  jahr: number;
  besetzung: Besetzung;
  onChange: (b: Besetzung | null) => void;
}): React.ReactElement {
  const k = p.stelle.schluessel;
  const [vakanz, setVakanz] = React.useState(vakanzenText(p.besetzung.vakanzen));
  const [fehler, setFehler] = React.useState<string | undefined>(undefined);
  const ab = p.besetzung.abMonat ?? 1;
  const bis = p.besetzung.bisMonat ?? 12;
  const uebernimm = () => {
    const v = vakanzenAusText(vakanz, p.jahr);
    if (typeof v === "string") return setFehler(v);
    setFehler(undefined);
    p.onChange(bereinigt({ ...p.besetzung, vakanzen: v }));
  };
  return (
    <fieldset className={stile.stelle}>
      <legend className={stile.stelleTitel}>{k}</legend>
      <div className={stile.zweiSpalten}>
        <Dropdown
          label="besetzt ab"
          ariaLabel={`${k}: besetzt ab`}
          options={MONATE}
          selectedKey={ab}
          onChange={(_, o) => o && p.onChange(bereinigt({ ...p.besetzung, abMonat: Number(o.key) }))}
        />
        <Dropdown
          label="bis"
          ariaLabel={`${k}: besetzt bis`}
          options={MONATE}
          selectedKey={bis}
          errorMessage={bis < ab ? "Liegt vor dem ersten Monat." : undefined}
          onChange={(_, o) => o && p.onChange(bereinigt({ ...p.besetzung, bisMonat: Number(o.key) }))}
        />
      </div>
      {/* Fluent names a field by its visible label (aria-labelledby): the post's key would be lost. */}
      <Label aria-hidden="true">Vakanz (Monate)</Label>
      <TextField
        ariaLabel={`${k}: Vakanz (Monate)`}
        placeholder="z. B. 3-5 oder Mär-Mai"
        value={vakanz}
        errorMessage={fehler}
        onChange={(_, v) => setVakanz(v ?? "")}
        onBlur={uebernimm}
        onKeyDown={(e) => e.key === "Enter" && uebernimm()}
      />
    </fieldset>
  );
}

export function PlanIstBesetzung(p: {
  stellen: readonly PlanIstStelle[];
  jahr: number;
  besetzungen: Readonly<Record<string, Besetzung>>;
  onChange: (besetzungen: Record<string, Besetzung>) => void;
}): React.ReactElement {
  const aendere = (k: string, b: Besetzung | null) => {
    const neu = { ...p.besetzungen };
    if (b === null) delete neu[k];
    else neu[k] = b;
    p.onChange(neu);
  };
  return (
    <div role="group" aria-label="Besetzung der Stellen">
      <Text variant="small" block className={stile.hinweis}>
        Ohne Angabe ist eine Stelle das ganze Jahr besetzt. Kosten folgen den besetzten Monaten.
      </Text>
      {p.stellen.map((st) => (
        <StelleMonate
          key={st.schluessel}
          stelle={st}
          jahr={p.jahr}
          besetzung={p.besetzungen[st.schluessel] ?? {}}
          onChange={(b) => aendere(st.schluessel, b)}
        />
      ))}
    </div>
  );
}
