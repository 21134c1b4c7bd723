/**
 * Builds that several test files need alike are made once per jest run, not once per file: the
 * development bundle the preview pages are served from, and one production build for a deployment
 * base URL. jest.config.js's global setup (tests/helpers/testlaufEinrichten.js) gives each run its own folder
 * below .tmp/; the first worker that asks for a build takes its lock (an atomic mkdir) and builds,
 * every other worker waits until the build is there or has failed — on the condition, never on a time.
 * Nothing in a finished build is written to afterwards; tests read it and serve it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const WURZEL = path.resolve(__dirname, "../..");
const WEBPACK = require.resolve("webpack-cli/bin/cli.js");

/** The folder of this jest run (set by the global setup); outside it, one per process. */
function laufOrdner(): string {
  return process.env.KI_TESTLAUF_ORDNER ?? path.join(WURZEL, ".tmp", `testlauf-${process.pid}`);
}

function fehlerText(e: unknown): string {
  const f = e as { message?: string; stdout?: Buffer | string; stderr?: Buffer | string };
  return [f.message ?? String(e), f.stdout?.toString() ?? "", f.stderr?.toString() ?? ""].join("\n");
}

/**
 * The folder `name` below this run's folder, built by `baue(ziel)` exactly once per run. A failed build
 * fails every test file that asked for it, each with webpack's output.
 */
export async function einmalGebaut(name: string, baue: (ziel: string) => void): Promise<string> {
  const ziel = path.join(laufOrdner(), name);
  const fertig = `${ziel}.fertig`;
  const fehler = `${ziel}.fehler`;
  fs.mkdirSync(laufOrdner(), { recursive: true });
  let meins = true;
  try {
    fs.mkdirSync(`${ziel}.sperre`);
  } catch {
    meins = false;
  }
  if (meins) {
    try {
      baue(ziel);
      fs.writeFileSync(fertig, "");
    } catch (e) {
      fs.writeFileSync(fehler, fehlerText(e));
    }
  }
  // Another worker builds: wait until it is done (the test's own limit guards against a hang).
  while (!fs.existsSync(fertig) && !fs.existsSync(fehler)) await new Promise((r) => setTimeout(r, 100));
  if (fs.existsSync(fehler)) throw new Error(`Build ${name} fehlgeschlagen:\n${fs.readFileSync(fehler, "utf8")}`);
  return ziel;
}

function webpack(argumente: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(process.execPath, [WEBPACK, ...argumente], { cwd: WURZEL, env, stdio: "pipe" });
}

/** The development bundle (preview pages over the fake host), as `npm start` builds it. */
export function entwicklungsBuild(): Promise<string> {
  return einmalGebaut("entwicklung", (ziel) => webpack(["--mode", "development", "--output-path", ziel]));
}

/** The base URL of the one production build for a deployment that the tests check. */
export const PROD_BASIS = "https://intranet.example/ki/";

/** A production build with ADDIN_BASE_URL=PROD_BASIS, as `npm run package` builds it for a server. */
export function produktionsBuild(): Promise<string> {
  return einmalGebaut("produktion", (ziel) =>
    webpack(["--mode", "production", "--output-path", ziel], { ...process.env, ADDIN_BASE_URL: PROD_BASIS }),
  );
}
