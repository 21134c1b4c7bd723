#!/usr/bin/env node
// `npm start`: development build (with the preview page) served over https on localhost:3000, the
// address manifest.xml points at. Works without Excel: the preview page runs the add-in against a
// simulated workbook. Rebuilds on every save; Ctrl+C stops the server.
import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Fixed: manifest.xml names this origin, and Office caches it per add-in Id.
const PORT = 3000;
const BASIS = `https://localhost:${PORT}/`;
const DEV_CERTS = path.join(os.homedir(), ".office-addin-dev-certs");
const EIGENE_CERTS = path.join(ROOT, ".tmp", "certs");
const EIN_TAG_MS = 24 * 60 * 60 * 1000;

const gestartet = Date.now();
const sekunden = (ms) => `${(ms / 1000).toLocaleString("de-DE", { maximumFractionDigits: 1 })} s`;

function lies(datei) {
  try {
    return readFileSync(datei);
  } catch {
    return null;
  }
}

/** Key and certificate from a directory, if they exist, suit localhost and are valid for another day. */
function vorhandeneZertifikate(verzeichnis, certName, keyName, caName) {
  const cert = lies(path.join(verzeichnis, certName));
  const key = lies(path.join(verzeichnis, keyName));
  const ca = caName ? lies(path.join(verzeichnis, caName)) : null;
  if (!cert || !key || (caName && !ca)) return null;
  try {
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - Date.now() < EIN_TAG_MS || !x509.checkHost("localhost")) return null;
    if (ca && !x509.verify(new X509Certificate(ca).publicKey)) return null;
  } catch {
    return null;
  }
  return ca ? { cert, key, ca } : { cert, key };
}

