/** The pure plan: text cells, cached results, names, references for extra sheets, registry. */
import { MAX_VORLAGENNR } from "../../src/core";
import { erzeugeVorlage, erzeugeVorlagenSatz } from "../../src/scenario";
import {
  type BlattPlan,
  type Zelle,
  PlanFehler,
  baueArbeitsmappe,
  berechneBezuege,
  registriereZusatzblatt,
} from "../../src/workbook";

const DATUM = new Date(2013, 1, 4);

function zelleBei(blatt: BlattPlan, bezug: string): Zelle {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(bezug.split("!").pop()!.replace(/\$/g, ""))!;
  const spalte = m[1].charCodeAt(0) - 65;
  return blatt.zellen[Number(m[2]) - 1][spalte];
}

describe("baueArbeitsmappe", () => {
  const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
  const plan = baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM });
  const [vergleich, annahmen] = plan.blaetter;

  it("points every reference at the cell that holds it", () => {
    const b = berechneBezuege(szenarien);
    expect(b.szenarien[0].annahmen.querschnittssatz).toMatch(/^Annahmen!\$[A-Z]+\$\d+$/);
    expect(zelleBei(annahmen, b.szenarien[1].annahmen.querschnittssatz)).toEqual({ zahl: 0.3 });
    expect(zelleBei(annahmen, b.szenarien[1].annahmen.pauschale)).toEqual({ zahl: 238300 });
    expect(zelleBei(annahmen, b.szenarien[0].annahmen.name)).toEqual({ text: "Derzeitige Struktur" });
    expect(zelleBei(vergleich, b.szenarien[1].kosten.eigenanteil)).toMatchObject({ ergebnis: 183094 });
    expect(zelleBei(vergleich, b.differenzen[0].eigenanteil)).toMatchObject({ ergebnis: 80778 });
  });

  it("gives every formula its expected result and every sheet a rectangular block", () => {
    // The explanation columns (C, E) hold text formulas; every other formula is an amount.
    const textSpalten = new Set([2, 4]);
    for (const blatt of plan.blaetter) {
      const breite = blatt.zellen[0].length;
      for (const zeile of blatt.zellen) {
        expect(zeile).toHaveLength(breite);
        zeile.forEach((z, s) => {
          if (!z || !("formel" in z)) return;
          const text = blatt === vergleich && textSpalten.has(s);
          expect([blatt.name, s, typeof z.ergebnis]).toEqual([blatt.name, s, text ? "string" : "number"]);
        });
      }
    }
  });

  it("puts the chart's data right of the printed table and the chart inside the print area", () => {
    const [d] = vergleich.diagramme;
    // Columns A–F are the printed comparison; G stays empty as a gap; the data block is H4:J7.
    expect(d.daten).toBe("H4:J7");
    expect(vergleich.druck?.druckbereich).toBe(`A1:F${Number(d.bis.slice(1))}`);
    expect(d.von).toBe("A19"); // below the notes, the last naming the refund's rule set and its status
    expect(d.bis).toMatch(/^[A-F]\d+$/);
    const zeilen = vergleich.zellen.slice(3, 7).map((z) => z.slice(7, 10));
    expect(zeilen[0]).toEqual([{ text: "Diagrammdaten" }, { text: "Derzeitige Struktur" }, { text: "KIZ" }]);
    expect(zeilen.slice(1).map((z) => z[0])).toEqual([
      { text: "Gesamtkosten" },
      { text: "Kostenerstattung Land NRW" },
      { text: "Jährlicher Kostenanteil" },
    ]);
    expect(zeilen[1][2]).toEqual({ formel: "=D10", ergebnis: 353094 });
    // Nothing of the chart data is left under the table, in the wide explanation columns.
    for (const zeile of vergleich.zellen.slice(17)) expect(zeile.slice(0, 6)).toEqual(Array(6).fill(null));
    // Own column widths: a narrow gap, a label column, one amount column per scenario.
    expect(vergleich.spaltenbreiten.slice(6)).toEqual([3, 28, 16, 16]);
  });

  it("writes explanations that restate an assumption as formulas on it, other wording as text", () => {
    const b = berechneBezuege(szenarien);
    const erl = (zeile: number, i: number) => vergleich.zellen[zeile - 1][2 + 2 * i];
    expect(erl(6, 1)).toEqual({
      formel: `=ROUND(${b.szenarien[1].annahmen.querschnittssatz}*100,2)&" % der Personalkosten"`,
      ergebnis: "30 % der Personalkosten",
    });
    const ap = b.szenarien[0].annahmen.arbeitsplaetze;
    expect(erl(7, 0)).toEqual({
      formel: `=ROUND(${ap},2)&IF(${ap}=1," Arbeitsplatz"," Arbeitsplätze")`,
      ergebnis: "2 Arbeitsplätze",
    });
    expect(erl(8, 0)).toMatchObject({ ergebnis: "1 Büro" });
    expect(erl(8, 1)).toMatchObject({
      formel: expect.stringContaining(b.szenarien[1].annahmen.bueros),
      ergebnis: "4 Büros",
    });
    expect(erl(12, 1)).toMatchObject({
      formel: expect.stringMatching(/^=IF\(SUMIF\(Annahmen!\$E\$\d+:\$E\$\d+,"Landeslehrkraft",Annahmen!\$D\$/),
      ergebnis: "zzgl. 2 Landeslehrkräfte (vom Land bezahlt)",
    });
    // The preset's own wording stays text.
    expect(erl(5, 1)).toEqual({ text: "1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD 6" });
    expect(erl(9, 1)).toEqual({ text: "geschätzter Wert" });
    expect(erl(11, 1)).toEqual({ text: "Förderrichtlinien" });
  });

  it("keeps the user's own explanation as text, even where it looks like a formula", () => {
    const s = erzeugeVorlage("rsk-2013-derzeitig");
    s.erlaeuterungen = { it: "=2*3 Arbeitsplätze", raum: "1 Büro (Altbau)", querschnittskosten: "+30 %" };
    const [v] = baueArbeitsmappe([s], { modus: "nativ", datum: DATUM }).blaetter;
    expect(v.zellen[6][2]).toEqual({ text: "=2*3 Arbeitsplätze" });
    expect(v.zellen[7][2]).toEqual({ text: "1 Büro (Altbau)" });
    expect(v.zellen[5][2]).toEqual({ text: "+30 %" });
  });

  it("bolds the totals and formats amounts in euros", () => {
    const fett = vergleich.formate.filter((f) => f.format.fett).map((f) => f.bereich);
    expect(fett).toEqual(expect.arrayContaining(["A10:F10", "A12:F12"]));
    expect(vergleich.formate).toContainEqual({ bereich: "B5:B12", format: { zahlenformat: '#,##0 "€"' } });
    expect(annahmen.formate.some((f) => f.format.zahlenformat === "0%")).toBe(true);
  });

  it("refuses a scenario that cannot be computed, naming it", () => {
    const s = erzeugeVorlage("rsk-2013-derzeitig");
    s.stellen[0].gruppe = "EG 15";
    expect(() => baueArbeitsmappe([s], { modus: "nativ", datum: DATUM })).toThrow(PlanFehler);
    expect(() => baueArbeitsmappe([s], { modus: "nativ", datum: DATUM })).toThrow(
      /Szenario „Derzeitige Struktur“.*EG 15/,
    );
    expect(() => baueArbeitsmappe([], { modus: "nativ", datum: DATUM })).toThrow(/kein Szenario/);
  });

  it("calls registered extra-sheet builders with the references, after the two main sheets", () => {
    const entferne = registriereZusatzblatt("test", (sz, optionen, bezuege) =>
      optionen.vorlageNr === "ohne"
        ? null
        : {
            name: "Extra",
            modus: optionen.modus,
            zellen: [[{ text: sz[0].name }, { formel: `=${bezuege.szenarien[1].kosten.eigenanteil}*2` }]],
            formate: [],
            spaltenbreiten: [],
            namen: [],
            diagramme: [],
            druck: null,
          },
    );
    try {
      const mit = baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM });
      expect(mit.blaetter.map((b) => b.name)).toEqual(["Kostenvergleich", "Annahmen", "Extra"]);
      expect(mit.blaetter[2].zellen[0][1]).toEqual({ formel: "=Kostenvergleich!$D$12*2" });
      const ohne = baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM, vorlageNr: "ohne" });
      expect(ohne.blaetter.map((b) => b.name)).toEqual(["Kostenvergleich", "Annahmen"]);
    } finally {
      entferne();
    }
    expect(baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM }).blaetter).toHaveLength(2);
  });

  it("escapes ampersands of user text in print headers", () => {
    const p = baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM, vorlageNr: "A&B" });
    expect(p.blaetter[0].druck?.kopfzeile).toContain("Vorlage A&&B");
  });

  it("names the council document once, whether the number comes bare or with its own label", () => {
    const kopf = (vorlageNr?: string) =>
      baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM, vorlageNr }).blaetter.map((b) => b.druck?.kopfzeile);
    expect(kopf("2013/728")).toEqual([
      "Kostenvergleich Integrationsarbeit – Vorlage Nr. 2013/728 – Stand 04.02.2013",
      "Annahmen – Kostenvergleich Integrationsarbeit – Vorlage Nr. 2013/728 – Stand 04.02.2013",
    ]);
    expect(kopf("DS-Nr. 2013/728")[0]).toBe(
      "Kostenvergleich Integrationsarbeit – Vorlage DS-Nr. 2013/728 – Stand 04.02.2013",
    );
    expect(kopf("Beschlussvorlage 17/2013")[1]).toBe(
      "Annahmen – Kostenvergleich Integrationsarbeit – Beschlussvorlage 17/2013 – Stand 04.02.2013",
    );
    expect(kopf(undefined)[0]).toBe("Kostenvergleich Integrationsarbeit – Stand 04.02.2013");
    expect(kopf("  ")[0]).toBe("Kostenvergleich Integrationsarbeit – Stand 04.02.2013");
  });

  it("prints the same council header on the multi-year and levy sheets, A4 landscape one page wide", () => {
    const p = baueArbeitsmappe(szenarien, {
      modus: "nativ",
      datum: DATUM,
      vorlageNr: "2013/728",
      mehrjahr: { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0 },
      umlage: { mitglieder: [{ name: "Troisdorf", grundlage: 1000, minderbelastung: 0 }] },
    });
    expect(p.blaetter.map((b) => b.druck?.kopfzeile)).toEqual([
      "Kostenvergleich Integrationsarbeit – Vorlage Nr. 2013/728 – Stand 04.02.2013",
      "Annahmen – Kostenvergleich Integrationsarbeit – Vorlage Nr. 2013/728 – Stand 04.02.2013",
      "Mehrjahresplanung 2013–2019 – Vorlage Nr. 2013/728 – Stand 04.02.2013",
      "Kreisumlage: Belastung der Mitgliedsgemeinden – Vorlage Nr. 2013/728 – Stand 04.02.2013",
    ]);
    for (const b of p.blaetter) {
      expect(b.druck).toMatchObject({
        querformat: true,
        papier: "A4",
        seitenBreit: 1,
        fusszeileRechts: "Seite &P von &N",
      });
    }
  });
});

