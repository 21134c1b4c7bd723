// The baseline for the side-by-side pane start (suites/startVergleich.mjs): a production build of
// another commit (default: main), made from `git archive` in a temp folder with this checkout's
// node_modules (symlinked), so both bundles come from the same tools. Kept per commit: a second run
// against the same commit reuses the build.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The commit `ref` names, its short form, and where its build lies (built if missing). */
export function basisBauen(root, ref) {
  const commit = execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], {
    cwd: root,
    encoding: "utf8",
  }).trim();
  const ordner = path.join(os.tmpdir(), `ki-kostenplaner-basis-${commit.slice(0, 12)}`);
  const dist = path.join(ordner, "dist");
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    rmSync(ordner, { recursive: true, force: true });
    mkdirSync(ordner, { recursive: true });
    const archiv = execFileSync("git", ["archive", "--format=tar", commit], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", ordner], { input: archiv });
    symlinkSync(path.join(root, "node_modules"), path.join(ordner, "node_modules"), "dir");
    const r = spawnSync(path.join(ordner, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
      cwd: ordner,
      env: { ...process.env, ADDIN_BASE_URL: "" },
      encoding: "utf8",
    });
    if (r.status !== 0)
      throw new Error(`Build von ${ref} (${commit.slice(0, 12)}) fehlgeschlagen:\n${r.stderr || r.stdout}`);
  }
  return { ref, commit: commit.slice(0, 12), dist };
}

/** The scripts taskpane.html loads at start (not office.js from the CDN), each raw and gzip -9. */
export function startSkripte(dist) {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const namen = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const dateien = namen.map((datei) => {
    const inhalt = readFileSync(path.join(dist, datei));
    return { datei, roh: inhalt.length, gzip: gzipSync(inhalt, { level: 9 }).length };
  });
  const summe = (k) => dateien.reduce((s, d) => s + d[k], 0);
  return { dateien, roh: summe("roh"), gzip: summe("gzip") };
}
