/**
 * Excel.Range and its format objects (font, fill, borders) over the fake workbook.
 */
import { MAX_SPALTEN, MAX_ZEILEN, Rechteck, parseRechteck, trenneBlatt, volleAdresse } from "./adressen";
import { BlattModell, KEINE_LINIE, MappenModell, RandLinie, Zellformat } from "./modell";
import { FakeOfficeFehler } from "./officeFehler";
import { Kontext, Stellvertreter } from "./stellvertreter";

export interface BereichsZiel {
  blatt: BlattModell;
  r: Rechteck;
}

const GROSSE_GRENZE = 5_000_000;

function pruefeGroesse(r: Rechteck): void {
  if (r.zeilen * r.spalten > GROSSE_GRENZE) {
    throw new FakeOfficeFehler("InvalidArgument", "Der Bereich ist für diese Nachbildung zu groß (ganze Spalten).");
  }
}

function lebt(z: BereichsZiel): BereichsZiel {
  if (z.blatt.geloescht) throw new FakeOfficeFehler("ItemNotFound", `Das Blatt "${z.blatt.name}" wurde gelöscht.`);
  return z;
}

function matrix<T>(r: Rechteck, f: (zeile: number, spalte: number) => T): T[][] {
  pruefeGroesse(r);
  const m: T[][] = [];
  for (let i = 0; i < r.zeilen; i++) {
    const zeile: T[] = [];
    for (let j = 0; j < r.spalten; j++) zeile.push(f(r.zeile + i, r.spalte + j));
    m.push(zeile);
  }
  return m;
}

/** One value if all cells agree, otherwise null (as Excel reports mixed formats). */
function einheitlich<T>(r: Rechteck, f: (zeile: number, spalte: number) => T): T | null {
  pruefeGroesse(r);
  let erster: T | undefined;
  let gesetzt = false;
  for (let i = 0; i < r.zeilen; i++) {
    for (let j = 0; j < r.spalten; j++) {
      const v = f(r.zeile + i, r.spalte + j);
      if (!gesetzt) {
        erster = v;
        gesetzt = true;
      } else if (v !== erster) return null;
    }
  }
  return erster ?? null;
}

function jedeZelle(r: Rechteck, f: (zeile: number, spalte: number) => void): void {
  pruefeGroesse(r);
  for (let i = 0; i < r.zeilen; i++) for (let j = 0; j < r.spalten; j++) f(r.zeile + i, r.spalte + j);
}

function formatAendern(z: BereichsZiel, aenderung: Partial<Zellformat>): void {
  jedeZelle(z.r, (zeile, spalte) => z.blatt.aendereFormat(zeile, spalte, aenderung));
}

/** Turns a Range proxy or an address string into a rectangle on a sheet (at sync time). */
export function alsBereichsZiel(mappe: MappenModell, blatt: BlattModell, bezug: unknown): BereichsZiel {
  if (bezug instanceof FakeRange) return bezug.ziel();
  if (typeof bezug !== "string") throw new FakeOfficeFehler("InvalidArgument", "Bereich oder Adresse erwartet.");
  const { blatt: name, lokal } = trenneBlatt(bezug);
  return { blatt: name ? mappe.blatt(name) : blatt, r: parseRechteck(lokal) };
}

export class FakeRange extends Stellvertreter<BereichsZiel> {
  constructor(kontext: Kontext, aufloeser: () => BereichsZiel | undefined, nullObjekt = false) {
    super(
      kontext,
      () => {
        const z = aufloeser();
        return z === undefined ? undefined : lebt(z);
      },
      nullObjekt,
    );
  }

  private get mappe(): MappenModell {
    return this.context.mappe;
  }

  protected get eigenschaften(): readonly string[] {
    return [
      "address",
      "addressLocal",
      "cellCount",
      "columnCount",
      "columnIndex",
      "formulas",
      "isEntireColumn",
      "isEntireRow",
      "numberFormat",
      "rowCount",
      "rowIndex",
      "text",
      "values",
      "valueTypes",
    ];
  }

