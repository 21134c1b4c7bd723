/**
 * Workbook, worksheets, names, charts, page layout, settings and application of the fake.
 */
import { MAX_SPALTEN, parseRechteck, trenneBlatt, volleAdresse } from "./adressen";
import { FakeRange, alsBereichsZiel, registriereBlattFabrik } from "./bereich";
import { BlattModell, DiagrammModell, KopfFusszeilen, NamensModell, SeitenModell } from "./modell";
import { pruefeKopfFusszeile, pruefeNamensKommentar } from "./grenzen";
import { FakeOfficeFehler } from "./officeFehler";
import { ClientResult, Sammlung, Stellvertreter } from "./stellvertreter";

/**
 * Excel gives every sheet an id of its own that is never reused; HyperFormula reuses the number of
 * a removed sheet, so a new sheet would look like the deleted one.
 */
const BLATT_IDS = new WeakMap<BlattModell, string>();
let naechsteBlattId = 1;
function blattId(b: BlattModell): string {
  let id = BLATT_IDS.get(b);
  if (id === undefined) {
    id = `{fake-blatt-${naechsteBlattId++}}`;
    BLATT_IDS.set(b, id);
  }
  return id;
}

export class FakeWorksheet extends Stellvertreter<BlattModell> {
  protected get eigenschaften(): readonly string[] {
    return ["id", "name", "position", "visibility", "tabColor", "showGridlines"];
  }
  protected leseAusModell(eigenschaft: string, b: BlattModell): unknown {
    switch (eigenschaft) {
      case "id":
        return blattId(b);
      case "position":
        return this.context.mappe.blaetter.indexOf(b);
      case "visibility":
        return b.sichtbarkeit;
      default:
        return (b as unknown as Record<string, unknown>)[eigenschaft];
    }
  }
  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    if (name === "pageLayout") return this.pageLayout;
    if (name === "charts") return this.charts as unknown as Stellvertreter<unknown>;
    return undefined;
  }

  override ziel(): BlattModell {
    const b = super.ziel();
    if (b.geloescht) throw new FakeOfficeFehler("ItemNotFound", `Das Blatt "${b.name}" wurde gelöscht.`);
    return b;
  }

  get id(): string {
    return this.lies("id");
  }
  get name(): string {
    return this.lies("name");
  }
  set name(n: string) {
    this.setzeEigenschaft("name", n, (b) => this.context.mappe.benenneUm(b, n));
  }
  get position(): number {
    return this.lies("position");
  }
  set position(p: number) {
    this.setzeEigenschaft("position", p, (b) => this.context.mappe.setzePosition(b, p));
  }
  get visibility(): string {
    return this.lies("visibility");
  }
  set visibility(v: string) {
    this.setzeEigenschaft("visibility", v, (b) => this.context.mappe.setzeSichtbarkeit(b, v));
  }
  get tabColor(): string {
    return this.lies("tabColor");
  }
  set tabColor(f: string) {
    this.setzeEigenschaft("tabColor", f, (b) => (b.tabColor = f));
  }
  get showGridlines(): boolean {
    return this.lies("showGridlines");
  }
  set showGridlines(g: boolean) {
    this.setzeEigenschaft("showGridlines", g, (b) => (b.showGridlines = g));
  }

  activate(): void {
    this.befehl((b) => this.context.mappe.aktiviere(b));
  }

  delete(): void {
    this.befehl((b) => this.context.mappe.loescheBlatt(b));
  }

  /** Without an address: the whole sheet. A sheet prefix must name this sheet. */
  getRange(adresse?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const b = this.ziel();
      if (adresse === undefined || adresse === "") {
        return { blatt: b, r: { zeile: 0, spalte: 0, zeilen: 1048576, spalten: MAX_SPALTEN } };
      }
      const { blatt, lokal } = trenneBlatt(adresse);
      if (blatt !== undefined && blatt.toLowerCase() !== b.name.toLowerCase()) {
        throw new FakeOfficeFehler("InvalidArgument", `"${adresse}" liegt nicht auf dem Blatt "${b.name}".`);
      }
      return { blatt: b, r: parseRechteck(lokal) };
    });
  }

  getRangeByIndexes(zeile: number, spalte: number, zeilen: number, spalten: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (zeile < 0 || spalte < 0 || zeilen < 1 || spalten < 1) {
        throw new FakeOfficeFehler("InvalidArgument", "Ungültige Bereichsindizes.");
      }
      return { blatt: this.ziel(), r: { zeile, spalte, zeilen, spalten } };
    });
  }

  getCell(zeile: number, spalte: number): FakeRange {
    return this.getRangeByIndexes(zeile, spalte, 1, 1);
  }

  getUsedRangeOrNullObject(nurWerte = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const b = this.ziel();
        const r = this.context.mappe.benutzterBereich(b, nurWerte);
        return r ? { blatt: b, r } : undefined;
      },
      true,
    );
  }

  /** Excel answers A1 for an empty sheet. */
  getUsedRange(nurWerte = false): FakeRange {
    return new FakeRange(this.context, () => {
      const b = this.ziel();
      const r = this.context.mappe.benutzterBereich(b, nurWerte) ?? { zeile: 0, spalte: 0, zeilen: 1, spalten: 1 };
      return { blatt: b, r };
    });
  }

  get charts(): FakeChartCollection {
    return this.navigiere("charts", () => new FakeChartCollection(this.context, () => this.ziel()));
  }

  get pageLayout(): FakePageLayout {
    return this.navigiere("pageLayout", () => new FakePageLayout(this.context, () => this.ziel()));
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    return this.navigiere("horizontalPageBreaks", () => new FakePageBreakCollection(this.context, () => this.ziel()));
  }
}

