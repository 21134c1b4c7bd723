/**
 * The plan inserted through the access module into the fake host (HyperFormula with the BUILT
 * KI.* functions): reference figures, live recalculation, idempotent re-insert, round-trips.
 */
import { ZugriffsFehler } from "../../src/excel/arbeitsmappenZugriff";
import type { FakeExcel } from "../../devtools/fakeHost";
import { type Szenario, erzeugeVorlagenSatz } from "../../src/scenario";
import { baueArbeitsmappe, berechneBezuege, DIAGRAMM_NAME } from "../../src/workbook";
import type { Formelmodus } from "../../src/scenario/optionen";
import { MAX_VORLAGENNR } from "../../src/core";
import { zeilenhoehe, zeilenhoehenDesBlatts } from "../../src/workbook/zeilenhoehen";
import { DATUM, LEERE_ZELLEN, neueMappe, zugriffAuf } from "./hilfen";

/** "Annahmen!$C$14" → ["Annahmen", "C14"] for the fake host's inspection API. */
function teile(bezug: string): [string, string] {
  const [blatt, adresse] = bezug.split("!");
  return [blatt, adresse.replace(/\$/g, "")];
}

function wertVon(fake: FakeExcel, bezug: string) {
  return fake.wert(...teile(bezug));
}

async function einfuegen(fake: FakeExcel, szenarien: Szenario[], modus: Formelmodus = "ki") {
  const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM, vorlageNr: "2013/728" });
  return zugriffAuf(fake).fuegeEin(plan);
}

