#!/usr/bin/env node
// `npm test`: everything CI checks, in the order a failure is cheapest to find.
// Jest runs against the production build in dist/, the way Excel loads the add-in.
import { Buffer } from "node:buffer";
import { spawn, spawnSync } from "node:child_process";
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
  return ende(title, started, r.status === 0);
}

function ende(title, started, ok) {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (!ok) {
    console.error(`✖ ${title} fehlgeschlagen (${secs} s)`);
    return false;
  }
  console.log(`✔ ${title} (${secs} s)`);
  return true;
}

/**
 * Steps that need nothing from each other run side by side (much of their time is start-up and file
 * reading, and a 2-core machine has a core idle otherwise); each one's output is printed whole when it ends.
 */
async function nebeneinander(schritte) {
  const ergebnisse = await Promise.all(
    schritte.map(
      ([title, cmd, args, env = {}]) =>
        new Promise((fertig) => {
          const started = Date.now();
          const kind = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env } });
          const ausgabe = [];
          kind.stdout.on("data", (d) => ausgabe.push(d));
          kind.stderr.on("data", (d) => ausgabe.push(d));
          let gemeldet = false;
          // A command that cannot start reports "error" and then "close": it is reported once.
          const melde = (ok) => {
            if (gemeldet) return;
            gemeldet = true;
            console.log(`\n▶ ${title}`);
            process.stdout.write(Buffer.concat(ausgabe));
            fertig(ende(title, started, ok));
          };
          kind.on("error", (e) => {
            ausgabe.push(Buffer.from(`${e.message}\n`));
            melde(false);
          });
          kind.on("close", (code) => melde(code === 0));
        }),
    ),
  );
  return schritte.filter((_, i) => !ergebnisse[i]).map(([title]) => title);
}

mkdirSync(path.join(root, ".tmp"), { recursive: true });
const jestReport = path.join(root, ".tmp", "jest-report.json");
// Tests that must leave a check out write one line each here (tests/helpers/ausgaben.ts).
const nichtGelaufenOrdner = path.join(root, ".tmp", "nicht-gelaufen");
rmSync(nichtGelaufenOrdner, { recursive: true, force: true });
rmSync(jestReport, { force: true });
rmSync(path.join(root, ".tmp", "test-zusammenfassung.txt"), { force: true });

// The checks and builds first, side by side; then jest on the builds, then the short bench. After a failure
// the later steps do not run, and the summary names each of them.
const vorbereitung = [
  ["Typprüfung (tsc)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]],
  // Caches below node_modules/.cache (ignored by git): a rerun checks only the files that changed.
  ["ESLint", bin("eslint"), [".", "--cache", "--cache-location", "node_modules/.cache/eslint/"]],
  ["Prettier", bin("prettier"), ["--check", ".", "--cache", "--cache-strategy", "content"]],
  ["Produktions-Build (webpack)", bin("webpack"), ["--mode", "production"], { ADDIN_BASE_URL: "" }],
  ["Befehlszeile bauen (webpack.cli.config.js)", bin("webpack"), ["--config", "webpack.cli.config.js"]],
];
const schritte = [
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
const fehlgeschlagen = await nebeneinander(vorbereitung);
for (const [titel, ...aufruf] of schritte) {
  if (fehlgeschlagen.length > 0) {
    const namen = fehlgeschlagen.map((f) => `„${f}“`);
    const welche = namen.length > 1 ? `${namen.slice(0, -1).join(", ")} und ${namen.at(-1)}` : namen[0];
    ausgelassen.push(`${titel} (weil ${welche} fehlgeschlagen ${fehlgeschlagen.length > 1 ? "sind" : "ist"})`);
  } else if (!step(titel, ...aufruf)) fehlgeschlagen.push(titel);
}
const ok = fehlgeschlagen.length === 0;

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
