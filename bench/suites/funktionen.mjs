// Throughput of every KI.* function (bench/funktionenLauf.mjs) in a child process under tsx: the
// native baseline uses the fake host's HyperFormula configuration, imported from devtools/fakeHost.
import { spawnSync } from "node:child_process";
import path from "node:path";

export default {
  id: "funktionen",
  titel: "Durchsatz der KI.*-Funktionen (gebautes Bundle) gegen Minimum und native Formeln",
  async lauf({ kurz, dist, root }) {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "bench", "funktionenLauf.mjs"), "--dist", dist, ...(kurz ? ["--short"] : [])],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`funktionenLauf.mjs: ${r.stderr.trim().split("\n").slice(-8).join("\n")}`);
    return JSON.parse(r.stdout);
  },
};
