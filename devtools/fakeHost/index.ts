/**
 * A fake Excel host for tests and the dev-only preview page: the subset of the Excel JavaScript
 * API the add-in uses, with Office.js proxy/load/sync semantics, formulas evaluated by
 * HyperFormula (GPLv3: never part of the production bundle) with the KI.* functions bridged in,
 * and an inspection API to look at the resulting workbook.
 *
 *   const fake = createFakeExcel({ ki: ladeFunktionen(), blaetter: ["Annahmen"] });
 *   await fake.Excel.run(async (context) => { ... });
 *   fake.wert("Annahmen", "B5"); fake.syncCount;
 */
import { HyperFormula } from "hyperformula";
import { EXCEL_RUNDEN } from "./excelRunden";
import { Rechteck, parseRechteck, rechteckAdresse, volleAdresse } from "./adressen";
import { FakeWorkbook } from "./blaetter";
import {
  EXCEL_KONFIGURATION,
  Groessenregel,
  KiFunktionsquelle,
  WAHRHEITSWERT_NAMEN,
  ergaenzeWahrheitswerte,
  erstelleKiHyperFormula,
} from "./kiBruecke";
import { BlattModell, MappenModell, RandLinie, Zellformat, Zellwert } from "./modell";
import { ERROR_CODES, FakeOfficeFehler } from "./officeFehler";
import { MAX_NUTZLAST, nutzlastFehler } from "./grenzen";
import { Aktion, Kontext } from "./stellvertreter";
import { Stoerungsschalter, type Stoerung } from "./stoerung";
import type { Anzeigesprache } from "./zahlenformat";
import type { LeereZelle } from "./kiBruecke";

export { FakeOfficeFehler } from "./officeFehler";
export type { Stoerung } from "./stoerung";
export type { Zellwert, Zellformat, RandLinie } from "./modell";
export type { Anzeigesprache } from "./zahlenformat";
export {
  GROESSENREGELN,
  formWieArgument,
  erstelleKiPlugin,
  erstelleKiHyperFormula,
  registriereDeutsch,
  EXCEL_KONFIGURATION,
  DEUTSCHE_KONFIGURATION,
} from "./kiBruecke";
export type { Groessenregel, Ausdehnung, KiFunktionsquelle, KiFunktionsMetadaten, LeereZelle } from "./kiBruecke";
export { installiereCustomFunctionsStub } from "./customFunctionsStub";

export interface FakeExcelOptionen {
  /** The KI.* functions (tests: ladeFunktionen(); preview: installiereCustomFunctionsStub()). */
  ki?: KiFunktionsquelle;
  /** Spill sizes added to GROESSENREGELN for this host. */
  groessenregeln?: Record<string, Groessenregel>;
  /** Sheets of the new workbook; default ["Tabelle1"]. */
  blaetter?: string[];
  /** Display locale of `range.text` and `raster()`; default "de-DE". */
  sprache?: Anzeigesprache;
  /** What an empty cell passed to KI.* arrives as: null (web, default), 0 (Windows desktop) or "". */
  leereZelle?: LeereZelle;
}

class FakeRequestContext implements Kontext {
  private warteschlange: Aktion[] = [];
  private geschlossen = false;
  readonly workbook: FakeWorkbook;
  /** Characters of setting values queued for the next sync (the request's payload). */
  anfrage = 0;
  /** Characters of setting values read during the running sync (the response's payload). */
  antwort = 0;

  constructor(
    readonly mappe: MappenModell,
    private readonly stoerung: Stoerungsschalter,
    private readonly fenster: Fenster,
  ) {
    this.workbook = new FakeWorkbook(this, () => null);
  }

  get application() {
    return this.workbook.application;
  }