  protected leseAusModell(eigenschaft: string, z: BereichsZiel): unknown {
    const { blatt, r } = z;
    const m = this.mappe;
    switch (eigenschaft) {
      case "address":
      case "addressLocal":
        return volleAdresse(blatt.name, r);
      case "cellCount":
        return r.zeilen * r.spalten;
      case "columnCount":
        return r.spalten;
      case "rowCount":
        return r.zeilen;
      case "columnIndex":
        return r.spalte;
      case "rowIndex":
        return r.zeile;
      case "isEntireColumn":
        return r.zeile === 0 && r.zeilen === MAX_ZEILEN;
      case "isEntireRow":
        return r.spalte === 0 && r.spalten === MAX_SPALTEN;
      case "values":
        return matrix(r, (i, j) => m.wert(blatt, i, j));
      case "formulas":
        return matrix(r, (i, j) => m.formel(blatt, i, j));
      case "text":
        return matrix(r, (i, j) => m.text(blatt, i, j));
      case "numberFormat":
        return matrix(r, (i, j) => blatt.format(i, j).numberFormat);
      case "valueTypes":
        return matrix(r, (i, j) => m.wertTyp(blatt, i, j));
      default:
        return undefined;
    }
  }

  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet as unknown as Stellvertreter<unknown>;
    return undefined;
  }

  get address(): string {
    return this.lies("address");
  }
  get addressLocal(): string {
    return this.lies("addressLocal");
  }
  get cellCount(): number {
    return this.lies("cellCount");
  }
  get columnCount(): number {
    return this.lies("columnCount");
  }
  get rowCount(): number {
    return this.lies("rowCount");
  }
  get columnIndex(): number {
    return this.lies("columnIndex");
  }
  get rowIndex(): number {
    return this.lies("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this.lies("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.lies("isEntireRow");
  }
  get text(): string[][] {
    return this.lies("text");
  }
  get valueTypes(): string[][] {
    return this.lies("valueTypes");
  }

  get values(): unknown[][] {
    return this.lies("values");
  }
  set values(werte: unknown[][]) {
    this.setzeEigenschaft("values", werte, (z) => this.mappe.schreibe(z.blatt, z.r, werte));
  }

  get formulas(): unknown[][] {
    return this.lies("formulas");
  }
  set formulas(formeln: unknown[][]) {
    this.setzeEigenschaft("formulas", formeln, (z) => this.mappe.schreibe(z.blatt, z.r, formeln));
  }

  get numberFormat(): unknown[][] {
    return this.lies("numberFormat");
  }
  set numberFormat(formate: unknown[][]) {
    this.setzeEigenschaft("numberFormat", formate, (z) => {
      const m = this.mappe.passendeMatrix(z.r, formate);
      m.forEach((zeile, i) =>
        zeile.forEach((f, j) => {
          if (f === null || f === undefined) return;
          if (typeof f !== "string") throw new FakeOfficeFehler("InvalidArgument", "Zahlenformate sind Text.");
          z.blatt.aendereFormat(z.r.zeile + i, z.r.spalte + j, { numberFormat: f });
        }),
      );
    });
  }

  get format(): FakeRangeFormat {
    return this.navigiere("format", () => new FakeRangeFormat(this.context, () => this.ziel()));
  }

  get worksheet(): FakeWorksheetRef {
    return this.navigiere("worksheet", () => erzeugeBlattVerweis(this.context, () => this.ziel().blatt));
  }

  private abgeleitet(f: (z: BereichsZiel) => Rechteck): FakeRange {
    return new FakeRange(this.context, () => {
      const z = this.ziel();
      const r = f(z);
      if (
        r.zeile < 0 ||
        r.spalte < 0 ||
        r.zeilen < 1 ||
        r.spalten < 1 ||
        r.zeile + r.zeilen > MAX_ZEILEN ||
        r.spalte + r.spalten > MAX_SPALTEN
      ) {
        throw new FakeOfficeFehler("InvalidArgument", "Der abgeleitete Bereich liegt außerhalb des Blatts.");
      }
      return { blatt: z.blatt, r };
    });
  }

  getCell(zeile: number, spalte: number): FakeRange {
    return this.abgeleitet(({ r }) => ({ zeile: r.zeile + zeile, spalte: r.spalte + spalte, zeilen: 1, spalten: 1 }));
  }

  getResizedRange(deltaZeilen: number, deltaSpalten: number): FakeRange {
    return this.abgeleitet(({ r }) => ({ ...r, zeilen: r.zeilen + deltaZeilen, spalten: r.spalten + deltaSpalten }));
  }

  getOffsetRange(zeilen: number, spalten: number): FakeRange {
    return this.abgeleitet(({ r }) => ({ ...r, zeile: r.zeile + zeilen, spalte: r.spalte + spalten }));
  }

  getRow(zeile: number): FakeRange {
    return this.abgeleitet(({ r }) => ({ ...r, zeile: r.zeile + zeile, zeilen: 1 }));
  }

  getColumn(spalte: number): FakeRange {
    return this.abgeleitet(({ r }) => ({ ...r, spalte: r.spalte + spalte, spalten: 1 }));
  }

  getLastCell(): FakeRange {
    return this.abgeleitet(({ r }) => ({
      zeile: r.zeile + r.zeilen - 1,
      spalte: r.spalte + r.spalten - 1,
      zeilen: 1,
      spalten: 1,
    }));
  }

  getEntireRow(): FakeRange {
    return this.abgeleitet(({ r }) => ({ zeile: r.zeile, zeilen: r.zeilen, spalte: 0, spalten: MAX_SPALTEN }));
  }

  getEntireColumn(): FakeRange {
    return this.abgeleitet(({ r }) => ({ zeile: 0, zeilen: MAX_ZEILEN, spalte: r.spalte, spalten: r.spalten }));
  }

  clear(applyTo: string = "All"): void {
    this.befehl((z) => {
      if (applyTo === "All" || applyTo === "Contents") this.mappe.leereInhalte(z.blatt, z.r);
      if (applyTo === "All" || applyTo === "Formats") this.mappe.leereFormate(z.blatt, z.r);
      if (!["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(applyTo)) {
        throw new FakeOfficeFehler("InvalidArgument", `Unbekanntes applyTo "${applyTo}".`);
      }
    });
  }

  merge(across = false): void {
    this.befehl(({ blatt, r }) => {
      if (across) for (let i = 0; i < r.zeilen; i++) blatt.verbunden.push({ ...r, zeile: r.zeile + i, zeilen: 1 });
      else blatt.verbunden.push({ ...r });
    });
  }

  unmerge(): void {
    this.befehl(({ blatt, r }) => {
      for (let i = blatt.verbunden.length - 1; i >= 0; i--) {
        const v = blatt.verbunden[i];
        if (
          v.zeile >= r.zeile &&
          v.zeile < r.zeile + r.zeilen &&
          v.spalte >= r.spalte &&
          v.spalte < r.spalte + r.spalten
        ) {
          blatt.verbunden.splice(i, 1);
        }
      }
    });
  }

  select(): void {
    this.befehl(() => undefined);
  }

  getUsedRangeOrNullObject(nurWerte = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const z = this.ziel();
        const u = this.mappe.benutzterBereich(z.blatt, nurWerte);
        if (!u) return undefined;
        const z1 = Math.max(u.zeile, z.r.zeile);
        const s1 = Math.max(u.spalte, z.r.spalte);
        const z2 = Math.min(u.zeile + u.zeilen, z.r.zeile + z.r.zeilen);
        const s2 = Math.min(u.spalte + u.spalten, z.r.spalte + z.r.spalten);
        if (z1 >= z2 || s1 >= s2) return undefined;
        return { blatt: z.blatt, r: { zeile: z1, spalte: s1, zeilen: z2 - z1, spalten: s2 - s1 } };
      },
      true,
    );
  }
}

