/**
 * The workbook behind the fake: sheets, cells (held by HyperFormula, which also recalculates),
 * formats, borders, names, charts, page setup and settings. The Office.js proxies in
 * `excelObjekte.ts` change it only inside `context.sync()`; the inspection API reads it directly.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { MAX_SPALTEN, MAX_ZEILEN, Rechteck, parseRechteck, trenneBlatt, volleAdresse } from "./adressen";
import { Eingabe, interpretiere } from "./eingabe";
import { pruefeDefiniertenNamen, pruefeNamensKommentar } from "./grenzen";
import { FakeOfficeFehler } from "./officeFehler";
import { Anzeigesprache, fehlerAnzeige, formatiere } from "./zahlenformat";
import { WAHRHEITSWERT_NAMEN } from "./kiBruecke";

/** A cell value as Office.js returns it: empty is "", errors are "#VALUE!" etc. */
export type Zellwert = number | string | boolean;

export interface RandLinie {
  style: string;
  weight: string;
  color: string;
}

export const KEINE_LINIE: RandLinie = { style: "None", weight: "Thin", color: "#000000" };

export interface Zellformat {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  size: number;
  name: string;
  color: string;
  fill: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
}

export const STANDARDFORMAT: Readonly<Zellformat> = {
  numberFormat: "General",
  bold: false,
  italic: false,
  underline: "None",
  size: 11,
  name: "Calibri",
  color: "#000000",
  fill: "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
};

/** Excel's defaults in points: 8.43 characters wide, 15 pt high. */
export const STANDARD_SPALTENBREITE = 48;
export const STANDARD_ZEILENHOEHE = 15;

export interface DiagrammModell {
  id: number;
  name: string;
  typ: string;
  quelle: { blatt: BlattModell; rechteck: Rechteck };
  reihenNach: string;
  titel: string;
  titelSichtbar: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
  von?: string;
  bis?: string;
  legendeSichtbar: boolean;
  legendePosition: string;
}

export interface KopfFusszeilen {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface SeitenModell {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  druckbereich?: Rechteck;
  druckTitelZeilen?: Rechteck;
  druckTitelSpalten?: Rechteck;
  /** Zero-based rows before which a manual page break stands. */
  umbrueche: number[];
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  kopfFuss: KopfFusszeilen;
}

function neueSeite(): SeitenModell {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { scale: 100 },
    umbrueche: [],
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    leftMargin: 51.0236220472,
    rightMargin: 51.0236220472,
    topMargin: 56.6929133858,
    bottomMargin: 56.6929133858,
    headerMargin: 22.6771653543,
    footerMargin: 22.6771653543,
    kopfFuss: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
  };
}

const zellSchluessel = (zeile: number, spalte: number) => zeile * MAX_SPALTEN + spalte;

export class BlattModell {
  readonly formate = new Map<number, Zellformat>();
  /** Line above row `zeile` in column `spalte` (shared between the two cells it separates). */
  readonly horizontal = new Map<number, RandLinie>();
  /** Line left of column `spalte` in row `zeile`. */
  readonly vertikal = new Map<number, RandLinie>();
  readonly spaltenbreiten = new Map<number, number>();
  readonly zeilenhoehen = new Map<number, number>();
  readonly verbunden: Rechteck[] = [];
  readonly diagramme: DiagrammModell[] = [];
  readonly seite: SeitenModell = neueSeite();
  sichtbarkeit = "Visible";
  tabColor = "";
  showGridlines = true;
  geloescht = false;

  constructor(
    public readonly hfId: number,
    public name: string,
  ) {}

  format(zeile: number, spalte: number): Zellformat {
    return this.formate.get(zellSchluessel(zeile, spalte)) ?? STANDARDFORMAT;
  }

  aendereFormat(zeile: number, spalte: number, aenderung: Partial<Zellformat>): void {
    const k = zellSchluessel(zeile, spalte);
    this.formate.set(k, { ...(this.formate.get(k) ?? STANDARDFORMAT), ...aenderung });
  }

  linieOben(zeile: number, spalte: number): RandLinie {
    return this.horizontal.get(zellSchluessel(zeile, spalte)) ?? KEINE_LINIE;
  }