  /** Office.js lets code track objects across syncs; everything here stays valid in a run. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  pruefeOffen(): void {
    if (this.geschlossen) {
      throw new FakeOfficeFehler(
        "InvalidObjectPath",
        "Das Objekt gehört zu einem beendeten Excel.run und kann nicht mehr benutzt werden.",
      );
    }
  }

  reihe(aktion: Aktion): void {
    this.pruefeOffen();
    this.warteschlange.push(aktion);
  }

  get hatAusstehendes(): boolean {
    return this.warteschlange.length > 0;
  }

  /**
   * One round-trip: runs the queued commands in order; the first failure rejects the sync. A sync
   * is atomic towards other windows; between two syncs another window's sync may run (taktgeber).
   */
  async sync<T>(durchreichen?: T): Promise<T | undefined> {
    this.pruefeOffen();
    const aktionen = this.warteschlange;
    this.warteschlange = [];
    const anfrage = this.anfrage;
    this.anfrage = 0;
    this.mappe.syncCount++;
    await Promise.resolve();
    if (this.fenster.taktgeber) await this.fenster.taktgeber(this.fenster.name);
    this.stoerung.vorSync();
    // Excel on the web refuses a request over the payload limit before running any of it.
    if (anfrage > MAX_NUTZLAST) throw nutzlastFehler("Anfrage", anfrage);
    this.antwort = 0;
    try {
      for (const a of aktionen) {
        this.stoerung.vorBefehl();
        a();
      }
    } finally {
      this.mappe.lesevorgang();
      if (aktionen.length > 0) this.mappe.meldeAenderung();
    }
    // The commands ran (no rollback), but a response over the limit never reaches the add-in.
    if (this.antwort > MAX_NUTZLAST) throw nutzlastFehler("Antwort", this.antwort);
    return durchreichen;
  }

  schliesse(): void {
    this.geschlossen = true;
  }
}

/** One add-in instance (a task pane in one window) on the shared document. */
interface Fenster {
  name: string;
  /** Awaited before each sync of this window runs: a test decides which window's sync goes next. */
  taktgeber?: (fenster: string) => Promise<void>;
}

/** The part of the `Excel` namespace the fake provides; enum values equal the real ones. */
export interface FakeExcelNamensraum {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(optionen: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  ErrorCodes: typeof ERROR_CODES;
  ChartType: Record<string, string>;
  ChartSeriesBy: Record<string, string>;
  ClearApplyTo: Record<string, string>;
  BorderIndex: Record<string, string>;
  BorderLineStyle: Record<string, string>;
  BorderWeight: Record<string, string>;
  HorizontalAlignment: Record<string, string>;
  PageOrientation: Record<string, string>;
  PaperType: Record<string, string>;
  SheetVisibility: Record<string, string>;
  CalculationType: Record<string, string>;
  CalculationMode: Record<string, string>;
}

const ENUMS = {
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    barStacked: "BarStacked",
    line: "Line",
    lineMarkers: "LineMarkers",
    pie: "Pie",
    doughnut: "Doughnut",
    waterfall: "Waterfall",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dot: "Dot", double: "Double" },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    centerAcrossSelection: "CenterAcrossSelection",
  },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a4: "A4", a3: "A3", letter: "Letter", legal: "Legal" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
};

export interface Formatauskunft extends Zellformat {
  columnWidth: number;
  rowHeight: number;
  verbunden: boolean;
  borders: Record<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight", RandLinie>;
}

export interface Diagrammauskunft {
  name: string;
  typ: string;
  titel: string;
  titelSichtbar: boolean;
  quelle: string;
  reihenNach: string;
  top: number;
  left: number;
  width: number;
  height: number;
  /** Cells given to setPosition, e.g. "Bericht!A20" / "Bericht!H35". */
  von?: string;
  bis?: string;
  legende: { sichtbar: boolean; position: string };
}

export interface Druckauskunft {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  druckbereich?: string;
  druckTitelZeilen?: string;
  druckTitelSpalten?: string;
  /** Zero-based rows before which a manual page break stands, ascending. */
  seitenumbrueche: number[];
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  kopfFuss: {
    leftHeader: string;
    centerHeader: string;
    rightHeader: string;
    leftFooter: string;
    centerFooter: string;
    rightFooter: string;
  };
  raender: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface Namensauskunft {
  name: string;
  formel: string;
  kommentar: string;
  sichtbar: boolean;
  /** The value the name evaluates to (first cell for a range). */
  wert: Zellwert;
}

export interface Blattauskunft {
  name: string;
  position: number;
  sichtbarkeit: string;
  aktiv: boolean;
}

function zelle(adresse: string): { zeile: number; spalte: number } {
  const r = parseRechteck(adresse);
  if (r.zeilen !== 1 || r.spalten !== 1) throw new Error(`"${adresse}" ist keine einzelne Zelle.`);
  return { zeile: r.zeile, spalte: r.spalte };
}

/** The fake host: `Excel` for the code under test, everything else for inspecting the workbook. */
export class FakeExcel {
  readonly Excel: FakeExcelNamensraum;
  /** The HyperFormula engine (for benchmarks and diagnostics; do not change cells through it). */
  readonly engine: HyperFormula;
  private readonly mappe: MappenModell;
  private readonly stoerung = new Stoerungsschalter();

