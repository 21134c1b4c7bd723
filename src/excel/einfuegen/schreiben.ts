/**
 * "In Arbeitsmappe einfügen" in Excel: the plan's sheets written in at most 3 round-trips (see
 * arbeitsmappenZugriff.ts for how formulas and user text are written). A module of its own because
 * the pane needs it only on the first insert: arbeitsmappenZugriff loads it then, so the pane's
 * start carries none of it.
 */
import type { ArbeitsmappenPlan, BlattPlan, Zelle } from "../../workbook/plan";
import type { Formelmodus } from "../../scenario/optionen";
import type { Einfuegeergebnis, ExcelHost } from "../zugriff";
import { BlattBelegtFehler, ZugriffsFehler } from "../fehler";
import { VERZEICHNIS_SCHLUESSEL } from "../schluessel";
import { blattPraefix, zerlegeA1 } from "../../workbook/adressen";
import { datumText } from "../../workbook/druck";
import { spaltenbreitePunkte } from "../../workbook/plan";
import { zeilenhoehenDesBlatts } from "../../workbook/zeilenhoehen";
import { blockAdresse, vereinige, type BlockEintrag, type Blockverzeichnis } from "../blockverzeichnis";
import { fordereBestandAn, leseBestand, verwaisteBlaetter, type Bestand } from "./bestand";
import {
  diagrammbestand,
  entferneDiagrammreste,
  fordereDiagrammeAn,
  schreibeDiagramme,
  type Diagrammbestand,
} from "./diagramme";
import { freierName, umbenannt } from "./umbenennen";
import { richteDruckEin, setzeSeitenumbrueche } from "./druck";
import { formatiere } from "./formate";

/** Excel's default font size (Calibri/Aptos 11); the add-in does not change the workbook's font. */
const GRUNDSCHRIFT_EXCEL = 11;

/** Excel.run fails while the user edits a cell unless it is told to wait (ExcelApi 1.11). */
const MIT_ZELLBEARBEITUNG: Excel.RunOptions = { delayForCellEdit: true };

function zellEingabe(z: Zelle | undefined): string | number {
  if (z === null || z === undefined) return "";
  if ("text" in z) return z.text === "" ? "" : `'${z.text}`;
  if ("zahl" in z) return z.zahl;
  return z.formel;
}

/** Per-cell number formats of the whole block, so one write sets them all. */
function zahlenformate(blatt: BlattPlan, zeilen: number, spalten: number): string[][] {
  const m = Array.from({ length: zeilen }, () => Array<string>(spalten).fill("General"));
  for (const { bereich, format } of blatt.formate) {
    if (format.zahlenformat === undefined) continue;
    const r = planBereich(bereich);
    for (let z = r.z1; z <= Math.min(r.z2, zeilen - 1); z++) {
      for (let s = r.s1; s <= Math.min(r.s2, spalten - 1); s++) m[z][s] = format.zahlenformat;
    }
  }
  return m;
}

/** Zero-based bounds of a plan range; plans format cell ranges only. */
function planBereich(a: string): { z1: number; s1: number; z2: number; s2: number } {
  const b = zerlegeA1(a);
  if (!b || b.vonZeile === null || b.vonSpalte === null) throw new Error(`Ungültige Zelladresse „${a}“ im Plan.`);
  return { z1: b.vonZeile, s1: b.vonSpalte, z2: b.bisZeile ?? b.vonZeile, s2: b.bisSpalte ?? b.vonSpalte };
}

/** Refuses to write to any sheet of a plan name that is not the add-in's (by id, not by name). */
function pruefeEigeneBlaetter(plan: ArbeitsmappenPlan, bestand: Bestand, adoptiert: ReadonlySet<string>): void {
  for (const b of plan.blaetter) {
    const n = b.name.toLowerCase();
    if (bestand.blaetter.has(n) && !bestand.altEintrag(b.name) && !adoptiert.has(n)) {
      throw new BlattBelegtFehler(b.name, freierName(b.name, new Set(bestand.blaetter.keys())));
    }
  }
}

