// Production bundle sizes, raw and gzip, with ASSERTED limits for what Excel loads for the custom
// functions. functions.js also runs where no task pane is open, so UI libraries in it would cost
// every recalculation start-up for nothing; HyperFormula (GPLv3) must not ship at all.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { kb, tabelle } from "../werkzeug.mjs";

const ZIEL_FUNCTIONS_GZIP = 40 * 1024;
const GEMESSENE_ENDUNGEN = [".js", ".json", ".html"];

/**
 * Strings that survive minification of each library (error texts, attribute names). Each marker is
 * verified against the library's own production file below, so a marker that no longer occurs in
 * the library cannot make the check pass vacuously.
 */
const MARKER = [
  {
    bibliothek: "React",
    text: "__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED",
    quelle: "react/cjs/react.production.min.js",
  },
  { bibliothek: "React DOM", text: "react-dom", quelle: "react-dom/cjs/react-dom.production.min.js" },
  { bibliothek: "Fluent UI", text: "data-merge-styles", quelle: "@fluentui/merge-styles/lib/Stylesheet.js" },
  { bibliothek: "Fluent UI", text: "__globalSettings__", quelle: "@fluentui/utilities/lib/GlobalSettings.js" },
  { bibliothek: "HyperFormula (GPLv3)", text: "HyperFormula", quelle: "hyperformula/commonjs/index.js" },
];

function groessen(dist) {
  return readdirSync(dist)
    .filter((f) => GEMESSENE_ENDUNGEN.includes(path.extname(f)))
    .sort()
    .map((datei) => {
      const inhalt = readFileSync(path.join(dist, datei));
      return { datei, roh: statSync(path.join(dist, datei)).size, gzip: gzipSync(inhalt, { level: 9 }).length };
    });
}

function markerPruefen(root, dist) {
  const functionsJs = readFileSync(path.join(dist, "functions.js"), "utf8");
  return MARKER.map((m) => {
    let imOriginal;
    try {
      // Read by path: package "exports" maps hide these files from require.resolve.
      imOriginal = readFileSync(path.join(root, "node_modules", m.quelle), "utf8").includes(m.text);
    } catch {
      imOriginal = false;
    }
    return { ...m, imOriginal, inFunctionsJs: functionsJs.includes(m.text) };
  });
}

export default {
  id: "bundle",
  titel: "Größe des Produktions-Bundles (gzip -9)",
  async lauf({ dist, root }) {
    const dateien = groessen(dist);
    const functionsJs = dateien.find((d) => d.datei === "functions.js");
    const taskpaneJs = dateien.find((d) => /^taskpane(\.[0-9a-f]{20})?\.js$/.test(d.datei));
    const marker = markerPruefen(root, dist);
    const pruefungen = [
      {
        name: "functions.js ≤ 40 KB gzip",
        ok: !!functionsJs && functionsJs.gzip <= ZIEL_FUNCTIONS_GZIP,
        ist: functionsJs ? kb(functionsJs.gzip) : "fehlt",
        ziel: kb(ZIEL_FUNCTIONS_GZIP),
      },
      ...marker.map((m) => ({
        name: `functions.js enthält kein ${m.bibliothek} („${m.text}“)`,
        ok: m.imOriginal && !m.inFunctionsJs,
        ist: !m.imOriginal
          ? `Marker kommt in ${m.quelle} nicht vor – Markerliste anpassen`
          : m.inFunctionsJs
            ? "gefunden"
            : "nicht enthalten",
        ziel: "nicht enthalten",
      })),
    ];
    const hf = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .filter((f) => readFileSync(path.join(dist, f), "utf8").includes("HyperFormula"));
    pruefungen.push({
      name: "kein Bundle in dist/ enthält HyperFormula (GPLv3)",
      ok: hf.length === 0,
      ist: hf.length ? hf.join(", ") : "keines",
      ziel: "keines",
    });

    const text = [
      tabelle(
        ["Datei", "roh", "gzip"],
        dateien.map((d) => [d.datei, kb(d.roh), kb(d.gzip)]),
      ),
      `functions.js: ${functionsJs ? kb(functionsJs.gzip) : "fehlt"} gzip (Ziel ≤ ${kb(ZIEL_FUNCTIONS_GZIP)}); ` +
        `taskpane.js: ${taskpaneJs ? `${kb(taskpaneJs.roh)} roh, ${kb(taskpaneJs.gzip)} gzip` : "fehlt"} (berichtet, ohne Ziel)`,
    ].join("\n");
    return { text, daten: { dateien, marker }, pruefungen };
  },
};
