#!/usr/bin/env node
// Prints the longest functions in src/ (lines from the first to the last line of the body) and fails
// when one is longer than the limit. Usage: node scripts/laengsteFunktionen.mjs [--max 80] [--top 20]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const max = option("--max", 80);
const top = option("--top", 20);

function* dateien(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* dateien(p);
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) yield p;
  }
}

function nameVon(node, quelle) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const eltern = node.parent;
  if (eltern && ts.isVariableDeclaration(eltern) && ts.isIdentifier(eltern.name)) return eltern.name.text;
  if (eltern && ts.isPropertyAssignment(eltern)) return eltern.name.getText(quelle);
  return "(anonym)";
}

const funde = [];
for (const datei of dateien(path.join(root, "src"))) {
  const text = readFileSync(datei, "utf8");
  const quelle = ts.createSourceFile(datei, text, ts.ScriptTarget.Latest, true);
  const besuche = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = quelle.getLineAndCharacterOfPosition(node.getStart(quelle)).line;
      const ende = quelle.getLineAndCharacterOfPosition(node.getEnd()).line;
      funde.push({
        datei: path.relative(root, datei),
        zeile: start + 1,
        name: nameVon(node, quelle),
        zeilen: ende - start + 1,
      });
    }
    ts.forEachChild(node, besuche);
  };
  besuche(quelle);
}
funde.sort((a, b) => b.zeilen - a.zeilen);
for (const f of funde.slice(0, top)) console.log(`${String(f.zeilen).padStart(5)}  ${f.name}  ${f.datei}:${f.zeile}`);
const zuLang = funde.filter((f) => f.zeilen > max);
console.log(
  `${funde.length} Funktionen in src/, längste ${funde[0]?.zeilen ?? 0} Zeilen, ${zuLang.length} über ${max}.`,
);
process.exit(zuLang.length > 0 ? 1 : 0);
