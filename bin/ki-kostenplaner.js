#!/usr/bin/env node
// Starts the compiled command line (dist-cli/). In a project folder with its dev dependencies it is
// (re)built first when missing or older than its sources, so that after `git pull` nobody runs an
// old build. An installed package has no src/ and no webpack: then the shipped build is used as is.
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist-cli", "ki-kostenplaner.js");
const webpackCli = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
const SPERRE = path.join(root, "dist-cli.sperre");
const QUELLEN = ["src", "package.json", "webpack.cli.config.js", "tsconfig.json"];

/** Newest modification time among the CLI's sources (a few hundred files: a few milliseconds). */
function neuesteQuelle() {
  let neueste = 0;
  const besuche = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) besuche(path.join(p, n));
    else neueste = Math.max(neueste, st.mtimeMs);
  };
  for (const q of QUELLEN) besuche(path.join(root, q));
  return neueste;
}

function veraltet() {
  if (!fs.existsSync(cli)) return "nicht gebaut";
  if (!fs.existsSync(path.join(root, "src"))) return null;
  return neuesteQuelle() > fs.statSync(cli).mtimeMs ? "älter als die Quellen" : null;
}

/** process.exit skips `finally`: release the build lock first. */
function abbruch(text) {
  fs.rmSync(SPERRE, { recursive: true, force: true });
  process.stderr.write(text);
  process.exit(1);
}

function baue(grund) {
  if (!fs.existsSync(webpackCli)) {
    if (fs.existsSync(cli)) return; // sources without build tools: keep the shipped build
    abbruch(
      "Fehler: Die Befehlszeile ist nicht gebaut. Bitte im Projektordner ausführen: npm install && npm run build:cli\n",
    );
  }
  process.stderr.write(`Die Befehlszeile ist ${grund} und wird neu gebaut (npm run build:cli) …\n`);
  const r = spawnSync(process.execPath, [webpackCli, "--config", path.join(root, "webpack.cli.config.js")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0 || !fs.existsSync(cli)) {
    abbruch("Fehler: Der Bau der Befehlszeile ist fehlgeschlagen. Bitte „npm run build:cli“ ausführen.\n");
  }
  const jetzt = new Date();
  fs.utimesSync(cli, jetzt, jetzt);
}

// Several starts at once (a script, parallel tests) must not build over each other: the first
// takes the lock folder, the others wait for it and then find the build current.
function mitSperre(arbeit) {
  const bis = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(SPERRE);
      break;
    } catch {
      const alt = fs.existsSync(SPERRE) && Date.now() - fs.statSync(SPERRE).mtimeMs > 300_000;
      if (alt) fs.rmSync(SPERRE, { recursive: true, force: true });
      else if (Date.now() > bis) break;
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    arbeit();
  } finally {
    fs.rmSync(SPERRE, { recursive: true, force: true });
  }
}

if (process.env.KI_KEIN_NEUBAU !== "1" && veraltet()) {
  mitSperre(() => {
    const grund = veraltet();
    if (grund) baue(grund);
  });
}

require("./codeCache").installiere();
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
