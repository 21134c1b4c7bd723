/**
 * The lines below the rate tables on "Annahmen" (source by number, caveat, carrying). The layout
 * reserves a row for each printed line before any cell is built, so a long caveat is broken into
 * rows instead of running past the printed width and being cut off.
 */
import { zahlText } from "../../core";
import type { SatztabellenLayout } from "./bezuege";

/**
 * Characters of bold 10 pt text a footnote row holds: the narrowest sheet prints about 108
 * characters of column width (blatt.ts SEITENBREITE); bold text takes about a tenth more.
 */
export const FUSSNOTEN_BREITE = 95;

/** Splits a text at spaces into lines of at most `breite` characters (a longer word stands alone). */
export function zeilenVon(text: string, breite: number): string[] {
  const zeilen: string[] = [];
  let zeile = "";
  for (const wort of text.split(/\s+/).filter((w) => w !== "")) {
    if (zeile !== "" && zeile.length + 1 + wort.length > breite) {
      zeilen.push(zeile);
      zeile = wort;
    } else zeile = zeile === "" ? wort : `${zeile} ${wort}`;
  }
  if (zeile !== "") zeilen.push(zeile);
  return zeilen;
}

function prozentText(x: number): string {
  return `${zahlText(Math.round(x * 100000) / 1000)} %`;
}

type Fusslayout = Pick<SatztabellenLayout, "tabelle" | "fortschreibung" | "andereJahre" | "planjahr" | "steigerung">;

/** The footnote of a rate table, given how its source is cited ("[3]"). */
export function satztabellenFussnote(t: Fusslayout, verweis: string): string {
  const teile: string[] = [`Quelle: ${verweis}`];
  if (t.tabelle.vorbehalt) teile.push(t.tabelle.vorbehalt);
  const jahr = t.tabelle.basisjahr;
  if (t.fortschreibung) {
    teile.push(
      `Sätze von ${jahr ?? "ihrem Jahr"} auf ${t.planjahr} fortgeschrieben mit ${prozentText(t.steigerung ?? 0)} ` +
        "jährlicher Steigerung (Eingabe im Aufgabenbereich; hier änderbar)",
    );
  } else if (t.andereJahre) {
    teile.push(
      `Sätze von ${jahr ?? "ihrem Jahr"}, NICHT auf ${t.planjahr} fortgeschrieben: keine jährliche Steigerung ` +
        "angegeben (im Aufgabenbereich unter Personal eintragen)",
    );
  }
  return teile.join(" – ");
}

/** Rows the footnote takes; counted with a citation as long as any ("[99]"), so it never needs more. */
export function satztabellenFussZeilen(t: Fusslayout): number {
  return Math.max(1, zeilenVon(satztabellenFussnote(t, "[99]"), FUSSNOTEN_BREITE).length);
}
