/**
 * Turns the cells the user selected in Excel into Umlage rows: column 1 the municipality, column 2
 * its Umlagegrundlage in €, optional column 3 a Minderbelastung in %. The rows then go through the
 * same checks as typed ones (pruefeUmlage); text that is not a number stays visible as an error at
 * its field instead of silently becoming 0.
 */
import type { Auswahlinhalt, Auswahlwert } from "../excel/auswahl";
import { parseDeutscheZahl, prozentAusFeld } from "./zahlen";
import { type UmlageZeile, umlageZeile } from "./zustand";

/** Far more rows than a Kreis has member municipalities: a larger selection is a slip of the mouse. */
export const MAX_AUSWAHL_ZEILEN = 500;

export type AuswahlErgebnis = { zeilen: UmlageZeile[]; hinweis: string } | { fehler: string };

const KOPF_NAME = /gemeinde|kommune|stadt|name/i;
const KOPF_BETRAG = /grundlage|betrag|€|euro|eur\b/i;

const leer = (w: Auswahlwert | undefined): boolean => w === undefined || w === "" || w === null;

/** A first row is a header only when it says so, never just because a number did not parse. */
function istKopf(zeile: readonly Auswahlwert[]): boolean {
  return typeof zeile[1] === "string" && KOPF_BETRAG.test(zeile[1]) && KOPF_NAME.test(String(zeile[0] ?? ""));
}

function betrag(w: Auswahlwert | undefined): number | null {
  if (leer(w)) return null;
  if (typeof w === "number") return w;
  return typeof w === "string" ? parseDeutscheZahl(w) : NaN;
}

/** Excel hands a cell formatted as 50 % over as 0.5; typed text "50 %" or "50" means percent. */
function anteil(w: Auswahlwert | undefined): number {
  if (leer(w)) return 0;
  if (typeof w === "number") return w;
  return typeof w === "string" ? prozentAusFeld(w) : NaN;
}

/** `herkunft`: how messages name the cells ("Markierter Bereich A1:B19", "Eingefügter Bereich"). */
export function umlageAusAuswahl(
  auswahl: Auswahlinhalt,
  herkunft = { wo: `Markierter Bereich ${auswahl.adresse}`, aus: `aus ${auswahl.adresse}` },
): AuswahlErgebnis {
  const wo = herkunft.wo;
  const breite = auswahl.werte[0]?.length ?? 0;
  if (breite < 2 || breite > 3) {
    return {
      fehler:
        `${wo}: Bitte zwei oder drei Spalten markieren – Gemeinde, Umlagegrundlage in €, ` +
        "optional Minderbelastung in %.",
    };
  }
  const daten = auswahl.werte.filter((z) => !z.every(leer));
  const ohneKopf = daten.length > 0 && istKopf(daten[0]) ? daten.slice(1) : daten;
  if (ohneKopf.length === 0) return { fehler: `${wo} enthält keine Gemeinden.` };
  if (ohneKopf.length > MAX_AUSWAHL_ZEILEN) {
    return { fehler: `${wo}: ${ohneKopf.length} Zeilen – höchstens ${MAX_AUSWAHL_ZEILEN} Gemeinden.` };
  }
  const zeilen = ohneKopf.map((z) => umlageZeile(String(z[0] ?? "").trim(), betrag(z[1]), anteil(z[2])));
  const kopf = ohneKopf.length < daten.length ? " (Kopfzeile übersprungen)" : "";
  return { zeilen, hinweis: `${zeilen.length} Gemeinden ${herkunft.aus} übernommen${kopf}.` };
}
