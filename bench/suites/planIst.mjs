// Plan-Ist (bench/planIstLauf.mjs), in a child process under tsx: reader and sheet builder are
// TypeScript. ASSERTED: every booking reaches its line and every line is on the sheet; times are
// reported as ratios to their named baselines.
import { spawnSync } from "node:child_process";
import path from "node:path";

export default {
  id: "planist",
  titel: "Plan-Ist: Ist-Kosten einlesen (100.000 Buchungen, 50 Stellen × 12 Monate) und Blatt bauen",
  async lauf({ kurz, root }) {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "bench", "planIstLauf.mjs"), ...(kurz ? ["--short"] : [])],
      { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`planIstLauf.mjs: ${r.stderr.trim().split("\n").slice(-8).join("\n")}`);
    return JSON.parse(r.stdout);
  },
};
