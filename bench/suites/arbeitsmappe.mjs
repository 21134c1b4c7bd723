// The 5.005-formula workbook on the fake host (bench/arbeitsmappeLauf.mjs), run in a child process
// under tsx: the fake host is TypeScript, and it must not share this process's HyperFormula.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export default {
  id: "arbeitsmappe",
  titel: "Arbeitsmappe mit 5.005 Formeln auf dem Fake-Host (KI.* über HyperFormula vs. native Formeln)",
  async lauf({ kurz, dist, root }) {
    if (!existsSync(path.join(root, "devtools", "fakeHost", "index.ts"))) {
      throw new Error("devtools/fakeHost/index.ts fehlt");
    }
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(root, "bench", "arbeitsmappeLauf.mjs"),
        "--dist",
        dist,
        ...(kurz ? ["--short"] : []),
      ],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`arbeitsmappeLauf.mjs: ${r.stderr.trim().split("\n").slice(-6).join("\n")}`);
    return JSON.parse(r.stdout);
  },
};