/** Manual horizontal page breaks (ExcelApi 1.9): add before a range's top row, remove all. */
export class FakePageBreakCollection extends Stellvertreter<BlattModell> {
  protected get eigenschaften(): readonly string[] {
    return [];
  }
  protected leseAusModell(): unknown {
    return undefined;
  }
  add(bereich: FakeRange | string): void {
    this.befehl((b) => {
      const zeile = alsBereichsZiel(this.context.mappe, b, bereich).r.zeile;
      if (!b.seite.umbrueche.includes(zeile)) b.seite.umbrueche.push(zeile);
    });
  }
  removePageBreaks(): void {
    this.befehl((b) => (b.seite.umbrueche = []));
  }
}

registriereBlattFabrik((k, a) => new FakeWorksheet(k, a));

export class FakeWorksheetCollection extends Sammlung<null, FakeWorksheet> {
  protected elemente(): FakeWorksheet[] {
    return this.context.mappe.blaetter.map((b) => new FakeWorksheet(this.context, () => b));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.mappe.blatt(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.mappe.blattOderNull(name), true);
  }

  add(name?: string): FakeWorksheet {
    let neu: BlattModell | undefined;
    this.context.pruefeOffen();
    this.context.reihe(() => {
      neu = this.context.mappe.fuegeBlattHinzu(name);
    });
    return new FakeWorksheet(this.context, () => neu);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.mappe.aktiv);
  }

  getFirst(nurSichtbare = false): FakeWorksheet {
    return new FakeWorksheet(this.context, () =>
      this.context.mappe.blaetter.find((b) => !nurSichtbare || b.sichtbarkeit === "Visible"),
    );
  }

  getCount(nurSichtbare = false): ClientResult<number> {
    return this.ergebnis(
      () => this.context.mappe.blaetter.filter((b) => !nurSichtbare || b.sichtbarkeit === "Visible").length,
    );
  }
}

// --- names ------------------------------------------------------------------------------------

export class FakeNamedItem extends Stellvertreter<NamensModell> {
  protected get eigenschaften(): readonly string[] {
    return ["name", "type", "value", "formula", "comment", "visible", "scope"];
  }
  protected leseAusModell(eigenschaft: string, n: NamensModell): unknown {
    const m = this.context.mappe;
    const bereich = m.namensBereich(n);
    switch (eigenschaft) {
      case "name":
        return n.name;
      case "formula":
        return n.formel;
      case "comment":
        return n.kommentar;
      case "visible":
        return n.sichtbar;
      case "scope":
        return "Workbook";
      case "type": {
        if (bereich) return "Range";
        const w = m.namensWert(n);
        return typeof w === "number"
          ? Number.isInteger(w)
            ? "Integer"
            : "Double"
          : typeof w === "boolean"
            ? "Boolean"
            : "String";
      }
      case "value":
        return bereich ? volleAdresse(bereich.blatt.name, bereich.rechteck, true) : m.namensWert(n);
      default:
        return undefined;
    }
  }
  get name(): string {
    return this.lies("name");
  }
  get type(): string {
    return this.lies("type");
  }
  get value(): unknown {
    return this.lies("value");
  }
  get scope(): string {
    return this.lies("scope");
  }
  get formula(): string {
    return this.lies("formula");
  }
  set formula(f: string) {
    this.setzeEigenschaft("formula", f, (n) => {
      const ausdruck = f.startsWith("=") ? f : `=${f}`;
      this.context.mappe.lesevorgang();
      this.context.mappe.hf.changeNamedExpression(n.name, ausdruck);
      n.formel = ausdruck;
    });
  }
  get comment(): string {
    return this.lies("comment");
  }
  set comment(k: string) {
    this.setzeEigenschaft("comment", k, (n) => {
      pruefeNamensKommentar(k);
      n.kommentar = k;
    });
  }
  get visible(): boolean {
    return this.lies("visible");
  }
  set visible(v: boolean) {
    this.setzeEigenschaft("visible", v, (n) => (n.sichtbar = v));
  }

