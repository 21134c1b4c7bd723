/**
 * manifest.xml as Office reads it: valid against Microsoft's XSD (when the schema folder is there), a
 * shared runtime that task pane and custom functions both use, namespace KI, nothing but
 * ReadWriteDocument, and every resource it names actually present. Then the deployment path: a
 * production build for a real base URL must rewrite every address and still validate, and a base URL
 * Office cannot use must stop the build. Used by the two manifest test files (with and without XSD).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PROD_BASIS, produktionsBuild as einmalProduktionsBuild } from "../helpers/einmalGebaut";

const ROOT = path.resolve(__dirname, "../..");
const DEV_BASIS = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

function xmllint(xsd: string, datei: string): void {
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, datei], { encoding: "utf8" });
  if (r.error) throw new Error(`xmllint nicht ausführbar (Debian-Paket libxml2-utils): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${datei} ist nicht schemagültig:\n${r.stdout}${r.stderr}`);
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const fehler = doc.getElementsByTagName("parsererror")[0];
  if (fehler) throw new Error(`XML nicht lesbar: ${fehler.textContent}`);
  return doc;
}

const alle = (doc: Document | Element, ns: string, name: string): Element[] =>
  Array.from(doc.getElementsByTagNameNS(ns, name));

function eines(doc: Document | Element, ns: string, name: string): Element {
  const treffer = alle(doc, ns, name);
  if (treffer.length !== 1) throw new Error(`erwartet genau ein <${name}>, gefunden: ${treffer.length}`);
  return treffer[0];
}

const kinder = (e: Element): Element[] => Array.from(e.children);
const xsiTyp = (e: Element): string | null => e.getAttributeNS(NS.xsi, "type");

/** Resource id → DefaultValue, over bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings. */
function ressourcen(doc: Document): Map<string, string> {
  const m = new Map<string, string>();
  for (const name of ["Image", "Url", "String"]) {
    for (const e of alle(eines(doc, NS.ov, "Resources"), NS.bt, name)) {
      const id = e.getAttribute("id");
      if (id) m.set(id, e.getAttribute("DefaultValue") ?? "");
    }
  }
  return m;
}

