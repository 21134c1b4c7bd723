/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
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
  // Browser and LibreOffice tests start real programs; they get their own, longer budgets inside.
  testTimeout: 30000,
};
