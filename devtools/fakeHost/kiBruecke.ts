/**
 * Bridges the built KI.* custom functions into HyperFormula, so formula workbooks that compose
 * them (`=KI.EIGENANTEIL(KI.GESAMTKOSTEN(B2,B3,B4,B5),B7)`) evaluate the way Excel evaluates them.
 *
 * Input is what Excel's custom-functions runtime has: functions.json (`metadaten`) and the
 * functions registered through CustomFunctions.associate (`funktionen`). Arguments are shaped as
 * Excel shapes them: matrix parameters get 2-D arrays of plain values (empty cells as null),
 * scalar parameters a plain value, omitted arguments null. Returned CustomFunctions.Error objects
 * become HyperFormula errors of the matching type with the message kept.
 *
 * HyperFormula must know the size of a spilled result before it evaluates the formula, so every
 * function with a matrix result needs a size rule in GROESSENREGELN (src/functions/ergebnisgroessen.ts, or in
 * the caller's `groessenregeln`). HyperFormula is GPLv3: this module is for tests and dev tooling only.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ConfigParams, FunctionPluginDefinition, ImplementedFunctions } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import deDE from "hyperformula/commonjs/i18n/languages/deDE";
import { EXCEL_RUNDEN } from "./excelRunden";
import { GROESSENREGELN, type Ausdehnung, type Groessenregel } from "../../src/functions/ergebnisgroessen";

export { GROESSENREGELN, formWieArgument } from "../../src/functions/ergebnisgroessen";
export type { Ausdehnung, Groessenregel } from "../../src/functions/ergebnisgroessen";

/** functions.json as custom-functions-metadata writes it (the fields the bridge reads). */
export interface KiFunktionsMetadaten {
  functions: Array<{
    id: string;
    name: string;
    parameters: Array<{ name: string; dimensionality?: string; optional?: boolean; type?: string }>;
    result: { dimensionality?: string; type?: string };
  }>;
}

export interface KiFunktionsquelle {
  metadaten: KiFunktionsMetadaten;
  funktionen: Record<string, (...args: unknown[]) => unknown>;
}

export const KI_NAMENSRAUM = "KI";

const FEHLERTYP_NACH_CODE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

type HfWert = number | string | boolean | CellError | typeof EmptyValue | SimpleRangeValue;

function istFehlerObjekt(v: unknown): v is { code: string; message?: string } {
  return typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string";
}

function alsCellError(v: { code: string; message?: string }): CellError {
  const typ = FEHLERTYP_NACH_CODE[v.code];
  // #NULL!, #BUSY! and the like have no HyperFormula type; #VALUE! keeps the code in the message.
  if (typ === undefined) return new CellError(ErrorType.VALUE, `${v.code} ${v.message ?? ""}`.trim());
  return new CellError(typ, v.message ?? "");
}

/**
 * How an empty cell reaches a custom function: `null` (Excel on the web, newer builds), `0`
 * (Windows desktop, older builds) or `""` (a cell holding ="" or blank text, which a function
 * cannot tell from an empty one either). A function cannot tell which build it runs in, so tests
 * run every way. An omitted argument is null in all.
 */
export type LeereZelle = null | 0 | "";

/** A cell value as a custom function receives it. */
function einfacherWert(v: unknown, leer: LeereZelle): unknown {
  if (v === undefined) return null;
  if (v === EmptyValue) return leer;
  if (typeof v === "object" && v !== null && typeof (v as { val?: unknown }).val === "number") {
    return (v as { val: number }).val;
  }
  return v;
}

function erstesFehler(zeilen: unknown[][]): CellError | undefined {
  for (const zeile of zeilen) for (const z of zeile) if (z instanceof CellError) return z;
  return undefined;
}

/** Excel result → HyperFormula value, for a scalar cell. */
function zellergebnis(v: unknown): HfWert {
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, "Das Ergebnis ist keine endliche Zahl.");
  }
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v === null || v === undefined) return EmptyValue;
  if (istFehlerObjekt(v)) return alsCellError(v);
  return new CellError(ErrorType.VALUE, `Unerwarteter Rückgabewert: ${String(v)}`);
}

type ZellergebnisOhneBereich = Exclude<HfWert, SimpleRangeValue>;