  constructor(optionen: FakeExcelOptionen = {}) {
    const hf = optionen.ki
      ? erstelleKiHyperFormula(optionen.ki, {
          groessenregeln: optionen.groessenregeln,
          leereZelle: optionen.leereZelle ?? null,
        })
      : HyperFormula.buildEmpty({
          ...EXCEL_KONFIGURATION,
          functionPlugins: [...HyperFormula.getAllFunctionPlugins(), EXCEL_RUNDEN],
        });
    if (!optionen.ki) ergaenzeWahrheitswerte(hf);
    this.engine = hf;
    this.mappe = new MappenModell(hf, { blaetter: optionen.blaetter, sprache: optionen.sprache });
    this.Excel = this.namensraum("A");
  }

  /** The `Excel` namespace of one add-in instance; every instance shares the document and its settings. */
  private namensraum(name: string): FakeExcelNamensraum {
    const mappe = this.mappe;
    const stoerung = this.stoerung;
    const fenster: Fenster = { name, taktgeber: this.taktgeber };
    this.fensterListe.push(fenster);
    return {
      async run<T>(
        a: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
        b?: (context: Excel.RequestContext) => Promise<T>,
      ): Promise<T> {
        const batch = typeof a === "function" ? a : b!;
        await stoerung.vorRun(typeof a === "object" && a.delayForCellEdit === true);
        const kontext = new FakeRequestContext(mappe, stoerung, fenster);
        try {
          const ergebnis = await batch(kontext as unknown as Excel.RequestContext);
          // Excel.run sends what is still queued when the batch returns.
          if (kontext.hatAusstehendes) await kontext.sync();
          return ergebnis;
        } finally {
          kontext.schliesse();
        }
      },
      ErrorCodes: ERROR_CODES,
      ...ENUMS,
    };
  }

  private readonly fensterListe: Fenster[] = [];

  /**
   * A second add-in instance on the same document (another window, or a co-author in Excel on the
   * web): same cells, same settings store. `fake.Excel` is window "A"; this one is named `name`.
   */
  weiteresFenster(name: string): FakeExcelNamensraum {
    return this.namensraum(name);
  }

  /**
   * Called before each sync of every window with the window's name; the sync waits for the
   * promise. Tests use it to interleave two windows at every sync boundary. `null` removes it.
   */
  setzeTaktgeber(taktgeber: ((fenster: string) => Promise<void>) | null): void {
    for (const f of this.fensterListe) f.taktgeber = taktgeber ?? undefined;
    this.taktgeber = taktgeber ?? undefined;
  }

  private taktgeber?: (fenster: string) => Promise<void>;

  // --- round-trips ----------------------------------------------------------------------------

  /** Number of context.sync() calls (including the one Excel.run makes for leftover commands). */
  get syncCount(): number {
    return this.mappe.syncCount;
  }

  resetSyncCount(): void {
    this.mappe.syncCount = 0;
  }

  /** Called after every sync that changed something and after setzeWert (preview re-rendering). */
  abonniere(beobachter: () => void): () => void {
    return this.mappe.abonniere(beobachter);
  }

  // --- failures like Excel's ----------------------------------------------------------------

  /** Arms one failure (k-th command or sync from now); `null` disarms. See stoerung.ts. */
  stoereBei(s: Stoerung | null): void {
    this.stoerung.stelle(s);
  }

  /** Commands and syncs run since the last `zaehleZurueck()` (to size a loop over every k). */
  get gezaehlt(): { befehle: number; syncs: number } {
    return { befehle: this.stoerung.befehleGesamt, syncs: this.stoerung.syncsGesamt };
  }

  zaehleZurueck(): void {
    this.stoerung.zaehleZurueck();
  }