/** The worksheet proxy type is defined in blaetter.ts; this indirection avoids an import cycle. */
export type FakeWorksheetRef = Stellvertreter<BlattModell>;
let blattFabrik: ((k: Kontext, a: () => BlattModell | undefined) => FakeWorksheetRef) | undefined;
export function registriereBlattFabrik(f: (k: Kontext, a: () => BlattModell | undefined) => FakeWorksheetRef): void {
  blattFabrik = f;
}
function erzeugeBlattVerweis(k: Kontext, a: () => BlattModell | undefined): FakeWorksheetRef {
  if (!blattFabrik) throw new Error("blaetter.ts ist nicht geladen.");
  return blattFabrik(k, a);
}

export class FakeRangeFormat extends Stellvertreter<BereichsZiel> {
  protected get eigenschaften(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"];
  }

  protected leseAusModell(eigenschaft: string, { blatt, r }: BereichsZiel): unknown {
    switch (eigenschaft) {
      case "columnWidth":
        return einheitlich({ zeile: 0, zeilen: 1, spalte: r.spalte, spalten: r.spalten }, (_, s) =>
          blatt.spaltenbreite(s),
        );
      case "rowHeight":
        return einheitlich({ zeile: r.zeile, zeilen: r.zeilen, spalte: 0, spalten: 1 }, (z) => blatt.zeilenhoehe(z));
      default:
        return einheitlich(r, (z, s) => blatt.format(z, s)[eigenschaft as keyof Zellformat]);
    }
  }

  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  get font(): FakeRangeFont {
    return this.navigiere("font", () => new FakeRangeFont(this.context, () => this.ziel()));
  }
  get fill(): FakeRangeFill {
    return this.navigiere("fill", () => new FakeRangeFill(this.context, () => this.ziel()));
  }
  get borders(): FakeRangeBorderCollection {
    return this.navigiere("borders", () => new FakeRangeBorderCollection(this.context, () => this.ziel()));
  }