  private bereich(nullErlaubt: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const b = this.context.mappe.namensBereich(this.ziel());
        if (!b && !nullErlaubt)
          throw new FakeOfficeFehler("InvalidOperation", "Der Name verweist nicht auf einen Bereich.");
        return b ? { blatt: b.blatt, r: b.rechteck } : undefined;
      },
      nullErlaubt,
    );
  }
  getRange(): FakeRange {
    return this.bereich(false);
  }
  getRangeOrNullObject(): FakeRange {
    return this.bereich(true);
  }
  delete(): void {
    this.befehl((n) => this.context.mappe.loescheNamen(n.name));
  }
}

export class FakeNamedItemCollection extends Sammlung<null, FakeNamedItem> {
  protected elemente(): FakeNamedItem[] {
    return [...this.context.mappe.namen.values()].map((n) => new FakeNamedItem(this.context, () => n));
  }
  /** `reference` is a Range or a formula such as "=Annahmen!$B$5"; ranges are stored absolute. */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let neu: NamensModell | undefined;
    this.context.pruefeOffen();
    this.context.reihe(() => {
      const m = this.context.mappe;
      const formel =
        reference instanceof FakeRange
          ? `=${volleAdresse(reference.ziel().blatt.name, reference.ziel().r, true)}`
          : reference;
      neu = m.fuegeNamenHinzu(name, formel, comment ?? "");
    });
    return new FakeNamedItem(this.context, () => neu);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const n = this.context.mappe.namen.get(name.toLowerCase());
      if (!n) throw new FakeOfficeFehler("ItemNotFound", `Den Namen "${name}" gibt es nicht.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.mappe.namen.get(name.toLowerCase()), true);
  }
  getCount(): ClientResult<number> {
    return this.ergebnis(() => this.context.mappe.namen.size);
  }
}

// --- charts -----------------------------------------------------------------------------------

export class FakeChartTitle extends Stellvertreter<DiagrammModell> {
  protected get eigenschaften(): readonly string[] {
    return ["text", "visible"];
  }
  protected leseAusModell(eigenschaft: string, d: DiagrammModell): unknown {
    return eigenschaft === "text" ? d.titel : d.titelSichtbar;
  }
  get text(): string {
    return this.lies("text");
  }
  set text(t: string) {
    this.setzeEigenschaft("text", t, (d) => {
      d.titel = t;
      d.titelSichtbar = t !== "";
    });
  }
  get visible(): boolean {
    return this.lies("visible");
  }
  set visible(v: boolean) {
    this.setzeEigenschaft("visible", v, (d) => (d.titelSichtbar = v));
  }
}

export class FakeChartLegend extends Stellvertreter<DiagrammModell> {
  protected get eigenschaften(): readonly string[] {
    return ["visible", "position"];
  }
  protected leseAusModell(eigenschaft: string, d: DiagrammModell): unknown {
    return eigenschaft === "visible" ? d.legendeSichtbar : d.legendePosition;
  }
  get visible(): boolean {
    return this.lies("visible");
  }
  set visible(v: boolean) {
    this.setzeEigenschaft("visible", v, (d) => (d.legendeSichtbar = v));
  }
  get position(): string {
    return this.lies("position");
  }
  set position(p: string) {
    this.setzeEigenschaft("position", p, (d) => (d.legendePosition = p));
  }
}

interface DiagrammZiel {
  blatt: BlattModell;
  d: DiagrammModell;
}

export class FakeChart extends Stellvertreter<DiagrammZiel> {
  protected get eigenschaften(): readonly string[] {
    return ["id", "name", "chartType", "top", "left", "width", "height"];
  }
  protected leseAusModell(eigenschaft: string, { d }: DiagrammZiel): unknown {
    switch (eigenschaft) {
      case "id":
        return `{chart-${d.id}}`;
      case "chartType":
        return d.typ;
      default:
        return (d as unknown as Record<string, unknown>)[eigenschaft];
    }
  }
  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    if (name === "title") return this.title;
    if (name === "legend") return this.legend;
    return undefined;
  }
  private zahl(eigenschaft: "top" | "left" | "width" | "height", v: number): void {
    this.setzeEigenschaft(eigenschaft, v, ({ d }) => {
      if (!Number.isFinite(v) || v < 0) throw new FakeOfficeFehler("InvalidArgument", `${eigenschaft} muss ≥ 0 sein.`);
      d[eigenschaft] = v;
    });
  }
  get id(): string {
    return this.lies("id");
  }
  get name(): string {
    return this.lies("name");
  }
  set name(n: string) {
    this.setzeEigenschaft("name", n, ({ blatt, d }) => {
      if (blatt.diagramme.some((x) => x !== d && x.name.toLowerCase() === n.toLowerCase())) {
        throw new FakeOfficeFehler("ItemAlreadyExists", `Ein Diagramm "${n}" gibt es schon.`);
      }
      d.name = n;
    });
  }
  get chartType(): string {
    return this.lies("chartType");
  }
  set chartType(t: string) {
    this.setzeEigenschaft("chartType", t, ({ d }) => (d.typ = t));
  }
  get top(): number {
    return this.lies("top");
  }
  set top(v: number) {
    this.zahl("top", v);
  }
  get left(): number {
    return this.lies("left");
  }
  set left(v: number) {
    this.zahl("left", v);
  }
  get width(): number {
    return this.lies("width");
  }
  set width(v: number) {
    this.zahl("width", v);
  }
  get height(): number {
    return this.lies("height");
  }
  set height(v: number) {
    this.zahl("height", v);
  }
  get title(): FakeChartTitle {
    return this.navigiere("title", () => new FakeChartTitle(this.context, () => this.ziel().d));
  }
  get legend(): FakeChartLegend {
    return this.navigiere("legend", () => new FakeChartLegend(this.context, () => this.ziel().d));
  }

  /** Places the chart over the cells from startCell to endCell (inclusive), as Excel does. */
  setPosition(startZelle: FakeRange | string, endZelle?: FakeRange | string): void {
    this.befehl(({ blatt, d }) => {
      const m = this.context.mappe;
      const start = alsBereichsZiel(m, blatt, startZelle).r;
      const p = m.zellPosition(blatt, start.zeile, start.spalte);
      d.top = p.top;
      d.left = p.left;
      d.von = volleAdresse(blatt.name, { ...start, zeilen: 1, spalten: 1 });
      if (endZelle !== undefined) {
        const ende = alsBereichsZiel(m, blatt, endZelle).r;
        const z = ende.zeile + ende.zeilen - 1;
        const s = ende.spalte + ende.spalten - 1;
        const q = m.zellPosition(blatt, z + 1, s + 1);
        if (q.top <= p.top || q.left <= p.left) {
          throw new FakeOfficeFehler("InvalidArgument", "Die Endzelle liegt nicht rechts unterhalb der Startzelle.");
        }
        d.width = q.left - p.left;
        d.height = q.top - p.top;
        d.bis = volleAdresse(blatt.name, { zeile: z, spalte: s, zeilen: 1, spalten: 1 });
      }
    });
  }

  setData(quelle: FakeRange, reihenNach = "Auto"): void {
    this.befehl(({ d }) => {
      const z = quelle.ziel();
      d.quelle = { blatt: z.blatt, rechteck: z.r };
      d.reihenNach = reihenNach;
    });
  }

  delete(): void {
    this.befehl(({ blatt, d }) => {
      const i = blatt.diagramme.indexOf(d);
      if (i < 0) throw new FakeOfficeFehler("ItemNotFound", `Das Diagramm "${d.name}" gibt es nicht mehr.`);
      blatt.diagramme.splice(i, 1);
    });
  }
}

export class FakeChartCollection extends Sammlung<BlattModell, FakeChart> {
  protected elemente(blatt: BlattModell): FakeChart[] {
    return blatt.diagramme.map((d) => new FakeChart(this.context, () => ({ blatt, d })));
  }
  get count(): number {
    return this.lies("count");
  }
  add(typ: string, quelle: FakeRange, reihenNach = "Auto"): FakeChart {
    let neu: DiagrammZiel | undefined;
    this.befehl((blatt) => {
      const z = quelle.ziel();
      neu = {
        blatt,
        d: this.context.mappe.fuegeDiagrammHinzu(blatt, typ, { blatt: z.blatt, rechteck: z.r }, reihenNach),
      };
    });
    return new FakeChart(this.context, () => neu);
  }
  private suche(blatt: BlattModell, name: string): DiagrammZiel | undefined {
    const d = blatt.diagramme.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return d ? { blatt, d } : undefined;
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => this.suche(this.ziel(), name));
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.context, () => this.suche(this.ziel(), name), true);
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(this.context, () => {
      const blatt = this.ziel();
      const d = blatt.diagramme[index];
      return d ? { blatt, d } : undefined;
    });
  }
  getCount(): ClientResult<number> {
    return this.ergebnis((b) => b.diagramme.length);
  }
}

// --- page layout ------------------------------------------------------------------------------

const KOPF_FUSS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

export class FakeHeaderFooter extends Stellvertreter<KopfFusszeilen> {
  protected get eigenschaften(): readonly string[] {
    return KOPF_FUSS;
  }
  protected leseAusModell(eigenschaft: string, k: KopfFusszeilen): unknown {
    return k[eigenschaft as keyof KopfFusszeilen];
  }
  private setze(e: keyof KopfFusszeilen, v: string): void {
    this.setzeEigenschaft(e, v, (k) => {
      const neu = { ...k, [e]: v };
      if (e.endsWith("Header")) pruefeKopfFusszeile([neu.leftHeader, neu.centerHeader, neu.rightHeader], "Kopfzeile");
      else pruefeKopfFusszeile([neu.leftFooter, neu.centerFooter, neu.rightFooter], "Fußzeile");
      k[e] = v;
    });
  }
  get leftHeader(): string {
    return this.lies("leftHeader");
  }
  set leftHeader(v: string) {
    this.setze("leftHeader", v);
  }
  get centerHeader(): string {
    return this.lies("centerHeader");
  }
  set centerHeader(v: string) {
    this.setze("centerHeader", v);
  }
  get rightHeader(): string {
    return this.lies("rightHeader");
  }
  set rightHeader(v: string) {
    this.setze("rightHeader", v);
  }
  get leftFooter(): string {
    return this.lies("leftFooter");
  }
  set leftFooter(v: string) {
    this.setze("leftFooter", v);
  }
  get centerFooter(): string {
    return this.lies("centerFooter");
  }
  set centerFooter(v: string) {
    this.setze("centerFooter", v);
  }
  get rightFooter(): string {
    return this.lies("rightFooter");
  }
  set rightFooter(v: string) {
    this.setze("rightFooter", v);
  }
}

export class FakeHeaderFooterGroup extends Stellvertreter<KopfFusszeilen> {
  protected get eigenschaften(): readonly string[] {
    return [];
  }
  protected leseAusModell(): unknown {
    return undefined;
  }
  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this.navigiere("defaultForAllPages", () => new FakeHeaderFooter(this.context, () => this.ziel()));
  }
}

type SeitenZahl = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";
type SeitenSchalter = "centerHorizontally" | "centerVertically" | "printGridlines" | "printHeadings" | "blackAndWhite";

export class FakePageLayout extends Stellvertreter<BlattModell> {
  protected get eigenschaften(): readonly string[] {
    return [
      "orientation",
      "paperSize",
      "zoom",
      "centerHorizontally",
      "centerVertically",
      "printGridlines",
      "printHeadings",
      "blackAndWhite",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "headerMargin",
      "footerMargin",
    ];
  }
  protected leseAusModell(eigenschaft: string, b: BlattModell): unknown {
    if (eigenschaft === "zoom") return { ...b.seite.zoom };
    return b.seite[eigenschaft as keyof SeitenModell];
  }
  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return this.navigiere(
      "headersFooters",
      () => new FakeHeaderFooterGroup(this.context, () => this.ziel().seite.kopfFuss),
    );
  }
  get orientation(): string {
    return this.lies("orientation");
  }
  set orientation(o: string) {
    this.setzeEigenschaft("orientation", o, (b) => {
      if (o !== "Portrait" && o !== "Landscape") throw new FakeOfficeFehler("InvalidArgument", `Ausrichtung "${o}"?`);
      b.seite.orientation = o;
    });
  }
  get paperSize(): string {
    return this.lies("paperSize");
  }
  set paperSize(p: string) {
    this.setzeEigenschaft("paperSize", p, (b) => (b.seite.paperSize = p));
  }
  get zoom(): SeitenModell["zoom"] {
    return this.lies("zoom");
  }
  set zoom(z: SeitenModell["zoom"]) {
    this.setzeEigenschaft("zoom", z, (b) => {
      // Fit-to-pages and a scale exclude each other in Excel.
      b.seite.zoom =
        z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined
          ? { horizontalFitToPages: z.horizontalFitToPages ?? 0, verticalFitToPages: z.verticalFitToPages ?? 0 }
          : { scale: z.scale ?? 100 };
    });
  }
  private schalter(e: SeitenSchalter, v: boolean): void {
    this.setzeEigenschaft(e, v, (b) => (b.seite[e] = v));
  }
  private rand(e: SeitenZahl, v: number): void {
    this.setzeEigenschaft(e, v, (b) => (b.seite[e] = v));
  }
  get centerHorizontally(): boolean {
    return this.lies("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.schalter("centerHorizontally", v);
  }
  get centerVertically(): boolean {
    return this.lies("centerVertically");
  }
  set centerVertically(v: boolean) {
    this.schalter("centerVertically", v);
  }
  get printGridlines(): boolean {
    return this.lies("printGridlines");
  }
  set printGridlines(v: boolean) {
    this.schalter("printGridlines", v);
  }
  get printHeadings(): boolean {
    return this.lies("printHeadings");
  }
  set printHeadings(v: boolean) {
    this.schalter("printHeadings", v);
  }
  get blackAndWhite(): boolean {
    return this.lies("blackAndWhite");
  }
  set blackAndWhite(v: boolean) {
    this.schalter("blackAndWhite", v);
  }
  get leftMargin(): number {
    return this.lies("leftMargin");
  }
  set leftMargin(v: number) {
    this.rand("leftMargin", v);
  }
  get rightMargin(): number {
    return this.lies("rightMargin");
  }
  set rightMargin(v: number) {
    this.rand("rightMargin", v);
  }
  get topMargin(): number {
    return this.lies("topMargin");
  }
  set topMargin(v: number) {
    this.rand("topMargin", v);
  }
  get bottomMargin(): number {
    return this.lies("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.rand("bottomMargin", v);
  }
  get headerMargin(): number {
    return this.lies("headerMargin");
  }
  set headerMargin(v: number) {
    this.rand("headerMargin", v);
  }
  get footerMargin(): number {
    return this.lies("footerMargin");
  }
  set footerMargin(v: number) {
    this.rand("footerMargin", v);
  }

  setPrintArea(bereich: FakeRange | string): void {
    this.befehl((b) => (b.seite.druckbereich = alsBereichsZiel(this.context.mappe, b, bereich).r));
  }
  setPrintTitleRows(bereich: FakeRange | string): void {
    this.befehl((b) => {
      const r = alsBereichsZiel(this.context.mappe, b, bereich).r;
      b.seite.druckTitelZeilen = { zeile: r.zeile, zeilen: r.zeilen, spalte: 0, spalten: MAX_SPALTEN };
    });
  }
  setPrintTitleColumns(bereich: FakeRange | string): void {
    this.befehl((b) => {
      const r = alsBereichsZiel(this.context.mappe, b, bereich).r;
      b.seite.druckTitelSpalten = { zeile: 0, zeilen: 1048576, spalte: r.spalte, spalten: r.spalten };
    });
  }
}

// --- settings ---------------------------------------------------------------------------------

interface EinstellungsZiel {
  key: string;
}

/** Excel keeps settings as JSON; a value that does not survive JSON is rejected. */
function alsGespeichert(wert: unknown): unknown {
  const json = JSON.stringify(wert);
  if (json === undefined) throw new FakeOfficeFehler("InvalidArgument", "Der Einstellungswert ist nicht speicherbar.");
  return JSON.parse(json);
}

export class FakeSetting extends Stellvertreter<EinstellungsZiel> {
  protected get eigenschaften(): readonly string[] {
    return ["key", "value"];
  }
  protected leseAusModell(eigenschaft: string, z: EinstellungsZiel): unknown {
    if (eigenschaft === "key") return z.key;
    const w = this.context.mappe.einstellungen.get(z.key);
    this.context.antwort += z.key.length + (JSON.stringify(w) ?? "").length;
    return typeof w === "object" && w !== null ? JSON.parse(JSON.stringify(w)) : w;
  }
  get key(): string {
    return this.lies("key");
  }
  get value(): unknown {
    return this.lies("value");
  }
  set value(v: unknown) {
    this.setzeEigenschaft("value", v, (z) => {
      if (!this.context.mappe.einstellungen.has(z.key))
        throw new FakeOfficeFehler("ItemNotFound", "Einstellung gelöscht.");
      this.context.mappe.einstellungen.set(z.key, alsGespeichert(v));
    });
  }
  delete(): void {
    this.befehl((z) => this.context.mappe.einstellungen.delete(z.key));
  }
}

export class FakeSettingCollection extends Sammlung<null, FakeSetting> {
  protected elemente(): FakeSetting[] {
    return [...this.context.mappe.einstellungen.keys()].map((key) => new FakeSetting(this.context, () => ({ key })));
  }
  add(key: string, wert: unknown): FakeSetting {
    this.context.pruefeOffen();
    this.context.anfrage += String(key).length + (JSON.stringify(wert) ?? "").length;
    this.context.reihe(() => {
      if (typeof key !== "string" || key.length === 0)
        throw new FakeOfficeFehler("InvalidArgument", "Leerer Schlüssel.");
      this.context.mappe.einstellungen.set(key, alsGespeichert(wert));
    });
    return new FakeSetting(this.context, () => ({ key }));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.mappe.einstellungen.has(key) ? { key } : undefined));
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.mappe.einstellungen.has(key) ? { key } : undefined), true);
  }
  getCount(): ClientResult<number> {
    return this.ergebnis(() => this.context.mappe.einstellungen.size);
  }
}

// --- application and workbook -----------------------------------------------------------------

export class FakeApplication extends Stellvertreter<null> {
  protected get eigenschaften(): readonly string[] {
    return ["calculationMode"];
  }
  protected leseAusModell(): unknown {
    return this.context.mappe.berechnungsmodus;
  }
  get calculationMode(): string {
    return this.lies("calculationMode");
  }
  set calculationMode(m: string) {
    this.setzeEigenschaft("calculationMode", m, () => {
      if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(m)) {
        throw new FakeOfficeFehler("InvalidArgument", `Berechnungsmodus "${m}"?`);
      }
      this.context.mappe.berechnungsmodus = m as "Automatic";
    });
  }
  /** HyperFormula keeps every value current; a full calculation rebuilds the dependency graph. */
  calculate(typ: string): void {
    this.befehl(() => {
      const m = this.context.mappe;
      m.lesevorgang();
      if (typ === "Full" || typ === "FullRebuild") m.hf.rebuildAndRecalculate();
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.befehl(() => undefined);
  }
}

export class FakeWorkbook extends Stellvertreter<null> {
  protected get eigenschaften(): readonly string[] {
    return ["name"];
  }
  protected leseAusModell(): unknown {
    return "Mappe1.xlsx";
  }
  get name(): string {
    return this.lies("name");
  }
  get worksheets(): FakeWorksheetCollection {
    return this.navigiere("worksheets", () => new FakeWorksheetCollection(this.context, () => null));
  }
  get names(): FakeNamedItemCollection {
    return this.navigiere("names", () => new FakeNamedItemCollection(this.context, () => null));
  }
  get settings(): FakeSettingCollection {
    return this.navigiere("settings", () => new FakeSettingCollection(this.context, () => null));
  }
  get application(): FakeApplication {
    return this.navigiere("application", () => new FakeApplication(this.context, () => null));
  }
  /** ExcelApi 1.1: the range the user selected, on the active sheet. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => ({ blatt: this.context.mappe.aktiv, r: this.context.mappe.auswahl }));
  }
  protected override unterobjekt(name: string): Stellvertreter<unknown> | undefined {
    if (name === "application") return this.application as unknown as Stellvertreter<unknown>;
    return undefined;
  }
}
