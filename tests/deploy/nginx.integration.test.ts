/**
 * Hosting with a real web server: `npm run package` for a loopback base URL, the archive unpacked,
 * Debian's nginx started as the current user with deploy/nginx/ki-kostenplaner.conf (only the lines
 * marked ANPASSEN changed) and a self-signed certificate made here. Then the response headers per
 * file type, and both pages loaded in Chromium from it without a console error, with office.js
 * answered from node_modules/@microsoft/office-js instead of Microsoft's CDN.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { chromiumVorhanden, starteChromium, type LaufenderBrowser } from "../../devtools/browser/chromium";
import { nichtGelaufen } from "../helpers/ausgaben";

const WURZEL = path.resolve(__dirname, "../..");
const NGINX = "/usr/sbin/nginx";
const KONFIGURATION = path.join(WURZEL, "deploy/nginx/ki-kostenplaner.conf");
const OFFICE_JS = path.join(WURZEL, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const VERSION = (JSON.parse(fs.readFileSync(path.join(WURZEL, "package.json"), "utf8")) as { version: string }).version;

const vorhanden = fs.existsSync(NGINX) && chromiumVorhanden();
if (!vorhanden) {
  nichtGelaufen("nginx", `Hosting mit nginx (${NGINX} oder Chromium fehlt; Debian-Pakete nginx, chromium)`);
}
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

async function freierPort(): Promise<number> {
  return new Promise((fertig, fehler) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => fertig(port));
    });
    s.on("error", fehler);
  });
}

function fuehreAus(befehl: string, argumente: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(befehl, argumente, { cwd: WURZEL, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${befehl} ${argumente.join(" ")}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function entpacke(zipDatei: string, ziel: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipDatei));
  const namen = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const n of namen) {
    fs.mkdirSync(path.dirname(path.join(ziel, n)), { recursive: true });
    fs.writeFileSync(path.join(ziel, n), await zip.files[n].async("nodebuffer"));
  }
  return namen.sort();
}

/** The repository's configuration with only the ANPASSEN lines set for this test. */
function testKonfiguration(tmp: string, port: number, wurzel: string): string {
  const ersetzt = fs
    .readFileSync(KONFIGURATION, "utf8")
    .replace(/^\s*listen .*# ANPASSEN$/m, `    listen 127.0.0.1:${port} ssl;`)
    .replace(/^\s*server_name .*# ANPASSEN$/m, "    server_name 127.0.0.1;")
    .replace(/^\s*ssl_certificate .*# ANPASSEN$/m, `    ssl_certificate ${tmp}/zertifikat.pem;`)
    .replace(/^\s*ssl_certificate_key .*# ANPASSEN$/m, `    ssl_certificate_key ${tmp}/schluessel.pem;`)
    .replace(/^\s*root .*# ANPASSEN$/m, `    root ${wurzel};`);
  expect(ersetzt).not.toContain("# ANPASSEN");
  fs.writeFileSync(path.join(tmp, "ki-kostenplaner.conf"), ersetzt);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${tmp}/${t};`);
  return [
    "worker_processes 1;",
    "events { worker_connections 64; }",
    "http {",
    `  access_log ${tmp}/access.log;`,
    ...temp,
    `  include ${tmp}/ki-kostenplaner.conf;`,
    "}",
  ].join("\n");
}

interface Antwort {
  status: number;
  kopf: Record<string, string | string[] | undefined>;
}

function hole(url: string): Promise<Antwort> {
  return new Promise((fertig, fehler) => {
    https
      .get(url, { rejectUnauthorized: false }, (r) => {
        r.resume();
        r.on("end", () => fertig({ status: r.statusCode ?? 0, kopf: r.headers }));
      })
      .on("error", fehler);
  });
}

async function warteAufServer(url: string, nginx: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx beendet mit ${nginx.exitCode}`);
    try {
      await hole(url);
      return;
    } catch {
      await new Promise((f) => setTimeout(f, 100));
    }
  }
  throw new Error(`nginx antwortet nicht auf ${url}`);
}

/** The policy of the page's meta tag, as the browser reads it. */
function metaCsp(html: string): string {
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!m) throw new Error("keine CSP im meta-Tag");
  return m[1];
}

describe("npm run package", () => {
  it("refuses to build without ADDIN_BASE_URL and says how to call it", () => {
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    const r = spawnSync(process.execPath, ["scripts/paket.mjs", "--ziel", path.join(os.tmpdir(), "ki-paket-nie")], {
      cwd: WURZEL,
      env,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("ADDIN_BASE_URL fehlt");
  });
});

beschreibe("nginx mit deploy/nginx/ki-kostenplaner.conf", () => {
  let tmp = "";
  let basis = "";
  let web = "";
  let dateien: string[] = [];
  let nginx: ChildProcess;
  let fehlerlog = "";

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ki-nginx-"));
    const port = await freierPort();
    basis = `https://127.0.0.1:${port}/`;
    fuehreAus(process.execPath, ["scripts/paket.mjs", "--ziel", path.join(tmp, "paket")], {
      ...process.env,
      ADDIN_BASE_URL: basis,
    });
    dateien = await entpacke(path.join(tmp, "paket", `ki-kostenplaner-${VERSION}.zip`), path.join(tmp, "inhalt"));
    web = path.join(tmp, "inhalt", "dist");
    fuehreAus("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-keyout",
      path.join(tmp, "schluessel.pem"),
      "-out",
      path.join(tmp, "zertifikat.pem"),
    ]);
    fs.writeFileSync(path.join(tmp, "nginx.conf"), testKonfiguration(tmp, port, web));
    fehlerlog = path.join(tmp, "error.log");
    // master_process off: one process as the current user, which never switches to another user.
    nginx = spawn(
      NGINX,
      [
        "-p",
        tmp,
        "-c",
        path.join(tmp, "nginx.conf"),
        "-e",
        fehlerlog,
        "-g",
        `daemon off; master_process off; pid ${tmp}/nginx.pid; error_log ${fehlerlog};`,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    await warteAufServer(basis, nginx);
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const ende = new Promise((f) => nginx.once("exit", f));
      nginx.kill("SIGQUIT");
      await ende;
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("packs the build, both manifests for the base URL and the nginx configuration", () => {
    expect(dateien).toEqual(
      expect.arrayContaining([
        "LIESMICH.txt",
        "nginx/ki-kostenplaner.conf",
        "dist/manifest.xml",
        "dist/manifest-abnahme.xml",
        "dist/taskpane.html",
        "dist/abnahme.html",
        "dist/functions.js",
        "dist/functions.json",
      ]),
    );
    for (const m of ["manifest.xml", "manifest-abnahme.xml"]) {
      const xml = fs.readFileSync(path.join(web, m), "utf8");
      expect(xml).toContain(`${basis}icon-32.png`);
      expect(xml).not.toContain("localhost");
    }
  });

  it("sends the page's own Content-Security-Policy as a header, on every page", async () => {
    for (const seite of ["taskpane.html", "abnahme.html"]) {
      const a = await hole(basis + seite);
      expect(a.status).toBe(200);
      expect(a.kopf["content-security-policy"]).toBe(metaCsp(fs.readFileSync(path.join(web, seite), "utf8")));
    }
  });

  it("caches hashed scripts for a year and revalidates everything Office asks for by name", async () => {
    const gehasht = fs.readdirSync(web).filter((d) => /\.[0-9a-f]{20}\.js$/.test(d));
    // The pages' entry scripts and the chunks they load later (sections, sheet builder, Word text).
    expect(gehasht.filter((d) => /^(taskpane|abnahme)\./.test(d))).toHaveLength(2);
    const erwartet: Array<[string, string, RegExp]> = [
      ...gehasht.map((d): [string, string, RegExp] => [
        d,
        "public, max-age=31536000, immutable",
        /^text\/javascript; charset=utf-8$/,
      ]),
      ["taskpane.html", "no-cache", /^text\/html; charset=utf-8$/],
      ["abnahme.html", "no-cache", /^text\/html; charset=utf-8$/],
      ["manifest.xml", "no-cache", /^application\/xml; charset=utf-8$/],
      ["manifest-abnahme.xml", "no-cache", /^application\/xml; charset=utf-8$/],
      ["functions.json", "no-cache", /^application\/json; charset=utf-8$/],
      ["functions.js", "no-cache", /^text\/javascript; charset=utf-8$/],
      ["icon-32.png", "public, max-age=86400", /^image\/png$/],
    ];
    for (const [datei, cache, typ] of erwartet) {
      const a = await hole(basis + datei);
      expect({ datei, status: a.status, cache: a.kopf["cache-control"] }).toEqual({ datei, status: 200, cache });
      expect({ datei, typ: a.kopf["content-type"] }).toEqual({ datei, typ: expect.stringMatching(typ) });
      expect(a.kopf["x-content-type-options"]).toBe("nosniff");
    }
    expect((await hole(basis + "gibt-es-nicht.js")).status).toBe(404);
  });

  describe("im Browser", () => {
    let browser: LaufenderBrowser;
    beforeAll(async () => {
      browser = await starteChromium({ zertifikatsfehlerIgnorieren: true });
    });
    afterAll(async () => {
      await browser?.schliesse();
    });

    it.each(["taskpane.html", "abnahme.html"])("loads %s over https without a console error", async (seiteName) => {
      const seite = await browser.neueSeite();
      const fehler: string[] = [];
      seite.on("pageerror", (e) => fehler.push(e.message));
      seite.on("console", (m) => {
        if (m.type() === "error") fehler.push(m.text());
      });
      seite.on("response", (r) => {
        if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) fehler.push(`${r.status()} ${r.url()}`);
      });
      await seite.route(`${CDN}**`, async (route) => {
        const name = new URL(route.request().url()).pathname.slice(new URL(CDN).pathname.length).toLowerCase();
        const datei = path.resolve(OFFICE_JS, name);
        if (!datei.startsWith(OFFICE_JS + path.sep) || !fs.existsSync(datei))
          return route.fulfill({ status: 404, body: "" });
        return route.fulfill({ path: datei, contentType: "text/javascript" });
      });
      await seite.goto(basis + seiteName);
      // Outside Office, office.js reports no host: the page says it works only in Excel.
      await seite.getByText("funktioniert nur in Excel").waitFor({ timeout: 30_000 });
      expect(fehler).toEqual([]);
      await seite.close();
    });
  });
});
