// Reading a 100,000-row Umlage CSV (bench/csvLauf.mjs), in a child process under tsx: the reader is
// TypeScript. ASSERTED: every row is read; the time is reported (target under a second).
import { spawnSync } from "node:child_process";
import path from "node:path";

export default {
  id: "csv",
  titel: "Umlage-CSV mit 100.000 Zeilen lesen (Befehlszeile)",
  async lauf({ kurz, root }) {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "bench", "csvLauf.mjs"), ...(kurz ? ["--short"] : [])],
      { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`csvLauf.mjs: ${r.stderr.trim().split("\n").slice(-8).join("\n")}`);
    return JSON.parse(r.stdout);
  },
};