  linieLinks(zeile: number, spalte: number): RandLinie {
    return this.vertikal.get(zellSchluessel(zeile, spalte)) ?? KEINE_LINIE;
  }

  spaltenbreite(spalte: number): number {
    return this.spaltenbreiten.get(spalte) ?? STANDARD_SPALTENBREITE;
  }

  zeilenhoehe(zeile: number): number {
    return this.zeilenhoehen.get(zeile) ?? STANDARD_ZEILENHOEHE;
  }
}

export interface NamensModell {
  name: string;
  formel: string;
  kommentar: string;
  sichtbar: boolean;
}

export type Berechnungsmodus = "Automatic" | "AutomaticExceptTables" | "Manual";

/** Sheet names Excel refuses: too long, empty, reserved characters, leading/trailing apostrophe. */
export function pruefeBlattname(name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    throw new FakeOfficeFehler("InvalidArgument", `"${name}" ist kein gültiger Blattname.`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw new FakeOfficeFehler("InvalidArgument", `"${name}" ist kein gültiger Blattname.`);
  }
}

export interface MappenOptionen {
  blaetter?: string[];
  sprache?: Anzeigesprache;
}

export class MappenModell {
  readonly blaetter: BlattModell[] = [];
  aktiv: BlattModell;
  /** The user's selection on the active sheet (Excel starts with A1 selected). */
  auswahl: Rechteck = { zeile: 0, spalte: 0, zeilen: 1, spalten: 1 };
  readonly namen = new Map<string, NamensModell>();
  readonly einstellungen = new Map<string, unknown>();
  berechnungsmodus: Berechnungsmodus = "Automatic";
  readonly sprache: Anzeigesprache;
  syncCount = 0;
  private naechsteDiagrammId = 1;
  private beobachter = new Set<() => void>();

  constructor(
    readonly hf: HyperFormula,
    optionen: MappenOptionen = {},
  ) {
    this.sprache = optionen.sprache ?? "de-DE";
    const namen = optionen.blaetter && optionen.blaetter.length > 0 ? optionen.blaetter : ["Tabelle1"];
    for (const n of namen) this.fuegeBlattHinzu(n);
    this.aktiv = this.blaetter[0];
  }

  // --- change notification (for the preview page) --------------------------------------------

  abonniere(beobachter: () => void): () => void {
    this.beobachter.add(beobachter);
    return () => this.beobachter.delete(beobachter);
  }

  meldeAenderung(): void {
    for (const b of this.beobachter) b();
  }

  // --- evaluation batching -------------------------------------------------------------------

  /** Writes inside one sync are recalculated once, before the next read. */
  schreibvorgang(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  lesevorgang(): void {
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
  }

  // --- sheets --------------------------------------------------------------------------------

  blattOderNull(name: string): BlattModell | undefined {
    const k = name.toLowerCase();
    return this.blaetter.find((b) => b.name.toLowerCase() === k);
  }

  blatt(name: string): BlattModell {
    const b = this.blattOderNull(name);
    if (!b) throw new FakeOfficeFehler("ItemNotFound", `Das Arbeitsblatt "${name}" gibt es nicht.`);
    return b;
  }

  fuegeBlattHinzu(name?: string): BlattModell {
    let n = name;
    if (n === undefined || n === "") {
      let i = this.blaetter.length + 1;
      while (this.blattOderNull(`Tabelle${i}`)) i++;
      n = `Tabelle${i}`;
    }
    pruefeBlattname(n);
    if (this.blattOderNull(n)) {
      throw new FakeOfficeFehler("ItemAlreadyExists", `Ein Arbeitsblatt "${n}" gibt es schon.`);
    }
    this.lesevorgang();
    this.hf.addSheet(n);
    const b = new BlattModell(this.hf.getSheetId(n) as number, n);
    this.blaetter.push(b);
    return b;
  }

  benenneUm(b: BlattModell, neu: string): void {
    if (neu === b.name) return;
    pruefeBlattname(neu);
    const vorhanden = this.blattOderNull(neu);
    if (vorhanden && vorhanden !== b) {
      throw new FakeOfficeFehler("ItemAlreadyExists", `Ein Arbeitsblatt "${neu}" gibt es schon.`);
    }
    this.lesevorgang();
    this.hf.renameSheet(b.hfId, neu);
    b.name = neu;
    this.synchronisiereNamen();
  }

  loescheBlatt(b: BlattModell): void {
    if (this.blaetter.filter((x) => x.sichtbarkeit === "Visible" && x !== b).length === 0) {
      throw new FakeOfficeFehler("InvalidOperation", "Eine Arbeitsmappe braucht mindestens ein sichtbares Blatt.");
    }
    const index = this.blaetter.indexOf(b);
    this.lesevorgang();
    this.hf.removeSheet(b.hfId);
    this.blaetter.splice(index, 1);
    b.geloescht = true;
    this.synchronisiereNamen();
    if (this.aktiv === b) {
      this.aktiv =
        this.blaetter.slice(index).find((x) => x.sichtbarkeit === "Visible") ??
        [...this.blaetter].reverse().find((x) => x.sichtbarkeit === "Visible") ??
        this.blaetter[0];
    }
  }

  setzePosition(b: BlattModell, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.blaetter.length) {
      throw new FakeOfficeFehler("InvalidArgument", `Position ${position} liegt außerhalb der Blattliste.`);
    }
    this.blaetter.splice(this.blaetter.indexOf(b), 1);
    this.blaetter.splice(position, 0, b);
  }

