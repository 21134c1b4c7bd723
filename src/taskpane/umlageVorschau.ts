/**
 * What each member municipality would pay, shown in the pane while the user edits: the same
 * amount and the same split (core verteileUmlage) the "Umlage" sheet and the Vorlage use, from the
 * scenarios' current results. Nothing here is written anywhere.
 */
import { type Cent, KiFehler, euroZuCent, verteileUmlage } from "../core";
import type { SzenarioAuswertung } from "./berechnung";
import type { UmlageZeile } from "./zustand";

export type UmlageVorschau =
  | {
      art: "verteilt";
      /** The amount the levy carries per year (KI minus current structure, or the KI's whole share). */
      betrag: Cent;
      /** What the amount is, in words. */
      was: string;
      /** Burden per row, in the rows' order. */
      belastungen: Cent[];
      hebesatzpunkte: number;
    }
  | { art: "hinweis"; text: string };

/** The amount the levy distributes: the KI scenario's Eigenanteil minus the current structure's. */
function umlagebetrag(a: readonly SzenarioAuswertung[]): { betrag: Cent; was: string } | string {
  const ki = a.find((x) => x.szenario.typ === "ki");
  if (!ki) return "Für die Umlage fehlt ein KI-Szenario.";
  if (!ki.ergebnis) return `„${ki.szenario.name}“ hat noch kein Ergebnis (Eingaben prüfen).`;
  const basis = a.find((x) => x.szenario.typ === "derzeitig");
  if (!basis) return { betrag: ki.ergebnis.aufstellung.eigenanteil, was: `Eigenanteil „${ki.szenario.name}“` };
  if (!basis.ergebnis) return `„${basis.szenario.name}“ hat noch kein Ergebnis (Eingaben prüfen).`;
  return {
    betrag: ki.ergebnis.aufstellung.eigenanteil - basis.ergebnis.aufstellung.eigenanteil,
    was: `Mehrbetrag „${ki.szenario.name}“ gegenüber „${basis.szenario.name}“`,
  };
}

const gueltig = (z: UmlageZeile) =>
  (z.grundlage === null || (Number.isFinite(z.grundlage) && z.grundlage >= 0)) &&
  Number.isFinite(z.minderbelastung) &&
  z.minderbelastung >= 0 &&
  z.minderbelastung <= 1;

export function umlageVorschau(
  auswertungen: readonly SzenarioAuswertung[],
  zeilen: readonly UmlageZeile[],
): UmlageVorschau {
  const b = umlagebetrag(auswertungen);
  if (typeof b === "string") return { art: "hinweis", text: b };
  if (zeilen.length === 0) return { art: "hinweis", text: "Noch keine Gemeinden eingetragen." };
  if (!zeilen.every(gueltig))
    return { art: "hinweis", text: "Die Belastung erscheint, sobald alle Felder gültig sind." };
  const positionen = zeilen.map((z) => ({
    grundlage: z.grundlage === null ? 0 : euroZuCent(z.grundlage),
    minderbelastung: z.minderbelastung,
  }));
  if (positionen.every((p) => p.grundlage === 0)) {
    return { art: "hinweis", text: "Die Belastung erscheint, sobald Umlagegrundlagen eingetragen sind." };
  }
  try {
    const v = verteileUmlage(b.betrag, positionen);
    return {
      art: "verteilt",
      betrag: b.betrag,
      was: b.was,
      belastungen: v.belastungen,
      hebesatzpunkte: v.hebesatzpunkte,
    };
  } catch (e) {
    return { art: "hinweis", text: e instanceof KiFehler ? e.message : String(e) };
  }
}
