/**
 * Requirement sets: every Office.js and custom-functions member that src/ uses carries its
 * "[Api set: …]" in @types/office-js / @types/custom-functions-runtime. The TypeScript compiler
 * resolves each use to its declaration; the highest version per set must be declared in
 * manifest.xml, or Office would load the add-in where the code then fails.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");

// The whole TypeScript compiler runs over src/ here, as long as `tsc` itself: a limit against a hang only.
jest.setTimeout(300_000);
const TYPPAKETE = [
  `${path.sep}@types${path.sep}office-js${path.sep}`,
  `${path.sep}@types${path.sep}custom-functions-runtime${path.sep}`,
];
const API_SET = /\[Api set: ([A-Za-z]+) (\d+)\.(\d+)[^\]]*\]/g;

interface Fund {
  satz: string;
  version: [number, number];
  mitglied: string;
  ort: string;
}

function quelldateien(ordner: string): string[] {
  return fs.readdirSync(ordner, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(ordner, e.name);
    if (e.isDirectory()) return quelldateien(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

function programm(): ts.Program {
  const konfig = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(konfig, ts.sys, ROOT);
  return ts.createProgram(quelldateien(path.join(ROOT, "src")), { ...options, noEmit: true });
}

function istInTypen(knoten: ts.Node): boolean {
  for (let k: ts.Node | undefined = knoten.parent; k; k = k.parent) {
    if (ts.isTypeNode(k) || ts.isImportDeclaration(k)) return true;
  }
  return false;
}

function funde(): Fund[] {
  const p = programm();
  const checker = p.getTypeChecker();
  const ergebnis: Fund[] = [];
  for (const datei of p.getSourceFiles()) {
    if (!path.resolve(datei.fileName).startsWith(path.join(ROOT, "src"))) continue;
    const besuche = (k: ts.Node): void => {
      if (ts.isIdentifier(k) && !istInTypen(k)) {
        let s = checker.getSymbolAtLocation(k);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        const decl = s?.declarations?.[0];
        const typdatei = decl?.getSourceFile().fileName ?? "";
        if (s && TYPPAKETE.some((t) => path.resolve(typdatei).includes(t))) {
          // The set stands in the @remarks tag: "[Api set: ExcelApi 1.9]".
          const doku = s
            .getJsDocTags(checker)
            .map((t) => ts.displayPartsToString(t.text))
            .join("\n");
          const { line } = datei.getLineAndCharacterOfPosition(k.getStart());
          for (const m of doku.matchAll(API_SET)) {
            ergebnis.push({
              satz: m[1],
              version: [Number(m[2]), Number(m[3])],
              mitglied: checker.getFullyQualifiedName(s),
              ort: `${path.relative(ROOT, datei.fileName)}:${line + 1}`,
            });
          }
        }
      }
      ts.forEachChild(k, besuche);
    };
    besuche(datei);
  }
  return ergebnis;
}

function deklarierteSaetze(): Map<string, [number, number]> {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const saetze = new Map<string, [number, number]>();
  for (const m of xml.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="(\d+)\.(\d+)"\s*\/>/g)) {
    saetze.set(m[1], [Number(m[2]), Number(m[3])]);
  }
  return saetze;
}

const groesser = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

const alleFunde = funde();

test("finds the Office.js members src/ uses, with their requirement sets", () => {
  const mitglieder = new Set(alleFunde.map((f) => `${f.mitglied} (${f.satz} ${f.version.join(".")})`));
  // A sample that must be found, or the scan itself is broken.
  expect([...mitglieder]).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Excel\.Workbook\.settings \(ExcelApi 1\.4\)/),
      expect.stringMatching(/getRangeByIndexes \(ExcelApi 1\.7\)/),
      expect.stringMatching(/centerHeader \(ExcelApi 1\.9\)/),
      expect.stringMatching(/^CustomFunctions\.Error .*CustomFunctionsRuntime 1\.2/),
    ]),
  );
});

test("manifest.xml declares every requirement set, at least in the version src/ needs", () => {
  const deklariert = deklarierteSaetze();
  const hoechste = new Map<string, Fund>();
  for (const f of alleFunde) {
    const bisher = hoechste.get(f.satz);
    if (!bisher || groesser(f.version, bisher.version)) hoechste.set(f.satz, f);
  }
  const fehlend = [...hoechste.values()]
    .filter((f) => !deklariert.has(f.satz) || groesser(f.version, deklariert.get(f.satz)!))
    .map((f) => `${f.satz} ${f.version.join(".")} (${f.mitglied}, ${f.ort})`);
  expect(fehlend).toEqual([]);
  // Nothing declared higher than the code needs: that would exclude hosts for no reason.
  const zuHoch = [...deklariert]
    .filter(([satz, v]) => hoechste.has(satz) && groesser(v, hoechste.get(satz)!.version))
    .map(([satz, v]) => `${satz} ${v.join(".")}`);
  expect(zuHoch).toEqual([]);
});
