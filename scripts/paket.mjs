// npm run package: the production build for one deployment as a versioned archive,
// pakete/ki-kostenplaner-<version>.zip. ADDIN_BASE_URL (required) is the https address the files
// will be served from; both manifests inside point there. The archive also holds the nginx
// configuration (deploy/nginx) and a short LIESMICH.txt. Built in its own folder, so dist/ of a
// running test or dev server is never touched.
//   ADDIN_BASE_URL=https://intranet.example/ki/ npm run package [-- --ziel <ordner>]
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const WURZEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const version = JSON.parse(readFileSync(path.join(WURZEL, "package.json"), "utf8")).version;
const zielArg = process.argv.indexOf("--ziel");
const ziel = path.resolve(zielArg > 0 ? process.argv[zielArg + 1] : path.join(WURZEL, "pakete"));
const basis = process.env.ADDIN_BASE_URL;

if (!basis) {
  console.error("ADDIN_BASE_URL fehlt, z. B.: ADDIN_BASE_URL=https://intranet.example/ki/ npm run package");
  process.exit(2);
}

const build = path.join(ziel, `.build-${version}`);
rmSync(build, { recursive: true, force: true });
const webpack = spawnSync(
  process.execPath,
  [path.join(WURZEL, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", build],
  {
    cwd: WURZEL,
    env: { ...process.env, ADDIN_BASE_URL: basis },
    stdio: ["ignore", "ignore", "inherit"],
  },
);
if (webpack.status !== 0) process.exit(webpack.status ?? 1);

const LIESMICH = `KI-Kostenplaner ${version}, gebaut für ${basis}

dist/                    Inhalt für das Web-Verzeichnis (nginx: root), unter ${basis} erreichbar
dist/manifest.xml        Manifest des Add-ins (an die Benutzer verteilen, z. B. zentrale Bereitstellung)
dist/manifest-abnahme.xml  Manifest des Abnahmetests (nur für die IT, siehe README „Abnahmetest“)
nginx/ki-kostenplaner.conf  nginx-Konfiguration (https, CSP, Caching, MIME-Typen)
`;

const zip = new JSZip();
function fuegeHinzu(ordner, imZip) {
  for (const name of readdirSync(ordner).sort()) {
    const voll = path.join(ordner, name);
    if (statSync(voll).isDirectory()) fuegeHinzu(voll, `${imZip}${name}/`);
    else zip.file(`${imZip}${name}`, readFileSync(voll), { date: new Date(0) });
  }
}
fuegeHinzu(build, "dist/");
zip.file("nginx/ki-kostenplaner.conf", readFileSync(path.join(WURZEL, "deploy/nginx/ki-kostenplaner.conf")), {
  date: new Date(0),
});
zip.file("LIESMICH.txt", LIESMICH, { date: new Date(0) });
mkdirSync(ziel, { recursive: true });
const datei = path.join(ziel, `ki-kostenplaner-${version}.zip`);
writeFileSync(datei, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
rmSync(build, { recursive: true, force: true });
console.log(datei);
