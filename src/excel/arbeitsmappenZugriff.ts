/**
 * The one module through which the add-in touches Excel (Office.js in Excel, the fake host in
 * tests and the preview page). The task pane only calls the ArbeitsmappenZugriff it returns.
 *
 * Formulas are written through `range.formulas`, never `formulasLocal`. `formulas` is the
 * locale-independent en-US form ("=SUM(A1,1.5)"); `formulasLocal` is the user's form, and the
 * Office.js reference gives exactly this example: "the English "=SUM(A1, 1.5)" formula would become
 * "=SUMME(A1; 1,5)" in German" (Excel.Range.formulasLocal, learn.microsoft.com/javascript/api/excel/
 * excel.range#excel-excel-range-formulaslocal-member; the same split as VBA's Range.Formula vs
 * Range.FormulaLocal, learn.microsoft.com/office/vba/api/excel.range.formulalocal). Excel stores
 * the invariant form and shows German Excel users ";" and SUMME/RUNDEN/WENN; KI.* names stay as they
 * are in every language. So one plan works in German and English Excel alike.
 *
 * User text is written with a leading apostrophe. Excel interprets a string written through
 * `values`/`formulas` that starts with "=", "+" or "-" as a formula (Office.js reference,
 * Excel.Range.values), and "@…", "1/2", "30%" or "TRUE" would be converted too. The apostrophe
 * is Excel's quote prefix: it is not part of the value (reading `values` back gives the text
 * without it, cf. OfficeDev/office-js#6687), it works whatever the cell's number format is, and it
 * survives later edits of the number format — unlike a "@" format, which would also turn a
 * formula later written into the same cell into text.
 *
 * Round-trips: an insert needs at most 3 `context.sync()` calls — (1) which sheets, names and
 * block records exist, (2) which charts those sheets have, (3) everything written at once.
 */
import type { ArbeitsmappenPlan, BlattPlan, Format, Linie, Zelle } from "../workbook/plan";
import type { Formelmodus } from "../scenario/optionen";
import type { ArbeitsmappenZugriff, Einfuegeergebnis, ExcelHost, Startdaten } from "./zugriff";
import { istLesbarerSpeicherstand, type Ladeergebnis } from "../scenario/speicherformat";
import { blockAdresse, leseVerzeichnis, spaltenbreitePunkte, type Blockverzeichnis } from "./blockverzeichnis";

/** Settings keys: they travel with the file. */
export const ZUSTAND_SCHLUESSEL = "KI-Kostenplaner.Zustand";
export const SICHERUNG_PRAEFIX = "KI-Kostenplaner.Zustand.Sicherung.";
export const VERZEICHNIS_SCHLUESSEL = "KI-Kostenplaner.Bloecke";

export interface ZugriffOptionen {
  /**
   * Whether stored raw state is readable saved data. Unreadable data is copied to a backup key
   * before it is saved over, so nothing the user had is lost. Default: the saved-data parser of
   * src/scenario/speicherformat.ts (truncated, foreign or other-version data is unreadable).
   */
  istLesbar?: (roh: string) => boolean;
  jetzt?: () => Date;
}

/** Raised for situations the user must resolve; the message is German and says what to do. */
export class ZugriffsFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZugriffsFehler";
  }
}

function zellEingabe(z: Zelle | undefined): string | number {
  if (z === null || z === undefined) return "";
  if ("text" in z) return z.text === "" ? "" : `'${z.text}`;
  if ("zahl" in z) return z.zahl;
  return z.formel;
}

const LINIEN: Record<Linie, { style: Excel.BorderLineStyle; weight: Excel.BorderWeight }> = {
  duenn: { style: "Continuous" as Excel.BorderLineStyle, weight: "Thin" as Excel.BorderWeight },
  mittel: { style: "Continuous" as Excel.BorderLineStyle, weight: "Medium" as Excel.BorderWeight },
  doppelt: { style: "Double" as Excel.BorderLineStyle, weight: "Thick" as Excel.BorderWeight },
};

