// Start-up of the production task pane (dist/taskpane.html) in headless Chromium with 4× CPU
// throttling, for suites/start.mjs. dist/ is served over http from 127.0.0.1; the office.js CDN
// is unreachable here, so every request to it is answered from node_modules/@microsoft/office-js
// (Microsoft's own files, the same that the CDN serves). Every other host is blocked and recorded.
//
// The page is observed from inside (init script, before any page script), times are
// performance.now() of the page, i.e. milliseconds since the navigation started:
//   onReady      Office.onReady fired (callback registered right after office.js ran)
//   ersterInhalt #root has its first child (React's first commit)
//   vorlage      the "Vorlage" dropdown is there and not disabled
//   einfuegen    the button "In Arbeitsmappe einfügen" is there and enabled = FIRST INTERACTIVE RENDER
// A run ends when the button is ready, when the page has been quiet for RUHE_MS after office.js
// is ready (nothing more will come: the report says how far it got and why), or after LIMIT_MS.
/* global window, document, performance, MutationObserver -- beobachter(), excelErsatz() and the
   seite.evaluate() callbacks run inside the page, not in Node. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

// The project's one browser launcher and static server (TypeScript, loaded through tsx).
const chromiumModul = await tsImport("../devtools/browser/chromium.ts", import.meta.url);
const serverModul = await tsImport("../devtools/browser/statischerServer.ts", import.meta.url);
export const CHROMIUM = chromiumModul.CHROMIUM;
export const CPU_DROSSELUNG = 4;
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const EINFUEGEN_TEXT = "In Arbeitsmappe einfügen";
const RUHE_MS = 2000;
const LIMIT_MS = 20_000;

/** Runs in the page before any of its scripts: records the milestones and what goes wrong. */
function beobachter(einfuegenText) {
  const m = {
    onReady: null,
    host: undefined,
    ersterInhalt: null,
    vorlage: null,
    einfuegen: null,
    letzteAenderung: 0,
    fehler: [],
    csp: [],
    excelRun: 0,
    syncs: 0,
  };
  window.__kiStart = m;
  const jetzt = () => performance.now();
  window.addEventListener("error", (e) => m.fehler.push({ t: jetzt(), text: String(e.message) }));
  window.addEventListener("unhandledrejection", (e) =>
    m.fehler.push({
      t: jetzt(),
      text: `unbehandelt: ${String(e.reason && e.reason.message ? e.reason.message : e.reason)}`,
    }),
  );
  document.addEventListener("securitypolicyviolation", (e) =>
    m.csp.push(`${e.effectiveDirective} ${e.blockedURI || "(inline)"}`),
  );
  const bedienbar = (el) => !el.disabled && el.getAttribute("aria-disabled") !== "true";
  const pruefe = () => {
    m.letzteAenderung = jetzt();
    const root = document.getElementById("root");
    if (m.ersterInhalt === null && root && root.childElementCount > 0) m.ersterInhalt = jetzt();
    if (m.vorlage === null) {
      for (const c of document.querySelectorAll('[role="combobox"]')) {
        const label = document.getElementById((c.getAttribute("aria-labelledby") || "").split(" ")[0]);
        if (label && label.textContent.trim() === "Vorlage" && bedienbar(c)) m.vorlage = jetzt();
      }
    }
    if (m.einfuegen === null) {
      for (const b of document.querySelectorAll("button")) {
        if (b.textContent.trim() === einfuegenText && bedienbar(b)) m.einfuegen = jetzt();
      }
    }
  };
  new MutationObserver(pruefe).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["disabled", "aria-disabled"],
  });
}

/**
 * Stand-in for Excel with an EMPTY workbook (variant "in Excel"): Excel.run with the objects the
 * access module reads at start-up (settings, worksheets, names), all empty, and a sync that
 * counts but has no network latency. Office.onReady then reports host Excel.
 */
function excelErsatz() {
  const m = window.__kiStart;
  const sammlung = () => ({ items: [], load() {} });
  const nullObjekt = () => ({ isNullObject: true, value: null, load() {} });
  window.Excel = {
    // Excel.run(batch) or Excel.run(options, batch): the pane passes { delayForCellEdit: true }.
    run(a, b) {
      const batch = typeof a === "function" ? a : b;
      m.excelRun++;
      const context = {
        workbook: {
          settings: { getItemOrNullObject: nullObjekt, add() {}, items: [], load() {} },
          worksheets: sammlung(),
          names: sammlung(),
        },
        trackedObjects: { add() {}, remove() {} },
        sync(x) {
          m.syncs++;
          return Promise.resolve(x);
        },
      };
      return Promise.resolve().then(() => batch(context));
    },
  };
}

