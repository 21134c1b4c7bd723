// Start-up cost of the command line against a bare `node -e 0`, measured in the same run with the
// runs interleaved (node, --help, --version, export in turn), median and spread over rounds.
// Reported, not asserted: targets --help ≤ 2× and export ≤ 5× a bare node start.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fmt, median, spanne, tabelle } from "../werkzeug.mjs";

function dauer(args, cwd) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")}: ${r.stderr.trim().split("\n").slice(-4).join("\n")}`);
  return ms;
}

export default {
  id: "befehlszeile",
  titel: "Befehlszeile: Start von --help, --version und export gegen einen leeren Node-Start",
  async lauf({ kurz, root }) {
    const bin = path.join(root, "bin", "ki-kostenplaner.js");
    const tmp = mkdtempSync(path.join(os.tmpdir(), "ki-bench-"));
    const faelle = [
      { name: "node -e 0 (Basis)", args: ["-e", "0"], ziel: null },
      { name: "ki-kostenplaner --help", args: [bin, "--help"], ziel: 2 },
      { name: "ki-kostenplaner --version", args: [bin, "--version"], ziel: 2 },
      {
        name: "ki-kostenplaner export (Rhein-Sieg, xlsx)",
        // --ueberschreiben: every round writes the same file; without it rounds 2… would time a refusal.
        args: [bin, "export", "--preset", "rhein-sieg-2013", "--out", path.join(tmp, "a.xlsx"), "--ueberschreiben"],
        ziel: 5,
      },
    ];
    dauer(faelle[1].args, root); // rebuilds dist-cli/ if it is older than the sources
    const runden = kurz ? 3 : 9;
    const zeiten = faelle.map(() => []);
    for (let k = 0; k < runden; k++) faelle.forEach((f, i) => zeiten[i].push(dauer(f.args, root)));
    rmSync(tmp, { recursive: true, force: true });
    const ergebnisse = faelle.map((f, i) => {
      const q = zeiten[i].map((t, k) => t / zeiten[0][k]);
      return {
        name: f.name,
        ms: median(zeiten[i]),
        msSpanne: spanne(zeiten[i]),
        faktor: median(q),
        spanne: spanne(q),
        ziel: f.ziel,
      };
    });
    const text = [
      "Basis: node -e 0 in derselben Runde (jedes Verhältnis innerhalb einer Runde gebildet)",
      tabelle(
        ["Aufruf", "ms (Spanne)", "× Basis (Spanne)", "Ziel"],
        ergebnisse.map((e) => [
          e.name,
          `${fmt(e.ms, 0)} (${fmt(e.msSpanne[0], 0)}–${fmt(e.msSpanne[1], 0)})`,
          `${fmt(e.faktor, 2)}× (${fmt(e.spanne[0], 1)}–${fmt(e.spanne[1], 1)})`,
          e.ziel === null ? "—" : `≤ ${e.ziel}× ${e.faktor <= e.ziel ? "✔" : "über Ziel"}`,
        ]),
      ),
      `Median aus ${runden} Runden; über npx kommt der Start von npm hinzu.`,
    ].join("\n");
    return { text, daten: { runden, aufrufe: ergebnisse }, pruefungen: [] };
  },
};
