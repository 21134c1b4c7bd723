/** The production build in dist/ ships neither the preview page nor HyperFormula (GPLv3). */
import * as fs from "fs";
import * as path from "path";
import { DIST } from "../helpers/ladeFunktionen";

describe("Produktions-Build (dist/)", () => {
  const dateien = fs.readdirSync(DIST);

  it("has the add-in and nothing of the preview", () => {
    expect(dateien).toEqual(expect.arrayContaining(["functions.js", "taskpane.html", "abnahme.html"]));
    // Content-hashed, so that a web server may cache them for a year (deploy/nginx).
    expect(dateien.filter((d) => /^(taskpane|abnahme)\.[0-9a-f]{20}\.js$/.test(d))).toHaveLength(2);
    expect(dateien.filter((d) => /preview/i.test(d))).toEqual([]);
  });

  it("contains no HyperFormula code", () => {
    const mitHyperFormula = dateien
      .filter((d) => /\.(js|html|json)$/.test(d))
      .filter((d) => /hyperformula/i.test(fs.readFileSync(path.join(DIST, d), "utf8")));
    expect(mitHyperFormula).toEqual([]);
  });
});