const RAHMEN_INDEX: Record<keyof NonNullable<Format["rahmen"]>, Excel.BorderIndex> = {
  oben: "EdgeTop" as Excel.BorderIndex,
  unten: "EdgeBottom" as Excel.BorderIndex,
  links: "EdgeLeft" as Excel.BorderIndex,
  rechts: "EdgeRight" as Excel.BorderIndex,
  innenWaagerecht: "InsideHorizontal" as Excel.BorderIndex,
  innenSenkrecht: "InsideVertical" as Excel.BorderIndex,
};

const AUSRICHTUNG: Record<NonNullable<Format["ausrichtung"]>, Excel.HorizontalAlignment> = {
  links: "Left" as Excel.HorizontalAlignment,
  zentriert: "Center" as Excel.HorizontalAlignment,
  rechts: "Right" as Excel.HorizontalAlignment,
};

const DIAGRAMMTYP: Record<"saeulen" | "balken" | "linien", Excel.ChartType> = {
  saeulen: "ColumnClustered" as Excel.ChartType,
  balken: "BarClustered" as Excel.ChartType,
  linien: "LineMarkers" as Excel.ChartType,
};

function formatiere(bereich: Excel.Range, f: Format): void {
  if (f.fett !== undefined) bereich.format.font.bold = f.fett;
  if (f.kursiv !== undefined) bereich.format.font.italic = f.kursiv;
  if (f.schriftgroesse !== undefined) bereich.format.font.size = f.schriftgroesse;
  if (f.schriftfarbe !== undefined) bereich.format.font.color = f.schriftfarbe;
  if (f.hintergrund !== undefined) bereich.format.fill.color = f.hintergrund;
  if (f.ausrichtung !== undefined) bereich.format.horizontalAlignment = AUSRICHTUNG[f.ausrichtung];
  if (f.umbruch !== undefined) bereich.format.wrapText = f.umbruch;
  if (f.rahmen) {
    for (const [seite, linie] of Object.entries(f.rahmen) as Array<[keyof typeof RAHMEN_INDEX, Linie | undefined]>) {
      if (!linie) continue;
      const rand = bereich.format.borders.getItem(RAHMEN_INDEX[seite]);
      rand.style = LINIEN[linie].style;
      rand.weight = LINIEN[linie].weight;
    }
  }
}

/** Per-cell number formats of the whole block, so one write sets them all. */
function zahlenformate(blatt: BlattPlan, zeilen: number, spalten: number): string[][] {
  const m = Array.from({ length: zeilen }, () => Array<string>(spalten).fill("General"));
  for (const { bereich, format } of blatt.formate) {
    if (format.zahlenformat === undefined) continue;
    const r = parseBereich(bereich);
    for (let z = r.z1; z <= Math.min(r.z2, zeilen - 1); z++) {
      for (let s = r.s1; s <= Math.min(r.s2, spalten - 1); s++) m[z][s] = format.zahlenformat;
    }
  }
  return m;
}

