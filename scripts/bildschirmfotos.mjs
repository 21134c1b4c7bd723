#!/usr/bin/env node
// `npm run screenshots`: regenerates docs/screenshots/ from the current state. `npm test` takes the
// same pictures into .tmp/screenshots/ so that a test run never rewrites tracked files.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, KI_BILDSCHIRMFOTOS: "docs/screenshots" };

function schritt(cmd, args, extra = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extra } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The print screenshot comes from the exported PDF, so the command line must be built.
schritt(bin("webpack"), ["--mode", "production"], { ADDIN_BASE_URL: "" });
schritt(bin("webpack"), ["--config", "webpack.cli.config.js"]);
schritt(bin("jest"), [
  "--selectProjects",
  "integration",
  "tests/devtools/preview/vorschau.integration.test.ts",
  "tests/devtools/preview/staende.integration.test.ts",
  "tests/devtools/preview/eigenesRegelwerk.integration.test.ts",
  "tests/devtools/preview/eigeneSatztabelle.integration.test.ts",
  "tests/devtools/preview/sachsaetze.integration.test.ts",
  "tests/cli/libreoffice.integration.test.ts",
  "tests/cli/planIst.integration.test.ts",
  "tests/devtools/preview/planIst.integration.test.ts",
  "tests/devtools/preview/fehlerNachAbbruch.integration.test.ts",
  "tests/abnahme/abnahmeVorschau.integration.test.ts",
  "tests/workbook/vorlage/vorlageWord.integration.test.ts",
]);
schritt(bin("tsx"), ["devtools/bildschirmfotos/arbeitsmappe.ts"]);
schritt(bin("tsx"), ["devtools/bildschirmfotos/mehrjahr.ts"]);
schritt(bin("tsx"), ["devtools/bildschirmfotos/staende.ts"]);
console.log("Bildschirmfotos in docs/screenshots/ erneuert.");
