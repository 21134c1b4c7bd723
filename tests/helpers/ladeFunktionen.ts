/**
 * Loads the BUILT custom functions the way Excel does: reads dist/manifest.xml to find the
 * functions script, runs it in a fresh context with a stub CustomFunctions global, and collects
 * what it registers through CustomFunctions.associate. Tests then call functions with
 * Excel-shaped arguments (null for omitted, 2-D arrays for ranges).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import {
  CustomFunctionsFehler,
  FEHLERCODES,
  installiereCustomFunctionsStub,
} from "../../devtools/fakeHost/customFunctionsStub";

export const DIST = path.resolve(__dirname, "../../dist");

/** The same CustomFunctions stand-in the preview uses, so tests and preview cannot drift apart. */
export { CustomFunctionsFehler as StubFehler, FEHLERCODES as ERROR_CODES };

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
  const sandbox: Record<string, unknown> = { console };
  const stub = installiereCustomFunctionsStub(sandbox);
  const kontext = vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(skript, "utf8"), kontext, { filename: skript });
  return {
    metadaten: JSON.parse(fs.readFileSync(metadaten, "utf8")) as FunktionsMetadaten,
    funktionen: stub.funktionen,
    skriptDatei: skript,
  };
}

export function istFehler(v: unknown): v is CustomFunctionsFehler {
  return v instanceof CustomFunctionsFehler;
}