function matrixErgebnis(v: unknown, zeilen: number, spalten: number, id: string): HfWert {
  const m: unknown[][] = Array.isArray(v) ? (v.every(Array.isArray) ? (v as unknown[][]) : [v]) : [[v]];
  const hoehe = m.length;
  const breite = Math.max(0, ...m.map((z) => z.length));
  if (hoehe > zeilen || breite > spalten) {
    return new CellError(
      ErrorType.VALUE,
      `KI.${id} liefert ${hoehe}×${breite} Zellen, die Größenregel erlaubt ${zeilen}×${spalten}: GROESSENREGELN in src/functions/ergebnisgroessen.ts anpassen.`,
    );
  }
  const daten: ZellergebnisOhneBereich[][] = [];
  for (let r = 0; r < zeilen; r++) {
    const zeile: ZellergebnisOhneBereich[] = [];
    for (let c = 0; c < spalten; c++) {
      const wert = r < hoehe && c < m[r].length ? zellergebnis(m[r][c]) : EmptyValue;
      zeile.push(wert as ZellergebnisOhneBereich);
    }
    daten.push(zeile);
  }
  return SimpleRangeValue.onlyValues(daten);
}

/**
 * Range arguments already converted for the KI.* functions, by address, valid for one evaluation:
 * a sheet points thousands of calls at one rate table, and turning its cells into arrays again for
 * every call cost more than the calls. `generation` must change whenever cell contents may change
 * (erstelleKiHyperFormula bumps it on every call into the engine that is not a read).
 */
export interface Bereichsspeicher {
  generation: number;
  /** `fehler`: the range's first error cell, looked for once per generation rather than per call. */
  eintraege: Map<string, { generation: number; matrix: unknown[][]; fehler: CellError | undefined }>;
}

export interface KiPluginOptionen {
  /** Opt-in: only safe where every change bumps the generation. */
  bereichsspeicher?: Bereichsspeicher;
  groessenregeln?: Record<string, Groessenregel>;
  /** What an empty cell arrives as; default null. */
  leereZelle?: LeereZelle;
}

export interface KiPlugin {
  plugin: FunctionPluginDefinition;
  /** Function names as they appear in formulas, e.g. "KI.GESAMTKOSTEN". */
  funktionsnamen: string[];
}

type Beschreibung = KiFunktionsMetadaten["functions"][number];