/** Clears the old and the new block, then writes cells, number formats, formats and column widths. */
function schreibeZellen(blatt: Excel.Worksheet, b: BlattPlan, vorher: BlockEintrag | undefined): string | null {
  if (vorher) blatt.getRange(vorher.bereich).clear("All" as Excel.ClearApplyTo);
  const zeilen = b.zellen.length;
  const spalten = Math.max(0, ...b.zellen.map((z) => z.length));
  const adresse = blockAdresse(zeilen, spalten);
  if (adresse) {
    const block = blatt.getRange(adresse);
    block.clear("All" as Excel.ClearApplyTo);
    block.formulas = b.zellen.map((z) => Array.from({ length: spalten }, (_, s) => zellEingabe(z[s])));
    // After the formulas: a text format ("@") set first would turn a formula into text.
    block.numberFormat = zahlenformate(b, zeilen, spalten);
  }
  for (const f of b.formate) formatiere(blatt.getRange(f.bereich), f.format);
  b.spaltenbreiten.forEach((breite, s) => {
    blatt.getRangeByIndexes(0, s, 1, 1).format.columnWidth = spaltenbreitePunkte(breite);
  });
  // Excel fits a wrapped row only when a cell is edited; the same heights as the .xlsx writer.
  for (const [z, hoehe] of zeilenhoehenDesBlatts(b, GRUNDSCHRIFT_EXCEL)) {
    blatt.getRangeByIndexes(z, 0, 1, 1).format.rowHeight = hoehe;
  }
  return adresse;
}

/** Adds or updates the sheet's defined names; returns them in lower case. */
function schreibeNamen(wb: Excel.Workbook, b: BlattPlan, vorhandeneNamen: Map<string, Excel.NamedItem>): string[] {
  return b.namen.map((n) => {
    const formel = `=${blattPraefix(b.name)}${n.bezug}`;
    const vorhanden = vorhandeneNamen.get(n.name.toLowerCase());
    if (vorhanden) {
      vorhanden.formula = formel;
      vorhanden.comment = n.kommentar;
    } else {
      wb.names.add(n.name, formel, n.kommentar);
    }
    return n.name.toLowerCase();
  });
}

interface Geschrieben {
  verzeichnis: Blockverzeichnis;
  blaetter: Excel.Worksheet[];
  /** Lower-case names of every defined name the plan wrote. */
  namen: Set<string>;
}

/** Phase (3), the plan's part: every sheet of the plan, and the new block record. */
function schreibeBlaetter(
  wb: Excel.Workbook,
  plan: ArbeitsmappenPlan,
  bestand: Bestand,
  ziel: Zielblaetter,
): Geschrieben {
  const { blaetter, ids, diagrammVon } = ziel;
  const verzeichnis: Blockverzeichnis = { version: 2, blaetter: {} };
  const namen = new Set<string>();
  plan.blaetter.forEach((b, i) => {
    const blatt = blaetter[i];
    const vorher = bestand.altEintrag(b.name);
    const adresse = schreibeZellen(blatt, b, vorher);
    const geplant = vereint(
      vorher?.diagramme ?? [],
      b.diagramme.map((d) => d.name),
    );
    entferneDiagrammreste(ziel.sammlungen.get(b.name.toLowerCase()), vorher?.diagrammeVorher, geplant);
    schreibeDiagramme(blatt, b, vorher, diagrammVon);
    for (const n of schreibeNamen(wb, b, bestand.namen)) namen.add(n);
    if (b.druck) {
      richteDruckEin(blatt.pageLayout, b.druck);
      setzeSeitenumbrueche(blatt, b, GRUNDSCHRIFT_EXCEL);
    }
    verzeichnis.blaetter[b.name] = {
      id: ids[i],
      bereich: adresse ?? "A1",
      modus: b.modus,
      namen: b.namen.map((n) => n.name),
      diagramme: b.diagramme.map((d) => d.name),
    };
  });
  return { verzeichnis, blaetter, namen };
}

/**
 * Sheets generated before but no longer part of the plan: their formulas would point at cells
 * that moved, so the generated block goes; cells the user added stay.
 */
function raeumeVerwaisteAuf(
  verwaist: Array<[string, BlockEintrag, Excel.Worksheet]>,
  ziel: Zielblaetter,
  jetzt: () => Date,
): void {
  for (const [, eintrag, blatt] of verwaist) {
    blatt.getRange(eintrag.bereich).clear("All" as Excel.ClearApplyTo);
    const sammlung = ziel.sammlungen.get(blatt.name.toLowerCase());
    entferneDiagrammreste(sammlung, eintrag.diagrammeVorher, eintrag.diagramme);
    for (const d of eintrag.diagramme) ziel.diagrammVon(blatt.name, d)?.delete();
    const hinweis = blatt.getRange("A1");
    hinweis.formulas = [
      [
        `'Dieses Blatt wird vom KI-Kostenplaner nicht mehr erzeugt (Stand: Einfügen am ${datumText(jetzt())}). Es kann gelöscht werden.`,
      ],
    ];
  }
}

