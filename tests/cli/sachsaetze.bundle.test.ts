/**
 * Issue 24, item 4 through the built command line: a `--szenarien` file whose KI scenario took the
 * AGebV overhead rate and Lower Saxony's IT rate gives the pane's (the core's) figures and cites
 * them on "Annahmen"; a file naming an unknown rate source, or a rate that is not the named
 * source's, is refused with the workbook's German message (exit 2).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { berechneSzenario, erzeugeVorlagenSatz, type Szenario } from "../../src/scenario";
import type { GespeicherteOptionen } from "../../src/scenario/speicherformat";
import { kodiereSzenarioDatei } from "../../src/scenario/szenarioDatei";
import { uebernimmSachsatz } from "../../src/taskpane/zustand";
import { leseMappe, starteCli, wertDesNamens } from "./hilfen";

// A cold start of the command line on a busy 2-core machine; no test here is about speed.
const BUDGET = 300_000;
let ordner: string;
let nr = 0;
beforeAll(() => {
  ordner = mkdtempSync(path.join(os.tmpdir(), "ki-sachsaetze-"));
});
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

const OPTIONEN: GespeicherteOptionen = {
  modus: "nativ",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

function szenarien(): Szenario[] {
  const s = erzeugeVorlagenSatz("rhein-sieg-2013");
  s[1] = uebernimmSachsatz(uebernimmSachsatz(s[1], "querschnittssatz", "BUND-AGEBV-2021"), "itSatz", "NDS-2023");
  return s;
}

async function exportiere(inhalt: string) {
  const quelle = path.join(ordner, `s${++nr}.json`);
  writeFileSync(quelle, inhalt);
  const ziel = path.join(ordner, `k${nr}.xlsx`);
  const lauf = await starteCli(["export", "--szenarien", quelle, "--out", ziel, "--datum", "2013-12-09"]);
  return { lauf, ziel, quelle };
}

test(
  "the named rates of the file give the pane's figures and are cited on Annahmen",
  async () => {
    const s = szenarien();
    const { lauf, ziel } = await exportiere(kodiereSzenarioDatei(s, OPTIONEN, []));
    expect([lauf.code, lauf.stderr]).toEqual([0, ""]);
    const mappe = await leseMappe(ziel);
    const kern = berechneSzenario(s[1]).aufstellung;
    expect(kern.gesamtkosten).toBe(34_858_230); // 238.300 + 66.962,30 + 18.160 + 20.160 + 5.000
    expect(wertDesNamens(mappe, "KI_Gesamtkosten_2")).toBe(kern.gesamtkosten / 100);
    expect(wertDesNamens(mappe, "KI_Eigenanteil_2")).toBe(kern.eigenanteil / 100);
    const texte: string[] = [];
    mappe.getWorksheet("Annahmen")!.eachRow((r) => r.eachCell((c) => texte.push(String(c.value))));
    expect(texte).toContainEqual(
      expect.stringMatching(/^\[\d+\] – verifiziert – Rhein-Sieg-Kreis 2013, \[\d+\] – verifiziert – AGebV Bund 2021/),
    );
    expect(texte).toContainEqual(
      expect.stringMatching(
        /^\[\d+\] – abgeleitet – Rhein-Sieg-Kreis 2013, \[\d+\] – verifiziert – Niedersachsen 2023/,
      ),
    );
  },
  BUDGET,
);

test.each<[string, (s: Szenario) => void, string]>([
  [
    "an unknown rate source",
    (s) => (s.sachsatzQuellen = { itSatz: "KGST-2030" }),
    "szenarien[1].sachsatzQuellen.itSatz nennt die unbekannte Satzquelle „KGST-2030“",
  ],
  [
    "a rate that is not the named source's",
    (s) => (s.itSatz = 2_500),
    "Szenario „KIZ“: Der IT-Satz ist als Satz „Niedersachsen 2023“ vermerkt, weicht aber von dessen Wert ab.",
  ],
])(
  "%s: exit 2 with the German message",
  async (_, aendern, meldung) => {
    const s = szenarien();
    aendern(s[1]);
    const { lauf } = await exportiere(kodiereSzenarioDatei(s, OPTIONEN, []));
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toContain(meldung);
  },
  BUDGET,
);
