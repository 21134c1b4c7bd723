/**
 * The member municipalities as one compact table row each, readable at 320 px: name, Umlagegrundlage
 * in €, Minderbelastung in % and the burden that follows, recomputed on every keystroke with the
 * same split the "Umlage" sheet uses (umlageVorschau). Every field is named by its municipality
 * ("Umlagegrundlage Alfter"), and a range copied from Excel can be pasted into any field.
 */
import * as React from "react";
import { IconButton } from "@fluentui/react";
import { formatEuro } from "../../core";
import type { UmlageMitglied } from "../../scenario/optionen";
import { stile } from "../stile";
import type { UmlageVorschau } from "../umlageVorschau";
import { fuegeBereichEin, istBereich } from "../umlageEinfuegen";
import { betragFuerFeld, parseDeutscheZahl, prozentAusFeld, prozentFuerFeld, tippeBetrag } from "../zahlen";
import type { UmlageZeile } from "../zustand";

export interface UmlageTabelleProps {
  zeilen: readonly UmlageZeile[];
  meldungen: Record<string, string>;
  vorschau: UmlageVorschau;
  onZeilen: (zeilen: UmlageZeile[]) => void;
  onZeile: (id: string, werte: Partial<UmlageMitglied>) => void;
  /** Reports what a paste did (or why it was refused). */
  onHinweis: (text: string, fehler: boolean) => void;
}

/** Rows of a textarea for a name in the narrow column (about 13 characters a line at 320 px). */
const namenZeilen = (name: string) => Math.min(3, Math.max(1, Math.ceil(name.length / 13)));

function Betragsfeld(p: {
  wert: number | null;
  name: string;
  fehler?: string;
  fehlerId: string;
  onWert: (v: number | null) => void;
}): React.ReactElement {
  const [text, setText] = React.useState(() => (p.wert === null ? "" : betragFuerFeld(p.wert)));
  const caret = React.useRef<{ feld: HTMLInputElement; pos: number } | null>(null);
  React.useLayoutEffect(() => {
    if (caret.current) caret.current.feld.setSelectionRange(caret.current.pos, caret.current.pos);
    caret.current = null;
  }, [text]);
  React.useEffect(() => {
    const jetzt = text.trim() === "" ? null : parseDeutscheZahl(text);
    const gleich =
      jetzt === p.wert || (jetzt !== null && p.wert !== null && Number.isNaN(jetzt) && Number.isNaN(p.wert));
    if (!gleich) setText(p.wert === null || !Number.isFinite(p.wert) ? "" : betragFuerFeld(p.wert));
  }, [p.wert]);
  return (
    <input
      className={stile.zellEingabe}
      inputMode="decimal"
      autoComplete="off"
      placeholder="0"
      aria-label={`Umlagegrundlage ${p.name} in €`}
      aria-invalid={p.fehler ? true : undefined}
      aria-describedby={p.fehler ? p.fehlerId : undefined}
      value={text}
      onChange={(e) => {
        const feld = e.target;
        const g = tippeBetrag(text, feld.value, feld.selectionStart ?? feld.value.length);
        if (g.text !== feld.value) caret.current = { feld, pos: g.caret };
        setText(g.text);
        p.onWert(g.text.trim() === "" ? null : parseDeutscheZahl(g.text));
      }}
    />
  );
}

function Prozentfeld(p: {
  wert: number;
  name: string;
  fehler?: string;
  fehlerId: string;
  onWert: (v: number) => void;
}): React.ReactElement {
  const [text, setText] = React.useState(() => prozentFuerFeld(p.wert));
  React.useEffect(() => {
    const jetzt = text.trim() === "" ? 0 : prozentAusFeld(text);
    if (!(jetzt === p.wert || (Number.isNaN(jetzt) && Number.isNaN(p.wert)))) setText(prozentFuerFeld(p.wert));
  }, [p.wert]);
  return (
    <input
      className={stile.zellEingabe}
      inputMode="decimal"
      autoComplete="off"
      placeholder="0"
      aria-label={`Minderbelastung ${p.name} in Prozent`}
      aria-invalid={p.fehler ? true : undefined}
      aria-describedby={p.fehler ? p.fehlerId : undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        p.onWert(e.target.value.trim() === "" ? 0 : prozentAusFeld(e.target.value));
      }}
    />
  );
}

