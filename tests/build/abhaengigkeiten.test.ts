/**
 * Production dependencies are what the shipped files need: every entry under "dependencies" is
 * imported by code in src/ (the task pane, the functions, the command line), and nothing in src/
 * imports a package that only devDependencies provide.
 */
import * as fs from "fs";
import * as path from "path";

const WURZEL = path.resolve(__dirname, "../..");
const paket = JSON.parse(fs.readFileSync(path.join(WURZEL, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function quellen(ordner: string): string[] {
  return fs.readdirSync(ordner, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(ordner, e.name);
    if (e.isDirectory()) return quellen(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** Package names imported by src/, without relative paths and Node built-ins. */
function importiertePakete(): Set<string> {
  const namen = new Set<string>();
  for (const datei of quellen(path.join(WURZEL, "src"))) {
    const text = fs.readFileSync(datei, "utf8");
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)"([^".][^"]*)"/g)) {
      const teile = m[1].split("/");
      const name = m[1].startsWith("@") ? teile.slice(0, 2).join("/") : teile[0];
      if (!name.startsWith("node:")) namen.add(name);
    }
  }
  return namen;
}

describe("package.json", () => {
  const importiert = importiertePakete();
  const eingebaut = new Set(["fs", "path", "os", "child_process", "url", "util", "crypto", "stream"]);

  it("lists as production dependency only packages that src/ imports", () => {
    expect(Object.keys(paket.dependencies).filter((d) => !importiert.has(d))).toEqual([]);
  });

  it("provides every package src/ imports as a production dependency", () => {
    const fehlend = [...importiert].filter((n) => !eingebaut.has(n) && !(n in paket.dependencies));
    expect(fehlend).toEqual([]);
  });

  it("keeps the manifest tooling and the office.js package among the devDependencies", () => {
    expect(Object.keys(paket.devDependencies)).toEqual(
      expect.arrayContaining(["office-addin-manifest", "@microsoft/office-js"]),
    );
  });
});

describe("Node-Version", () => {
  // `semver` is npm's own version arithmetic; it comes with the dev tools (no types of its own).
  const semver = require("semver") as {
    minVersion(bereich: string): { version: string } | null;
    satisfies(version: string, bereich: string): boolean;
  };
  const sperre = JSON.parse(fs.readFileSync(path.join(WURZEL, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
  };
  const engines = (
    JSON.parse(fs.readFileSync(path.join(WURZEL, "package.json"), "utf8")) as { engines: { node: string } }
  ).engines.node;
  const mindestens = semver.minVersion(engines)!.version;

  test("jedes installierte Paket läuft mit der kleinsten Node-Version, die package.json verlangt", () => {
    const abgelehnt = Object.entries(sperre.packages).flatMap(([ort, p]) => {
      const bereich = !Array.isArray(p.engines) ? p.engines?.node : undefined;
      return ort && bereich && !semver.satisfies(mindestens, bereich) ? [`${ort} ${p.version}: ${bereich}`] : [];
    });
    expect(abgelehnt).toEqual([]);
  });

  test("das README nennt dieselbe Node-Version", () => {
    const readme = fs.readFileSync(path.join(WURZEL, "README.md"), "utf8");
    const kurz = mindestens.replace(/\.0$/, "");
    expect(readme).toContain(`[Node.js](https://nodejs.org/) ab Version ${kurz}`);
    expect(readme).toContain(`| Node.js ab ${kurz} mit npm`);
  });
});
