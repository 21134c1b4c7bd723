// Start-up cost of the command line against a bare `node -e 0`, measured in the same run with the
// runs interleaved (node, --help, --version, export, export --docx in turn), median and spread over
// rounds, each through bin/ki-kostenplaner.js as a user starts it. Then the levy export of a CSV of
// 100,000 lines (short run: 1,000) end to end (reading, sheet, charts, writing the file), each round
// beside a bare node start, with its CPU time and peak memory.
// Reported, not asserted: targets --help ≤ 2×, export ≤ 3×, --docx ≤ 4× a bare node start; the levy
// export of 100,000 lines under 5 s and under 500 MB.
import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fmt, median, spanne, tabelle } from "../werkzeug.mjs";

function lauf(args, cwd) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")}: ${r.stderr.trim().split("\n").slice(-4).join("\n")}`);
  const kb = /KI_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1];
  const cpu = /KI_BENCH_CPU_MS=(\d+)/.exec(r.stderr)?.[1];
  return { ms, mb: kb ? Number(kb) / 1024 : null, cpuMs: cpu ? Number(cpu) : null };
}

const dauer = (args, cwd) => lauf(args, cwd).ms;

/** A levy CSV as German Excel writes it (Windows-1252, semicolons, decimal commas, CRLF): a header and zeilen − 1 members. */
function umlageCsv(datei, zeilen) {
  const text = ["Gemeinde;Umlagegrundlage;Minderbelastung"];
  for (let i = 0; i < zeilen - 1; i++) {
    const betrag = (1_000_000 + i * 37.25).toLocaleString("de-DE", { minimumFractionDigits: 2 });
    text.push(i % 10 === 0 ? `"Königswinter; Ortsteil ${i}";${betrag};10 %` : `Gemeinde ${i};${betrag};`);
  }
  writeFileSync(datei, Buffer.from(text.join("\r\n"), "latin1"));
}

/**
 * The levy export end to end, each round beside a bare node start (the ratio is formed within the
 * round): median wall time, CPU time (user + system of the process; less dependent on other load)
 * and the largest peak memory of the rounds.
 */
function messeCsvExport(bin, root, tmp, zeilen, laeufe) {
  const csv = path.join(tmp, "umlage.csv");
  umlageCsv(csv, zeilen);
  const args = [
    "--require",
    path.join(root, "bench", "maxRss.cjs"),
    bin,
    "export",
    "--preset",
    "rhein-sieg-2013",
    "--umlage",
    csv,
    "--out",
    path.join(tmp, "u.xlsx"),
    "--ueberschreiben",
  ];
  const l = [];
  const basis = [];
  for (let k = 0; k < laeufe; k++) {
    basis.push(dauer(["-e", "0"], root));
    l.push(lauf(args, root));
  }
  const q = l.map((x, k) => x.ms / basis[k]);
  return {
    zeilen,
    laeufe,
    ms: median(l.map((x) => x.ms)),
    msSpanne: spanne(l.map((x) => x.ms)),
    cpuMs: median(l.map((x) => x.cpuMs ?? NaN)),
    mbMax: Math.max(...l.map((x) => x.mb ?? 0)),
    basisMs: median(basis),
    faktor: median(q),
    spanne: spanne(q),
  };
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
        ziel: 3,
      },
      {
        name: "ki-kostenplaner export --docx (Rhein-Sieg)",
        args: [
          bin,
          "export",
          "--preset",
          "rhein-sieg-2013",
          "--out",
          path.join(tmp, "b.xlsx"),
          "--docx",
          "--ueberschreiben",
        ],
        ziel: 4,
      },
    ];
    dauer(faelle[1].args, root); // rebuilds dist-cli/ if it is older than the sources
    const runden = kurz ? 3 : 9;
    const zeiten = faelle.map(() => []);
    for (let k = 0; k < runden; k++) faelle.forEach((f, i) => zeiten[i].push(dauer(f.args, root)));
    // 100,000 lines: the reader's limit (a header and 99,999 municipalities).
    const csv = messeCsvExport(bin, root, tmp, kurz ? 1000 : 100_000, kurz ? 1 : 5);
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
      `export --umlage <CSV mit ${fmt(csv.zeilen, 0)} Zeilen> (Lesen, Blatt, Diagramme, Datei schreiben), Median aus ${csv.laeufe}:`,
      tabelle(
        ["Aufruf", "ms (Spanne)", "CPU ms", "maxRSS MB", "× Basis (Spanne)", "Ziel"],
        [
          [
            `export --umlage (${fmt(csv.zeilen, 0)} Zeilen)`,
            `${fmt(csv.ms, 0)} (${fmt(csv.msSpanne[0], 0)}–${fmt(csv.msSpanne[1], 0)})`,
            fmt(csv.cpuMs, 0),
            fmt(csv.mbMax, 0),
            `${fmt(csv.faktor, 1)}× (${fmt(csv.spanne[0], 1)}–${fmt(csv.spanne[1], 1)})`,
            csv.zeilen < 100_000
              ? "(Kurzlauf)"
              : `< 5 s ${csv.ms < 5000 ? "✔" : "über Ziel"}, < 500 MB ${csv.mbMax < 500 ? "✔" : "über Ziel"}`,
          ],
        ],
      ),
      `Basis: node -e 0 in derselben Runde, ${fmt(csv.basisMs, 0)} ms (Median).`,
    ].join("\n");
    return { text, daten: { runden, aufrufe: ergebnisse, csvExport: csv }, pruefungen: [] };
  },
};
