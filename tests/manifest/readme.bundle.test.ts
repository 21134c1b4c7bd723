/**
 * The README promises commands and function results to finance staff and IT. The function reference is
 * generated from the BUILT add-in (dist/), with every example result computed by dist/functions.js;
 * this test fails when the README no longer matches what the build delivers.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DIST } from "../helpers/ladeFunktionen";

// Starts a Node process running the README examples: a limit against a hang, not a speed test (the suite must pass on a busy machine).
jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

describe("README.md", () => {
  it("has a function reference that matches the built functions.json and its computed results", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "scripts", "funktionsreferenz.mjs"), "--pruefen", "--dist", DIST],
      {
        encoding: "utf8",
      },
    );
    expect(`${r.stdout}${r.stderr}`).toContain("ist aktuell");
    expect(r.status).toBe(0);
  });

  it("documents every built function with a German-syntax example", () => {
    const metadaten = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: Array<{ name: string }>;
    };
    for (const { name } of metadaten.functions) {
      expect(readme).toContain(`### KI.${name}\n`);
      expect(readme).toMatch(new RegExp(`Beispiel: \`=KI\\.${name}\\(`));
    }
  });

  it("shows the Rhein-Sieg reference results", () => {
    expect(readme).toContain("`=KI.GESAMTKOSTEN(69800;2;1;2000)` → **102.316 €**");
    expect(readme).toContain('`=KI.LANDESERSTATTUNG(238300;2013;"Kreis")` → **170.000 €**');
    expect(readme).toContain("`=KI.EIGENANTEIL(353094;170000)` → **183.094 €**");
  });

  it("gives the two commands exactly and the sections users look for", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm install && npm test");
    expect(readme).toContain("ADDIN_BASE_URL=https://intranet.example/ki/ npm run build");
    for (const titel of [
      "Für einen ganzen Kreis bereitstellen",
      "Funktionsreferenz",
      "Aufgabenbereich",
      "Arbeitsmappe ohne Add-in weitergeben",
      "Mehrjahresplanung und Kreisumlage",
      "Benchmarks",
      "Screenshots",
      "Architektur",
    ]) {
      expect(readme).toMatch(new RegExp(`^## ${titel}$`, "m"));
    }
  });
});