  get columnWidth(): number {
    return this.lies("columnWidth");
  }
  set columnWidth(breite: number) {
    this.setzeEigenschaft("columnWidth", breite, ({ blatt, r }) => {
      if (!(breite >= 0)) throw new FakeOfficeFehler("InvalidArgument", "Spaltenbreite muss ≥ 0 sein.");
      for (let s = r.spalte; s < r.spalte + r.spalten; s++) blatt.spaltenbreiten.set(s, breite);
    });
  }
  get rowHeight(): number {
    return this.lies("rowHeight");
  }
  set rowHeight(hoehe: number) {
    this.setzeEigenschaft("rowHeight", hoehe, ({ blatt, r }) => {
      if (!(hoehe >= 0)) throw new FakeOfficeFehler("InvalidArgument", "Zeilenhöhe muss ≥ 0 sein.");
      for (let z = r.zeile; z < r.zeile + r.zeilen; z++) blatt.zeilenhoehen.set(z, hoehe);
    });
  }
  get horizontalAlignment(): string {
    return this.lies("horizontalAlignment");
  }
  set horizontalAlignment(a: string) {
    this.setzeEigenschaft("horizontalAlignment", a, (z) => formatAendern(z, { horizontalAlignment: a }));
  }
  get verticalAlignment(): string {
    return this.lies("verticalAlignment");
  }
  set verticalAlignment(a: string) {
    this.setzeEigenschaft("verticalAlignment", a, (z) => formatAendern(z, { verticalAlignment: a }));
  }
  get wrapText(): boolean {
    return this.lies("wrapText");
  }
  set wrapText(w: boolean) {
    this.setzeEigenschaft("wrapText", w, (z) => formatAendern(z, { wrapText: w }));
  }
  get indentLevel(): number {
    return this.lies("indentLevel");
  }
  set indentLevel(n: number) {
    this.setzeEigenschaft("indentLevel", n, (z) => formatAendern(z, { indentLevel: n }));
  }