function spaltenIndex(buchstaben: string): number {
  let n = 0;
  for (const ch of buchstaben.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseBereich(a: string): { z1: number; s1: number; z2: number; s2: number } {
  const teile = a.replace(/\$/g, "").split(":");
  const zelle = (t: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(t);
    if (!m) throw new Error(`Ungültige Zelladresse „${t}“ im Plan.`);
    return { z: Number(m[2]) - 1, s: spaltenIndex(m[1]) };
  };
  const a1 = zelle(teile[0]);
  const b1 = teile.length > 1 ? zelle(teile[1]) : a1;
  return { z1: a1.z, s1: a1.s, z2: b1.z, s2: b1.s };
}

function blattPraefix(blatt: string): string {
  const schlicht = /^[A-Za-zÄÖÜäöüß_][A-Za-z0-9ÄÖÜäöüß_.]*$/.test(blatt) && !/^[A-Za-z]{1,3}\d+$/.test(blatt);
  return schlicht ? `${blatt}!` : `'${blatt.replace(/'/g, "''")}'!`;
}

function zweiStellen(x: number): string {
  return String(x).padStart(2, "0");
}

function datum(d: Date): string {
  return `${zweiStellen(d.getDate())}.${zweiStellen(d.getMonth() + 1)}.${d.getFullYear()}`;
}

function zeitstempel(d: Date): string {
  return (
    `${d.getFullYear()}-${zweiStellen(d.getMonth() + 1)}-${zweiStellen(d.getDate())}T` +
    `${zweiStellen(d.getHours())}:${zweiStellen(d.getMinutes())}:${zweiStellen(d.getSeconds())}`
  );
}

/** Settings may hold a string (what this module writes) or, written by others, any JSON value. */
function rohText(wert: unknown): string {
  return typeof wert === "string" ? wert : (JSON.stringify(wert) ?? String(wert));
}

export function erstelleArbeitsmappenZugriff(host: ExcelHost, optionen: ZugriffOptionen = {}): ArbeitsmappenZugriff {
  const istLesbar = optionen.istLesbar ?? istLesbarerSpeicherstand;
  const jetzt = optionen.jetzt ?? (() => new Date());

  async function fuegeEin(plan: ArbeitsmappenPlan): Promise<Einfuegeergebnis> {
    return host.run(async (context) => {
      // Counted by hand at each call: every context.sync() is a network round-trip in Excel on the web.
      let syncs = 0;
      const wb = context.workbook;

      // (1) What is there: sheets, names, our record of what we generated before.
      wb.worksheets.load("items/name");
      wb.names.load("items/name");
      const verzeichnisEintrag = wb.settings.getItemOrNullObject(VERZEICHNIS_SCHLUESSEL);
      verzeichnisEintrag.load("value");
      syncs++;
      await context.sync();

      const vorhandeneBlaetter = new Map(wb.worksheets.items.map((b) => [b.name.toLowerCase(), b]));
      const vorhandeneNamen = new Map(wb.names.items.map((n) => [n.name.toLowerCase(), n]));
      const alt: Blockverzeichnis = leseVerzeichnis(verzeichnisEintrag.isNullObject ? null : verzeichnisEintrag.value);
      const altEintrag = (name: string) =>
        Object.entries(alt.blaetter).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

      for (const b of plan.blaetter) {
        if (vorhandeneBlaetter.has(b.name.toLowerCase()) && !altEintrag(b.name)) {
          throw new ZugriffsFehler(
            `Die Arbeitsmappe hat schon ein Blatt „${b.name}“, das nicht vom KI-Kostenplaner stammt. ` +
              "Damit nichts überschrieben wird, bitte dieses Blatt umbenennen und erneut einfügen.",
          );
        }
      }
      const planNamen = new Set(plan.blaetter.map((b) => b.name.toLowerCase()));
      const verwaist = Object.entries(alt.blaetter).filter(
        ([name]) => !planNamen.has(name.toLowerCase()) && vorhandeneBlaetter.has(name.toLowerCase()),
      );

      // (2) Charts of the sheets that exist, so a chart is updated rather than duplicated.
      const diagrammSammlungen = new Map<string, Excel.ChartCollection>();
      for (const name of [...plan.blaetter.map((b) => b.name), ...verwaist.map(([n]) => n)]) {
        const blatt = vorhandeneBlaetter.get(name.toLowerCase());
        if (!blatt) continue;
        blatt.charts.load("items/name");
        diagrammSammlungen.set(name.toLowerCase(), blatt.charts);
      }
      if (diagrammSammlungen.size > 0) {
        syncs++;
        await context.sync();
      }
      const diagrammVon = (blatt: string, name: string) =>
        diagrammSammlungen.get(blatt.toLowerCase())?.items.find((d) => d.name.toLowerCase() === name.toLowerCase());

      // (3) Write everything.
      const neu: Blockverzeichnis = { version: 1, blaetter: {} };
      const blaetter = plan.blaetter.map(
        (b) => vorhandeneBlaetter.get(b.name.toLowerCase()) ?? wb.worksheets.add(b.name),
      );
      const geschriebeneNamen = new Set<string>();

      plan.blaetter.forEach((b, i) => {
        const blatt = blaetter[i];
        const vorher = altEintrag(b.name);
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

        for (const d of b.diagramme) {
          const quelle = blatt.getRange(d.daten);
          const reihen = (d.reihenIn === "spalten" ? "Columns" : "Rows") as Excel.ChartSeriesBy;
          const vorhanden = diagrammVon(b.name, d.name);
          const diagramm = vorhanden ?? blatt.charts.add(DIAGRAMMTYP[d.typ], quelle, reihen);
          if (vorhanden) {
            vorhanden.chartType = DIAGRAMMTYP[d.typ];
            vorhanden.setData(quelle, reihen);
          }
          diagramm.name = d.name;
          diagramm.title.text = d.titel;
          diagramm.legend.position = "Bottom" as Excel.ChartLegendPosition;
          diagramm.setPosition(d.von, d.bis);
        }
        for (const altName of vorher?.diagramme ?? []) {
          if (b.diagramme.some((d) => d.name.toLowerCase() === altName.toLowerCase())) continue;
          diagrammVon(b.name, altName)?.delete();
        }

        for (const n of b.namen) {
          const formel = `=${blattPraefix(b.name)}${n.bezug}`;
          const vorhanden = vorhandeneNamen.get(n.name.toLowerCase());
          if (vorhanden) {
            vorhanden.formula = formel;
            vorhanden.comment = n.kommentar;
          } else {
            wb.names.add(n.name, formel, n.kommentar);
          }
          geschriebeneNamen.add(n.name.toLowerCase());
        }

        if (b.druck) {
          const s = blatt.pageLayout;
          s.orientation = (b.druck.querformat ? "Landscape" : "Portrait") as Excel.PageOrientation;
          s.paperSize = "A4" as Excel.PaperType;
          s.zoom =
            b.druck.seitenBreit !== null || b.druck.seitenHoch !== null
              ? { horizontalFitToPages: b.druck.seitenBreit ?? 0, verticalFitToPages: b.druck.seitenHoch ?? 0 }
              : { scale: 100 };
          s.setPrintArea(b.druck.druckbereich);
          if (b.druck.titelzeilen) s.setPrintTitleRows(b.druck.titelzeilen);
          const kf = s.headersFooters.defaultForAllPages;
          kf.centerHeader = b.druck.kopfzeile;
          kf.leftFooter = b.druck.fusszeileLinks;
          kf.rightFooter = b.druck.fusszeileRechts;
        }

        neu.blaetter[b.name] = {
          bereich: adresse ?? "A1",
          modus: b.modus,
          namen: b.namen.map((n) => n.name),
          diagramme: b.diagramme.map((d) => d.name),
        };
      });

      // Sheets generated before but no longer part of the plan: their formulas would point at
      // cells that moved, so the generated block goes; cells the user added stay.
      for (const [name, eintrag] of verwaist) {
        const blatt = vorhandeneBlaetter.get(name.toLowerCase())!;
        blatt.getRange(eintrag.bereich).clear("All" as Excel.ClearApplyTo);
        for (const d of eintrag.diagramme) diagrammVon(name, d)?.delete();
        const hinweis = blatt.getRange("A1");
        hinweis.formulas = [
          [
            `'Dieses Blatt wird vom KI-Kostenplaner nicht mehr erzeugt (Stand: Einfügen am ${datum(jetzt())}). Es kann gelöscht werden.`,
          ],
        ];
      }

      // Names we created earlier that the new plan no longer has (e.g. a removed scenario).
      const alteNamen = Object.values(alt.blaetter).flatMap((e) => e.namen);
      for (const n of alteNamen) {
        if (geschriebeneNamen.has(n.toLowerCase())) continue;
        vorhandeneNamen.get(n.toLowerCase())?.delete();
      }

      wb.settings.add(VERZEICHNIS_SCHLUESSEL, JSON.stringify(neu));
      if (blaetter.length > 0) blaetter[0].activate();
      syncs++;
      await context.sync();
      // The modes come back with the insert, so the pane needs no extra round-trip to show them.
      const modi: Record<string, Formelmodus> = {};
      for (const [name, e] of Object.entries(neu.blaetter)) modi[name] = e.modus;
      return { blaetter: plan.blaetter.map((b) => b.name), syncs, modi };
    });
  }

  async function ladeZustand(): Promise<Ladeergebnis> {
    return host.run(async (context) => {
      const eintrag = context.workbook.settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
      eintrag.load("value");
      await context.sync();
      return zustandAus(eintrag);
    });
  }

  /** What the pane needs when it opens, in one round-trip instead of one per question. */
  async function ladeStart(): Promise<Startdaten> {
    return host.run(async (context) => {
      const wb = context.workbook;
      const zustand = wb.settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
      zustand.load("value");
      wb.worksheets.load("items/name");
      const verzeichnis = wb.settings.getItemOrNullObject(VERZEICHNIS_SCHLUESSEL);
      verzeichnis.load("value");
      await context.sync();
      return { zustand: zustandAus(zustand), modi: modiAus(verzeichnis, wb.worksheets.items) };
    });
  }

  async function speichereZustand(json: unknown): Promise<void> {
    const text = JSON.stringify(json);
    if (text === undefined) throw new ZugriffsFehler("Der Zustand lässt sich nicht speichern (kein JSON-Wert).");
    await host.run(async (context) => {
      const settings = context.workbook.settings;
      const vorher = settings.getItemOrNullObject(ZUSTAND_SCHLUESSEL);
      vorher.load("value");
      await context.sync();
      if (!vorher.isNullObject && vorher.value !== null && vorher.value !== undefined) {
        const roh = rohText(vorher.value);
        // Unreadable data is never saved over: it moves to its own backup key first.
        if (!istLesbar(roh)) settings.add(`${SICHERUNG_PRAEFIX}${zeitstempel(jetzt())}`, roh);
      }
      settings.add(ZUSTAND_SCHLUESSEL, text);
      await context.sync();
    });
  }

  async function blattModi(): Promise<Record<string, Formelmodus>> {
    return host.run(async (context) => {
      const wb = context.workbook;
      wb.worksheets.load("items/name");
      const eintrag = wb.settings.getItemOrNullObject(VERZEICHNIS_SCHLUESSEL);
      eintrag.load("value");
      await context.sync();
      return modiAus(eintrag, wb.worksheets.items);
    });
  }

  return { fuegeEin, ladeZustand, ladeStart, speichereZustand, blattModi };
}

/** Reads the stored state from a loaded settings entry; broken JSON is reported and kept as it is. */
function zustandAus(eintrag: Excel.Setting): Ladeergebnis {
  if (eintrag.isNullObject || eintrag.value === null || eintrag.value === undefined) return { status: "leer" };
  const roh = rohText(eintrag.value);
  if (typeof eintrag.value !== "string") return { status: "ok", json: eintrag.value };
  try {
    return { status: "ok", json: JSON.parse(roh) as unknown };
  } catch (e) {
    return {
      status: "unlesbar",
      roh,
      meldung:
        "Die in dieser Arbeitsmappe gespeicherten Szenarien sind beschädigt (kein vollständiges JSON: " +
        `${e instanceof Error ? e.message : String(e)}). Sie bleiben unverändert erhalten.`,
    };
  }
}

/** Modes of the generated sheets that still exist, from a loaded block-record entry. */
function modiAus(eintrag: Excel.Setting, blaetter: Excel.Worksheet[]): Record<string, Formelmodus> {
  const v = leseVerzeichnis(eintrag.isNullObject ? null : eintrag.value);
  const da = new Set(blaetter.map((b) => b.name.toLowerCase()));
  const modi: Record<string, Formelmodus> = {};
  for (const [name, e] of Object.entries(v.blaetter)) if (da.has(name.toLowerCase())) modi[name] = e.modus;
  return modi;
}
