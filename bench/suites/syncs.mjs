// context.sync() round-trips per task-pane action (bench/syncsLauf.mjs), run in a child process
// under tsx: the access module, the plan builder and the fake host are TypeScript. ASSERTED: at
// most 3 round-trips for every insert, and every measured action has its effect in the workbook.
import { spawnSync } from "node:child_process";
import path from "node:path";

export default {
  id: "syncs",
  titel: "Excel-Runden (context.sync) je Aktion im Aufgabenbereich, Fake-Host",
  async lauf({ dist, root }) {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(root, "bench", "syncsLauf.mjs"), "--dist", dist],
      {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    if (r.status !== 0) throw new Error(`syncsLauf.mjs: ${r.stderr.trim().split("\n").slice(-8).join("\n")}`);
    return JSON.parse(r.stdout);
  },
};
