/** Checks of the optional workbook sections (multi-year plan, Kreisumlage), keyed by field. */
import { KiFehler } from "../core/fehler";
import { EINGABEJAHR_MAX, EINGABEJAHR_MIN, MAX_BETRAG_EURO, MAX_PLANJAHRE } from "../core/grenzen";
import { regelImJahr } from "../core/projektion";
import { minderbelastungOhneTraeger } from "../core/umlage";
import type { Szenario } from "../scenario/modell";
import { gemeindeSchluessel, type MehrjahrOptionen } from "../scenario/optionen";
import type { UmlageZeile } from "./zustand";

/**
 * "Automatisch nach Jahr" over the plan years: the first year whose rule set is not known, worded
 * for the field of the last year (a shorter plan or an explicit choice resolves it); null if none.
 */
function unbekannteRegel(m: MehrjahrOptionen, szenarien: readonly Szenario[]): string | null {
  for (const s of szenarien) {
    if (!s.erstattung.aktiv || s.erstattung.regelwerk !== "auto") continue;
    for (let jahr = m.vonJahr; jahr <= m.bisJahr; jahr++) {
      try {
        regelImJahr("auto", jahr);
      } catch (e) {
        const text = e instanceof KiFehler ? e.message : String(e);
        return `„${s.name}“: ${text} Oder planen Sie nur bis ${jahr - 1}.`;
      }
    }
  }
  return null;
}

export function pruefeMehrjahr(m: MehrjahrOptionen, szenarien: readonly Szenario[] = []): Record<string, string> {
  const f: Record<string, string> = {};
  for (const [feld, was] of [
    ["vonJahr", "Das erste Jahr"],
    ["bisJahr", "Das letzte Jahr"],
  ] as const) {
    if (!Number.isInteger(m[feld]) || m[feld] < EINGABEJAHR_MIN || m[feld] > EINGABEJAHR_MAX)
      f[feld] = `${was} muss zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX} liegen.`;
  }
  if (!f.vonJahr && !f.bisJahr) {
    if (m.bisJahr < m.vonJahr) f.bisJahr = "Das letzte Jahr liegt vor dem ersten.";
    else if (m.bisJahr - m.vonJahr + 1 > MAX_PLANJAHRE) f.bisJahr = `Höchstens ${MAX_PLANJAHRE} Planjahre.`;
    else {
      const text = unbekannteRegel(m, szenarien);
      if (text) f.bisJahr = text;
    }
  }
  for (const [feld, was] of [
    ["personalSteigerung", "Die Personalkostensteigerung"],
    ["sachSteigerung", "Die Sachkostensteigerung"],
    ["zinssatz", "Der Abzinsungssatz"],
  ] as const) {
    const v = m[feld];
    if (!Number.isFinite(v)) f[feld] = `${was}: Bitte eine Zahl in Prozent eingeben, z. B. 2,5.`;
    else if (v <= -1 || v > 1) f[feld] = `${was} muss größer als −100 % und höchstens 100 % sein.`;
  }
  return f;
}

export function pruefeUmlage(zeilen: readonly UmlageZeile[]): Record<string, string> {
  const f: Record<string, string> = {};
  if (zeilen.length === 0) f.liste = "Bitte mindestens eine Gemeinde eintragen.";
  const namen = new Set<string>();
  for (const z of zeilen) {
    const name = z.name.trim();
    if (name === "") f[`${z.id}:name`] = "Bitte den Namen der Gemeinde angeben.";
    else if (namen.has(gemeindeSchluessel(name))) f[`${z.id}:name`] = `„${name}“ steht schon in der Liste.`;
    namen.add(gemeindeSchluessel(name));
    if (z.grundlage !== null) {
      if (!Number.isFinite(z.grundlage)) f[`${z.id}:grundlage`] = "Bitte eine Zahl in € eingeben oder leer lassen.";
      else if (z.grundlage < 0) f[`${z.id}:grundlage`] = "Die Umlagegrundlage darf nicht negativ sein.";
      else if (z.grundlage > MAX_BETRAG_EURO) f[`${z.id}:grundlage`] = "Unrealistisch hoch – Tippfehler?";
    }
    if (!Number.isFinite(z.minderbelastung)) f[`${z.id}:minderbelastung`] = "Bitte eine Zahl in Prozent eingeben.";
    else if (z.minderbelastung < 0 || z.minderbelastung > 1)
      f[`${z.id}:minderbelastung`] = "Die Minderbelastung muss zwischen 0 % und 100 % liegen.";
  }
  // The core decides whether the reductions have someone to carry them; the sheet asks the same rule.
  const ohneTraeger = minderbelastungOhneTraeger(zeilen);
  if (ohneTraeger && !f.liste) f.liste = ohneTraeger;
  return f;
}
