#!/usr/bin/env node
// Starts the compiled command line. In a fresh clone it is not built yet: then build it once
// (webpack is installed with the dev dependencies) instead of failing.
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist-cli", "ki-kostenplaner.js");

if (!fs.existsSync(cli)) {
  const webpackCli = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  if (!fs.existsSync(webpackCli)) {
    process.stderr.write(
      "Fehler: Die Befehlszeile ist nicht gebaut. Bitte im Projektordner ausführen: npm install && npm run build:cli\n",
    );
    process.exit(1);
  }
  process.stderr.write("Die Befehlszeile wird einmalig gebaut (npm run build:cli) …\n");
  const r = spawnSync(process.execPath, [webpackCli, "--config", path.join(root, "webpack.cli.config.js")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0 || !fs.existsSync(cli)) {
    process.stderr.write("Fehler: Der Bau der Befehlszeile ist fehlgeschlagen. Bitte „npm run build:cli“ ausführen.\n");
    process.exit(1);
  }
}

require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
