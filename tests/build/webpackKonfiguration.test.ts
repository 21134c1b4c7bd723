/**
 * The preview page (fake host + HyperFormula, GPLv3) exists only in a development build: no mode,
 * flag or variable adds it to a production build.
 */
import * as path from "path";

type Konfiguration = { entry: Record<string, string>; plugins: Array<{ userOptions?: { filename?: string } }> };
const baue = require(path.resolve(__dirname, "../../webpack.config.js")) as (
  env: object,
  argv: { mode?: string },
) => Konfiguration;

const seiten = (k: Konfiguration) => k.plugins.map((p) => p.userOptions?.filename).filter(Boolean);

describe("webpack.config.js", () => {
  const vorher = { ...process.env };
  afterEach(() => {
    process.env = { ...vorher };
  });

  it("builds the preview in development mode", () => {
    const k = baue({}, { mode: "development" });
    expect(k.entry.preview).toBe("./devtools/preview/index.tsx");
    expect(seiten(k)).toContain("preview.html");
  });

  it.each([{}, { KI_PREVIEW: "1" }, { NODE_ENV: "development" }])(
    "leaves it out of a production build (env %j)",
    (env) => {
      Object.assign(process.env, env);
      for (const argv of [{ mode: "production" }, {}]) {
        const k = baue({}, argv);
        expect(Object.keys(k.entry).sort()).toEqual(["abnahme", "functions", "taskpane"]);
        expect(seiten(k)).not.toContain("preview.html");
        expect(seiten(k)).not.toContain("abnahme-vorschau.html");
      }
    },
  );
});
