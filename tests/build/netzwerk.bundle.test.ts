/**
 * No network traffic besides office.js: every URL in the production bundle (js, html, json) must
 * be on the allow-list below, and the manifest may point only at the add-in's own origin.
 */
import * as fs from "fs";
import * as path from "path";
import { PROD_BASIS, produktionsBuild } from "../helpers/einmalGebaut";
import { DIST } from "../helpers/ladeFunktionen";

/**
 * Hosts that may appear in bundle text, each with the reason it causes no request.
 * Everything else fails the test, including Microsoft's font and icon CDNs.
 */
const ERLAUBTE_HOSTS: Record<string, string> = {
  // The one network source: office.js, loaded by <script> in taskpane.html (and allowed by the CSP).
  "appsforoffice.microsoft.com": "office.js",
  // XML namespace names (XHTML, SVG, MathML, XLink, XML) that React DOM passes to createElementNS:
  // identifiers, never fetched.
  "www.w3.org": "XML-Namensräume in React DOM",
  // Link text inside React's minified production error messages ("visit https://reactjs.org/docs/
  // error-decoder.html?invariant=…"): printed to the console, never requested.
  "reactjs.org": "Text in React-Fehlermeldungen",
  // Link text inside Fluent UI's console warning about unregistered icons ("See https://github.com/
  // microsoft/fluentui/wiki/Using-icons"): printed, never requested.
  "github.com": "Text in einer Fluent-UI-Konsolenwarnung",
  // The Word writer (docx library, a chunk loaded only for "Text für die Vorlage"): OOXML and Dublin
  // Core namespace names written into the .docx, identifiers that are never fetched …
  "schemas.openxmlformats.org": "OOXML-Namensräume in der Word-Datei",
  "schemas.microsoft.com": "Office-Namensräume in der Word-Datei",
  "purl.org": "Dublin-Core-Namensräume in der Word-Datei",
  "purl.oclc.org": "Strict-OOXML-Namensräume, die der Word-Schreiber erkennt",
  // … and link text inside one of its error messages (more than 9 list levels), never requested.
  "answers.microsoft.com": "Text in einer Fehlermeldung der docx-Bibliothek",
  // Citations of built-in figures (src/core/quellen.ts): written as text into the source notes of the
  // sheets and the Word text so a reader can look them up; the add-in never requests them.
  "www.gesetze-im-internet.de": "Quellenangabe: AGebV (Satztabelle BUND-AGEBV-2021)",
  "www.kfi.nrw.de": "Quellenangabe: Förderseite der Bezirksregierung Arnsberg 2016/17 (Richtlinie 2012)",
  "www.lum.nrw.de": "Quellenangabe: Förderseite der Bezirksregierung Arnsberg 2018–2020 (Richtlinie 2018)",
};

const URL_MUSTER = /https?:\/\/[^\s"'`<>()\\]+/g;

interface Fund {
  datei: string;
  url: string;
  host: string;
}

function urlsIn(datei: string): Fund[] {
  const text = fs.readFileSync(path.join(DIST, datei), "utf8");
  return Array.from(text.matchAll(URL_MUSTER), (m) => {
    const url = m[0];
    // Concatenated strings such as "https://"+host leave no host behind; report them as such.
    const host = /^https?:\/\/([A-Za-z0-9.-]*)/.exec(url)?.[1] ?? "";
    return { datei, url, host: host || "(zusammengesetzt)" };
  });
}

function bundleDateien(): string[] {
  return fs
    .readdirSync(DIST)
    .filter((f) => /\.(js|mjs|html|json)$/.test(f))
    .sort();
}

describe("Netzwerkzugriffe im Produktions-Bundle", () => {
  it("scans the bundle files Excel loads (functions.js, functions.json, taskpane.*)", () => {
    expect(bundleDateien()).toEqual(expect.arrayContaining(["functions.js", "functions.json", "taskpane.html"]));
  });

  it("contains no URL of a host outside the allow-list", () => {
    const fremd = bundleDateien()
      .flatMap(urlsIn)
      .filter((f) => !(f.host in ERLAUBTE_HOSTS))
      .map((f) => `${f.datei}: ${f.url}`);
    expect(fremd).toEqual([]);
  });

  it("loads office.js only over https from the official CDN path", () => {
    const office = urlsIn("taskpane.html")
      .filter((f) => f.host === "appsforoffice.microsoft.com")
      .map((f) => f.url.replace(/;$/, ""));
    // The script tag, and the bare origin in the CSP's script-src.
    expect(office).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    for (const u of office) {
      expect([
        "https://appsforoffice.microsoft.com",
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      ]).toContain(u);
    }
  });

  it("keeps office.js out of functions.js: custom functions load nothing themselves", () => {
    // Only namespace names and the citations of built-in figures (text in source notes) may appear.
    const text = (h: string) => h === "www.w3.org" || ERLAUBTE_HOSTS[h]?.startsWith("Quellenangabe");
    expect(urlsIn("functions.js").filter((f) => !text(f.host))).toEqual([]);
  });
});

/** URLs in a manifest that are XML namespace names (xmlns / xsi:type values), not addresses. */
function adressenImManifest(xml: string): string[] {
  const ohneNamensraeume = xml.replace(/\sxmlns(?::[\w-]+)?="[^"]*"/g, "").replace(/<!--[\s\S]*?-->/g, "");
  return Array.from(ohneNamensraeume.matchAll(URL_MUSTER), (m) => m[0]);
}

describe("Adressen im Manifest", () => {
  const BASIS = PROD_BASIS;
  let manifest = "";

  beforeAll(async () => {
    // A production build for a real deployment: every dev URL must be rewritten to its base URL. Made once
    // per jest run (the manifest tests check the same build).
    const ziel = await produktionsBuild();
    manifest = fs.readFileSync(path.join(ziel, "manifest.xml"), "utf8");
    // A whole webpack build: on a busy machine it may take minutes; the limit only guards against a hang.
  }, 600_000);

  it("points every address at the deployment's base URL, never at localhost", () => {
    const adressen = adressenImManifest(manifest);
    expect(adressen.length).toBeGreaterThan(0);
    expect(manifest).not.toMatch(/localhost/);
    // SupportUrl is a link the user may follow, not something Office loads; it must still be https.
    const geladen = adressen.filter((a) => !manifest.includes(`<SupportUrl DefaultValue="${a}"`));
    expect(geladen.filter((a) => !a.startsWith(BASIS))).toEqual([]);
    expect(adressen.filter((a) => !a.startsWith("https://"))).toEqual([]);
  });

  it("uses http:// only for XML namespace names", () => {
    const namensraeume = Array.from(manifest.matchAll(/\sxmlns(?::[\w-]+)?="([^"]*)"/g), (m) => m[1]);
    for (const n of namensraeume) expect(n).toMatch(/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//);
  });
});
