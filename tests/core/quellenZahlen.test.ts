/**
 * Issue 24, item 5: docs/QUELLEN.md lists every rate the product ships, with its source and a
 * status that says no more than the code's. quellenDokument.test.ts checks the ids; this checks the
 * figures themselves: each named workplace/overhead rate (row with id, name, value, status), each
 * rate of the built-in per-grade tables, the AGebV figures per grade, every Hebesatz by year, every
 * cap of every funding rule set in its own section, and the rates and funds of every preset.
 */
import * as fs from "fs";
import * as path from "path";
import {
  AGEBV_2021_ZEILEN,
  FOERDERREGELN,
  HEBESATZ_JAHRE_RSK,
  SACHSATZQUELLEN,
  SATZTABELLEN,
  agebvJahreskostenCent,
  hebesatzRheinSieg,
} from "../../src/core";
import { VORLAGEN } from "../../src/scenario";

const DOKUMENT = fs.readFileSync(path.resolve(__dirname, "../../docs/QUELLEN.md"), "utf8");
const ZEILEN = DOKUMENT.split("\n");

function euro(x: number): string {
  return x.toLocaleString("de-DE", { maximumFractionDigits: 2 });
}

function prozent(anteil: number): string {
  return `${(anteil * 100).toLocaleString("de-DE", { maximumFractionDigits: 2 })} %`;
}

/** The text from a heading that contains `kopf` to the next heading of the same or a higher level. */
function abschnitt(kopf: string): string {
  const ab = ZEILEN.findIndex((z) => /^#{2,3} /.test(z) && z.includes(kopf));
  expect([kopf, ab >= 0]).toEqual([kopf, true]);
  const ebene = /^#+/.exec(ZEILEN[ab])![0].length;
  const bis = ZEILEN.findIndex((z, i) => i > ab && /^#+ /.test(z) && /^#+/.exec(z)![0].length <= ebene);
  return ZEILEN.slice(ab, bis < 0 ? undefined : bis).join("\n");
}

function tabellenzeilen(...teile: string[]): string[] {
  return ZEILEN.filter((z) => z.startsWith("|") && teile.every((t) => z.includes(t)));
}

describe("docs/QUELLEN.md nennt jede eingebaute Zahl mit Quelle und Kennzeichen", () => {
  it("jeden benannten Arbeitsplatz- und Gemeinkostensatz, mit dem Kennzeichen des Codes", () => {
    let geprueft = 0;
    for (const q of SACHSATZQUELLEN) {
      for (const s of q.saetze) {
        const wert = s.einheit === "Anteil" ? prozent(s.wert) : `${euro(s.wert / 100)} €`;
        const zeilen = tabellenzeilen(`| \`${q.id}\``, `\`${s.name}\``);
        expect([q.id, s.name, zeilen.length]).toEqual([q.id, s.name, 1]);
        expect(zeilen[0]).toContain(wert);
        expect(zeilen[0]).toMatch(new RegExp(`\\| \`${s.quelle.status}\` +\\|$`));
        geprueft++;
      }
    }
    expect(geprueft).toBe(8);
  });

  it("jeden Satz der eingebauten Satztabellen", () => {
    for (const t of SATZTABELLEN.filter((x) => !x.herleitung)) {
      t.gruppen.forEach((g, i) => {
        const cent = [...t.saetze.values()][i];
        expect([t.id, g, tabellenzeilen(`\`${t.id}\``, `| ${g} `, euro(cent / 100)).length]).toEqual([t.id, g, 1]);
      });
    }
  });

  it("je AGebV-Gruppe Brutto, Zuschlag oder Sozialaufwand, sonstige Kosten und Jahreskosten", () => {
    const agebv = abschnitt("`BUND-AGEBV-2021`: Allgemeine Gebührenverordnung");
    for (const z of AGEBV_2021_ZEILEN) {
      const zeile = agebv.split("\n").find((x) => x.startsWith(`| ${z.gruppe} `));
      expect([z.gruppe, zeile !== undefined]).toEqual([z.gruppe, true]);
      const zahlen = [z.brutto, z.sonstige, agebvJahreskostenCent(z) / 100, ...(z.sozial ? [z.sozial] : [])];
      for (const n of zahlen) expect(zeile).toContain(euro(n));
      if (z.zuschlag) expect(zeile).toContain(prozent(z.zuschlag));
      if (z.hinweis)
        expect(agebv).toMatch(/A 9 mit dem Zuschlag des gehobenen Dienstes\s+\(\*\*Annahme, zu prüfen\*\*/);
    }
  });

  it("jeden Hebesatz des Rhein-Sieg-Kreises nach Jahr", () => {
    const hebesatz = DOKUMENT.slice(
      DOKUMENT.indexOf('<a id="hebesatz"></a>'),
      DOKUMENT.indexOf("Umlagegrundlagen je Gemeinde"),
    );
    for (const jahr of HEBESATZ_JAHRE_RSK) {
      const h = hebesatzRheinSieg(jahr)!;
      const text = `${h.prozent.toLocaleString("de-DE", { minimumFractionDigits: jahr === 2020 ? 1 : 2 })} %`;
      expect([jahr, hebesatz.includes(text)]).toEqual([jahr, true]);
    }
    expect(hebesatz).toContain("**2019 unbekannt**");
  });

  it("jeden Höchstbetrag jeder Förderregel in ihrem Abschnitt", () => {
    for (const r of FOERDERREGELN) {
      const text = abschnitt(`\`${r.id}\`:`);
      for (const t of r.tatbestaende) {
        const betraege =
          t.art === "zusatzstellen"
            ? [t.jeStelle]
            : t.art === "grundfoerderung"
              ? [t.hoechstbetrag, ...t.positionen.map((p) => p.jeStelle)]
              : [t.hoechstbetrag];
        for (const c of betraege)
          expect([r.id, t.art, text.includes(`${euro(c / 100)} €`)]).toEqual([r.id, t.art, true]);
      }
    }
  });

  it("Sätze und Projektmittel jeder Vorlage in ihrem Abschnitt", () => {
    for (const v of VORLAGEN) {
      const s = v.erzeuge();
      const text = abschnitt(`\`${v.id}\``);
      const erwartet = [`${euro(s.itSatz)} €`, `${euro(s.raumSatz)} €`, `${euro(s.projektmittel)} €`];
      for (const x of erwartet) expect([v.id, x, text.includes(x)]).toEqual([v.id, x, true]);
      expect([v.id, /0,3\b/.test(text)]).toEqual([v.id, true]);
      expect([v.id, text.includes("`RSK2013`")]).toEqual([v.id, true]);
    }
  });
});