  setzeSichtbarkeit(b: BlattModell, sichtbarkeit: string): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(sichtbarkeit)) {
      throw new FakeOfficeFehler("InvalidArgument", `Unbekannte Sichtbarkeit "${sichtbarkeit}".`);
    }
    if (sichtbarkeit !== "Visible" && !this.blaetter.some((x) => x !== b && x.sichtbarkeit === "Visible")) {
      throw new FakeOfficeFehler("InvalidOperation", "Das letzte sichtbare Blatt kann nicht ausgeblendet werden.");
    }
    b.sichtbarkeit = sichtbarkeit;
    if (sichtbarkeit !== "Visible" && this.aktiv === b) {
      this.aktiv = this.blaetter.find((x) => x.sichtbarkeit === "Visible") as BlattModell;
    }
  }

  aktiviere(b: BlattModell): void {
    if (b.sichtbarkeit !== "Visible") {
      throw new FakeOfficeFehler(
        "InvalidOperation",
        `Das ausgeblendete Blatt "${b.name}" kann nicht aktiviert werden.`,
      );
    }
    if (this.aktiv !== b) this.auswahl = { zeile: 0, spalte: 0, zeilen: 1, spalten: 1 };
    this.aktiv = b;
  }

  // --- cells ---------------------------------------------------------------------------------

  /**
   * Whether Excel would accept the formula. HyperFormula's validateFormula lexes and parses it
   * (about half of building a large sheet, and setCellContents parses again), so accepted formulas
   * are remembered by their shape: a sheet writes thousands of formulas that differ only in the
   * row numbers of their references (=KI.ITKOSTEN(C1) … C715), and the row number never decides
   * the syntax. Only rejections matter (they fail the whole write, as in Excel); those are never
   * remembered, so every rejected formula is parsed again.
   */
  private gueltigeFormen = new Set<string>();
  private pruefeFormel = (formel: string): boolean => {
    const form = formelForm(formel);
    if (this.gueltigeFormen.has(form)) return true;
    const ok = this.hf.validateFormula(formel);
    if (ok) {
      if (this.gueltigeFormen.size >= 10000) this.gueltigeFormen.clear();
      this.gueltigeFormen.add(form);
    }
    return ok;
  };

  /** The value Office.js returns for a cell. */
  wert(b: BlattModell, zeile: number, spalte: number): Zellwert {
    this.lesevorgang();
    const v = this.hf.getCellValue({ sheet: b.hfId, row: zeile, col: spalte });
    return excelWert(v);
  }

  /** The raw HyperFormula error behind an error cell, with the function's message. */
  fehler(b: BlattModell, zeile: number, spalte: number): { code: string; meldung: string } | null {
    this.lesevorgang();
    const v = this.hf.getCellValue({ sheet: b.hfId, row: zeile, col: spalte });
    if (!(v instanceof DetailedCellError)) return null;
    return { code: v.type === "CYCLE" ? "#CYCLE!" : excelFehlercode(v), meldung: v.message };
  }

  /** What Office.js returns in `formulas`: the formula for formula cells, the value otherwise. */
  formel(b: BlattModell, zeile: number, spalte: number): Zellwert {
    this.lesevorgang();
    const f = this.hf.getCellFormula({ sheet: b.hfId, row: zeile, col: spalte });
    return f ?? this.wert(b, zeile, spalte);
  }

  text(b: BlattModell, zeile: number, spalte: number): string {
    const v = this.wert(b, zeile, spalte);
    if (v === "") return "";
    if (typeof v === "string" && this.istFehlerZelle(b, zeile, spalte)) return fehlerAnzeige(v, this.sprache);
    return formatiere(v, b.format(zeile, spalte).numberFormat, this.sprache);
  }

  istFehlerZelle(b: BlattModell, zeile: number, spalte: number): boolean {
    this.lesevorgang();
    return this.hf.getCellValue({ sheet: b.hfId, row: zeile, col: spalte }) instanceof DetailedCellError;
  }

  wertTyp(b: BlattModell, zeile: number, spalte: number): string {
    this.lesevorgang();
    const v = this.hf.getCellValue({ sheet: b.hfId, row: zeile, col: spalte });
    if (v === null || v === undefined || v === "") return "Empty";
    if (v instanceof DetailedCellError) return "Error";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  /**
   * Writes a `values`/`formulas` array (or one value for the whole range) the way Excel does:
   * null leaves a cell unchanged, strings are interpreted as typed input (see eingabe.ts).
   */
  schreibe(b: BlattModell, r: Rechteck, daten: unknown): void {
    const matrix = this.passendeMatrix(r, daten);
    const eingaben: Eingabe[][] = matrix.map((zeile, i) =>
      zeile.map((roh, j) =>
        interpretiere(roh, b.format(r.zeile + i, r.spalte + j).numberFormat === "@", this.pruefeFormel),
      ),
    );
    this.schreibvorgang();
    // Nothing left unchanged (the usual `values =` / `formulas =`): one call for the whole block.
    if (eingaben.every((zeile) => zeile.every((e) => e.art !== "unveraendert"))) {
      this.hf.setCellContents(
        { sheet: b.hfId, row: r.zeile, col: r.spalte },
        eingaben.map((zeile) => zeile.map(hfInhalt)),
      );
      return;
    }
    for (let i = 0; i < eingaben.length; i++) {
      let start = -1;
      const lauf: RawCellContent[] = [];
      const schreibeLauf = () => {
        if (lauf.length > 0)
          this.hf.setCellContents({ sheet: b.hfId, row: r.zeile + i, col: r.spalte + start }, [lauf]);
        lauf.length = 0;
        start = -1;
      };
      for (let j = 0; j < eingaben[i].length; j++) {
        const e = eingaben[i][j];
        if (e.art === "unveraendert") {
          schreibeLauf();
          continue;
        }
        if (start < 0) start = j;
        lauf.push(hfInhalt(e));
      }
      schreibeLauf();
    }
  }

  /** `numberFormat` and similar per-cell arrays: one value for all, or exactly the range's shape. */
  passendeMatrix(r: Rechteck, daten: unknown): unknown[][] {
    if (r.zeilen * r.spalten > 5_000_000) {
      throw new FakeOfficeFehler("InvalidArgument", "Der Bereich ist für diese Nachbildung zu groß.");
    }
    if (!Array.isArray(daten)) {
      return Array.from({ length: r.zeilen }, () => Array.from({ length: r.spalten }, () => daten));
    }
    const passt =
      daten.length === r.zeilen && daten.every((zeile) => Array.isArray(zeile) && zeile.length === r.spalten);
    if (!passt) {
      throw new FakeOfficeFehler(
        "InvalidArgument",
        `Die Zeilen- oder Spaltenzahl des Arrays passt nicht zum Bereich (${r.zeilen}×${r.spalten}).`,
      );
    }
    return daten as unknown[][];
  }

  leereInhalte(b: BlattModell, r: Rechteck): void {
    const grenzen = this.benutzterBereich(b, true);
    if (!grenzen) return;
    const z1 = Math.max(r.zeile, grenzen.zeile);
    const z2 = Math.min(r.zeile + r.zeilen, grenzen.zeile + grenzen.zeilen);
    const s1 = Math.max(r.spalte, grenzen.spalte);
    const s2 = Math.min(r.spalte + r.spalten, grenzen.spalte + grenzen.spalten);
    if (z1 >= z2 || s1 >= s2) return;
    this.schreibvorgang();
    const leer = Array.from({ length: z2 - z1 }, () => Array.from({ length: s2 - s1 }, () => null));
    this.hf.setCellContents({ sheet: b.hfId, row: z1, col: s1 }, leer);
  }

  leereFormate(b: BlattModell, r: Rechteck): void {
    for (const karte of [b.formate, b.horizontal, b.vertikal]) {
      for (const k of [...karte.keys()]) {
        const zeile = Math.floor(k / MAX_SPALTEN);
        const spalte = k % MAX_SPALTEN;
        if (zeile >= r.zeile && zeile < r.zeile + r.zeilen && spalte >= r.spalte && spalte < r.spalte + r.spalten) {
          karte.delete(k);
        }
      }
    }
    for (let i = b.verbunden.length - 1; i >= 0; i--) if (schneidet(b.verbunden[i], r)) b.verbunden.splice(i, 1);
  }

  /** Bounding box of cells with content (and, unless `nurWerte`, with formats). */
  benutzterBereich(b: BlattModell, nurWerte = false): Rechteck | undefined {
    this.lesevorgang();
    let z1 = Infinity;
    let z2 = -1;
    let s1 = Infinity;
    let s2 = -1;
    const nimm = (zeile: number, spalte: number) => {
      z1 = Math.min(z1, zeile);
      z2 = Math.max(z2, zeile);
      s1 = Math.min(s1, spalte);
      s2 = Math.max(s2, spalte);
    };
    const werte = this.hf.getSheetValues(b.hfId);
    for (let i = 0; i < werte.length; i++) {
      const zeile = werte[i];
      for (let j = 0; j < zeile.length; j++) {
        const v = zeile[j];
        if (v !== null && v !== undefined && v !== "") nimm(i, j);
        else if (v === "" && this.hf.getCellType({ sheet: b.hfId, row: i, col: j }) !== "EMPTY") nimm(i, j);
      }
    }
    if (!nurWerte) {
      for (const k of b.formate.keys()) nimm(Math.floor(k / MAX_SPALTEN), k % MAX_SPALTEN);
    }
    if (z2 < 0) return undefined;
    return { zeile: z1, spalte: s1, zeilen: z2 - z1 + 1, spalten: s2 - s1 + 1 };
  }

  // --- names ---------------------------------------------------------------------------------

  /** Names are case-insensitive in Excel and must not look like a cell address. */
  fuegeNamenHinzu(name: string, formel: string, kommentar = ""): NamensModell {
    const k = name.toLowerCase();
    if (this.namen.has(k) || WAHRHEITSWERT_NAMEN.has(name.toUpperCase())) {
      throw new FakeOfficeFehler("ItemAlreadyExists", `Den Namen "${name}" gibt es schon.`);
    }
    const ausdruck = formel.startsWith("=") ? formel : `=${formel}`;
    pruefeDefiniertenNamen(name);
    pruefeNamensKommentar(kommentar);
    this.lesevorgang();
    if (
      !/^[A-Za-zÄÖÜäöüß_\\][A-Za-z0-9ÄÖÜäöüß_.]*$/.test(name) ||
      !this.hf.isItPossibleToAddNamedExpression(name, ausdruck)
    ) {
      throw new FakeOfficeFehler(
        "InvalidArgument",
        `"${name}" ist kein gültiger Name oder "${formel}" kein gültiger Bezug.`,
      );
    }
    this.hf.addNamedExpression(name, ausdruck);
    const n: NamensModell = { name, formel: ausdruck, kommentar, sichtbar: true };
    this.namen.set(k, n);
    return n;
  }

  loescheNamen(name: string): void {
    const k = name.toLowerCase();
    const n = this.namen.get(k);
    if (!n) throw new FakeOfficeFehler("ItemNotFound", `Den Namen "${name}" gibt es nicht.`);
    this.lesevorgang();
    this.hf.removeNamedExpression(n.name);
    this.namen.delete(k);
  }

  /** After a sheet rename or deletion HyperFormula rewrites named expressions; mirror that. */
  private synchronisiereNamen(): void {
    for (const n of this.namen.values()) {
      const ne = this.hf.getNamedExpression(n.name);
      if (ne) n.formel = ne.expression as string;
    }
  }

  /** The range a name refers to, or undefined if it is a constant or a formula. */
  namensBereich(n: NamensModell): { blatt: BlattModell; rechteck: Rechteck } | undefined {
    const ausdruck = n.formel.slice(1).trim();
    const { blatt, lokal } = trenneBlatt(ausdruck);
    if (!blatt) return undefined;
    const b = this.blattOderNull(blatt);
    if (!b) return undefined;
    try {
      return { blatt: b, rechteck: parseRechteck(lokal) };
    } catch {
      return undefined;
    }
  }

  namensWert(n: NamensModell): Zellwert {
    this.lesevorgang();
    const v = this.hf.getNamedExpressionValue(n.name);
    if (Array.isArray(v)) return excelWert(v[0]?.[0] ?? null);
    return excelWert(v as Parameters<typeof excelWert>[0]);
  }

  // --- charts --------------------------------------------------------------------------------

  fuegeDiagrammHinzu(
    b: BlattModell,
    typ: string,
    quelle: { blatt: BlattModell; rechteck: Rechteck },
    reihenNach: string,
  ) {
    const id = this.naechsteDiagrammId++;
    let nr = 1;
    while (b.diagramme.some((d) => d.name === `Diagramm ${nr}`)) nr++;
    const d: DiagrammModell = {
      id,
      name: `Diagramm ${nr}`,
      typ,
      quelle,
      reihenNach: reihenNach || "Auto",
      titel: "",
      titelSichtbar: false,
      top: 15,
      left: 240,
      width: 360,
      height: 216,
      legendeSichtbar: true,
      legendePosition: "Right",
    };
    b.diagramme.push(d);
    return d;
  }

  /** Top-left corner of a cell in points, from column widths and row heights. */
  zellPosition(b: BlattModell, zeile: number, spalte: number): { top: number; left: number } {
    let left = 0;
    for (let s = 0; s < spalte; s++) left += b.spaltenbreite(s);
    let top = 0;
    for (let z = 0; z < zeile; z++) top += b.zeilenhoehe(z);
    return { top, left };
  }

  adresse(b: BlattModell, r: Rechteck): string {
    return volleAdresse(b.name, r);
  }
}

