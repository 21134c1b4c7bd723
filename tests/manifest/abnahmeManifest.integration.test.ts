/**
 * @jest-environment jsdom
 *
 * manifest-abnahme.xml, the acceptance add-in: valid against Microsoft's XSD, its own Id and name,
 * a task pane only (no custom functions: it checks the KI.* functions of the installed main add-in
 * through formulas, and a namespace belongs to one add-in), ReadWriteDocument, every resource it
 * names defined and present, every address on the dev server so that the build rewrites it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { nichtGelaufen } from "../helpers/ausgaben";
import { schemaDatei } from "./manifestPruefungen";

// Starts xmllint: a limit against a hang, not a speed test (the suite must pass on a busy machine).
jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, "../..");
// The same optional schema folder as for manifest.xml (README, "Voraussetzungen").
const ORDNER = path.resolve(ROOT, process.env.KI_MANIFEST_SCHEMAS || "../shared/schemas/addin-manifest");
const XSD = schemaDatei(ORDNER);
if (!XSD) {
  nichtGelaufen(
    "manifest-xsd",
    `XSD-Prüfung der Manifeste (kein OfficeAppManifestV1_1.xsd in ${ORDNER}; KI_MANIFEST_SCHEMAS setzen)`,
  );
}
const DEV_BASIS = "https://localhost:3000/";
const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function lies(datei: string): Document {
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, datei), "utf8"), "application/xml");
  if (doc.getElementsByTagName("parsererror")[0]) throw new Error(`${datei}: XML nicht lesbar`);
  return doc;
}

const alle = (d: Document | Element, ns: string, name: string) => Array.from(d.getElementsByTagNameNS(ns, name));
const text = (d: Document, name: string) => alle(d, APP, name)[0]?.textContent?.trim();
const wert = (d: Document, name: string) => alle(d, APP, name)[0]?.getAttribute("DefaultValue");

const doc = lies("manifest-abnahme.xml");
const haupt = lies("manifest.xml");
const xml = fs.readFileSync(path.join(ROOT, "manifest-abnahme.xml"), "utf8");

describe("manifest-abnahme.xml", () => {
  (XSD ? it : it.skip)("validates against the OfficeApp 1.1 schema (xmllint)", () => {
    const r = spawnSync("xmllint", ["--noout", "--schema", XSD ?? "", path.join(ROOT, "manifest-abnahme.xml")], {
      encoding: "utf8",
    });
    expect(r.error).toBeUndefined();
    expect({ status: r.status, meldung: r.stderr.trim() }).toEqual({
      status: 0,
      meldung: expect.stringMatching(/ validates$/),
    });
  });

  it("is its own add-in: another Id (a GUID) and the name KI-Kostenplaner Abnahmetest", () => {
    expect(text(doc, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(text(doc, "Id")).not.toBe(text(haupt, "Id"));
    expect(wert(doc, "DisplayName")).toBe("KI-Kostenplaner Abnahmetest");
    expect(text(doc, "DefaultLocale")).toBe("de-DE");
    expect(alle(doc, APP, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(text(doc, "Permissions")).toBe("ReadWriteDocument");
  });

  it("opens abnahme.html and registers no custom functions", () => {
    expect(wert(doc, "SourceLocation")).toBe(`${DEV_BASIS}abnahme.html`);
    const typen = alle(doc, OV, "ExtensionPoint").map((e) => e.getAttributeNS(XSI, "type"));
    expect(typen).toEqual(["PrimaryCommandSurface"]);
    expect(alle(doc, OV, "Namespace")).toEqual([]);
    expect(alle(doc, OV, "Runtimes")).toEqual([]);
  });

  it("defines every resource it references; every file it names is built or in assets/", () => {
    const ids = new Map(
      ["Image", "Url", "String"].flatMap((n) =>
        alle(doc, BT, n).map((e) => [e.getAttribute("id"), e.getAttribute("DefaultValue")]),
      ),
    );
    const referenziert = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(referenziert.filter((r) => !ids.has(r))).toEqual([]);
    const adressen = Array.from(
      xml.replace(/\sxmlns(?::[\w-]+)?="[^"]*"/g, "").matchAll(/https?:\/\/[^\s"'<>]+/g),
      (m) => m[0],
    );
    expect(adressen.filter((a) => !a.startsWith(DEV_BASIS))).toEqual([]);
    const dateien = [...new Set(adressen.map((a) => a.slice(DEV_BASIS.length)))];
    const gebaut = ["abnahme.html"];
    expect(dateien.filter((d) => !gebaut.includes(d) && !fs.existsSync(path.join(ROOT, "assets", d)))).toEqual([]);
  });
});