/** Names we created earlier that the new plan no longer has (e.g. a removed scenario). */
function entferneAlteNamen(bestand: Bestand, geschrieben: ReadonlySet<string>): void {
  const alteNamen = Object.values(bestand.alt.blaetter).flatMap((e) => e.namen);
  for (const n of alteNamen) {
    if (geschrieben.has(n.toLowerCase())) continue;
    bestand.namen.get(n.toLowerCase())?.delete();
  }
}

/** The modes come back with the insert, so the pane needs no extra round-trip to show them. */
function einfuegeergebnis(plan: ArbeitsmappenPlan, neu: Blockverzeichnis, syncs: number): Einfuegeergebnis {
  const modi: Record<string, Formelmodus> = {};
  for (const [name, e] of Object.entries(neu.blaetter)) modi[name] = e.modus;
  return { blaetter: plan.blaetter.map((b) => b.name), syncs, modi };
}

interface Zielblaetter {
  blaetter: Excel.Worksheet[];
  ids: string[];
  diagrammVon: Diagrammbestand;
  /** Chart collections loaded in phase (2), by lower-case sheet name; none for new sheets. */
  sammlungen: Map<string, Excel.ChartCollection>;
}

/** The charts a sheet had before an insert; an interrupted insert's list is kept as it was. */
function diagrammeVorher(ziel: Zielblaetter, name: string, alt: BlockEintrag | undefined): string[] {
  if (alt?.diagrammeVorher) return alt.diagrammeVorher;
  return ziel.sammlungen.get(name.toLowerCase())?.items.map((d) => d.name) ?? [];
}