  /** The user is editing a cell (true) or has finished (false), see Excel.RunOptions.delayForCellEdit. */
  zellbearbeitung(an: boolean): void {
    this.stoerung.setzeZellbearbeitung(an);
  }

  /** How many Excel.run calls wait for the cell edit to end (delayForCellEdit). */
  get wartendeLaeufe(): number {
    return this.stoerung.wartend;
  }

  // --- sheets ---------------------------------------------------------------------------------

  private blatt(name: string): BlattModell {
    return this.mappe.blatt(name);
  }

  blattnamen(): string[] {
    return this.mappe.blaetter.map((b) => b.name);
  }

  blaetter(): Blattauskunft[] {
    return this.mappe.blaetter.map((b, position) => ({
      name: b.name,
      position,
      sichtbarkeit: b.sichtbarkeit,
      aktiv: b === this.mappe.aktiv,
    }));
  }

  aktivesBlatt(): string {
    return this.mappe.aktiv.name;
  }

  /** Selects a range as the user would ("Tabelle1!A2:C5" or "A2:C5" on the active sheet). */
  waehleAus(adresse: string): void {
    const i = adresse.lastIndexOf("!");
    if (i >= 0) this.mappe.aktiviere(this.blatt(adresse.slice(0, i).replace(/^'(.*)'$/, "$1")));
    this.mappe.auswahl = parseRechteck(i >= 0 ? adresse.slice(i + 1) : adresse);
  }

  // --- cells ----------------------------------------------------------------------------------

  /** The value as Office.js returns it: number, text, boolean, "" for empty, "#VALUE!" for errors. */
  wert(blatt: string, adresse: string): Zellwert {
    const { zeile, spalte } = zelle(adresse);
    return this.mappe.wert(this.blatt(blatt), zeile, spalte);
  }

  werte(blatt: string, bereich: string): Zellwert[][] {
    const b = this.blatt(blatt);
    return this.ueber(parseRechteck(bereich), (z, s) => this.mappe.wert(b, z, s));
  }

  /** What `range.formulas` returns: the formula of a formula cell, the value otherwise. */
  formel(blatt: string, adresse: string): Zellwert {
    const { zeile, spalte } = zelle(adresse);
    return this.mappe.formel(this.blatt(blatt), zeile, spalte);
  }

  formeln(blatt: string, bereich: string): Zellwert[][] {
    const b = this.blatt(blatt);
    return this.ueber(parseRechteck(bereich), (z, s) => this.mappe.formel(b, z, s));
  }

  /** Displayed text (number format applied, German by default). */
  text(blatt: string, adresse: string): string {
    const { zeile, spalte } = zelle(adresse);
    return this.mappe.text(this.blatt(blatt), zeile, spalte);
  }

  /** For an error cell: the Excel error code and the message (e.g. from CustomFunctions.Error). */
  fehler(blatt: string, adresse: string): { code: string; meldung: string } | null {
    const { zeile, spalte } = zelle(adresse);
    return this.mappe.fehler(this.blatt(blatt), zeile, spalte);
  }

  format(blatt: string, adresse: string): Formatauskunft {
    const b = this.blatt(blatt);
    const { zeile, spalte } = zelle(adresse);
    return {
      ...b.format(zeile, spalte),
      columnWidth: b.spaltenbreite(spalte),
      rowHeight: b.zeilenhoehe(zeile),
      verbunden: b.verbunden.some(
        (v) => zeile >= v.zeile && zeile < v.zeile + v.zeilen && spalte >= v.spalte && spalte < v.spalte + v.spalten,
      ),
      borders: {
        EdgeTop: { ...b.linieOben(zeile, spalte) },
        EdgeBottom: { ...b.linieOben(zeile + 1, spalte) },
        EdgeLeft: { ...b.linieLinks(zeile, spalte) },
        EdgeRight: { ...b.linieLinks(zeile, spalte + 1) },
      },
    };
  }

  /** Types into a cell as a user would: "=…" is a formula, "'…" text, "12" a number. */
  setzeWert(blatt: string, adresse: string, eingabe: string | number | boolean | null): void {
    const b = this.blatt(blatt);
    const { zeile, spalte } = zelle(adresse);
    this.mappe.schreibe(b, { zeile, spalte, zeilen: 1, spalten: 1 }, [[eingabe === null ? "" : eingabe]]);
    this.mappe.lesevorgang();
    this.mappe.meldeAenderung();
  }

