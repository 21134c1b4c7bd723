#!/usr/bin/env node
// `npm test`: everything CI checks, in the order a failure is cheapest to find.
// Jest runs against the production build in dist/, the way Excel loads the add-in.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const extraJestArgs = process.argv.slice(2);

function step(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${title} fehlgeschlagen (${secs} s)`);
    return false;
  }
  console.log(`✔ ${title} (${secs} s)`);
  return true;
}

mkdirSync(path.join(root, ".tmp"), { recursive: true });
const jestReport = path.join(root, ".tmp", "jest-report.json");
// Tests that must leave a check out write one line each here (tests/helpers/ausgaben.ts).
const nichtGelaufenOrdner = path.join(root, ".tmp", "nicht-gelaufen");
rmSync(nichtGelaufenOrdner, { recursive: true, force: true });
rmSync(jestReport, { force: true });
rmSync(path.join(root, ".tmp", "test-zusammenfassung.txt"), { force: true });

// Every step in order; after the first failure the rest does not run, and the summary names each of them.
const schritte = [
  ["Typprüfung (tsc)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]],
  ["ESLint", bin("eslint"), ["."]],
  ["Prettier", bin("prettier"), ["--check", "."]],
  ["Produktions-Build (webpack)", bin("webpack"), ["--mode", "production"], { ADDIN_BASE_URL: "" }],
  ["Befehlszeile bauen (webpack.cli.config.js)", bin("webpack"), ["--config", "webpack.cli.config.js"]],
  ["Tests (jest)", bin("jest"), ["--ci", "--json", `--outputFile=${jestReport}`, ...extraJestArgs]],
  existsSync(path.join(root, "scripts", "bench.mjs"))
    ? [
        "Benchmarks (Kurzlauf)",
        process.execPath,
        // The committed bench/results.json is the last full run; CI keeps its short figures apart.
        [path.join(root, "scripts", "bench.mjs"), "--short", "--out", path.join(".tmp", "bench-kurz.json")],
      ]
    : null,
].filter(Boolean);

const ausgelassen = [];
let fehlgeschlagen = null;
for (const [titel, ...aufruf] of schritte) {
  if (fehlgeschlagen) ausgelassen.push(`${titel} (weil „${fehlgeschlagen}“ fehlgeschlagen ist)`);
  else if (!step(titel, ...aufruf)) fehlgeschlagen = titel;
}
const ok = fehlgeschlagen === null;

/** Tests jest reports as skipped, per file: each one is named even when no reason was written down. */
function uebersprungeneTests() {
  if (!existsSync(jestReport)) return [];
  const r = JSON.parse(readFileSync(jestReport, "utf8"));
  return r.testResults.flatMap((d) => {
    const n = d.assertionResults.filter((t) => t.status === "pending" || t.status === "skipped").length;
    const datei = path.relative(root, d.name);
    return n === 0 ? [] : [`${n === 1 ? "1 Test" : `${n} Tests`} in ${datei} übersprungen`];
  });
}

/** The last lines: what ran, and every check that did not run with its reason. */
function zusammenfassung() {
  const notizen = existsSync(nichtGelaufenOrdner)
    ? readdirSync(nichtGelaufenOrdner)
        .sort()
        .map((d) => readFileSync(path.join(nichtGelaufenOrdner, d), "utf8").trim())
    : [];
  const alle = [...notizen, ...uebersprungeneTests(), ...ausgelassen];
  for (const n of alle) console.log(`Nicht gelaufen: ${n}`);
  if (alle.length === 0 && ok) console.log("Alles gelaufen, nichts übersprungen.");
  console.log(ok ? "npm test: bestanden" : "npm test: FEHLGESCHLAGEN");
  if (existsSync(jestReport)) {
    // The plain closing line CI reads ("N passed, N failed"); .ci/run repeats it as its own last line.
    const r = JSON.parse(readFileSync(jestReport, "utf8"));
    const zeile = `Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`;
    writeFileSync(path.join(root, ".tmp", "test-zusammenfassung.txt"), `${zeile}\n`);
    console.log(`\n${zeile}`);
  }
}

zusammenfassung();
process.exit(ok ? 0 : 1);