function schneidet(a: Rechteck, b: Rechteck): boolean {
  return (
    a.zeile < b.zeile + b.zeilen &&
    b.zeile < a.zeile + a.zeilen &&
    a.spalte < b.spalte + b.spalten &&
    b.spalte < a.spalte + a.spalten
  );
}

function hfInhalt(e: Eingabe): RawCellContent {
  switch (e.art) {
    case "leer":
      return null;
    case "formel":
      return e.formel;
    case "wert":
      // The apostrophe keeps HyperFormula from reading text as a number, date or formula.
      return typeof e.wert === "string" ? `'${e.wert}` : e.wert;
    default:
      return null;
  }
}

const FEHLERCODES: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  REF: "#REF!",
  SPILL: "#SPILL!",
  ERROR: "#NAME?",
  LIC: "#VALUE!",
};

function excelFehlercode(e: DetailedCellError): string {
  return FEHLERCODES[e.type] ?? "#VALUE!";
}

/** HyperFormula value → Office.js value. A circular reference shows 0 in Excel, with a warning. */
export function excelWert(v: number | string | boolean | DetailedCellError | null | undefined): Zellwert {
  if (v === null || v === undefined) return "";
  if (v instanceof DetailedCellError) return v.type === "CYCLE" ? 0 : excelFehlercode(v);
  return v;
}

export { MAX_SPALTEN, MAX_ZEILEN };

/**
 * A formula with the row numbers of its A1 references (1–9999, not part of a name, a function or a
 * sheet name) set to 1: formulas of the same form are all valid or all invalid.
 */
const ZEILE_IN_BEZUG = /(?<![A-Za-z0-9_.'"])(\$?[A-Za-z]{1,3}\$?)[1-9][0-9]{0,3}(?![A-Za-z0-9_.(!'])/g;

export function formelForm(formel: string): string {
  return formel.replace(ZEILE_IN_BEZUG, (_, spalte: string) => `${spalte}1`);
}