/** Builds a FunctionPlugin class whose functions are KI.<ID> for every function in functions.json. */
export function erstelleKiPlugin(quelle: KiFunktionsquelle, optionen: KiPluginOptionen = {}): KiPlugin {
  const regeln = { ...GROESSENREGELN, ...(optionen.groessenregeln ?? {}) };
  const leer = optionen.leereZelle ?? null;
  const wertVon = (v: unknown) => einfacherWert(v, leer);
  const beschreibungen = new Map(quelle.metadaten.functions.map((f) => [`${KI_NAMENSRAUM}.${f.id}`.toUpperCase(), f]));
  const implementiert: ImplementedFunctions = {};
  for (const [name, f] of beschreibungen) {
    const matrixErgebnisErwartet = f.result.dimensionality === "matrix";
    implementiert[name] = {
      method: "kiAufruf",
      ...(matrixErgebnisErwartet ? { sizeOfResultArrayMethod: "kiGroesse" } : {}),
      vectorizationForbidden: true,
      parameters: f.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional === true,
      })),
    };
  }

  const speicher = optionen.bereichsspeicher;
  /** A range argument as the function receives it, and its first error cell (a returned error wins). */
  let bereichsFehler: CellError | undefined;
  let letzter = {
    sheet: -1,
    row: -1,
    col: -1,
    endRow: -1,
    endCol: -1,
    eintrag: { generation: -1, matrix: [[]] as unknown[][], fehler: undefined as CellError | undefined },
  };
  const bereichAlsMatrix = (wert: SimpleRangeValue): unknown[][] => {
    const r = wert.range;
    if (!speicher || !r) {
      const matrix = wert.rawData().map((zeile) => zeile.map(wertVon));
      bereichsFehler = erstesFehler(matrix);
      return matrix;
    }
    // The range of the previous call first, compared field by field: no key string to build.
    const l = letzter;
    if (
      l.eintrag.generation === speicher.generation &&
      l.sheet === r.start.sheet &&
      l.row === r.start.row &&
      l.col === r.start.col &&
      l.endRow === r.end.row &&
      l.endCol === r.end.col
    ) {
      bereichsFehler = l.eintrag.fehler;
      return l.eintrag.matrix;
    }
    const schluessel = `${r.start.sheet}:${r.start.row}:${r.start.col}:${r.end.row}:${r.end.col}`;
    let e = speicher.eintraege.get(schluessel);
    if (!e || e.generation !== speicher.generation) {
      const matrix = wert.rawData().map((zeile) => zeile.map(wertVon));
      e = { generation: speicher.generation, matrix, fehler: erstesFehler(matrix) };
      if (speicher.eintraege.size > 1000) speicher.eintraege.clear();
      speicher.eintraege.set(schluessel, e);
    }
    const { sheet, row, col } = r.start;
    letzter = { sheet, row, col, endRow: r.end.row, endCol: r.end.col, eintrag: e };
    bereichsFehler = e.fehler;
    return e.matrix;
  };

  /**
   * Excel-shaped arguments → the function's result as HyperFormula value. Built once per function
   * for scalar results (a formula sheet calls them thousands of times per recalculation, and a
   * closure, a rest array and an argument array per call were most of the bridge's cost); per call
   * for matrix results, whose size belongs to the call.
   */
  const baueAufruf = (f: Beschreibung, name: string, groesse: ArraySize | undefined) => {
    const anzahl = f.parameters.length;
    const matrixParameter = f.parameters.map((p) => p.dimensionality === "matrix");
    return (...roh: unknown[]): HfWert => {
      // `roh` is this call's own array: converted in place and handed on.
      roh.length = anzahl;
      for (let i = 0; i < anzahl; i++) {
        const wert = roh[i];
        if (matrixParameter[i]) {
          if (wert instanceof SimpleRangeValue) {
            const matrix = bereichAlsMatrix(wert);
            if (bereichsFehler) return bereichsFehler;
            roh[i] = matrix;
          } else if (wert === undefined) {
            roh[i] = null;
          } else {
            const zelle = wertVon(wert);
            if (zelle instanceof CellError) return zelle;
            roh[i] = [[zelle]];
          }
        } else if (wert instanceof SimpleRangeValue) {
          const daten = wert.rawData();
          if (daten.length !== 1 || daten[0].length !== 1) {
            return new CellError(
              ErrorType.VALUE,
              `${f.parameters[i].name} erwartet einen einzelnen Wert, nicht einen Bereich.`,
            );
          }
          if (daten[0][0] instanceof CellError) return daten[0][0];
          roh[i] = wertVon(daten[0][0]);
        } else {
          roh[i] = wertVon(wert);
        }
      }
      let ergebnis: unknown;
      try {
        ergebnis = quelle.funktionen[f.id](...roh);
      } catch (e) {
        // Excel shows #VALUE! when a custom function throws.
        return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
      }
      if (ergebnis instanceof Promise) {
        return new CellError(ErrorType.VALUE, `${name} ist asynchron; die Nachbildung rechnet nur synchron.`);
      }
      if (groesse) return matrixErgebnis(ergebnis, groesse.height, groesse.width, f.id);
      if (Array.isArray(ergebnis)) {
        return new CellError(ErrorType.VALUE, `${name} liefert eine Matrix, functions.json sagt Einzelwert.`);
      }
      return zellergebnis(ergebnis);
    };
  };
  /** Per name as written in the formula: the description, its upper-case name and (scalar results) the call. */
  const eintraege = new Map<
    string,
    { name: string; f: Beschreibung | undefined; aufruf?: ReturnType<typeof baueAufruf> }
  >();
  const eintragFuer = (procedureName: string) => {
    let e = eintraege.get(procedureName);
    if (!e) {
      const name = procedureName.toUpperCase();
      e = { name, f: beschreibungen.get(name) };
      eintraege.set(procedureName, e);
    }
    return e;
  };

  class KiFunktionen extends FunctionPlugin {
    static override implementedFunctions = implementiert;

    kiAufruf(ast: ProcedureAst, state: InterpreterState): HfWert {
      const eintrag = eintragFuer(ast.procedureName);
      const { name, f } = eintrag;
      if (!f) return new CellError(ErrorType.NAME, `Unbekannte Funktion ${name}.`);
      if (typeof quelle.funktionen[f.id] !== "function") {
        return new CellError(ErrorType.NAME, `${name} steht in functions.json, wurde aber nicht registriert.`);
      }
      const groesse = f.result.dimensionality === "matrix" ? this.kiGroesse(ast, state) : undefined;
      if (groesse && groesse.isScalar() && regeln[f.id] === undefined) {
        return new CellError(
          ErrorType.VALUE,
          `${name} liefert eine Matrix, hat aber keine Größenregel: in GROESSENREGELN (src/functions/ergebnisgroessen.ts) ergänzen.`,
        );
      }
      const aufruf = groesse ? baueAufruf(f, name, groesse) : (eintrag.aufruf ??= baueAufruf(f, name, undefined));
      return this.runFunction(ast.args, state, this.metadata(name), aufruf) as HfWert;
    }

    kiGroesse(ast: ProcedureAst, state: InterpreterState): ArraySize {
      const id = ast.procedureName.toUpperCase().slice(KI_NAMENSRAUM.length + 1);
      const regel = Object.entries(regeln).find(([k]) => k.toUpperCase() === id)?.[1];
      if (!regel) return ArraySize.scalar();
      const ausdehnung = (a: Ausdehnung): number => {
        if (typeof a === "number") return a;
        const arg = ast.args[a.argument];
        if (!arg) return 1;
        const s = this.arraySizeForAst(arg, state);
        return Math.max(1, a.mass === "zeilen" ? s.height : s.width);
      };
      return new ArraySize(ausdehnung(regel.spalten), ausdehnung(regel.zeilen));
    }
  }

  return { plugin: KiFunktionen as unknown as FunctionPluginDefinition, funktionsnamen: [...beschreibungen.keys()] };
}

