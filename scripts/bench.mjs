#!/usr/bin/env node
// `npm run bench`: benchmark suites from bench/suites (see bench/README.md), a printed table per
// suite and bench/results.json with the machine they ran on.
//
//   node scripts/bench.mjs            full run (10⁵ calls per function)
//   node scripts/bench.mjs --short    CI run (10⁴ calls), well under 60 s
//   --dist <dir>   bundle to measure (default dist/; built with webpack if it is missing)
//   --out <file>   results file (default bench/results.json)
//   --only <id,…>  run only these suites
//
// Timings are reported, never asserted (they depend on the machine). Sizes and sync counts are
// asserted: the process exits with 1 if any suite reports a failed check.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SUITES } from "../bench/suites/index.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name, standard) {
  const i = process.argv.indexOf(name);
  return i === -1 ? standard : process.argv[i + 1];
}

const kurz = process.argv.includes("--short");
const dist = path.resolve(root, option("--dist", "dist"));
const ausgabe = path.resolve(root, option("--out", path.join("bench", "results.json")));
const nur = option("--only", null)?.split(",");

if (!existsSync(path.join(dist, "manifest.xml"))) {
  console.log(`${path.relative(root, dist)}/ fehlt: Produktions-Build wird erstellt …`);
  const r = spawnSync(
    path.join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", dist],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (r.status !== 0) process.exit(1);
}

const maschine = {
  cpu: os.cpus()[0]?.model ?? "unbekannt",
  kerne: os.cpus().length,
  arbeitsspeicherGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  plattform: `${os.platform()} ${os.release()} ${os.arch()}`,
  datum: new Date().toISOString(),
};

console.log(`KI-Kostenplaner Benchmarks (${kurz ? "Kurzlauf" : "voller Lauf"})`);
console.log(`${maschine.cpu}, ${maschine.kerne} Kerne, Node ${maschine.node}, ${maschine.datum}`);

const ergebnisse = [];
let fehlgeschlagen = 0;
for (const suite of SUITES) {
  if (nur && !nur.includes(suite.id)) continue;
  console.log(`\n■ ${suite.titel}`);
  const start = Date.now();
  let r;
  try {
    r = await suite.lauf({ kurz, dist, root });
  } catch (e) {
    // A suite that cannot run is a failed check, not a silent gap in the results.
    const stapel = String(e?.stack ?? e)
      .split("\n")
      .slice(0, 8)
      .map((z) => (z.length > 300 ? `${z.slice(0, 300)}…` : z))
      .join("\n");
    r = { text: "", daten: null, pruefungen: [{ name: `${suite.id} läuft`, ok: false, ist: stapel, ziel: "läuft" }] };
  }
  if (r.text) console.log(r.text);
  for (const p of r.pruefungen) {
    console.log(`  ${p.ok ? "✔" : "✖"} ${p.name}: ${p.ist} (Ziel: ${p.ziel})`);
    if (!p.ok) fehlgeschlagen++;
  }
  const sekunden = (Date.now() - start) / 1000;
  console.log(`  (${sekunden.toFixed(1)} s)`);
  ergebnisse.push({ id: suite.id, titel: suite.titel, sekunden, pruefungen: r.pruefungen, daten: r.daten });
}

mkdirSync(path.dirname(ausgabe), { recursive: true });
writeFileSync(ausgabe, JSON.stringify({ maschine, modus: kurz ? "kurz" : "voll", suites: ergebnisse }, null, 2) + "\n");
console.log(`\nErgebnisse: ${path.relative(root, ausgabe)}`);
if (fehlgeschlagen) {
  console.error(`✖ ${fehlgeschlagen} geprüfte Zielvorgabe(n) verfehlt`);
  process.exit(1);
}
