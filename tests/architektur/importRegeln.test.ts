/**
 * The import direction is a lint rule, not a convention: ESLint with the project's own
 * eslint.config.js must reject a wrong import and accept a right one. Files are linted as text under
 * the path they would have; nothing is written.
 */
import { ESLint } from "eslint";
import * as path from "path";

const WURZEL = path.resolve(__dirname, "../..");
// The config is passed in rather than found: ESLint would load it with a dynamic import, which jest's
// module sandbox does not allow.
const eslint = new ESLint({ cwd: WURZEL, overrideConfigFile: true, overrideConfig: require("../../eslint.config.js") });

async function meldungen(datei: string, quelltext: string): Promise<string[]> {
  const [ergebnis] = await eslint.lintText(quelltext, { filePath: path.join(WURZEL, datei) });
  return ergebnis.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// Linting text starts no process; the first call loads the TypeScript parser, which can take a while
// on a busy machine.
jest.setTimeout(120_000);

/**
 * What each folder of src/ may import, written down here independently of eslint.config.js (the
 * diagram in docs/ARCHITECTURE.md): every other pair must be rejected.
 */
const DARF_IMPORTIEREN: Record<string, string[]> = {
  core: [],
  functions: ["core"],
  scenario: ["core"],
  workbook: ["core", "scenario"],
  excel: ["core", "scenario", "workbook"],
  cli: ["core", "scenario", "workbook"],
  taskpane: ["core", "scenario", "workbook", "excel"],
  abnahme: ["core", "scenario", "workbook", "excel", "taskpane"],
};
const ORDNER = Object.keys(DARF_IMPORTIEREN);
const PAARE = ORDNER.flatMap((von) => ORDNER.filter((nach) => nach !== von).map((nach) => [von, nach] as const));

describe("Importregeln: jedes Paar von Ordnern in src/", () => {
  test("die Tabelle kennt jeden Ordner in src/", () => {
    const fs = jest.requireActual<typeof import("fs")>("fs");
    const ordner = fs
      .readdirSync(path.join(WURZEL, "src"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(ordner.sort()).toEqual([...ORDNER].sort());
  });

  test.each(PAARE)("src/%s → src/%s", async (von, nach) => {
    // One level deeper too: a file in a subfolder reaches the neighbour with one more "../".
    for (const [datei, pfad] of [
      [`src/${von}/probe.ts`, `../${nach}/probe`],
      [`src/${von}/unter/probe.ts`, `../../${nach}/probe`],
    ]) {
      const m = await meldungen(datei, `import { probe as p } from "${pfad}";\nexport const probe = p;\n`);
      if (DARF_IMPORTIEREN[von].includes(nach)) expect(m).toEqual([]);
      else expect(m).toEqual([expect.stringContaining(`src/${von} darf`)]);
    }
  });
});

describe("Importregeln (eslint.config.js)", () => {
  it.each([
    ["src/core/probe.ts", 'import type { BlattPlan } from "../workbook/plan";', /src\/core darf/],
    ["src/core/probe.ts", 'import { berechneSzenario } from "../scenario";', /src\/core darf/],
    ["src/scenario/probe.ts", 'import { HyperFormula } from "hyperformula";', /HyperFormula/],
    ["src/scenario/probe.ts", 'import type { ExcelHost } from "../excel/zugriff";', /src\/scenario darf/],
    ["src/scenario/probe.ts", 'import type { BlattPlan } from "../workbook/plan";', /src\/scenario darf/],
    ["src/functions/probe.ts", 'import { erzeugeVorlage } from "../scenario";', /src\/functions darf/],
    ["src/workbook/probe.ts", 'import type { ExcelHost } from "../excel/zugriff";', /src\/workbook darf/],
    ["src/excel/probe.ts", 'import { schreibeXlsx } from "../cli/xlsxSchreiber";', /src\/excel darf/],
    ["src/cli/probe.ts", 'import type { ExcelHost } from "../excel/zugriff";', /src\/cli darf/],
    ["src/workbook/probe.ts", 'import { createFakeExcel } from "../../devtools/fakeHost";', /devtools/],
    ["src/taskpane/komponenten/Probe.tsx", 'import { createFakeExcel } from "../../../devtools/fakeHost";', /devtools/],
    ["src/taskpane/probe.ts", 'import { x } from "../../tests/helpers/ladeFunktionen";', /devtools\/ und tests/],
    ["src/abnahme/probe.ts", 'import { createFakeExcel } from "../../devtools/fakeHost";', /devtools/],
    ["src/abnahme/pruefungen/probe.ts", 'import { HyperFormula } from "hyperformula";', /HyperFormula/],
  ])("reports %s: %s", async (datei, zeile, erwartet) => {
    const m = await meldungen(datei, `${zeile}\nexport const probe = 1;\n`);
    expect(m).toEqual([expect.stringMatching(erwartet)]);
  });

  it.each([
    ["src/core/probe.ts", 'import { euro } from "./geld";'],
    ["src/scenario/probe.ts", 'import { KOERPERSCHAFTEN } from "../core";'],
    ["src/workbook/probe.ts", 'import type { Szenario } from "../scenario";'],
    ["src/excel/probe.ts", 'import type { BlattPlan } from "../workbook/plan";'],
    ["src/cli/probe.ts", 'import type { BlattPlan } from "../workbook/plan";'],
    ["src/taskpane/komponenten/Probe.tsx", 'import type { ExcelHost } from "../../excel/zugriff";'],
    ["devtools/fakeHost/probe.ts", 'import { HyperFormula } from "hyperformula";'],
    ["src/abnahme/probe.ts", 'import { erstelleArbeitsmappenZugriff } from "../taskpane/anbindung";'],
  ])("accepts %s: %s", async (datei, zeile) => {
    expect(await meldungen(datei, `${zeile}\nexport const probe = 1;\n`)).toEqual([]);
  });
});