function eigenesZertifikat() {
  const vorhanden = vorhandeneZertifikate(EIGENE_CERTS, "localhost.crt", "localhost.key");
  if (vorhanden) return vorhanden;
  mkdirSync(EIGENE_CERTS, { recursive: true });
  const r = spawnSync(
    "openssl",
    [
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30"],
      ["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
      ["-keyout", path.join(EIGENE_CERTS, "localhost.key"), "-out", path.join(EIGENE_CERTS, "localhost.crt")],
    ].flat(),
    { encoding: "utf8" },
  );
  if (r.error || r.status !== 0) {
    throw new Error(`openssl konnte kein Zertifikat erzeugen: ${r.error?.message ?? r.stderr}`);
  }
  return vorhandeneZertifikate(EIGENE_CERTS, "localhost.crt", "localhost.key");
}

/**
 * Development certificates, trusted where possible. office-addin-dev-certs creates a CA and installs
 * it into the system store (Windows, macOS; on Linux via sudo). Without sudo or a trust store it has
 * still written the certificates, which then serve untrusted; the browser asks once. On Linux an
 * untrusted but valid set is reused, because the library would otherwise delete and recreate it on
 * every start and a CA the user imported into the browser by hand would stop matching.
 */
async function zertifikate() {
  const devCerts = require("office-addin-dev-certs");
  let vertraut = false;
  try {
    vertraut = devCerts.verifyCertificates();
  } catch {
    vertraut = false;
  }
  const vorhanden = () => vorhandeneZertifikate(DEV_CERTS, "localhost.crt", "localhost.key", "ca.crt");
  let grund = "";
  if (vertraut || process.platform !== "linux" || !vorhanden()) {
    try {
      return { optionen: await devCerts.getHttpsServerOptions(), vertraut: true, ort: DEV_CERTS };
    } catch (err) {
      grund = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    }
  }
  const unvertraut = vorhanden();
  if (unvertraut) return { optionen: unvertraut, vertraut: false, ort: DEV_CERTS, grund };
  return { optionen: eigenesZertifikat(), vertraut: false, ort: EIGENE_CERTS, grund, selbstSigniert: true };
}

function zertifikatHinweis(z) {
  if (z.vertraut) return [`Zertifikat: vertrauenswürdiges Entwicklungszertifikat aus ${z.ort}`];
  const zeilen = [
    `Zertifikat: ${z.selbstSigniert ? "selbst signiert (openssl)" : "Entwicklungszertifikat"} aus ${z.ort},`,
    "  aber NICHT als vertrauenswürdig installiert" + (z.grund ? ` (${z.grund})` : "") + ".",
    `  Im Browser: ${BASIS}taskpane.html einmal öffnen und die Warnung bestätigen (Erweitert → Weiter zu localhost).`,
  ];
  if (z.selbstSigniert) {
    zeilen.push(
      "  Für Excel Desktop: `npx office-addin-dev-certs install` (Windows/macOS) installiert eine Entwicklungs-CA.",
      "  (Erzeugt mit openssl, Debian-Paket openssl.)",
    );
  } else if (process.platform === "linux") {
    // As root there is no sudo (and often none installed); everyone else needs it.
    const sudo = process.getuid?.() === 0 ? "" : "sudo ";
    zeilen.push(
      `  Dauerhaft vertrauen (Linux, ${sudo ? "mit Administratorrechten" : "als root"}; Debian-Paket ca-certificates):`,
      `    ${sudo}mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs`,
      `    ${sudo}cp ${path.join(DEV_CERTS, "ca.crt")} /usr/local/share/ca-certificates/office-addin-dev-certs/`,
      `    ${sudo}update-ca-certificates`,
      "  Chrome/Chromium nutzen eine eigene Zertifikatsdatenbank (certutil: Debian-Paket libnss3-tools):",
      `    ${sudo}apt-get install -y libnss3-tools`,
      `    certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n "Office Add-in Dev CA" -i ${path.join(DEV_CERTS, "ca.crt")}`,
    );
  } else {
    zeilen.push("  Dauerhaft vertrauen: `npx office-addin-dev-certs install` (fragt nach Administratorrechten).");
  }
  return zeilen;
}

function anleitung(mitVorschau) {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `KI-Kostenplaner läuft unter ${BASIS}`,
    "",
    "Ohne Excel ausprobieren:",
    mitVorschau
      ? `  ${BASIS}preview.html  (Aufgabenbereich mit nachgebildeter Arbeitsmappe, nur Entwicklung)`
      : "  (Vorschau nicht verfügbar: devtools/preview/index.tsx fehlt)",
    "",
    `In Excel laden (Sideload) mit ${manifest}:`,
    "  Excel im Web:",
    "    Arbeitsmappe öffnen → Einfügen → Add-ins → Meine Add-ins → Mein Add-in hochladen → manifest.xml wählen.",
    "    (In neueren Versionen liegt „Add-ins“ auf der Registerkarte Start.)",
    "  Excel für Windows (npm start auf demselben Rechner):",
    "    1. Einen Ordner freigeben, z. B. C:\\AddinKatalog als \\\\RECHNERNAME\\AddinKatalog, manifest.xml hineinkopieren.",
    "    2. Datei → Optionen → Trust Center → Einstellungen für das Trust Center → Vertrauenswürdige Add-In-Kataloge:",
    "       den Netzwerkpfad als Katalog-URL eintragen, „Katalog hinzufügen“, „Im Menü anzeigen“ ankreuzen, Excel neu starten.",
    "    3. Einfügen → Add-ins → Meine Add-ins → Freigegebener Ordner → KI-Kostenplaner → Hinzufügen.",
    "  Excel für Mac:",
    "    manifest.xml nach ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ kopieren",
    "    (Ordner wef bei Bedarf anlegen), Excel neu starten, Einfügen → Add-ins → Meine Add-ins.",
    "  Danach: Start → KI-Kostenplaner → Kostenplaner; in Zellen z. B. =KI.GESAMTKOSTEN(69800;2;1;2000).",
    "",
  ];
}

/** webpack-dev-server reports a busy port only as an uncaught exception, so check first. */
function portBelegt(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err) => (err.code === "EADDRINUSE" ? resolve(true) : reject(err)));
    probe.listen(port, "localhost", () => probe.close(() => resolve(false)));
  });
}

/** The project's webpack configuration in development mode; without the preview sources, without the preview. */
function webpackKonfiguration() {
  const konfiguration = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const mitVorschau = existsSync(path.join(ROOT, "devtools", "preview", "index.tsx"));
  if (!mitVorschau) {
    delete konfiguration.entry.preview;
    konfiguration.plugins = konfiguration.plugins.filter(
      (p) => (p.userOptions ?? p.options)?.filename !== "preview.html",
    );
  }
  konfiguration.infrastructureLogging = { level: "warn" };
  // Errors and warnings in full; the list of emitted assets only adds noise on every save.
  konfiguration.stats = "errors-warnings";
  return { konfiguration, mitVorschau };
}