  /** Widths from the displayed text: about 0.55 × font size per character plus padding. */
  autofitColumns(): void {
    this.befehl(({ blatt, r }) => {
      const m = this.context.mappe;
      const u = m.benutzterBereich(blatt, true);
      const z1 = u ? Math.max(r.zeile, u.zeile) : 0;
      const z2 = u ? Math.min(r.zeile + r.zeilen, u.zeile + u.zeilen) : 0;
      for (let s = r.spalte; s < r.spalte + Math.min(r.spalten, 1000); s++) {
        let breite = 0;
        for (let z = z1; z < z2; z++) {
          const text = m.text(blatt, z, s);
          if (text) breite = Math.max(breite, text.length * blatt.format(z, s).size * 0.55 + 6);
        }
        blatt.spaltenbreiten.set(s, breite > 0 ? Math.round(breite * 4) / 4 : blatt.spaltenbreite(s));
      }
    });
  }

  autofitRows(): void {
    this.befehl(() => undefined);
  }
}

export class FakeRangeFont extends Stellvertreter<BereichsZiel> {
  protected get eigenschaften(): readonly string[] {
    return ["bold", "italic", "size", "color", "name", "underline"];
  }
  protected leseAusModell(eigenschaft: string, { blatt, r }: BereichsZiel): unknown {
    return einheitlich(r, (z, s) => blatt.format(z, s)[eigenschaft as keyof Zellformat]);
  }
  private setze(eigenschaft: keyof Zellformat, wert: unknown): void {
    this.setzeEigenschaft(eigenschaft, wert, (z) => formatAendern(z, { [eigenschaft]: wert }));
  }
  get bold(): boolean {
    return this.lies("bold");
  }
  set bold(v: boolean) {
    this.setze("bold", v);
  }
  get italic(): boolean {
    return this.lies("italic");
  }
  set italic(v: boolean) {
    this.setze("italic", v);
  }
  get size(): number {
    return this.lies("size");
  }
  set size(v: number) {
    this.setze("size", v);
  }
  get color(): string {
    return this.lies("color");
  }
  set color(v: string) {
    this.setze("color", normalisiereFarbe(v));
  }
  get name(): string {
    return this.lies("name");
  }
  set name(v: string) {
    this.setze("name", v);
  }
  get underline(): string {
    return this.lies("underline");
  }
  set underline(v: string) {
    this.setze("underline", v);
  }
}

const BENANNTE_FARBEN: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  gray: "#808080",
  grey: "#808080",
};