/** Every address in the manifest, without XML namespace names and comments. */
function adressen(xml: string): string[] {
  const ohne = xml.replace(/\sxmlns(?::[\w-]+)?="[^"]*"/g, "").replace(/<!--[\s\S]*?-->/g, "");
  return Array.from(ohne.matchAll(/https?:\/\/[^\s"'<>]+/g), (m) => m[0]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngGroesse(datei: string): { breite: number; hoehe: number } {
  const b = fs.readFileSync(datei);
  if (b.toString("latin1", 1, 4) !== "PNG" || b.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${datei} ist kein PNG`);
  }
  return { breite: b.readUInt32BE(16), hoehe: b.readUInt32BE(20) };
}

const REPO_MANIFEST = path.join(ROOT, "manifest.xml");
const xml = fs.readFileSync(REPO_MANIFEST, "utf8");

/** The main schema file in a folder of Microsoft's manifest XSDs, or null when the folder lacks it. */
export function schemaDatei(ordner: string): string | null {
  const datei = path.join(ordner, "OfficeAppManifestV1_1.xsd");
  return fs.existsSync(datei) ? datei : null;
}

/**
 * Every check of manifest.xml. With `xsd` null (schema folder absent) the XSD validation is left out
 * and says so; the checks the project owns run either way. `mitBuild` adds the production-build checks.
 */
export function pruefeManifest(xsd: string | null, mitBuild: boolean): void {
  const doc = parse(xml);
  const res = ressourcen(doc);
  const host = eines(doc, NS.ov, "Host");

  describe(`manifest.xml im Repository (${xsd ? "mit" : "ohne"} XSD)`, () => {
    // Without the schema folder the check is not registered at all: the caller notes it for the summary
    // of `npm test` (manifest.integration.test.ts), or leaves it out by design (manifestOhneSchema).
    if (xsd) {
      it("validates against the OfficeApp 1.1 schema (xmllint)", () => {
        expect(() => xmllint(xsd, REPO_MANIFEST)).not.toThrow();
      });
    }

    eigenePruefungen(doc, res, host);
  });
  if (mitBuild) produktionsBuild(xsd);
}

function eigenePruefungen(doc: Document, res: Map<string, string>, host: Element): void {
  it("is well-formed XML with the OfficeApp namespace", () => {
    expect(() => parse(xml)).not.toThrow();
    expect(() => parse(xml.replace("</OfficeApp>", ""))).toThrow(/XML nicht lesbar/);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.namespaceURI).toBe(NS.app);
  });

  it("keeps every resource id within 32 characters, as the schema allows", () => {
    const ids = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
      ["id", "resid"].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null),
    );
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("names only https addresses", () => {
    const a = adressen(xml);
    expect(a.length).toBeGreaterThan(5);
    expect(a.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("has a version of one to four dot-separated numbers", () => {
    expect(eines(doc, NS.app, "Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it("is a task pane add-in for Excel with a German default locale and name", () => {
    expect(doc.documentElement.namespaceURI).toBe(NS.app);
    expect(xsiTyp(doc.documentElement)).toBe("TaskPaneApp");
    expect(eines(doc, NS.app, "DefaultLocale").textContent).toBe("de-DE");
    expect(eines(doc, NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("KI-Kostenplaner");
    expect(alle(eines(doc, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(eines(doc, NS.app, "Version").textContent).toBe("1.0.0.0");
  });

  it("asks for exactly ReadWriteDocument, nothing broader", () => {
    expect(eines(doc, NS.app, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime and the custom functions runtime", () => {
    const sets = alle(eines(doc, NS.app, "Requirements"), NS.app, "Set").map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.3", "ExcelApi 1.9"]));
  });

  it("declares the long-lived runtime as the first child of the Workbook host", () => {
    expect(xsiTyp(host)).toBe("Workbook");
    const erstes = kinder(host)[0];
    expect(erstes.localName).toBe("Runtimes");
    const runtimes = kinder(erstes);
    expect(runtimes.map((r) => [r.localName, r.getAttribute("resid"), r.getAttribute("lifetime")])).toEqual([
      ["Runtime", "Taskpane.Url", "long"],
    ]);
  });

  it("runs task pane, function page, function file and ribbon button in that one runtime", () => {
    const runtime = eines(host, NS.ov, "Runtime").getAttribute("resid");
    const cf = alle(host, NS.ov, "ExtensionPoint").find((e) => xsiTyp(e) === "CustomFunctions");
    if (!cf) throw new Error("kein ExtensionPoint CustomFunctions");
    const quelle = (eltern: string) => eines(eines(cf, NS.ov, eltern), NS.ov, "SourceLocation").getAttribute("resid");
    expect(quelle("Page")).toBe(runtime);
    expect(quelle("Script")).toBe("Functions.Script.Url");
    expect(quelle("Metadata")).toBe("Functions.Metadata.Url");
    expect(eines(host, NS.ov, "FunctionFile").getAttribute("resid")).toBe(runtime);
    const aktion = alle(host, NS.ov, "Action").find((a) => xsiTyp(a) === "ShowTaskpane");
    if (!aktion) throw new Error("keine Schaltfläche mit ShowTaskpane");
    expect(eines(aktion, NS.ov, "SourceLocation").getAttribute("resid")).toBe(runtime);
    expect(eines(aktion, NS.ov, "TaskpaneId").textContent).toBeTruthy();
    expect(res.get(runtime ?? "")).toBe(eines(doc, NS.app, "SourceLocation").getAttribute("DefaultValue"));
  });

  it("registers the functions under namespace KI", () => {
    const ns = eines(host, NS.ov, "Namespace").getAttribute("resid") ?? "";
    expect(res.get(ns)).toBe("KI");
  });

  it("puts a button in its own group KI-Kostenplaner on the Start tab, labelled in German", () => {
    const tab = eines(host, NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const gruppe = eines(tab, NS.ov, "Group");
    expect(res.get(kinder(gruppe)[0].getAttribute("resid") ?? "")).toBe("KI-Kostenplaner");
    const knopf = eines(gruppe, NS.ov, "Control");
    expect(xsiTyp(knopf)).toBe("Button");
    const tooltip = res.get(eines(knopf, NS.ov, "Description").getAttribute("resid") ?? "") ?? "";
    expect(tooltip).toMatch(/Aufgabenbereich/);
  });

  it("defines every resource id it references, and the functions script URL in the order the test loader reads it", () => {
    const referenziert = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((e) => e.getAttribute("resid"))
        .filter((r): r is string => r !== null),
    );
    expect([...referenziert].filter((r) => !res.has(r))).toEqual([]);
    expect(xml).toMatch(
      /<bt:Url id="Functions\.Script\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.js"\/>/,
    );
    expect(xml).toMatch(
      /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.json"/,
    );
  });

  it("points only at the dev server, so that the production rewrite catches every address", () => {
    const a = adressen(xml);
    expect(a.length).toBeGreaterThan(5);
    expect(a.filter((u) => !u.startsWith(DEV_BASIS))).toEqual([]);
  });

  it("names icons that exist in assets/ with the size Office expects", () => {
    const erwartet: Array<[string, number]> = [
      [eines(doc, NS.app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [eines(doc, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const bild of alle(host, NS.bt, "Image")) {
      erwartet.push([res.get(bild.getAttribute("resid") ?? "") ?? "", Number(bild.getAttribute("size"))]);
    }
    expect(new Set(erwartet.map(([, g]) => g))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, groesse] of erwartet) {
      expect(url.startsWith(DEV_BASIS)).toBe(true);
      const datei = path.join(ROOT, "assets", url.slice(DEV_BASIS.length));
      expect({ url, ...pngGroesse(datei) }).toEqual({ url, breite: groesse, hoehe: groesse });
    }
  });
}

function webpack(basis: string, ziel: string) {
  return spawnSync(
    path.join(ROOT, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", ziel],
    { cwd: ROOT, env: { ...process.env, ADDIN_BASE_URL: basis }, encoding: "utf8" },
  );
}

function produktionsBuild(xsd: string | null): void {
  describe(`Produktions-Build mit ADDIN_BASE_URL=${PROD_BASIS}`, () => {
    let prodXml = "";
    let prodDist = "";
    let prodDatei = "";

    beforeAll(async () => {
      // Made once per jest run (tests/build/netzwerk.bundle.test.ts checks the same build).
      prodDist = await einmalProduktionsBuild();
      prodDatei = path.join(prodDist, "manifest.xml");
      prodXml = fs.readFileSync(prodDatei, "utf8");
      // A whole webpack build: on a busy machine it may take minutes; the limit only guards against a hang.
    }, 600_000);

    it("leaves no localhost anywhere in the built manifests", () => {
      expect(prodXml).not.toMatch(/localhost/i);
      expect(fs.readFileSync(path.join(prodDist, "manifest-abnahme.xml"), "utf8")).not.toMatch(/localhost/i);
    });

    it("starts every address with the base URL", () => {
      const a = adressen(prodXml);
      expect(a.length).toBe(adressen(xml).length);
      expect(a.filter((u) => !u.startsWith(PROD_BASIS))).toEqual([]);
    });

    (xsd ? it : it.skip)("still validates against the schema, the acceptance manifest too", () => {
      for (const m of [prodDatei, path.join(prodDist, "manifest-abnahme.xml")]) {
        expect(() => xmllint(xsd ?? "", m)).not.toThrow();
      }
    });

    it("ships every file the manifest names (scripts, pages, metadata, icons, help page)", () => {
      const dateien = [...new Set(adressen(prodXml).map((u) => u.slice(PROD_BASIS.length)))];
      expect(dateien).toEqual(
        expect.arrayContaining(["functions.js", "functions.json", "taskpane.html", "hilfe.html", "icon-16.png"]),
      );
      expect(dateien.filter((d) => !fs.existsSync(path.join(prodDist, d)))).toEqual([]);
    });

    it("keeps the development preview out of the deployment", () => {
      expect(fs.existsSync(path.join(prodDist, "preview.html"))).toBe(false);
    });
  });

  describe("ADDIN_BASE_URL, die Office nicht laden kann", () => {
    it.each([
      ["http statt https", "http://intranet.example/ki/"],
      ["Query-Teil, der im XML als & stünde", "https://intranet.example/ki/?a=1&b=2"],
      ["kein Host", "https:///ki/"],
    ])("stops the build with a clear message (%s)", (_, basis) => {
      const r = webpack(basis, path.join(ROOT, ".tmp", "manifest-ungueltig"));
      expect(r.status).not.toBe(0);
      expect(`${r.stdout}${r.stderr}`).toContain(`ADDIN_BASE_URL muss eine https-URL`);
      expect(`${r.stdout}${r.stderr}`).toContain(basis);
    });
  });
}