const html = (t) => String(t).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** `/`: a small German start page with the links, the sideload steps and the certificate state. */
function startseite(z, mitVorschau) {
  const seite = [
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>KI-Kostenplaner – Entwicklung</title>',
    "<style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.4}pre{white-space:pre-wrap;background:#f4f4f4;padding:.75rem}</style></head><body>",
    "<h1>KI-Kostenplaner (Entwicklungsserver)</h1><ul>",
    mitVorschau
      ? '<li><a href="preview.html">Vorschau ohne Excel</a> (Aufgabenbereich mit nachgebildeter Arbeitsmappe)</li>'
      : "",
    '<li><a href="manifest.xml">manifest.xml</a> für das Sideloading in Excel</li>',
    '<li><a href="taskpane.html">taskpane.html</a> (läuft nur in Excel; außerhalb erscheint ein Hinweis)</li></ul>',
    `<h2>In Excel laden</h2><pre>${html(anleitung(mitVorschau).slice(5).join("\n").trim())}</pre>`,
    `<h2>Zertifikat</h2><pre>${html(zertifikatHinweis(z).join("\n"))}</pre></body></html>`,
  ].join("\n");
  return (req, res, next) => {
    if (req.method !== "GET" || (req.path !== "/" && req.path !== "/index.html")) return next();
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(seite);
  };
}

async function main() {
  if (await portBelegt(PORT)) {
    throw new Error(`Port ${PORT} ist belegt. Läuft npm start schon in einem anderen Fenster? Dieses zuerst beenden.`);
  }
  const z = await zertifikate();
  const { konfiguration, mitVorschau } = webpackKonfiguration();
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");

  const serverOptionen = {
    ...konfiguration.devServer,
    // Served from memory: dist/ holds the production build that `npm test` checks.
    static: false,
    host: "localhost",
    port: PORT,
    server: { type: "https", options: z.optionen },
    hot: false,
    liveReload: true,
    // Only build errors: a runtime error such as "Office is not defined" (taskpane.html opened
    // outside Office or offline) is the pane's to explain in German, never an English overlay's.
    client: { logging: "warn", overlay: { errors: true, warnings: false, runtimeErrors: false } },
    setupMiddlewares: (middlewares) => {
      middlewares.unshift({ name: "ki-startseite", middleware: startseite(z, mitVorschau) });
      return middlewares;
    },
    open: false,
    setupExitSignals: false,
  };
  delete konfiguration.devServer;

  const compiler = webpack(konfiguration);
  let ersterBuild = true;
  let buildStart = Date.now();
  compiler.hooks.watchRun.tap("ki-start", () => {
    buildStart = Date.now();
  });
  compiler.hooks.done.tap("ki-start", (stats) => {
    const dauer = sekunden(Date.now() - buildStart);
    if (stats.hasErrors()) {
      console.error(`✖ Build fehlgeschlagen (${dauer}). Nach dem Speichern wird neu gebaut.`);
      return;
    }
    if (ersterBuild) {
      ersterBuild = false;
      console.log(`✔ Entwicklungs-Build in ${dauer}, bereit nach ${sekunden(Date.now() - gestartet)}`);
      console.log([...anleitung(mitVorschau), ...zertifikatHinweis(z), "", "Beenden mit Strg+C."].join("\n"));
    } else {
      console.log(`✔ Neu gebaut in ${dauer} – Aufgabenbereich lädt neu.`);
    }
  });

  const server = new WebpackDevServer(serverOptionen, compiler);
  let beendet = false;
  const beenden = async () => {
    if (beendet) process.exit(130);
    beendet = true;
    console.log("\nServer wird beendet …");
    await server.stop();
    console.log("Beendet.");
    process.exit(0);
  };
  process.on("SIGINT", beenden);
  process.on("SIGTERM", beenden);

  console.log(`Baue den KI-Kostenplaner (Entwicklung) und starte ${BASIS} …`);
  await server.start();
}

main().catch((err) => {
  console.error(`✖ ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