/** Appended to office.js: the onReady milestone; with the stand-in, host Excel like in Excel on the web. */
function officeJsAnhang(mitExcel) {
  return `
;(function () {
  var m = window.__kiStart;
  ${
    mitExcel
      ? `var echt = Office.onReady.bind(Office);
  Office.onReady = function (cb) {
    return echt().then(function () {
      var info = { host: "Excel", platform: "OfficeOnline" };
      if (cb) cb(info);
      return info;
    });
  };`
      : ""
  }
  Office.onReady(function (info) {
    m.onReady = performance.now();
    m.host = info ? info.host : undefined;
  });
})();
`;
}

export function starteServer(dist) {
  return serverModul.starteStatischenServer(dist, "taskpane.html");
}

/** A fresh Chromium with its own temporary profile; `schliesse` removes the profile again. */
export function starteBrowser() {
  return chromiumModul.starteChromium({ fenster: { width: 350, height: 900 } });
}

/**
 * One cold start of the pane (routing on = no HTTP cache). `mitExcel`: with the Excel stand-in;
 * otherwise plain office.js outside Office, as a browser opening taskpane.html directly.
 * `bildschirmfoto`: a PNG path; the whole pane at 320 px is saved there once the start is measured.
 */
export async function einStart({ kontext, basis, officeJsOrdner, mitExcel, bildschirmfoto }) {
  const seite = await kontext.newPage();
  const fremdeAnfragen = [];
  const fehlendeCdnDateien = [];
  // Chromium reports some CSP blocks (e.g. framing) only on the console, not as an event.
  const konsolenCsp = [];
  seite.on("console", (meldung) => {
    if (meldung.type() === "error" && /Content Security Policy/.test(meldung.text())) {
      konsolenCsp.push(meldung.text().replace(/\s+/g, " ").slice(0, 200));
    }
  });
  try {
    const cdp = await kontext.newCDPSession(seite);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_DROSSELUNG });
    await seite.addInitScript(beobachter, EINFUEGEN_TEXT);
    if (mitExcel) await seite.addInitScript(excelErsatz);
    await seite.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(basis)) return route.continue();
      if (url.startsWith(CDN)) {
        const name = new URL(url).pathname.slice(new URL(CDN).pathname.length).toLowerCase();
        const datei = path.resolve(officeJsOrdner, name);
        if (!datei.startsWith(officeJsOrdner + path.sep) || !existsSync(datei)) {
          fehlendeCdnDateien.push(name);
          return route.fulfill({ status: 404, body: "" });
        }
        let body = readFileSync(datei, "utf8");
        if (name === "office.js") body += officeJsAnhang(mitExcel);
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
      }
      fremdeAnfragen.push(url);
      return route.abort();
    });

    await seite.goto(`${basis}/taskpane.html`, { waitUntil: "commit" });
    let m;
    const beginn = Date.now();
    for (;;) {
      await seite.waitForTimeout(100);
      m = await seite.evaluate(() => ({ ...window.__kiStart, jetzt: performance.now() }));
      if (m.einfuegen !== null) break;
      const bereit = m.onReady !== null || m.fehler.length > 0;
      if (bereit && m.jetzt - Math.max(m.letzteAenderung, m.onReady ?? 0) > RUHE_MS) break;
      if (Date.now() - beginn > LIMIT_MS) break;
    }
    // The milestone is taken inside the page; here the same button is checked the way a user
    // sees it: visible (layout box, not hidden) and enabled.
    const knopf = seite.getByRole("button", { name: EINFUEGEN_TEXT, exact: true });
    const sichtbar = m.einfuegen !== null && (await knopf.isVisible()) && (await knopf.isEnabled());
    const zeiten = await seite.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const res = (teil) =>
        performance.getEntriesByType("resource").find((r) => r.name.includes(teil))?.responseEnd ?? null;
      return {
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd || null : null,
        fcp: fcp ? fcp.startTime : null,
        officeJs: res("office.js"),
        // Production names it taskpane.<contenthash>.js.
        taskpaneJs: res("/taskpane."),
      };
    });
    const rootLeer = await seite.evaluate(() => (document.getElementById("root")?.childElementCount ?? 0) === 0);
    const spinner = await seite.evaluate(() => document.querySelector(".ms-Spinner-label")?.textContent ?? null);
    if (bildschirmfoto) {
      await seite.setViewportSize({ width: 320, height: 900 });
      await seite.screenshot({ path: bildschirmfoto, fullPage: true });
    }
    return {
      ...zeiten,
      onReady: m.onReady,
      host: m.host === undefined ? "(nicht gemeldet)" : m.host,
      ersterInhalt: m.ersterInhalt,
      vorlage: m.vorlage,
      einfuegen: sichtbar ? m.einfuegen : null,
      excelRun: m.excelRun,
      syncs: m.syncs,
      fehler: m.fehler,
      csp: [...m.csp, ...konsolenCsp],
      rootLeer,
      spinner,
      fremdeAnfragen,
      fehlendeCdnDateien,
    };
  } finally {
    await seite.close();
  }
}
