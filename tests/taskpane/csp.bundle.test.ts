/**
 * @jest-environment jsdom
 *
 * The Content-Security-Policy of the BUILT task pane: scripts only from the add-in's own origin and
 * the office.js CDN, nothing from any other host, no eval, no plugins.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST } from "../helpers/ladeFunktionen";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Every source expression the policy may contain, and the directives allowed to use it. Anything
 * else (a host, a wildcard, 'unsafe-eval', 'strict-dynamic', blob:) fails the test.
 */
const ERLAUBT: Record<string, readonly string[]> = {
  "'self'": ["default-src", "script-src", "style-src", "img-src", "font-src", "connect-src", "base-uri"],
  "'none'": ["object-src", "form-action", "frame-src", "worker-src", "media-src"],
  // Fluent UI injects <style> elements and style attributes at run time.
  "'unsafe-inline'": ["style-src"],
  // Inline SVG/PNG icons as data: URIs; data: is not a network request.
  "data:": ["img-src"],
  // office.js and the host-specific scripts it loads from the same CDN.
  [OFFICE_CDN]: ["script-src"],
};

function ladeSeite(): Document {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return new DOMParser().parseFromString(html, "text/html");
}

function cspMetas(doc: Document): HTMLMetaElement[] {
  return Array.from(doc.querySelectorAll("meta")).filter(
    (m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
}

/** Directives by name; a repeated directive is listed in `doppelt` (browsers ignore the repeat). */
function direktiven(policy: string): { d: Map<string, string[]>; doppelt: string[] } {
  const d = new Map<string, string[]>();
  const doppelt: string[] = [];
  for (const teil of policy.split(";")) {
    const [name, ...quellen] = teil.trim().split(/\s+/);
    if (!name) continue;
    if (d.has(name.toLowerCase())) doppelt.push(name);
    d.set(name.toLowerCase(), quellen);
  }
  return { d, doppelt };
}

describe("Content-Security-Policy in dist/taskpane.html", () => {
  const doc = ladeSeite();
  const metas = cspMetas(doc);
  const policy = metas[0]?.getAttribute("content") ?? "";
  const { d, doppelt } = direktiven(policy);

  it("has exactly one CSP meta tag, in <head>, before every script", () => {
    expect(metas).toHaveLength(1);
    expect(metas[0].parentElement?.tagName).toBe("HEAD");
    for (const s of Array.from(doc.querySelectorAll("script"))) {
      // DOCUMENT_POSITION_FOLLOWING: the script comes after the policy, so the policy applies to it.
      expect(metas[0].compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it("restricts everything to 'self' by default and scripts to 'self' + the office.js CDN", () => {
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect([...(d.get("script-src") ?? [])].sort()).toEqual(["'self'", OFFICE_CDN].sort());
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(doppelt).toEqual([]);
  });

  it("contains no wildcard, no other host and no eval", () => {
    expect(policy).not.toMatch(/\*/);
    expect(policy).not.toMatch(
      /unsafe-eval|strict-dynamic|blob:|filesystem:|https?:(?!\/\/appsforoffice\.microsoft\.com)/,
    );
    for (const [name, quellen] of d) {
      for (const q of quellen) {
        expect({ direktive: name, quelle: q, erlaubt: ERLAUBT[q]?.includes(name) ?? false }).toEqual({
          direktive: name,
          quelle: q,
          erlaubt: true,
        });
      }
    }
  });

  it("allows every script the page loads: own files and office.js only, no inline script", () => {
    const skripte = Array.from(doc.querySelectorAll("script"));
    expect(skripte.length).toBeGreaterThan(0);
    for (const s of skripte) {
      const src = s.getAttribute("src");
      expect(src).toBeTruthy(); // inline scripts would be blocked by the policy
      const url = new URL(src as string, "https://addin.invalid/");
      expect(["https://addin.invalid", OFFICE_CDN]).toContain(url.origin);
    }
    expect(skripte.map((s) => s.getAttribute("src"))).toContain(`${OFFICE_CDN}/lib/1/hosted/office.js`);
  });

  it("loads no stylesheet, icon or font from another host", () => {
    for (const el of Array.from(doc.querySelectorAll("link[href], img[src], iframe[src]"))) {
      const ziel = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
      expect(new URL(ziel, "https://addin.invalid/").origin).toBe("https://addin.invalid");
    }
  });
});