describe("number formats and Excel's limits", () => {
  const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
  const voll = (vorlageNr?: string) =>
    baueArbeitsmappe(szenarien, {
      modus: "nativ",
      datum: DATUM,
      ...(vorlageNr === undefined ? {} : { vorlageNr }),
      mehrjahr: { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0 },
      umlage: { mitglieder: [{ name: "Troisdorf", grundlage: 1000, minderbelastung: 0 }] },
    });

  it("writes no format whose decimals are all optional (Excel shows '2,') and quotes literal text", () => {
    const formate = new Set(voll().blaetter.flatMap((b) => b.formate.map((f) => f.format.zahlenformat)));
    formate.delete(undefined);
    expect(formate.size).toBeGreaterThan(4);
    for (const f of formate) {
      const ohneText = f!.replace(/"[^"]*"/g, "");
      expect([f, /\.#*(?:[;%\s]|$)/.test(ohneText)]).toEqual([f, false]);
      // Outside quotes only placeholders, separators, signs and percent — or the word General.
      expect([f, ohneText === "General" || /^[0#.,;%+\-\s]*$/.test(ohneText)]).toEqual([f, true]);
    }
  });

  it("shows counts and shares as General: a whole count without a separator", () => {
    const annahmen = voll().blaetter[1];
    expect(annahmen.formate.map((f) => f.format.zahlenformat)).toContain("General");
  });

  it("keeps every printed header within Excel's 255 characters at the longest Vorlage-Nr.", () => {
    const p = voll("&".repeat(MAX_VORLAGENNR));
    for (const b of p.blaetter) {
      for (const t of [b.druck?.kopfzeile, b.druck?.fusszeileLinks, b.druck?.fusszeileRechts]) {
        expect((t ?? "").length).toBeLessThanOrEqual(255);
      }
    }
    expect(p.blaetter[0].druck?.kopfzeile).toContain("&&&&");
  });

  it("stays within Excel's limits: formulas, name comments, names, sheet names", () => {
    const p = voll("x".repeat(MAX_VORLAGENNR));
    for (const b of p.blaetter) {
      expect(b.name.length).toBeLessThanOrEqual(31);
      expect(b.name).not.toMatch(/[:\\/?*[\]]/);
      for (const zeile of b.zellen) {
        for (const z of zeile) if (z && "formel" in z) expect(z.formel.length).toBeLessThanOrEqual(8192);
      }
      for (const n of b.namen) {
        expect(n.kommentar.length).toBeLessThanOrEqual(255);
        expect(n.name).not.toMatch(/^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/);
      }
    }
  });
});
