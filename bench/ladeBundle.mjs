// Loads the BUILT custom functions the way Excel does, for the benchmarks (plain Node, no ts-jest):
// dist/manifest.xml names the script and metadata, the script runs with a stub CustomFunctions
// global and registers its functions through CustomFunctions.associate. Mirrors
// tests/helpers/ladeFunktionen.ts, with one deliberate difference: the tests use a vm context,
// but inside a vm context every global lookup (Math, Number, Array.isArray) passes through Node's
// interceptors on the context's global object and costs 10–60× more than in a browser. Timing
// that would measure Node, not the add-in; so the script runs in this realm, with CustomFunctions
// passed in as the only free name it needs. Every call returns a fresh instance (empty caches).
import { readFileSync } from "node:fs";
import path from "node:path";

export class StubFehler {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

const ERROR_CODES = {
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
};

function manifestUrl(manifest, resid) {
  const m = new RegExp(`<bt:Url\\s+id="${resid.replace(/\./g, "\\.")}"\\s+DefaultValue="([^"]+)"`).exec(manifest);
  if (!m) throw new Error(`manifest.xml hat keine URL ${resid}`);
  return path.basename(new URL(m[1]).pathname);
}

export function ladeBundle(distDir) {
  const manifest = readFileSync(path.join(distDir, "manifest.xml"), "utf8");
  const skript = path.join(distDir, manifestUrl(manifest, "Functions.Script.Url"));
  const metadaten = path.join(distDir, manifestUrl(manifest, "Functions.Metadata.Url"));
  const funktionen = {};
  const CustomFunctions = {
    Error: StubFehler,
    ErrorCode: ERROR_CODES,
    associate(id, fn) {
      if (typeof id === "string") funktionen[id] = fn;
      else Object.assign(funktionen, id);
    },
  };
  const ausfuehren = new Function("CustomFunctions", `${readFileSync(skript, "utf8")}\n//# sourceURL=${skript}`);
  ausfuehren(CustomFunctions);
  return { metadaten: JSON.parse(readFileSync(metadaten, "utf8")), funktionen, skript };
}
