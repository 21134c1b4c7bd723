const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");
const tsPlugin = require("@typescript-eslint/eslint-plugin");
const regexpPlugin = require("eslint-plugin-regexp");

/*
 * Import direction, enforced: core ← scenario ← workbook ← excel | cli, excel ← taskpane ← abnahme,
 * and functions on core alone. Nothing that ships (src/) may pull in the development tools (devtools/, tests/) or
 * HyperFormula (GPLv3, test and preview only). ESLint does not merge the options of one rule across
 * config objects, so every folder's entry repeats the src-wide patterns.
 */
const NUR_ENTWICKLUNG = [
  {
    regex: "^hyperformula(/|$)",
    message: "HyperFormula (GPLv3) gehört nur in devtools/ und tests/, nie in den ausgelieferten Code.",
  },
  {
    regex: "(^|/)(devtools|tests)(/|$)",
    message: "src/ wird ausgeliefert und darf devtools/ und tests/ nicht importieren.",
  },
];
// Every folder of src/ is named here, and every folder it may not import (tests/architektur checks all pairs).
const VERBOTENE_NACHBARN = {
  core: ["scenario", "workbook", "excel", "cli", "taskpane", "functions", "abnahme"],
  functions: ["scenario", "workbook", "excel", "cli", "taskpane", "abnahme"],
  scenario: ["workbook", "excel", "cli", "taskpane", "functions", "abnahme"],
  workbook: ["excel", "cli", "taskpane", "functions", "abnahme"],
  excel: ["cli", "taskpane", "functions", "abnahme"],
  cli: ["excel", "taskpane", "functions", "abnahme"],
  // The pane runs in Excel: no Node-only CLI; the KI.* functions are reached through the workbook only.
  taskpane: ["cli", "functions", "abnahme"],
  // The acceptance add-in's checks (src/abnahme) wire up like the pane and may use what it uses; the
  // installed KI.* it checks through formulas, never by importing them.
  abnahme: ["cli", "functions"],
};
const importRegeln = Object.entries(VERBOTENE_NACHBARN).map(([modul, verboten]) => ({
  files: [`src/${modul}/**/*.ts`, `src/${modul}/**/*.tsx`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...NUR_ENTWICKLUNG,
          ...(verboten.length
            ? [
                {
                  regex: `^(\\.\\./)+(${verboten.join("|")})(/|$)`,
                  message: `Importrichtung core ← scenario ← workbook ← excel | cli, excel ← taskpane ← abnahme: src/${modul} darf ${verboten.join(", ")} nicht importieren.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

module.exports = [
  {
    ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", ".tmp/**", "docs/**", "pakete/**"],
  },
  ...officeAddins.configs.react,
  {
    // The office-addins preset lists only .js/.ts; the task pane is .tsx.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": "error",
      "no-unused-vars": "off",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // TypeScript itself reports undefined names, with type information eslint does not have.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
      },
    },
  },
  {
    // A text argument can hold 100,000 characters, and a backtracking pattern on it freezes the shared
    // runtime (every KI.* function and the pane): regular expressions must run in linear time.
    files: ["src/**/*.ts", "src/**/*.tsx", "devtools/**/*.ts", "devtools/**/*.tsx"],
    // Pending in the branches that own them (CLI options, number-format rendering); they parse
    // short trusted texts, not cell values.
    ignores: ["src/cli/**", "devtools/fakeHost/zahlenformat.ts"],
    plugins: { regexp: regexpPlugin },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  ...importRegeln,
];
