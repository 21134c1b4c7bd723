/**
 * Loads the BUILT custom functions the way Excel does: reads dist/manifest.xml to find the
 * functions script, runs it in a fresh context with a stub CustomFunctions global, and collects
 * what it registers through CustomFunctions.associate. Tests then call functions with
 * Excel-shaped arguments (null for omitted, 2-D arrays for ranges).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const DIST = path.resolve(__dirname, "../../dist");

/** Mirrors CustomFunctions.Error from office-runtime closely enough for assertions. */
export class StubFehler {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;

export interface FunktionsMetadaten {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    parameters: Array<{ name: string; description: string; type: string; dimensionality?: string; optional?: boolean }>;
    result: { type?: string; dimensionality?: string };
  }>;
}

export type KiFunktion = (...args: unknown[]) => unknown;

export interface GeladeneFunktionen {
  metadaten: FunktionsMetadaten;
  funktionen: Record<string, KiFunktion>;
  skriptDatei: string;
}

function manifestUrl(manifest: string, resid: string): string {
  const m = new RegExp(`<bt:Url\\s+id="${resid.replace(/\./g, "\\.")}"\\s+DefaultValue="([^"]+)"`).exec(manifest);
  if (!m) throw new Error(`dist/manifest.xml hat keine URL ${resid}`);
  return m[1];
}

export function skriptAusManifest(distDir = DIST): { skript: string; metadaten: string } {
  const manifest = fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8");
  return {
    skript: path.join(distDir, path.basename(new URL(manifestUrl(manifest, "Functions.Script.Url")).pathname)),
    metadaten: path.join(distDir, path.basename(new URL(manifestUrl(manifest, "Functions.Metadata.Url")).pathname)),
  };
}

export function ladeFunktionen(distDir = DIST): GeladeneFunktionen {
  const { skript, metadaten } = skriptAusManifest(distDir);
  const registriert: Record<string, KiFunktion> = {};
  const CustomFunctions = {
    Error: StubFehler,
    ErrorCode: ERROR_CODES,
    associate(id: string | Record<string, KiFunktion>, fn?: KiFunktion) {
      if (typeof id === "string") registriert[id] = fn as KiFunktion;
      else Object.assign(registriert, id);
    },
  };
  const kontext = vm.createContext({ CustomFunctions, console });
  vm.runInContext(fs.readFileSync(skript, "utf8"), kontext, { filename: skript });
  return {
    metadaten: JSON.parse(fs.readFileSync(metadaten, "utf8")) as FunktionsMetadaten,
    funktionen: registriert,
    skriptDatei: skript,
  };
}

export function istFehler(v: unknown): v is StubFehler {
  return v instanceof StubFehler;
}
