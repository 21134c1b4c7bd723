/**
 * Issue 24, item 4, through the built bundle: a scenario that takes the AGebV overhead rate and Lower
 * Saxony's IT rate and types its own room rate. In both formula modes the sheet computes the core's
 * figures and those of KI.GESAMTKOSTEN fed with KI.SATZ, and "Annahmen" names per rate the source's
 * number in the list below, its status in words and the caveat, or "eigener Wert des Kreises"; the
 * Rhein-Sieg IT and room rates are cited as derived, the overhead rate as verified.
 */
import { type Szenario, berechneSzenario, erzeugeVorlage } from "../../src/scenario";
import type { Formelmodus } from "../../src/scenario/optionen";
import { setzeFeld, uebernimmSachsatz } from "../../src/taskpane/zustand";
import { baueArbeitsmappe } from "../../src/workbook";
import { annahmenGruppenKoepfe } from "../../src/workbook/annahmen/bezuege";
import { ladeFunktionen } from "../helpers/ladeFunktionen";
import { pruefeFormelergebnisse } from "../helpers/formelergebnisse";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

let ki: Record<string, (...a: unknown[]) => unknown>;
beforeAll(() => {
  ki = ladeFunktionen().funktionen as typeof ki;
});

function gewaehlt(): Szenario {
  let s = erzeugeVorlage("rsk-2013-kiz");
  s = uebernimmSachsatz(s, "querschnittssatz", "BUND-AGEBV-2021");
  s = uebernimmSachsatz(s, "itSatz", "NDS-2023");
  return setzeFeld(s, "raumSatz", 4800);
}

type Zeilen = unknown[][];

/**
 * "28,1 % der Personalkosten": a number joined into text shows the display language's decimal
 * separator; the fake host computes as English Excel (as tests/excel/zeitraeume.bundle.test.ts).
 */
function alsDeutsch(wert: unknown): unknown {
  return typeof wert === "string" ? wert.replace(/(\d)\.(\d)/g, "$1,$2") : wert;
}

/** The source cell of an assumption row: the column headed "Quelle (Nr. unten)". */
function quelleDerZeile(zeilen: Zeilen, label: string): string {
  // The assumption block's first group header names the source column (workbook/annahmen/bezuege).
  const kopf = zeilen[annahmenGruppenKoepfe()[0].zeile];
  const spalte = kopf.findIndex((x) => typeof x === "string" && x.startsWith("Quelle"));
  return String(zeilen.find((z) => z[0] === label)![spalte]);
}

/** The text of source [n] in the numbered list: its row and the continuation rows under it. */
function quelleNummer(zeilen: Zeilen, n: string): string {
  const ab = zeilen.findIndex((z) => z[0] === n);
  expect(ab).toBeGreaterThan(0);
  const teile = [String(zeilen[ab][1])];
  for (let i = ab + 1; i < zeilen.length && zeilen[i][0] === "" && zeilen[i][1]; i++) teile.push(String(zeilen[i][1]));
  return teile.join(" ");
}

function nummern(text: string): string[] {
  return [...text.matchAll(/\[\d+\]/g)].map((m) => m[0]);
}

describe.each(["ki", "nativ"] as Formelmodus[])("named workplace and overhead rates, mode %s", (modus) => {
  let zeilen: Zeilen;
  let namen: (n: string) => unknown;
  let angezeigt: (adresse: string) => string;
  const szenarien = [erzeugeVorlage("rsk-2013-derzeitig"), gewaehlt()];

  beforeAll(async () => {
    const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM });
    const fake = neueMappe(["Tabelle1"]);
    await zugriffAuf(fake).fuegeEin(plan);
    expect(pruefeFormelergebnisse(fake, plan.blaetter, alsDeutsch)).toBeGreaterThan(20);
    zeilen = fake.werte("Annahmen", "A1:H120");
    namen = (n) => fake.namen().find((x) => x.name === n)?.wert;
    angezeigt = (a) => fake.text("Annahmen", a);
  });

  it("computes what the core and KI.GESAMTKOSTEN with KI.SATZ compute", () => {
    const a = berechneSzenario(szenarien[1]).aufstellung;
    // 238.300 × 28,1 % = 66.962,30; 8 × 2.270; 4 × 4.800 (own); 5.000 project funds.
    expect([a.querschnittskosten, a.it, a.raum]).toEqual([6_696_230, 1_816_000, 1_920_000]);
    expect(a.gesamtkosten).toBe(34_762_230);
    const funktion = ki.GESAMTKOSTEN(
      238_300,
      8,
      4,
      5_000,
      [[ki.SATZ("Querschnitt", null, "BUND-AGEBV-2021")]],
      [[ki.SATZ("IT", null, "NDS-2023")]],
      [[4_800]],
    );
    expect(funktion).toBe(347_622.3);
    expect(namen("KI_Gesamtkosten_2")).toBe(347_622.3);
    expect(namen("KI_Eigenanteil_2")).toBe(177_622.3);
    // The Rhein-Sieg baseline is untouched.
    expect(namen("KI_Gesamtkosten_1")).toBe(102_316);
  });

  it("shows 28,1 % as such, not rounded to 28 %; 30 % stays 30 %", () => {
    const zeile = zeilen.findIndex((z) => z[0] === "Querschnitts-/Sachkostensatz (auf Personalkosten)") + 1;
    expect([angezeigt(`C${zeile}`), angezeigt(`D${zeile}`)]).toEqual(["30%", "28,10%"]);
  });

  it("names per rate the source's number, its status and caveat, or the Kreis's own figure", () => {
    const querschnitt = quelleDerZeile(zeilen, "Querschnitts-/Sachkostensatz (auf Personalkosten)");
    const it = quelleDerZeile(zeilen, "IT-Satz je Arbeitsplatz");
    const raum = quelleDerZeile(zeilen, "Raumkosten je Büro");

    const [rsk, agebv] = nummern(querschnitt);
    expect(querschnitt).toBe(
      `${rsk} – verifiziert – Rhein-Sieg-Kreis 2013, ${agebv} – verifiziert – AGebV Bund 2021 – Bund, nicht kommunal NRW`,
    );
    expect(quelleNummer(zeilen, rsk)).toMatch(
      /^Rhein-Sieg-Kreis, „Kostenaufstellung Integrationsarbeit“ vom 04\.02\.2013/,
    );
    expect(quelleNummer(zeilen, rsk)).not.toMatch(/abgeleitet/);
    expect(quelleNummer(zeilen, agebv)).toMatch(/^Allgemeine Gebührenverordnung des Bundes \(AGebV\), Anlage 1 Teil B/);

    const [rskIt, nds] = nummern(it);
    expect(it).toBe(
      `${rskIt} – abgeleitet – Rhein-Sieg-Kreis 2013, ${nds} – verifiziert – Niedersachsen 2023 – ` +
        "Landesverwaltung Niedersachsen",
    );
    expect(quelleNummer(zeilen, rskIt)).toMatch(/Einzelsatz daraus abgeleitet \[abgeleitet\]$/);
    expect(quelleNummer(zeilen, nds)).toMatch(
      /^Niedersachsen, RdErl\. d\. MF v\. 08\.03\.2023 \(Nds\. MBl\. S\. 250\)/,
    );

    expect(raum).toBe(`${rskIt} – abgeleitet – Rhein-Sieg-Kreis 2013, eigener Wert des Kreises`);
  });
});