/** Excel reports colours as upper-case #RRGGBB. */
function normalisiereFarbe(farbe: string): string {
  if (typeof farbe !== "string") throw new FakeOfficeFehler("InvalidArgument", "Farbe als Text erwartet.");
  const benannt = BENANNTE_FARBEN[farbe.toLowerCase()];
  if (benannt) return benannt;
  if (!/^#[0-9a-fA-F]{6}$/.test(farbe)) throw new FakeOfficeFehler("InvalidArgument", `Ungültige Farbe "${farbe}".`);
  return farbe.toUpperCase();
}

export class FakeRangeFill extends Stellvertreter<BereichsZiel> {
  protected get eigenschaften(): readonly string[] {
    return ["color"];
  }
  protected leseAusModell(_e: string, { blatt, r }: BereichsZiel): unknown {
    return einheitlich(r, (z, s) => blatt.format(z, s).fill);
  }
  get color(): string {
    return this.lies("color");
  }
  set color(v: string) {
    // Checked when the batch runs, as in Excel: the commands queued before it stay applied.
    this.setzeEigenschaft("color", v, (z) => formatAendern(z, { fill: normalisiereFarbe(v) }));
  }
  clear(): void {
    this.befehl((z) => formatAendern(z, { fill: "#FFFFFF" }));
  }
}

const KANTEN = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
type Kante = (typeof KANTEN)[number];

/** Border lines live between cells, so A1's bottom edge is A2's top edge, as in Excel. */
function linienOrte(
  { r }: BereichsZiel,
  kante: Kante,
): Array<{ karte: "horizontal" | "vertikal"; zeile: number; spalte: number }> {
  const orte: Array<{ karte: "horizontal" | "vertikal"; zeile: number; spalte: number }> = [];
  const waagrecht = (zeile: number) => {
    for (let s = r.spalte; s < r.spalte + r.spalten; s++) orte.push({ karte: "horizontal", zeile, spalte: s });
  };
  const senkrecht = (spalte: number) => {
    for (let z = r.zeile; z < r.zeile + r.zeilen; z++) orte.push({ karte: "vertikal", zeile: z, spalte });
  };
  pruefeGroesse(r);
  switch (kante) {
    case "EdgeTop":
      waagrecht(r.zeile);
      break;
    case "EdgeBottom":
      waagrecht(r.zeile + r.zeilen);
      break;
    case "InsideHorizontal":
      for (let z = r.zeile + 1; z < r.zeile + r.zeilen; z++) waagrecht(z);
      break;
    case "EdgeLeft":
      senkrecht(r.spalte);
      break;
    case "EdgeRight":
      senkrecht(r.spalte + r.spalten);
      break;
    case "InsideVertical":
      for (let s = r.spalte + 1; s < r.spalte + r.spalten; s++) senkrecht(s);
      break;
  }
  return orte;
}

interface RandZiel extends BereichsZiel {
  kante: Kante;
}

export class FakeRangeBorderCollection extends Stellvertreter<BereichsZiel> {
  protected get eigenschaften(): readonly string[] {
    return [];
  }
  protected leseAusModell(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    if (!KANTEN.includes(index as Kante)) {
      throw new FakeOfficeFehler("InvalidArgument", `Rahmenkante "${index}" wird nicht nachgebildet.`);
    }
    return new FakeRangeBorder(this.context, () => ({ ...this.ziel(), kante: index as Kante }));
  }
}

export class FakeRangeBorder extends Stellvertreter<RandZiel> {
  protected get eigenschaften(): readonly string[] {
    return ["style", "weight", "color", "sideIndex"];
  }
  protected leseAusModell(eigenschaft: string, z: RandZiel): unknown {
    if (eigenschaft === "sideIndex") return z.kante;
    const orte = linienOrte(z, z.kante);
    let wert: unknown = undefined;
    for (const o of orte) {
      const karte = o.karte === "horizontal" ? z.blatt.horizontal : z.blatt.vertikal;
      const linie = karte.get(o.zeile * MAX_SPALTEN + o.spalte) ?? KEINE_LINIE;
      const v = linie[eigenschaft as keyof RandLinie];
      if (wert === undefined) wert = v;
      else if (wert !== v) return null;
    }
    return wert ?? KEINE_LINIE[eigenschaft as keyof RandLinie];
  }
  private aendere(eigenschaft: keyof RandLinie, wert: string): void {
    this.setzeEigenschaft(eigenschaft, wert, (z) => {
      for (const o of linienOrte(z, z.kante)) {
        const karte = o.karte === "horizontal" ? z.blatt.horizontal : z.blatt.vertikal;
        const k = o.zeile * MAX_SPALTEN + o.spalte;
        const alt = karte.get(k) ?? KEINE_LINIE;
        const neu: RandLinie = { ...alt, [eigenschaft]: wert };
        // Giving a missing line a colour or weight draws it, as in Excel.
        if (eigenschaft !== "style" && alt.style === "None") neu.style = "Continuous";
        if (neu.style === "None") karte.delete(k);
        else karte.set(k, neu);
      }
    });
  }
  get sideIndex(): string {
    return this.lies("sideIndex");
  }
  get style(): string {
    return this.lies("style");
  }
  set style(v: string) {
    this.aendere("style", v);
  }
  get weight(): string {
    return this.lies("weight");
  }
  set weight(v: string) {
    this.aendere("weight", v);
  }
  get color(): string {
    return this.lies("color");
  }
  set color(v: string) {
    this.aendere("color", normalisiereFarbe(v));
  }
}
