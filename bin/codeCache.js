// V8 code cache for the large files a command loads (the CLI bundle, exceljs): compiling
// them took about a third of an export. Node 22 has this built in (module.enableCompileCache);
// on older Node the same is done with vm.Script's cachedData, as v8-compile-cache does it.
// Only a cache: a missing, stale or rejected entry means a normal compile, never a different run.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const Module = require("module");

/** Smaller files compile in well under a millisecond: not worth a cache file. */
const AB_ZEICHEN = 50_000;

function verzeichnis() {
  return path.join(os.tmpdir(), `ki-kostenplaner-v8-${process.version}-${process.arch}`);
}

function streuwert(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * The cache entry of a file: `<name>-<path>-<size and mtime>.bin`, so an edited or rebuilt file gets
 * a new one, and the entries of that path with another stamp (`praefix`) are the stale ones.
 */
function eintrag(datei) {
  const st = fs.statSync(datei);
  const praefix = `${path.basename(datei)}-${streuwert(datei)}-`;
  return { praefix, ziel: path.join(verzeichnis(), `${praefix}${streuwert(`${st.size}|${st.mtimeMs}`)}.bin`) };
}

/** Removes the entries an earlier build of the same file left behind (every rebuild makes a new one). */
function entferneAlte(praefix, ziel) {
  for (const name of fs.readdirSync(path.dirname(ziel))) {
    if (name.startsWith(praefix) && path.join(path.dirname(ziel), name) !== ziel) {
      fs.rmSync(path.join(path.dirname(ziel), name), { force: true });
    }
  }
}

/**
 * import() inside a vm.Script needs a loader hook of its own (experimental on Node 20): such files
 * compile as usual. webpack's "/* import() eager *\/" comments are not imports.
 */
function mitDynamischemImport(inhalt) {
  for (let i = inhalt.indexOf("import("); i >= 0; i = inhalt.indexOf("import(", i + 1)) {
    if (inhalt.slice(i - 3, i) !== "/* ") return true;
  }
  return false;
}

function requireFuer(modul) {
  const r = (id) => modul.require(id);
  r.resolve = (anfrage, optionen) => Module._resolveFilename(anfrage, modul, false, optionen);
  r.main = require.main;
  r.extensions = Module._extensions;
  r.cache = Module._cache;
  return r;
}

const zuSchreiben = [];

function schreibeAlle() {
  for (const { script, praefix, ziel } of zuSchreiben) {
    try {
      fs.mkdirSync(path.dirname(ziel), { recursive: true });
      const tmp = `${ziel}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, ziel); // atomic: parallel starts never read half a file
      entferneAlte(praefix, ziel);
    } catch {
      // A read-only or full temp folder: the next start compiles again, nothing else.
    }
  }
}

function installiere() {
  if (typeof Module.enableCompileCache === "function") {
    Module.enableCompileCache();
    return;
  }
  const original = Module.prototype._compile;
  Module.prototype._compile = function (inhalt, datei) {
    if (inhalt.length < AB_ZEICHEN || mitDynamischemImport(inhalt)) return original.call(this, inhalt, datei);
    let praefix;
    let ziel;
    let cachedData;
    try {
      ({ praefix, ziel } = eintrag(datei));
      cachedData = fs.existsSync(ziel) ? fs.readFileSync(ziel) : undefined;
    } catch {
      return original.call(this, inhalt, datei);
    }
    const script = new vm.Script(Module.wrap(inhalt), { filename: datei, cachedData });
    // Written at exit: by then the functions the command ran are compiled and land in the cache too.
    if (cachedData === undefined || script.cachedDataRejected) {
      if (zuSchreiben.length === 0) process.once("exit", schreibeAlle);
      zuSchreiben.push({ script, praefix, ziel });
    }
    const fn = script.runInThisContext({ displayErrors: true });
    return fn.call(this.exports, this.exports, requireFuer(this), this, datei, path.dirname(datei));
  };
}

module.exports = { installiere };
