/**
 * LibreOffice headless as a converter (xlsx → pdf, xlsx → freshly calculated xlsx).
 *
 * Every run gets a throw-away user profile: it must not disturb (or be captured by) a LibreOffice
 * the user has open, parallel runs need separate profiles, and the profile is where we switch on
 * "recalculate on load". By default LibreOffice shows the results cached in an .xlsx instead of
 * computing them, so without that switch a PDF could show numbers no formula produced.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type Zielformat = "pdf" | "xlsx" | "ods" | "csv";

const FILTER: Record<Zielformat, string> = {
  pdf: "pdf:calc_pdf_Export",
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  ods: "ods",
  csv: "csv",
};

/**
 * Recalculation mode 0 = always, for .xlsx (OOXML) and .ods (ODF) files alike; German locale, so
 * a PDF shows 102.316 € and German dates whatever the machine's language is.
 */
const NEUBERECHNEN_PROFIL = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>de-DE</value></prop></item>
</oor:items>
`;

export class LibreOfficeFehler extends Error {}

/** `KI_SOFFICE` wins, then soffice/libreoffice on the PATH and the usual install locations. */
export function findeSoffice(umgebung: NodeJS.ProcessEnv = process.env): string | null {
  if (umgebung.KI_SOFFICE) return existsSync(umgebung.KI_SOFFICE) ? umgebung.KI_SOFFICE : null;
  const namen = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const ordner = (umgebung.PATH ?? "").split(path.delimiter).filter(Boolean);
  if (process.platform === "darwin") ordner.push("/Applications/LibreOffice.app/Contents/MacOS");
  if (process.platform === "win32") {
    for (const pf of [umgebung.ProgramFiles, umgebung["ProgramFiles(x86)"]]) {
      if (pf) ordner.push(path.join(pf, "LibreOffice", "program"));
    }
  }
  for (const o of ordner) {
    for (const n of namen) {
      const kandidat = path.join(o, n);
      if (existsSync(kandidat)) return kandidat;
    }
  }
  return null;
}

export interface KonvertierOptionen {
  soffice?: string;
  /**
   * true (default): the profile above, formulas are computed by LibreOffice on load and cached
   * results are ignored. false: LibreOffice's defaults (the tests use it to show the difference).
   */
  neuBerechnen?: boolean;
  zeitlimitMs?: number;
}

/**
 * Converts the files in one LibreOffice start (starting it is the slow part) and returns the paths
 * of the converted files, in the order given.
 */
export async function konvertiere(
  dateien: readonly string[],
  ziel: Zielformat,
  ausgabeOrdner: string,
  optionen: KonvertierOptionen = {},
): Promise<string[]> {
  const soffice = optionen.soffice ?? findeSoffice();
  if (!soffice) throw new LibreOfficeFehler(LIBREOFFICE_FEHLT);
  const profil = mkdtempSync(path.join(os.tmpdir(), "ki-kostenplaner-lo-"));
  try {
    if (optionen.neuBerechnen ?? true) {
      mkdirSync(path.join(profil, "user"), { recursive: true });
      writeFileSync(path.join(profil, "user", "registrymodifications.xcu"), NEUBERECHNEN_PROFIL);
    }
    mkdirSync(ausgabeOrdner, { recursive: true });
    const argumente = [
      `-env:UserInstallation=${pathToFileURL(profil).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      "--convert-to",
      FILTER[ziel],
      "--outdir",
      ausgabeOrdner,
      ...dateien.map((d) => path.resolve(d)),
    ];
    const ergebnis = await starte(soffice, argumente, optionen.zeitlimitMs ?? 120_000);
    const ausgaben = dateien.map((d) => path.join(ausgabeOrdner, `${path.basename(d, path.extname(d))}.${ziel}`));
    // soffice exits with 0 even when it could not load a file, so the output files are the proof.
    const fehlend = ausgaben.filter((a) => !existsSync(a));
    if (ergebnis.code !== 0 || fehlend.length > 0) {
      throw new LibreOfficeFehler(
        `LibreOffice hat ${fehlend.length > 0 ? fehlend.join(", ") : "die Datei"} nicht erzeugt ` +
          `(Exit-Code ${ergebnis.code ?? "–"}).${ergebnis.ausgabe ? `\nAusgabe von LibreOffice:\n${ergebnis.ausgabe}` : ""}`,
      );
    }
    return ausgaben;
  } finally {
    rmSync(profil, { recursive: true, force: true });
  }
}

export const LIBREOFFICE_FEHLT =
  "LibreOffice wurde nicht gefunden; für die PDF-Ausgabe wird es benötigt. " +
  "Installieren, z. B. unter Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui " +
  "(oder das Programm über die Umgebungsvariable KI_SOFFICE angeben, z. B. KI_SOFFICE=/opt/libreoffice/program/soffice).";

function starte(
  programm: string,
  argumente: string[],
  zeitlimitMs: number,
): Promise<{ code: number | null; ausgabe: string }> {
  return new Promise((resolve, reject) => {
    const kind = spawn(programm, argumente, { stdio: ["ignore", "pipe", "pipe"] });
    let ausgabe = "";
    kind.stdout.on("data", (d: Buffer) => (ausgabe += d.toString()));
    kind.stderr.on("data", (d: Buffer) => (ausgabe += d.toString()));
    const uhr = setTimeout(() => {
      kind.kill("SIGKILL");
      reject(new LibreOfficeFehler(`LibreOffice hat nach ${Math.round(zeitlimitMs / 1000)} s nicht geantwortet.`));
    }, zeitlimitMs);
    kind.on("error", (e) => {
      clearTimeout(uhr);
      reject(new LibreOfficeFehler(`LibreOffice ließ sich nicht starten (${programm}): ${e.message}`));
    });
    kind.on("close", (code) => {
      clearTimeout(uhr);
      resolve({ code, ausgabe: ausgabe.trim() });
    });
  });
}
