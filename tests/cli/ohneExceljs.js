// Preloaded with `node --require` by the exit-code tests: loading exceljs fails, so a command that
// answers without exceljs proves it never loaded it.
"use strict";
const Module = require("module");
const laden = Module._load;
Module._load = function (anfrage, ...rest) {
  // Also the prebuilt file the CLI build loads (exceljs/dist/exceljs.min.js).
  if (anfrage === "exceljs" || anfrage.startsWith("exceljs/"))
    throw new Error("exceljs darf hier nicht geladen werden");
  return laden.call(this, anfrage, ...rest);
};
