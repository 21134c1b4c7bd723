/**
 * The eight lines of the Rhein-Sieg comparison, computed in cents. Each line is rounded on its own
 * and the totals are sums of the rounded lines, so a printed table always adds up.
 */
import { KiFehler } from "./fehler";
import { Cent, centMal, rundeKaufmaennisch } from "./geld";

export interface KostenEingabe {
  personalkosten: Cent;
  arbeitsplaetze: number;
  bueros: number;
  projektmittel: Cent;
  querschnittssatz: number;
  itSatz: Cent;
  raumSatz: Cent;
  landeserstattung: Cent;
}

export interface Kostenaufstellung {
  personalkosten: Cent;
  querschnittskosten: Cent;
  it: Cent;
  raum: Cent;
  projektmittel: Cent;
  gesamtkosten: Cent;
  landeserstattung: Cent;
  eigenanteil: Cent;
}

export const ZEILEN: ReadonlyArray<{ schluessel: keyof Kostenaufstellung; label: string }> = [
  { schluessel: "personalkosten", label: "Personalkosten" },
  { schluessel: "querschnittskosten", label: "Querschnitts-/Sachkosten" },
  { schluessel: "it", label: "IT-Standardarbeitsplatz" },
  { schluessel: "raum", label: "Raumkosten" },
  { schluessel: "projektmittel", label: "Projektmittel" },
  { schluessel: "gesamtkosten", label: "Gesamtkosten" },
  { schluessel: "landeserstattung", label: "Kostenerstattung Land NRW" },
  { schluessel: "eigenanteil", label: "Jährlicher Kostenanteil" },
];

function pruefeSatz(satz: number, name: string): void {
  if (!(satz >= 0 && satz <= 1)) {
    throw new KiFehler("wert", `${name} muss zwischen 0 und 1 liegen (30 % = 0,3), erhalten: ${satz}.`);
  }
}

export function pruefeNichtNegativ(wert: number, name: string): void {
  if (!(wert >= 0)) throw new KiFehler("wert", `${name} darf nicht negativ sein, erhalten: ${wert}.`);
}

export function querschnittskosten(personalkosten: Cent, satz: number): Cent {
  pruefeNichtNegativ(personalkosten, "Personalkosten");
  pruefeSatz(satz, "Der Querschnittssatz");
  return centMal(personalkosten, satz);
}

export function stueckkosten(anzahl: number, satz: Cent, was: string): Cent {
  // The messages are built only when one is needed: this runs in every cost line of a sheet.
  if (!(anzahl >= 0)) pruefeNichtNegativ(anzahl, `Die Zahl der ${was}`);
  if (!(satz >= 0)) pruefeNichtNegativ(satz, `Der Satz je ${was}`);
  return centMal(satz, anzahl);
}

export function eigenanteil(gesamtkosten: Cent, landeserstattung: Cent): Cent {
  pruefeNichtNegativ(gesamtkosten, "Die Gesamtkosten");
  pruefeNichtNegativ(landeserstattung, "Die Landeserstattung");
  if (landeserstattung > gesamtkosten) {
    throw new KiFehler(
      "wert",
      "Die Landeserstattung ist höher als die Gesamtkosten. Eine Zuwendung kann die geförderten Kosten nicht übersteigen.",
    );
  }
  // Inputs may carry sub-cent digits (no pre-rounding); the difference is rounded once.
  return rundeKaufmaennisch(gesamtkosten - landeserstattung);
}

export function berechneKostenaufstellung(e: KostenEingabe): Kostenaufstellung {
  pruefeNichtNegativ(e.personalkosten, "Die Personalkosten");
  pruefeNichtNegativ(e.projektmittel, "Die Projektmittel");
  // Products from the exact inputs; every line rounded once, and the totals add the shown lines.
  const q = querschnittskosten(e.personalkosten, e.querschnittssatz);
  const it = stueckkosten(e.arbeitsplaetze, e.itSatz, "Arbeitsplätze");
  const raum = stueckkosten(e.bueros, e.raumSatz, "Büros");
  const personalkosten = rundeKaufmaennisch(e.personalkosten);
  const projektmittel = rundeKaufmaennisch(e.projektmittel);
  const landeserstattung = rundeKaufmaennisch(e.landeserstattung);
  const gesamtkosten = personalkosten + q + it + raum + projektmittel;
  return {
    personalkosten,
    querschnittskosten: q,
    it,
    raum,
    projektmittel,
    gesamtkosten,
    landeserstattung,
    eigenanteil: eigenanteil(gesamtkosten, landeserstattung),
  };
}