  /** The used range (values and formats), e.g. "A1:D12", or undefined for an empty sheet. */
  benutzterBereich(blatt: string): string | undefined {
    const r = this.mappe.benutzterBereich(this.blatt(blatt));
    return r ? rechteckAdresse(r) : undefined;
  }

  /**
   * Displayed text of every cell from A1 to the end of the used range (or of `bereich`), for
   * rendering a sheet as a grid.
   */
  raster(blatt: string, bereich?: string): string[][] {
    const b = this.blatt(blatt);
    let r: Rechteck | undefined;
    if (bereich) r = parseRechteck(bereich);
    else {
      const u = this.mappe.benutzterBereich(b);
      if (!u) return [];
      r = { zeile: 0, spalte: 0, zeilen: u.zeile + u.zeilen, spalten: u.spalte + u.spalten };
    }
    return this.ueber(r, (z, s) => this.mappe.text(b, z, s));
  }

  private ueber<T>(r: Rechteck, f: (zeile: number, spalte: number) => T): T[][] {
    if (r.zeilen * r.spalten > 5_000_000) throw new Error("Bereich zu groß für die Inspektion.");
    return Array.from({ length: r.zeilen }, (_, i) =>
      Array.from({ length: r.spalten }, (_, j) => f(r.zeile + i, r.spalte + j)),
    );
  }

  // --- objects --------------------------------------------------------------------------------

  diagramme(blatt: string): Diagrammauskunft[] {
    return this.blatt(blatt).diagramme.map((d) => ({
      name: d.name,
      typ: d.typ,
      titel: d.titel,
      titelSichtbar: d.titelSichtbar,
      quelle: volleAdresse(d.quelle.blatt.name, d.quelle.rechteck),
      reihenNach: d.reihenNach,
      top: d.top,
      left: d.left,
      width: d.width,
      height: d.height,
      von: d.von,
      bis: d.bis,
      legende: { sichtbar: d.legendeSichtbar, position: d.legendePosition },
    }));
  }

  druckeinrichtung(blatt: string): Druckauskunft {
    const b = this.blatt(blatt);
    const s = b.seite;
    const adresse = (r?: Rechteck) => (r ? rechteckAdresse(r, true) : undefined);
    return {
      orientation: s.orientation,
      paperSize: s.paperSize,
      zoom: { ...s.zoom },
      druckbereich: adresse(s.druckbereich),
      druckTitelZeilen: adresse(s.druckTitelZeilen),
      druckTitelSpalten: adresse(s.druckTitelSpalten),
      seitenumbrueche: [...s.umbrueche].sort((a, b) => a - b),
      centerHorizontally: s.centerHorizontally,
      centerVertically: s.centerVertically,
      printGridlines: s.printGridlines,
      kopfFuss: { ...s.kopfFuss },
      raender: {
        left: s.leftMargin,
        right: s.rightMargin,
        top: s.topMargin,
        bottom: s.bottomMargin,
        header: s.headerMargin,
        footer: s.footerMargin,
      },
    };
  }

  namen(): Namensauskunft[] {
    return [...this.mappe.namen.values()]
      .filter((n) => !WAHRHEITSWERT_NAMEN.has(n.name.toUpperCase()))
      .map((n) => ({
        name: n.name,
        formel: n.formel,
        kommentar: n.kommentar,
        sichtbar: n.sichtbar,
        wert: this.mappe.namensWert(n),
      }));
  }

  /** Stored settings, key → value, as Excel would hand them back. */
  settings(): Record<string, unknown> {
    return Object.fromEntries(
      JSON.parse(JSON.stringify([...this.mappe.einstellungen.entries()])) as [string, unknown][],
    );
  }

  /** Seeds a setting exactly as given, bypassing all checks (corrupted or foreign stored state). */
  setzeEinstellungRoh(key: string, wert: unknown): void {
    this.mappe.einstellungen.set(key, wert);
  }

  berechnungsmodus(): string {
    return this.mappe.berechnungsmodus;
  }
}

export function createFakeExcel(optionen: FakeExcelOptionen = {}): FakeExcel {
  return new FakeExcel(optionen);
}
