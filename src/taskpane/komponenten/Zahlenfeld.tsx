/**
 * A number input that accepts German notation and keeps what the user typed. The scenario gets
 * NaN while the text is not a number, so validation can name the problem at this field and
 * nothing half-typed is ever computed or written.
 */
import * as React from "react";
import { TextField } from "@fluentui/react";
import {
  betragFuerFeld,
  parseDeutscheZahl,
  prozentAusFeld,
  prozentFuerFeld,
  tippeBetrag,
  zahlFuerFeld,
} from "../zahlen";

export interface ZahlenfeldProps {
  label: string;
  /** null = empty (only with `leerErlaubt`). */
  wert: number | null;
  onWert: (wert: number | null) => void;
  /** "prozent": the field shows 30 for the stored 0.3. */
  art?: "zahl" | "prozent";
  leerErlaubt?: boolean;
  fehler?: string;
  einheit?: string;
  beschreibung?: string;
  platzhalter?: string;
  ariaLabel?: string;
  required?: boolean;
  disabled?: boolean;
  breite?: number | string;
  /** German thousands separators while typing; default: for amounts in € (the label says "€"). */
  tausender?: boolean;
}

function alsText(wert: number | null, art: "zahl" | "prozent", tausender = false): string {
  if (wert === null || !Number.isFinite(wert)) return "";
  if (art === "prozent") return prozentFuerFeld(wert);
  return tausender ? betragFuerFeld(wert) : zahlFuerFeld(wert);
}

function ausText(text: string, art: "zahl" | "prozent", leerErlaubt: boolean): number | null {
  if (text.trim() === "") return leerErlaubt ? null : NaN;
  return art === "prozent" ? prozentAusFeld(text) : parseDeutscheZahl(text);
}

function gleich(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

export function Zahlenfeld(props: ZahlenfeldProps): React.ReactElement {
  const art = props.art ?? "zahl";
  const leerErlaubt = props.leerErlaubt ?? false;
  const tausender = props.tausender ?? (art === "zahl" && props.label.includes("€"));
  const [text, setText] = React.useState(() => alsText(props.wert, art, tausender));
  const caret = React.useRef<{ feld: HTMLInputElement; pos: number } | null>(null);
  React.useLayoutEffect(() => {
    // After regrouping, the caret goes back behind the digit the user just typed.
    if (caret.current) caret.current.feld.setSelectionRange(caret.current.pos, caret.current.pos);
    caret.current = null;
  }, [text]);

  // A value set from outside (preset, undo of a copy) replaces the text; the user's own typing
  // round-trips to the same value and is left alone (so "0," stays while typing "0,5").
  React.useEffect(() => {
    if (!gleich(ausText(text, art, leerErlaubt), props.wert)) setText(alsText(props.wert, art, tausender));
  }, [props.wert]);

  return (
    <TextField
      label={props.label}
      ariaLabel={props.ariaLabel}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      suffix={props.einheit}
      description={props.beschreibung}
      placeholder={props.platzhalter}
      required={props.required}
      disabled={props.disabled}
      errorMessage={props.fehler}
      styles={props.breite !== undefined ? { root: { width: props.breite } } : undefined}
      onChange={(e, neu) => {
        let t = neu ?? "";
        const feld = e.target as HTMLInputElement;
        if (tausender && typeof feld.selectionStart === "number") {
          const g = tippeBetrag(text, t, feld.selectionStart);
          if (g.text !== t) caret.current = { feld, pos: g.caret };
          t = g.text;
        }
        setText(t);
        props.onWert(ausText(t, art, leerErlaubt));
      }}
    />
  );
}
