/**
 * Pasting a range copied from Excel (or any table) into the pane's Umlage table: tab-separated
 * lines, column 1 the municipality, column 2 its Umlagegrundlage, optional column 3 a
 * Minderbelastung in %. Parsed like a selection taken from the sheet (umlageAusAuswahl); rows
 * whose name is already listed get the pasted figures, the others are added at the end.
 */
import { gemeindeSchluessel } from "../scenario/optionen";
import { umlageAusAuswahl } from "./umlageAusAuswahl";
import type { UmlageZeile } from "./zustand";

/** Whether a pasted text is a range (several cells) rather than one value for the focused field. */
export function istBereich(text: string): boolean {
  return text.trim().includes("\t") || text.trim().includes("\n");
}

export type EinfuegeErgebnis = { zeilen: UmlageZeile[]; hinweis: string } | { fehler: string };

export function fuegeBereichEin(vorher: readonly UmlageZeile[], text: string): EinfuegeErgebnis {
  const werte = text
    .replace(/\r\n?/g, "\n")
    .replace(/\n$/, "")
    .split("\n")
    .map((z) => z.split("\t"));
  const breite = Math.max(...werte.map((z) => z.length));
  const rechteckig = werte.map((z) => [...z, ...Array.from({ length: breite - z.length }, () => "")]);
  const e = umlageAusAuswahl({ adresse: "", werte: rechteckig }, { wo: "Eingefügter Bereich", aus: "eingefügt" });
  if ("fehler" in e) return e;
  const zeilen = [...vorher];
  const dreiSpalten = breite >= 3;
  let aktualisiert = 0;
  for (const neu of e.zeilen) {
    const i = zeilen.findIndex(
      (z) => z.name.trim() !== "" && gemeindeSchluessel(z.name) === gemeindeSchluessel(neu.name),
    );
    if (i < 0) {
      zeilen.push(neu);
      continue;
    }
    zeilen[i] = {
      ...zeilen[i],
      grundlage: neu.grundlage,
      ...(dreiSpalten ? { minderbelastung: neu.minderbelastung } : {}),
    };
    aktualisiert++;
  }
  // Empty placeholder rows ("Gemeinde hinzufügen" without a name) go when a range fills the list.
  const ohneLeere = zeilen.filter((z) => z.name.trim() !== "" || z.grundlage !== null);
  const neu = e.zeilen.length - aktualisiert;
  const teile = [aktualisiert > 0 ? `${aktualisiert} aktualisiert` : "", neu > 0 ? `${neu} neu` : ""].filter(Boolean);
  return {
    zeilen: ohneLeere,
    hinweis: `${e.zeilen.length} ${e.zeilen.length === 1 ? "Gemeinde" : "Gemeinden"} eingefügt (${teile.join(", ")}).`,
  };
}