/** Registers HyperFormula's German language pack once (function names SUMME, WENN, …). */
export function registriereDeutsch(): void {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("deDE")) HyperFormula.registerLanguage("deDE", deDE);
}

/** Custom functions keep their name in every language, as in Excel (KI.GESAMTKOSTEN in German Excel too). */
function registriereUebersetzungen(funktionsnamen: string[]): void {
  const uebersetzung = Object.fromEntries(funktionsnamen.map((n) => [n, n]));
  for (const code of HyperFormula.getRegisteredLanguagesCodes()) {
    HyperFormula.getLanguage(code).extendFunctions(uebersetzung);
  }
}

/** HyperFormula settings that make it compute like Excel (blank = 0, 1900 date system). */
export const EXCEL_KONFIGURATION: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 30 },
  useArrayArithmetic: true,
  useColumnIndex: true,
  // Excel's undo is not modelled; HyperFormula's undo stack only copied every overwritten cell.
  undoLimit: 0,
};

/** German Excel's separators and function names. */
export const DEUTSCHE_KONFIGURATION: Partial<ConfigParams> = {
  language: "deDE",
  functionArgSeparator: ";",
  decimalSeparator: ",",
  thousandSeparator: ".",
  arrayColumnSeparator: ";",
  arrayRowSeparator: "|",
};

/**
 * Excel writes TRUE/FALSE as literals; HyperFormula only knows the functions TRUE()/FALSE().
 * Named expressions bridge the gap (WAHR/FALSCH in German).
 */
export function ergaenzeWahrheitswerte(hf: HyperFormula): void {
  const deutsch = hf.getConfig().language === "deDE";
  const [wahr, falsch] = deutsch ? ["WAHR", "FALSCH"] : ["TRUE", "FALSE"];
  if (!hf.isItPossibleToAddNamedExpression(wahr, `=${wahr}()`)) return;
  hf.addNamedExpression(wahr, `=${wahr}()`);
  hf.addNamedExpression(falsch, `=${falsch}()`);
}

export const WAHRHEITSWERT_NAMEN = new Set(["TRUE", "FALSE", "WAHR", "FALSCH"]);

export interface KiHyperFormulaOptionen extends KiPluginOptionen {
  /** Extra HyperFormula settings, e.g. DEUTSCHE_KONFIGURATION. */
  konfiguration?: Partial<ConfigParams>;
}

/** An empty HyperFormula engine that knows Excel's built-ins and the KI.* functions. */
export function erstelleKiHyperFormula(quelle: KiFunktionsquelle, optionen: KiHyperFormulaOptionen = {}): HyperFormula {
  const speicher: Bereichsspeicher = { generation: 0, eintraege: new Map() };
  const { plugin, funktionsnamen } = erstelleKiPlugin(quelle, { ...optionen, bereichsspeicher: speicher });
  if (optionen.konfiguration?.language === "deDE") registriereDeutsch();
  registriereUebersetzungen(funktionsnamen);
  const hf = HyperFormula.buildEmpty({
    ...EXCEL_KONFIGURATION,
    ...(optionen.konfiguration ?? {}),
    functionPlugins: [...HyperFormula.getAllFunctionPlugins(), EXCEL_RUNDEN, plugin],
  });
  ergaenzeWahrheitswerte(hf);
  neueGenerationBeiAenderung(hf, speicher);
  return hf;
}

/** Reads: these never change a cell (evaluation runs inside the changing calls and resumeEvaluation). */
const NUR_LESEND = /^(get|is|does|count|list|simple|validate|normalize|numberTo|dateTo|calculateFormula|on|off|once)/;

/**
 * Every engine method that may change contents or structure starts a new generation of the range
 * store before it runs, so a converted range never outlives the evaluation it was read in.
 */
function neueGenerationBeiAenderung(hf: HyperFormula, speicher: Bereichsspeicher): void {
  const engine = hf as unknown as Record<string, unknown>;
  let proto = Object.getPrototypeOf(hf) as object | null;
  while (proto && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (name === "constructor" || NUR_LESEND.test(name) || typeof d?.value !== "function") continue;
      if (Object.prototype.hasOwnProperty.call(engine, name)) continue;
      const original = d.value as (...a: unknown[]) => unknown;
      engine[name] = function (this: unknown, ...a: unknown[]) {
        speicher.generation++;
        return original.apply(this, a);
      };
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
}
