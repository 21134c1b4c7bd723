/**
 * One policy: the Content-Security-Policy nginx sends (deploy/nginx) is the one in the pages' meta tag
 * (src/taskpane/taskpane.html, the template of taskpane.html and abnahme.html). Changing one without
 * the other fails here, before any build; the nginx test compares the served header with the built page.
 */
import * as fs from "fs";
import * as path from "path";

const WURZEL = path.resolve(__dirname, "../..");

function metaCsp(): string {
  const html = fs.readFileSync(path.join(WURZEL, "src/taskpane/taskpane.html"), "utf8");
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error("taskpane.html: kein CSP-meta-Tag");
  return m[1];
}

function nginxCsp(): string[] {
  const conf = fs.readFileSync(path.join(WURZEL, "deploy/nginx/ki-kostenplaner.conf"), "utf8");
  return Array.from(conf.matchAll(/^\s*add_header Content-Security-Policy "([^"]+)" always;$/gm), (m) => m[1]);
}

describe("Content-Security-Policy", () => {
  it("is sent by nginx exactly once, and exactly as the meta tag of the pages", () => {
    expect(nginxCsp()).toEqual([metaCsp()]);
  });

  it("allows scripts only from the own origin and the office.js CDN", () => {
    expect(metaCsp()).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(metaCsp()).toContain("default-src 'self'");
  });
});
