/**
 * The report: as plain text (to copy into an e-mail or save as a file) and as a sheet
 * "Abnahmebericht" in the tested workbook, which stays when everything else is cleaned up.
 */
import type { ExcelHost } from "../excel/zugriff";
import { bereich, zelle } from "../workbook/adressen";
import type { Abnahmebericht } from "./lauf";
import { detailDeutsch, ortszeitText } from "./darstellung";
import type { Status } from "./typen";

export const BERICHTSBLATT = "Abnahmebericht";

export const STATUS_TEXT: Record<Status, string> = {
  bestanden: "bestanden",
  fehlgeschlagen: "FEHLGESCHLAGEN",
  uebersprungen: "übersprungen",
};

export function zusammenfassung(b: Abnahmebericht): string {
  const zahl = (s: Status) => b.ergebnisse.filter((e) => e.status === s).length;
  return `${zahl("bestanden")} bestanden, ${zahl("fehlgeschlagen")} fehlgeschlagen, ${zahl("uebersprungen")} übersprungen`;
}

function kopf(b: Abnahmebericht): string[][] {
  return [
    ["KI-Kostenplaner Abnahmetest"],
    ["Gestartet", ortszeitText(b.gestartet)],
    ["Plattform", b.plattform],
    ["Excel-Version", b.version],
    ["Ergebnis", zusammenfassung(b)],
  ];
}

export function berichtText(b: Abnahmebericht): string {
  const zeilen = kopf(b).map((z) => z.join(": "));
  zeilen.push("");
  b.ergebnisse.forEach((e, i) => {
    zeilen.push(`${i + 1}. [${STATUS_TEXT[e.status]}] ${e.titel} (${e.id})`);
    zeilen.push(`   ${detailDeutsch(e.detail)}`);
  });
  return zeilen.join("\n") + "\n";
}

/** All cells as text with Excel's quote prefix, so no detail is ever read as a formula. */
function alsText(zeilen: string[][], breite: number): string[][] {
  return zeilen.map((z) => Array.from({ length: breite }, (_, i) => (z[i] ? `'${z[i]}` : "")));
}

/** Writes the report into a new sheet (Abnahmebericht, or "Abnahmebericht 2" … if taken); returns its name. */
export async function schreibeBerichtsblatt(excel: ExcelHost, b: Abnahmebericht): Promise<string> {
  const zeilen = [
    ...kopf(b),
    [],
    ["Nr.", "Prüfung", "Ergebnis", "Beobachtet"],
    ...b.ergebnisse.map((e, i) => [String(i + 1), e.titel, STATUS_TEXT[e.status], detailDeutsch(e.detail)]),
  ];
  return excel.run({ delayForCellEdit: true }, async (context) => {
    const blaetter = context.workbook.worksheets.load("items/name");
    await context.sync();
    const belegt = new Set(blaetter.items.map((x) => x.name.toLowerCase()));
    let name = BERICHTSBLATT;
    for (let n = 2; belegt.has(name.toLowerCase()); n++) name = `${BERICHTSBLATT} ${n}`;
    const blatt = context.workbook.worksheets.add(name);
    blatt.getRange(bereich(0, 0, zeilen.length - 1, 3)).values = alsText(zeilen, 4);
    // Written straight through Office.js, not as a plan: the report must not depend on the writer it checks.
    blatt.getRange(zelle(0, 0)).format.font.bold = true;
    blatt.getRange(bereich(6, 0, 6, 3)).format.font.bold = true;
    [6, 60, 16, 100].forEach((zeichen, s) => {
      blatt.getRangeByIndexes(0, s, 1, 1).format.columnWidth = zeichen * 5.25 + 3.75;
    });
    blatt.activate();
    await context.sync();
    return name;
  });
}
