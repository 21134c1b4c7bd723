/**
 * bin/codeCache.js keeps V8's compiled code of the CLI bundle (and of docx for --docx) in the temp folder.
 * It is only a cache: the first run writes it, later runs read it, and a damaged entry is compiled
 * over and replaced — the export is the same workbook every time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nichtGelaufen } from "../helpers/ausgaben";
import { leseMappe, starteCli, wertDesNamens } from "./hilfen";

// Three CLI processes: a limit against a hang, not a speed test.
jest.setTimeout(300_000);

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "ki-codecache-"));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One export with its own temp folder (TMPDIR) for the cache. */
async function exportiere(datei: string) {
  const umgebung = { TMPDIR: path.join(tmp, "cache"), KI_KEIN_NEUBAU: "1" };
  const ziel = path.join(tmp, datei);
  const lauf = await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel], undefined, umgebung);
  expect(lauf.stderr).toBe("");
  expect(lauf.code).toBe(0);
  return wertDesNamens(await leseMappe(ziel), "KI_Eigenanteil_2");
}

function eintraege(): string[] {
  const [ordner] = readdirSync(path.join(tmp, "cache")).filter((n) => n.startsWith("ki-kostenplaner-v8-"));
  if (!ordner) return [];
  return readdirSync(path.join(tmp, "cache", ordner))
    .sort()
    .map((n) => path.join(tmp, "cache", ordner, n));
}

describe("V8 code cache of the command line", () => {
  const aufNode20 = typeof (require("module") as { enableCompileCache?: unknown }).enableCompileCache !== "function";
  if (!aufNode20) {
    nichtGelaufen(
      "codecache",
      "eigener V8-Code-Cache der Befehlszeile (ab Node 22 nutzt sie Nodes enableCompileCache)",
    );
  }
  (aufNode20 ? it : it.skip)("written once, read later, a damaged entry replaced; same workbook", async () => {
    const erste = await exportiere("a.xlsx");
    const geschrieben = eintraege();
    expect(geschrieben.map((d) => path.basename(d).replace(/-[^-]+-[^-]+\.bin$/, ""))).toEqual(["ki-kostenplaner.js"]);
    const inhalt = geschrieben.map((d) => readFileSync(d));
    expect(await exportiere("b.xlsx")).toEqual(erste);
    // Accepted entries are not rewritten.
    expect(eintraege().map((d) => readFileSync(d))).toEqual(inhalt);
    for (const d of geschrieben) writeFileSync(d, "kaputt");
    expect(await exportiere("c.xlsx")).toEqual(erste);
    expect(eintraege()).toEqual(geschrieben);
    expect(eintraege().every((d) => readFileSync(d).length > 1000)).toBe(true);
  });
});
