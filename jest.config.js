/**
 * Three projects, chosen by file name (README, "Tests"):
 *   unit         *.test.ts(x)              no build, no external program (`npm run test:unit`)
 *   bundle       *.bundle.test.ts(x)       load the built dist/ or dist-cli/
 *   integration  *.integration.test.ts(x)  start Chromium, LibreOffice, xmllint, npm audit
 */
const gemeinsam = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          jsx: "react-jsx",
          esModuleInterop: true,
          target: "ES2020",
        },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/wartenAufBedingungen.ts"],
};

const os = require("os");

/** @type {import('jest').Config} */
module.exports = {
  // jest's default is one worker less than cores: on 2 cores a single one, idle while a test file waits for
  // Chromium, LibreOffice or nginx. Every test file has its own temp folders and ports, so two run side by side.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  // Builds several files need alike are made once per run, in a folder of the run (tests/helpers/einmalGebaut.ts).
  globalSetup: "<rootDir>/tests/helpers/testlaufEinrichten.js",
  globalTeardown: "<rootDir>/tests/helpers/testlaufAufraeumen.js",
  // Browser and LibreOffice tests start real programs; they get their own, longer budgets inside.
  testTimeout: 30000,
  projects: [
    {
      ...gemeinsam,
      displayName: "unit",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "\\.(bundle|integration)\\.test\\.tsx?$"],
    },
    { ...gemeinsam, displayName: "bundle", testMatch: ["**/*.bundle.test.ts", "**/*.bundle.test.tsx"] },
    {
      ...gemeinsam,
      displayName: "integration",
      testMatch: ["**/*.integration.test.ts", "**/*.integration.test.tsx"],
    },
  ],
};
