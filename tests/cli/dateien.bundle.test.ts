/**
 * How the built command line treats files (issue 21, item 7): an existing file is replaced only with
 * --ueberschreiben, never through a symbolic link, a failed write (disk full, injected) leaves the old
 * file byte for byte and no fragment, and inputs are read with a bound (devices, pipes, huge files).
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { leseMappe, starteCli, wertDesNamens, type Lauf } from "./hilfen";

const BUDGET = 60_000;
let wurzel: string;
let nr = 0;

beforeAll(() => {
  wurzel = mkdtempSync(path.join(os.tmpdir(), "ki-dateien-"));
});
afterAll(() => rmSync(wurzel, { recursive: true, force: true }));

/** A fresh folder per test: its listing shows every file a run left behind. */
function neuerOrdner(): string {
  const o = path.join(wurzel, `t${++nr}`);
  mkdirSync(o);
  return o;
}

const exportNach = (ziel: string, ...weitere: string[]) =>
  starteCli(["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--datum", "2013-02-04", ...weitere]);

function erwarteEingabefehler(lauf: Lauf, meldung: string | RegExp): void {
  expect(lauf.code).toBe(2);
  expect(lauf.stderr).toMatch(typeof meldung === "string" ? meldung : meldung);
  expect(lauf.stderr).not.toMatch(/\n\s+at |Error:|ENOENT|EEXIST/);
}

test(
  "eine vorhandene .xlsx wird ohne --ueberschreiben nicht angetastet (Exit 2), mit --ueberschreiben ersetzt",
  async () => {
    const o = neuerOrdner();
    const ziel = path.join(o, "k.xlsx");
    writeFileSync(ziel, "alte Arbeit");
    erwarteEingabefehler(await exportNach(ziel), "gibt es schon und wird nicht überschrieben");
    expect(readFileSync(ziel, "utf8")).toBe("alte Arbeit");
    expect(readdirSync(o)).toEqual(["k.xlsx"]);

    const lauf = await exportNach(ziel, "--ueberschreiben");
    expect(lauf.code).toBe(0);
    expect(wertDesNamens(await leseMappe(ziel), "KI_Eigenanteil_2")).toBe(183094);
    expect(readdirSync(o)).toEqual(["k.xlsx"]);
    // --force is the same switch.
    expect((await exportNach(ziel, "--force")).code).toBe(0);
  },
  BUDGET,
);

test(
  "eine vorhandene .docx oder .pdf verhindert den ganzen Export, bevor etwas geschrieben wird",
  async () => {
    const o = neuerOrdner();
    writeFileSync(path.join(o, "v.docx"), "alter Text");
    erwarteEingabefehler(await exportNach(path.join(o, "v.xlsx"), "--docx"), /v\.docx“ gibt es schon/);
    writeFileSync(path.join(o, "p.pdf"), "altes PDF");
    // Refused before LibreOffice is looked for: the rule does not depend on it being installed.
    erwarteEingabefehler(
      await starteCli(["export", "--preset", "rhein-sieg-2013", "--out", path.join(o, "p.xlsx"), "--pdf"], undefined, {
        KI_SOFFICE: path.join(o, "kein-soffice"),
      }),
      /p\.pdf“ gibt es schon/,
    );
    expect(readdirSync(o).sort()).toEqual(["p.pdf", "v.docx"]);
    expect(readFileSync(path.join(o, "v.docx"), "utf8")).toBe("alter Text");

    const lauf = await exportNach(path.join(o, "v.xlsx"), "--docx", "--ueberschreiben");
    expect(lauf.code).toBe(0);
    expect(readFileSync(path.join(o, "v.docx")).subarray(0, 2).toString()).toBe("PK");
  },
  BUDGET,
);

test(
  "keine Zieldatei durch eine symbolische Verknüpfung, auch nicht mit --ueberschreiben",
  async () => {
    const o = neuerOrdner();
    const anderswo = path.join(o, "anderswo.txt");
    writeFileSync(anderswo, "fremde Datei");
    symlinkSync(anderswo, path.join(o, "link.xlsx"));
    symlinkSync(path.join(o, "gibt-es-nicht"), path.join(o, "tot.xlsx"));
    for (const name of ["link.xlsx", "tot.xlsx"]) {
      erwarteEingabefehler(
        await exportNach(path.join(o, name), "--ueberschreiben"),
        "ist eine symbolische Verknüpfung. Die Befehlszeile schreibt nicht durch Verknüpfungen",
      );
    }
    expect(readFileSync(anderswo, "utf8")).toBe("fremde Datei");
    expect(existsSync(path.join(o, "gibt-es-nicht"))).toBe(false);
    expect(readdirSync(o).sort()).toEqual(["anderswo.txt", "link.xlsx", "tot.xlsx"]);
  },
  BUDGET,
);