/** Union of two string lists, first one's order first. */
function vereint(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * The record written as the FIRST command of the writing batch: every sheet by id, with the union
 * of the old and the new block, names and charts. Whatever part of the batch then fails, the next
 * insert knows everything that may carry generated content and clears exactly that.
 */
function verzeichnisInArbeit(plan: ArbeitsmappenPlan, bestand: Bestand, ziel: Zielblaetter): Blockverzeichnis {
  const { ids } = ziel;
  const v: Blockverzeichnis = { version: 2, blaetter: {} };
  for (const [k, e, b] of bestand.vorhandene()) {
    v.blaetter[k] = { ...e, id: b.id, diagrammeVorher: diagrammeVorher(ziel, b.name, e) };
  }
  plan.blaetter.forEach((b, i) => {
    const alt = bestand.altEintrag(b.name);
    if (alt) delete v.blaetter[Object.keys(v.blaetter).find((k) => v.blaetter[k].id === ids[i]) ?? ""];
    const spalten = Math.max(0, ...b.zellen.map((z) => z.length));
    const neu = blockAdresse(b.zellen.length, spalten) ?? "A1";
    v.blaetter[b.name] = {
      id: ids[i],
      bereich: vereinige(neu, alt?.bereich ?? null),
      modus: b.modus,
      namen: vereint(
        alt?.namen ?? [],
        b.namen.map((n) => n.name),
      ),
      diagramme: vereint(
        alt?.diagramme ?? [],
        b.diagramme.map((d) => d.name),
      ),
      diagrammeVorher: diagrammeVorher(ziel, b.name, alt),
    };
  });
  return v;
}

/**
 * Phase (2): charts of the sheets that are ours, the emptiness of sheets an interrupted insert
 * left, and the sheets the plan still lacks — added only after a record naming them as
 * "ausstehend" is written in the same batch, so a failure right after the add is recoverable.
 */
function phaseZwei(wb: Excel.Workbook, plan: ArbeitsmappenPlan, bestand: Bestand) {
  const eigene = new Map<string, Excel.Worksheet>();
  for (const b of plan.blaetter)
    if (bestand.altEintrag(b.name)) eigene.set(b.name.toLowerCase(), bestand.blaetter.get(b.name.toLowerCase())!);
  for (const [, , b] of verwaisteBlaetter(plan, bestand)) eigene.set(b.name.toLowerCase(), b);
  for (const b of bestand.kandidaten) eigene.set(b.name.toLowerCase(), b);
  const sammlungen = fordereDiagrammeAn([...eigene.keys()], eigene);
  const leer = bestand.kandidaten.map((b) => {
    const r = b.getUsedRangeOrNullObject(false);
    r.load("address");
    return r;
  });
  const kandidatNamen = new Set(bestand.kandidaten.map((b) => b.name.toLowerCase()));
  const fehlend = plan.blaetter.filter((b) => !bestand.blaetter.has(b.name.toLowerCase()));
  const neu = new Map<string, Excel.Worksheet>();
  if (fehlend.length > 0) {
    const ausstehend = vereint(
      [...kandidatNamen],
      fehlend.map((b) => b.name.toLowerCase()),
    );
    wb.settings.add(VERZEICHNIS_SCHLUESSEL, JSON.stringify({ ...bestand.alt, version: 2, ausstehend }));
    for (const b of fehlend) {
      const blatt = wb.worksheets.add(b.name);
      blatt.load("id");
      neu.set(b.name.toLowerCase(), blatt);
    }
  }
  const noetig = sammlungen.size > 0 || leer.length > 0 || neu.size > 0;
  return { sammlungen, leer, neu, noetig };
}

/** An insert in at most 3 round-trips: (1) what exists, (2) charts and new sheets, (3) everything written. */
async function fuegeEinIntern(host: ExcelHost, plan: ArbeitsmappenPlan, jetzt: () => Date): Promise<Einfuegeergebnis> {
  return host.run(MIT_ZELLBEARBEITUNG, async (context) => {
    // Counted by hand at each call: every context.sync() is a network round-trip in Excel on the web.
    let syncs = 0;
    const wb = context.workbook;

    // (1) What is there: sheets with ids, names, our record of what we generated before.
    const anfrage = fordereBestandAn(wb, VERZEICHNIS_SCHLUESSEL);
    syncs++;
    await context.sync();
    const bestand = leseBestand(anfrage, plan);
    const kandidatNamen = new Set(bestand.kandidaten.map((b) => b.name.toLowerCase()));
    // Refuse before anything is written; empty leftovers of an interrupted insert count as ours for now.
    pruefeEigeneBlaetter(plan, bestand, kandidatNamen);
    const verwaist = verwaisteBlaetter(plan, bestand);

    // (2) Charts of our sheets, leftovers' emptiness, missing sheets added (record first).
    const zwei = phaseZwei(wb, plan, bestand);
    if (zwei.noetig) {
      syncs++;
      await context.sync();
    }
    const adoptiert = new Set(
      bestand.kandidaten.filter((_, i) => zwei.leer[i].isNullObject).map((b) => b.name.toLowerCase()),
    );
    pruefeEigeneBlaetter(plan, bestand, adoptiert);
    const blaetter = plan.blaetter.map(
      (b) => bestand.blaetter.get(b.name.toLowerCase()) ?? zwei.neu.get(b.name.toLowerCase())!,
    );
    const ziel: Zielblaetter = {
      blaetter,
      ids: blaetter.map((b) => b.id),
      diagrammVon: diagrammbestand(zwei.sammlungen),
      sammlungen: zwei.sammlungen,
    };

    // (3) Write everything in one batch: the record of what may be written first, the final one last.
    wb.settings.add(VERZEICHNIS_SCHLUESSEL, JSON.stringify(verzeichnisInArbeit(plan, bestand, ziel)));
    const geschrieben = schreibeBlaetter(wb, plan, bestand, ziel);
    raeumeVerwaisteAuf(verwaist, ziel, jetzt);
    entferneAlteNamen(bestand, geschrieben.namen);
    wb.settings.add(VERZEICHNIS_SCHLUESSEL, JSON.stringify(geschrieben.verzeichnis));
    if (geschrieben.blaetter.length > 0) geschrieben.blaetter[0].activate();
    syncs++;
    await context.sync();
    return einfuegeergebnis(plan, geschrieben.verzeichnis, syncs);
  });
}

/** What failed, in German, and that nothing of the user's was touched; conflicts pass unchanged. */
export async function fuegeEin(
  host: ExcelHost,
  plan: ArbeitsmappenPlan,
  umbenennungen: ReadonlyMap<string, string> | undefined,
  jetzt: () => Date,
): Promise<Einfuegeergebnis> {
  const zuSchreiben = umbenannt(plan, umbenennungen);
  try {
    return await fuegeEinIntern(host, zuSchreiben, jetzt);
  } catch (e) {
    if (e instanceof ZugriffsFehler) throw e;
    throw new ZugriffsFehler(
      `Excel hat das Einfügen abgebrochen (${excelMeldung(e)}). Ihre eigenen Zellen und Blätter wurden nicht ` +
        "verändert; was schon geschrieben war, ist vermerkt. Bitte erneut „Einfügen“ wählen – das vervollständigt die Tabellen.",
    );
  }
}

/** Excel's own message, without its final full stop: it is quoted inside a German sentence. */
function excelMeldung(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).trim().replace(/\.$/, "");
}
