/**
 * Runs the fixed list of checks in order, then cleans up: deletes the sheets the run created and
 * the names of the inserted plan, and puts every workbook setting back as it was before.
 */
import { erstelleArbeitsmappenZugriff } from "../taskpane/anbindung";
import { einfuegen, erneutEinfuegen } from "./pruefungen/einfuegen";
import { fehlercodes, fehlermeldung, leereZellen, registriert, rheinSieg } from "./pruefungen/formeln";
import { druck, namenUndDiagramme, zahlenformate, zustand } from "./pruefungen/rueckblick";
import { groessenprobe, keinRollback, standUndSicherung } from "./pruefungen/einstellungen";
import { bestanden, fehlgeschlagen, type Lauf, type Pruefergebnis, type Pruefung, type Umgebung } from "./typen";

/** The acceptance test, in the order it runs. */
export const PRUEFUNGEN: readonly Pruefung[] = [
  registriert,
  rheinSieg,
  leereZellen,
  fehlercodes,
  fehlermeldung,
  einfuegen,
  erneutEinfuegen,
  zahlenformate,
  druck,
  namenUndDiagramme,
  zustand,
  standUndSicherung,
  groessenprobe,
  keinRollback,
];

/** How many lines the report lists: every check plus the clean-up at the end (the pane's text counts this). */
export const ANZAHL_PUNKTE = PRUEFUNGEN.length + 1;

export interface Abnahmebericht {
  gestartet: Date;
  plattform: string;
  version: string;
  ergebnisse: Pruefergebnis[];
}

type Einstellungen = Map<string, unknown>;

async function leseEinstellungen(u: Umgebung): Promise<Einstellungen> {
  return u.excel.run({ delayForCellEdit: true }, async (context) => {
    const s = context.workbook.settings.load("items/key, items/value");
    await context.sync();
    return new Map(s.items.map((e) => [e.key, e.value] as [string, unknown]));
  });
}

function meldung(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Deletes what the run created and restores the settings; the result is the last line of the report. */
async function raeumeAuf(lauf: Lauf, vorher: Einstellungen, blaetterVorher: number): Promise<Pruefergebnis> {
  const titel = { id: "aufraeumen", titel: "Aufräumen (Testblätter, Namen, Einstellungen wiederhergestellt)" };
  const namen = new Set(lauf.plan?.blaetter.flatMap((b) => b.namen.map((n) => n.name.toLowerCase())) ?? []);
  const anzahl = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
    const wb = context.workbook;
    const alleNamen = wb.names.load("items/name");
    const einstellungen = wb.settings.load("items/key");
    await context.sync();
    for (const n of alleNamen.items) if (namen.has(n.name.toLowerCase())) n.delete();
    for (const e of einstellungen.items) if (!vorher.has(e.key)) e.delete();
    for (const [k, v] of vorher) wb.settings.add(k, v);
    for (const b of lauf.neueBlaetter) wb.worksheets.getItem(b).delete();
    await context.sync();
    const blaetter = wb.worksheets.load("items/name");
    await context.sync();
    return blaetter.items.length;
  });
  const nachher = await leseEinstellungen(lauf.umgebung);
  const gleich = JSON.stringify([...nachher].sort()) === JSON.stringify([...vorher].sort());
  return gleich && anzahl === blaetterVorher
    ? {
        ...titel,
        ...bestanden(
          `${lauf.neueBlaetter.length} Blätter und ${namen.size} Namen gelöscht, ${vorher.size} Einstellungen wie vorher`,
        ),
      }
    : {
        ...titel,
        ...fehlgeschlagen(
          `${anzahl} Blätter (vorher ${blaetterVorher}); Einstellungen gleich: ${gleich ? "ja" : "nein"}`,
        ),
      };
}

async function blattzahl(u: Umgebung): Promise<number> {
  return u.excel.run({ delayForCellEdit: true }, async (context) => {
    const blaetter = context.workbook.worksheets.load("items/name");
    await context.sync();
    return blaetter.items.length;
  });
}

/** Runs every check, reporting each result as it comes (for the pane's live list). */
export async function fuehreAbnahmeAus(
  umgebung: Umgebung,
  melde: (e: Pruefergebnis) => void = () => undefined,
): Promise<Abnahmebericht> {
  const bericht: Abnahmebericht = {
    gestartet: umgebung.jetzt(),
    plattform: umgebung.plattform,
    version: umgebung.version,
    ergebnisse: [],
  };
  const lauf: Lauf = { umgebung, zugriff: erstelleArbeitsmappenZugriff(umgebung.excel), plan: null, neueBlaetter: [] };
  const vorher = await leseEinstellungen(umgebung);
  const blaetterVorher = await blattzahl(umgebung);
  const nimmAuf = (e: Pruefergebnis) => {
    bericht.ergebnisse.push(e);
    melde(e);
  };
  for (const p of PRUEFUNGEN) {
    try {
      nimmAuf({ id: p.id, titel: p.titel, ...(await p.fuehreAus(lauf)) });
    } catch (e) {
      nimmAuf({ id: p.id, titel: p.titel, ...fehlgeschlagen(`Fehler: ${meldung(e)}`) });
    }
  }
  try {
    nimmAuf(await raeumeAuf(lauf, vorher, blaetterVorher));
  } catch (e) {
    nimmAuf({ id: "aufraeumen", titel: "Aufräumen", ...fehlgeschlagen(`Fehler: ${meldung(e)}`) });
  }
  return bericht;
}