// Insert and live recalculation hold whether Excel passes empty cells as null (web) or 0 (Windows).
describe.each(LEERE_ZELLEN)("Rhein-Sieg comparison in the fake host, %s", (_form, leereZelle) => {
  let fake: FakeExcel;
  let szenarien: Szenario[];
  beforeEach(async () => {
    fake = neueMappe(["Tabelle1"], leereZelle);
    szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
    fake.resetSyncCount();
    const ergebnis = await einfuegen(fake, szenarien);
    expect(ergebnis.blaetter).toEqual(["Kostenvergleich", "Annahmen"]);
    expect(ergebnis.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(ergebnis.syncs);
  });

  it("gives wrapped header rows the height of their lines, as the .xlsx writer does", () => {
    const plan = baueArbeitsmappe(szenarien, { modus: "ki", datum: DATUM, vorlageNr: "2013/728" });
    let mehrzeilig = 0;
    for (const blatt of plan.blaetter) {
      const hoehen = zeilenhoehenDesBlatts(blatt, 11);
      for (const [z, hoehe] of hoehen) {
        expect([blatt.name, z, fake.format(blatt.name, `A${z + 1}`).rowHeight]).toEqual([blatt.name, z, hoehe]);
        if (hoehe >= 2 * zeilenhoehe(11)) mehrzeilig++;
      }
    }
    expect(mehrzeilig).toBeGreaterThan(0);
  });

  it("shows 102.316 / 353.094 / 170.000 / 183.094 and a difference of 80.778", () => {
    const b = berechneBezuege(szenarien);
    const [basis, kiz] = b.szenarien;
    expect(wertVon(fake, basis.kosten.gesamtkosten)).toBe(102316);
    expect(wertVon(fake, basis.kosten.landeserstattung)).toBe(0);
    expect(wertVon(fake, basis.kosten.eigenanteil)).toBe(102316);
    expect(wertVon(fake, kiz.kosten.personalkosten)).toBe(238300);
    expect(wertVon(fake, kiz.kosten.querschnittskosten)).toBe(71490);
    expect(wertVon(fake, kiz.kosten.gesamtkosten)).toBe(353094);
    expect(wertVon(fake, kiz.kosten.landeserstattung)).toBe(170000);
    expect(wertVon(fake, kiz.kosten.eigenanteil)).toBe(183094);
    expect(wertVon(fake, b.differenzen[0].eigenanteil)).toBe(80778);
    expect(fake.text(...teile(b.differenzen[0].eigenanteil))).toBe("+80.778 €");
    expect(fake.text(...teile(kiz.kosten.gesamtkosten))).toBe("353.094 €");
    // The amounts are live KI.* formulas on "Annahmen", not typed numbers.
    expect(fake.formel(...teile(kiz.kosten.querschnittskosten))).toBe(
      `=KI.QUERSCHNITTSKOSTEN(D5,IF(ISBLANK(${kiz.annahmen.querschnittssatz}),0,${kiz.annahmen.querschnittssatz}))`,
    );
    expect(String(fake.formel(...teile(kiz.kosten.landeserstattung)))).toContain("KI.LANDESERSTATTUNG(");
    expect(fake.wert("Kostenvergleich", "A2")).toBe("Formeln: KI-Funktionen (Add-in erforderlich)");
    expect(fake.wert("Kostenvergleich", "E12")).toBe("zzgl. 2 Landeslehrkräfte (vom Land bezahlt)");
    expect(String(fake.wert("Kostenvergleich", "A14"))).toMatch(/^Anmerkung: Nicht enthalten ist der Personalaufwand/);
  });

  it("recalculates when the overhead assumption changes to 20 %", () => {
    const b = berechneBezuege(szenarien);
    for (const s of b.szenarien) fake.setzeWert(...teile(s.annahmen.querschnittssatz), 0.2);
    const [basis, kiz] = b.szenarien;
    expect(wertVon(fake, basis.kosten.gesamtkosten)).toBe(95336);
    expect(wertVon(fake, kiz.kosten.gesamtkosten)).toBe(329264);
    expect(wertVon(fake, kiz.kosten.eigenanteil)).toBe(159264);
    expect(wertVon(fake, b.differenzen[0].eigenanteil)).toBe(159264 - 95336);
  });

  it("updates in place on a second insert: no duplicate sheets, charts or names; user cells survive", async () => {
    fake.setzeWert("Kostenvergleich", "M60", "Notiz der Kämmerei");
    fake.setzeWert("Annahmen", "K3", 42);
    const namenVorher = fake
      .namen()
      .map((n) => n.name)
      .sort();
    fake.resetSyncCount();
    const ergebnis = await einfuegen(fake, szenarien);
    expect(ergebnis.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(ergebnis.syncs);
    expect(fake.blattnamen()).toEqual(["Tabelle1", "Kostenvergleich", "Annahmen"]);
    expect(fake.diagramme("Kostenvergleich").map((d) => d.name)).toEqual([DIAGRAMM_NAME]);
    expect(
      fake
        .namen()
        .map((n) => n.name)
        .sort(),
    ).toEqual(namenVorher);
    expect(fake.wert("Kostenvergleich", "M60")).toBe("Notiz der Kämmerei");
    expect(fake.wert("Annahmen", "K3")).toBe(42);
    expect(wertVon(fake, berechneBezuege(szenarien).differenzen[0].eigenanteil)).toBe(80778);
  });

  it("resets edited assumptions to the scenario on re-insert and removes what a dropped scenario had", async () => {
    const b = berechneBezuege(szenarien);
    fake.setzeWert(...teile(b.szenarien[1].annahmen.querschnittssatz), 0.2);
    fake.setzeWert("Kostenvergleich", "Z3", "bleibt");
    await einfuegen(fake, [szenarien[1]]);
    const nur = berechneBezuege([szenarien[1]]);
    expect(wertVon(fake, nur.szenarien[0].kosten.eigenanteil)).toBe(183094);
    // The old second amount column and the difference column are gone, the user's cell is not.
    expect(fake.wert("Kostenvergleich", "F12")).toBe("");
    expect(fake.wert("Kostenvergleich", "D12")).toBe("");
    expect(fake.wert("Kostenvergleich", "Z3")).toBe("bleibt");
    const namen = fake.namen().map((n) => n.name);
    expect(namen).toContain("KI_Eigenanteil_1");
    expect(namen.filter((n) => n.endsWith("_2"))).toEqual([]);
  });

  it("names the key inputs and totals with valid workbook names", () => {
    const namen = new Map(fake.namen().map((n) => [n.name, n]));
    expect(namen.get("KI_Querschnittssatz_1")?.wert).toBe(0.3);
    expect(namen.get("KI_Arbeitsplaetze_2")?.wert).toBe(8);
    expect(namen.get("KI_Pauschale_2")?.wert).toBe(238300);
    expect(namen.get("KI_Landespauschale_2")?.wert).toBe(170000);
    expect(namen.get("KI_Eigenanteil_2")?.wert).toBe(183094);
    expect(namen.get("KI_Eigenanteil_2")?.formel).toBe("=Kostenvergleich!$D$12");
    for (const n of namen.keys()) expect(n).toMatch(/^KI_[A-Za-z]+_\d+$/);
  });

  it("sets up printing and the chart", () => {
    const d = fake.druckeinrichtung("Kostenvergleich");
    expect(d.orientation).toBe("Landscape");
    expect(d.paperSize).toBe("A4");
    expect(d.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(d.druckTitelZeilen).toBe("$1:$4");
    expect(d.druckbereich).toMatch(/^\$A\$1:\$F\$\d+$/);
    expect(d.kopfFuss.centerHeader).toBe(
      "Kostenvergleich Integrationsarbeit – Vorlage Nr. 2013/728 – Stand 04.02.2013",
    );
    expect(d.kopfFuss.rightFooter).toBe("Seite &P von &N");
    const [diagramm] = fake.diagramme("Kostenvergleich");
    expect(diagramm.typ).toBe("ColumnClustered");
    expect(diagramm.reihenNach).toBe("Columns");
    expect(diagramm.titel).toBe("Kostenvergleich (€ je Jahr)");
    const quelle = diagramm.quelle.split("!")[1].replace(/\$/g, "");
    // The data sit right of the printed columns A–F, the chart below the table inside the print area.
    expect(quelle).toBe("H4:J7");
    const unten = Number(/\d+$/.exec(String(diagramm.bis))![0]);
    expect(d.druckbereich).toBe(`$A$1:$F$${unten}`);
    expect(diagramm.von).toBe("Kostenvergleich!A19"); // below the notes, which name the rule set and its status
    expect(diagramm.bis).toMatch(/^Kostenvergleich![A-F]\d+$/);
    expect(
      fake
        .werte("Kostenvergleich", "A18:F40")
        .flat()
        .every((w) => w === ""),
    ).toBe(true);
    const werte = fake.werte("Kostenvergleich", quelle);
    expect(werte).toEqual([
      ["Diagrammdaten", "Derzeitige Struktur", "KIZ"],
      ["Gesamtkosten", 102316, 353094],
      ["Kostenerstattung Land NRW", 0, 170000],
      ["Jährlicher Kostenanteil", 102316, 183094],
    ]);
    expect(fake.format("Kostenvergleich", "A10").bold).toBe(true);
    expect(fake.format("Kostenvergleich", "A12").bold).toBe(true);
  });

  it.each<Formelmodus>(["ki", "nativ"])(
    "keeps the explanations in step with edited assumptions (%s)",
    async (modus) => {
      const f = neueMappe();
      await einfuegen(f, szenarien, modus);
      const [basis, kiz] = berechneBezuege(szenarien).szenarien;
      const erl = (adresse: string) => f.wert("Kostenvergleich", adresse);
      expect([erl("C6"), erl("C7"), erl("C8"), erl("C12")]).toEqual([
        "30 % der Personalkosten",
        "2 Arbeitsplätze",
        "1 Büro",
        "",
      ]);
      expect([erl("E7"), erl("E8"), erl("E12")]).toEqual([
        "8 Arbeitsplätze",
        "4 Büros",
        "zzgl. 2 Landeslehrkräfte (vom Land bezahlt)",
      ]);
      const lehrkraft = f.werte("Annahmen", "A1:A80").findIndex(([a]) => a === "Lehrkraft (vom Land abgeordnet)") + 1;
      expect(f.wert("Annahmen", `E${lehrkraft}`)).toBe("Landeslehrkraft");

      f.setzeWert(...teile(basis.annahmen.arbeitsplaetze), 1);
      f.setzeWert(...teile(basis.annahmen.bueros), 3);
      f.setzeWert(...teile(kiz.annahmen.bueros), 1);
      f.setzeWert(...teile(kiz.annahmen.querschnittssatz), 0.255);
      f.setzeWert("Annahmen", `D${lehrkraft}`, 1);
      // HyperFormula joins a number to text with "."; German Excel uses its "," there ("25,5 %").
      expect([erl("C7"), erl("C8"), erl("E6"), erl("E8"), erl("E12")]).toEqual([
        "1 Arbeitsplatz",
        "3 Büros",
        "25.5 % der Personalkosten",
        "1 Büro",
        "zzgl. 1 Landeslehrkraft (vom Land bezahlt)",
      ]);
      // The amounts beside them moved along.
      expect(wertVon(f, basis.kosten.it)).toBe(2268);
      expect(wertVon(f, kiz.kosten.raum)).toBe(5040);
      f.setzeWert("Annahmen", `D${lehrkraft}`, 0);
      expect(erl("E12")).toBe("");
      // The preset's own wording and the rule set's title stay plain text.
      expect(f.formel("Kostenvergleich", "E5")).toBe("1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD 6");
      expect(f.formel("Kostenvergleich", "E9")).toBe("geschätzter Wert");
      expect(f.formel("Kostenvergleich", "E11")).toBe("Förderrichtlinien");
    },
  );

  it("reports the formula mode of each generated sheet", async () => {
    const zugriff = zugriffAuf(fake);
    expect(await zugriff.blattModi()).toEqual({ Kostenvergleich: "ki", Annahmen: "ki" });
    await einfuegen(fake, szenarien, "nativ");
    expect(await zugriff.blattModi()).toEqual({ Kostenvergleich: "nativ", Annahmen: "nativ" });
    expect(fake.wert("Kostenvergleich", "A2")).toBe("Formeln: nur Excel-Standardfunktionen – ohne Add-in lesbar");
  });
});

describe("safety of the insert", () => {
  it("refuses to overwrite a sheet of the same name it did not create", async () => {
    const fake = neueMappe(["Annahmen"]);
    fake.setzeWert("Annahmen", "A1", "Eigene Daten");
    const versuch = einfuegen(fake, erzeugeVorlagenSatz("rhein-sieg-2013"));
    await expect(versuch).rejects.toBeInstanceOf(ZugriffsFehler);
    await expect(versuch).rejects.toThrow(/Blatt „Annahmen“, das nicht vom KI-Kostenplaner stammt/);
    expect(fake.wert("Annahmen", "A1")).toBe("Eigene Daten");
    expect(fake.blattnamen()).toEqual(["Annahmen"]);
  });

  it("writes names and labels that look like formulas as text", async () => {
    const fake = neueMappe();
    const namen = ['=HYPERLINK("http://x")', "+1", "@SUM(A1)", "-2", "'zitiert", "1/2", "30%", "TRUE"];
    const szenarien = namen.map((name, i) => {
      const s = erzeugeVorlagenSatz("rhein-sieg-2013")[i % 2];
      return { ...s, id: `${s.id}-${i}`, name, stellen: s.stellen.map((st) => ({ ...st, bezeichnung: name })) };
    });
    await einfuegen(fake, szenarien);
    const b = berechneBezuege(szenarien);
    namen.forEach((name, i) => {
      const [blatt, adresse] = teile(b.szenarien[i].annahmen.name);
      expect(fake.wert(blatt, adresse)).toBe(name);
      expect(fake.formel(blatt, adresse)).toBe(name);
      expect(fake.wert("Kostenvergleich", `${String.fromCharCode(66 + 2 * i)}4`)).toBe(name);
    });
    // Staff descriptions too; and the figures are unaffected.
    const bezeichnungen = fake.werte("Annahmen", "A1:A200").flat();
    for (const name of namen) expect(bezeichnungen).toContain(name);
    expect(wertVon(fake, b.szenarien[1].kosten.eigenanteil)).toBe(183094);
  });
});

describe("Excel's limits on a real insert", () => {
  it("inserts all four sheets with the longest Vorlage-Nr. (every character an '&') within the header limit", async () => {
    const fake = neueMappe();
    // 60 plan years: the rule set is chosen explicitly (for 2020 on none is known, issue 22).
    const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013").map((s) => ({
      ...s,
      erstattung: { ...s.erstattung, regelwerk: "NRW-2012" },
    }));
    const plan = baueArbeitsmappe(szenarien, {
      modus: "ki",
      datum: DATUM,
      vorlageNr: "&".repeat(MAX_VORLAGENNR),
      mehrjahr: { vonJahr: 2013, bisJahr: 2072, personalSteigerung: 0.02, sachSteigerung: 0.01, zinssatz: 0.03 },
      umlage: { mitglieder: [{ name: "Troisdorf", grundlage: 1000, minderbelastung: 0 }] },
    });
    const ergebnis = await zugriffAuf(fake).fuegeEin(plan);
    expect(ergebnis.blaetter).toHaveLength(4);
  });

  it("fails at sync, like Excel, when a header exceeds 255 characters", async () => {
    const fake = neueMappe();
    const plan = baueArbeitsmappe(erzeugeVorlagenSatz("rhein-sieg-2013"), { modus: "ki", datum: DATUM });
    plan.blaetter[0].druck!.kopfzeile = "x".repeat(256);
    await expect(zugriffAuf(fake).fuegeEin(plan)).rejects.toBeTruthy();
  });
});
