/**
 * docs/QUELLEN.md must describe every built-in source, rate table, funding rule set and preset the
 * code defines, so that a figure added to src/ without its source documented fails here. Ids are
 * looked up as `code spans` (in backticks), so an id that merely occurs inside a longer word or
 * another id does not count. The repository cites only its own documents: no file under src/
 * may point to a path outside it (../shared).
 */
import * as fs from "fs";
import * as path from "path";
import * as core from "../../src/core";
import { VORLAGEN, VORLAGEN_SAETZE } from "../../src/scenario";

const ROOT = path.resolve(__dirname, "../..");
const DOKUMENT = fs.readFileSync(path.join(ROOT, "docs/QUELLEN.md"), "utf8");

function istQuelle(wert: unknown): wert is core.Quelle {
  return typeof wert === "object" && wert !== null && "text" in wert && "status" in wert;
}

/** Every exported constant of src/core that is a Quelle, with its export name. */
const QUELLEN: Array<[string, core.Quelle]> = Object.entries(core).flatMap(
  ([name, wert]): Array<[string, core.Quelle]> => (istQuelle(wert) ? [[name, wert]] : []),
);
const QUELLEN_NAMEN = QUELLEN.map(([name]) => name);

function fehlendeKennungen(kennungen: readonly string[]): string[] {
  return kennungen.filter((k) => !DOKUMENT.includes("`" + k + "`"));
}

function dateienUnter(ordner: string): string[] {
  return fs.readdirSync(ordner, { withFileTypes: true }).flatMap((e) => {
    const voll = path.join(ordner, e.name);
    return e.isDirectory() ? dateienUnter(voll) : [voll];
  });
}

describe("docs/QUELLEN.md nennt jede eingebaute Quelle", () => {
  it("findet die Quellen-Konstanten des Kerns (sonst prüfte der Test nichts)", () => {
    expect(QUELLEN_NAMEN).toEqual(expect.arrayContaining(["QUELLE_RSK_2013", "QUELLE_AKTUELL"]));
    expect(QUELLEN_NAMEN.length).toBeGreaterThanOrEqual(6);
  });

  it("jede Quellen-Konstante aus src/core/quellen.ts", () => {
    expect(fehlendeKennungen(QUELLEN_NAMEN)).toEqual([]);
  });

  it("jede Förderregel, Satztabelle und jeden Standardsatz", () => {
    expect(fehlendeKennungen(core.FOERDERREGELN.map((r) => r.id))).toEqual([]);
    expect(fehlendeKennungen(core.SATZTABELLEN.map((t) => t.id))).toEqual([]);
    expect(fehlendeKennungen([...core.STANDARDSATZ_NAMEN])).toEqual([]);
  });

  it("jede Vorlage und jeden Vorlagensatz", () => {
    expect(fehlendeKennungen(VORLAGEN.map((v) => v.id))).toEqual([]);
    expect(fehlendeKennungen(VORLAGEN_SAETZE.map((v) => v.id))).toEqual([]);
  });

  it("erklärt jedes Kennzeichen, das der Code vergibt, und die Zusätze, die er anzeigt", () => {
    const status = new Set([
      ...QUELLEN.map(([, q]) => q.status),
      ...core.FOERDERREGELN.map((r) => r.quelle.status),
      ...core.SATZTABELLEN.map((t) => t.quelle.status),
    ]);
    expect(fehlendeKennungen([...status])).toEqual([]);
    for (const [, q] of QUELLEN) {
      const zusatz = core.quellenVermerk(q).slice(q.text.length).trim();
      if (zusatz) expect(DOKUMENT).toContain(zusatz);
    }
  });
});

describe("src/ verweist nicht aus dem Repository hinaus", () => {
  it("keine Datei unter src/ nennt ../shared", () => {
    const treffer = dateienUnter(path.join(ROOT, "src")).filter((d) =>
      fs.readFileSync(d, "utf8").includes("../shared"),
    );
    expect(treffer.map((d) => path.relative(ROOT, d))).toEqual([]);
  });
});