test.each([
  ["nach 0 Bytes", 0],
  ["nach 10.000 Bytes (Bruchstück)", 10_000],
])(
  "Datenträger voll %s: Exit 1, deutsche Meldung, die alte Datei ist Byte für Byte erhalten, kein Bruchstück",
  async (_, bytes) => {
    const o = neuerOrdner();
    const ziel = path.join(o, "k.xlsx");
    expect((await exportNach(ziel, "--mehrjahr", "2013-2019", "--umlage", "rhein-sieg")).code).toBe(0);
    const vorher = readFileSync(ziel);
    expect(vorher.length).toBeGreaterThan(bytes);
    const lauf = await starteCli(
      ["export", "--preset", "rhein-sieg-2013", "--out", ziel, "--ueberschreiben", "--docx"],
      undefined,
      {
        NODE_OPTIONS: "--require ./tests/cli/schreibstoerung.js",
        KI_TEST_STOERORDNER: o,
        KI_TEST_STOERBYTES: String(bytes),
      },
    );
    expect(lauf.code).toBe(1);
    expect(lauf.stderr).toBe(
      `Fehler: „${ziel}“ konnte nicht geschrieben werden: Der Datenträger ist voll. ` +
        "Eine vorhandene Datei dieses Namens ist unverändert.\n",
    );
    expect(readFileSync(ziel).equals(vorher)).toBe(true);
    expect(readdirSync(o)).toEqual(["k.xlsx"]);
  },
  BUDGET,
);

test(
  "Eingaben mit Grenze: Gerät, Pipe, Ordner und übergroße Datei ergeben Exit 2 mit deutscher Meldung",
  async () => {
    const o = neuerOrdner();
    const ziel = path.join(o, "k.xlsx");
    const fifo = path.join(o, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    const riesig = path.join(o, "riesig.csv");
    writeFileSync(riesig, "");
    truncateSync(riesig, 17_000_000); // sparse: 17 MB without using the disk
    const faelle: Array<[string[], string]> = [
      [["--umlage", "/dev/zero"], "--umlage: „/dev/zero“ ist keine gewöhnliche Datei (ein Gerät oder eine Pipe)"],
      [["--umlage", fifo], "ist keine gewöhnliche Datei (ein Gerät oder eine Pipe)"],
      [["--umlage", o], "ist keine gewöhnliche Datei (ein Ordner)"],
      [["--umlage", riesig], "ist größer als 16 MB und wird nicht gelesen"],
      [["--umlage", path.join(o, "fehlt.csv")], "lässt sich nicht lesen (die Datei gibt es nicht)"],
    ];
    for (const [argumente, meldung] of faelle) erwarteEingabefehler(await exportNach(ziel, ...argumente), meldung);
    const szenarien = await starteCli(["export", "--szenarien", "/dev/zero", "--out", ziel]);
    erwarteEingabefehler(szenarien, "--szenarien: „/dev/zero“ ist keine gewöhnliche Datei");
    expect(readdirSync(o).sort()).toEqual(["pipe.csv", "riesig.csv"]);
  },
  BUDGET,
);

test(
  "--help nennt die Regel für vorhandene Dateien, Verknüpfungen und das atomare Schreiben",
  async () => {
    const hilfe = await starteCli(["export", "--help"]);
    expect(hilfe.code).toBe(0);
    for (const satz of [
      "Eine vorhandene Datei wird nicht überschrieben (Exit-Code 2),",
      "--ueberschreiben            vorhandene Dateien ersetzen",
      "Eine symbolische Verknüpfung als Ziel wird abgelehnt.",
      "bleibt kein Bruchstück zurück",
      "UTF-16 mit BOM (Excel „Unicode-Text“)",
      "--szenarien <Datei.json>",
    ])
      expect(hilfe.stdout.replace(/\s+/g, " ")).toContain(satz.replace(/\s+/g, " "));
  },
  BUDGET,
);