function Zeile(p: UmlageTabelleProps & { z: UmlageZeile; i: number }): React.ReactElement {
  const { z, i } = p;
  const name = z.name.trim() || `Gemeinde ${i + 1}`;
  const fehlerId = `umlage-fehler-${z.id}`;
  const fehler = [p.meldungen[`${z.id}:name`], p.meldungen[`${z.id}:grundlage`], p.meldungen[`${z.id}:minderbelastung`]]
    .filter(Boolean)
    .join(" ");
  const belastung = p.vorschau.art === "verteilt" ? p.vorschau.belastungen[i] : undefined;
  return (
    <>
      <tr>
        <td>
          <textarea
            className={stile.zellEingabe}
            rows={namenZeilen(z.name)}
            aria-label={`Name der Gemeinde ${i + 1}`}
            aria-invalid={p.meldungen[`${z.id}:name`] ? true : undefined}
            aria-describedby={fehler ? fehlerId : undefined}
            value={z.name}
            onChange={(e) => p.onZeile(z.id, { name: e.target.value.replace(/\n/g, " ") })}
          />
        </td>
        <td>
          <Betragsfeld
            wert={z.grundlage}
            name={name}
            fehler={p.meldungen[`${z.id}:grundlage`]}
            fehlerId={fehlerId}
            onWert={(v) => p.onZeile(z.id, { grundlage: v })}
          />
        </td>
        <td>
          <Prozentfeld
            wert={z.minderbelastung}
            name={name}
            fehler={p.meldungen[`${z.id}:minderbelastung`]}
            fehlerId={fehlerId}
            onWert={(v) => p.onZeile(z.id, { minderbelastung: v })}
          />
        </td>
        <td className={stile.zellBetrag} aria-label={belastung === undefined ? undefined : `Belastung ${name}`}>
          {belastung === undefined ? "–" : formatEuro(belastung).replace(" €", "")}
        </td>
        <td>
          <IconButton
            iconProps={{ iconName: "Cancel" }}
            title={`${name} entfernen`}
            ariaLabel={`${name} entfernen`}
            styles={{ root: { width: 24, height: 24 } }}
            onClick={() => p.onZeilen(p.zeilen.filter((x) => x.id !== z.id))}
          />
        </td>
      </tr>
      {fehler && (
        <tr>
          <td colSpan={5} id={fehlerId} role="alert" className={stile.fehlerZelle} style={{ fontSize: 12 }}>
            {`${name}: ${fehler}`}
          </td>
        </tr>
      )}
    </>
  );
}

export function UmlageTabelle(p: UmlageTabelleProps): React.ReactElement {
  const summe = p.vorschau.art === "verteilt" ? p.vorschau.belastungen.reduce((x, y) => x + y, 0) : null;
  const einfuegen = (e: React.ClipboardEvent) => {
    const text = e.clipboardData.getData("text/plain");
    if (!istBereich(text)) return;
    e.preventDefault();
    const r = fuegeBereichEin(p.zeilen, text);
    if ("fehler" in r) p.onHinweis(r.fehler, true);
    else {
      p.onZeilen(r.zeilen);
      p.onHinweis(r.hinweis, false);
    }
  };
  return (
    <div className={stile.tabelleRahmen} onPaste={einfuegen}>
      <table className={`${stile.tabelle} ${stile.umlageTabelle}`} aria-label="Mitgliedsgemeinden und ihre Belastung">
        <colgroup>
          <col style={{ width: "31%" }} />
          <col style={{ width: "31%" }} />
          <col style={{ width: "10%" }} />
          <col style={{ width: "22%" }} />
          <col style={{ width: 26 }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Gemeinde</th>
            <th scope="col">Grundlage €</th>
            <th scope="col">{"Minder\u00ADbelas\u00ADtung %"}</th>
            <th scope="col">Belastung €/Jahr</th>
            <th scope="col">
              <span className={stile.nurVorleser}>Entfernen</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.zeilen.map((z, i) => (
            <Zeile key={z.id} {...p} z={z} i={i} />
          ))}
        </tbody>
        {summe !== null && (
          <tfoot>
            <tr className={stile.summenZeile}>
              <th scope="row" colSpan={3}>
                Summe
              </th>
              <td>{formatEuro(summe).replace(" €", "")}</td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
