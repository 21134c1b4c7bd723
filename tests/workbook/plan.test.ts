/** The pure plan: text cells, cached results, names, references for extra sheets, registry. */
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
    for (const blatt of plan.blaetter) {
      const breite = blatt.zellen[0].length;
      for (const zeile of blatt.zellen) {
        expect(zeile).toHaveLength(breite);
        for (const z of zeile) if (z && "formel" in z) expect(typeof z.ergebnis).toBe("number");
      }
    }
  });

  it("bolds the totals and formats amounts in euros", () => {
    const fett = vergleich.formate.filter((f) => f.format.fett).map((f) => f.bereich);
    expect(fett).toEqual(expect.arrayContaining(["A10:F10", "A12:F12"]));
    expect(vergleich.formate).toContainEqual({ bereich: "B5:B12", format: { zahlenformat: "#,##0 €" } });
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
    expect(p.blaetter[0].druck?.kopfzeile).toContain("Vorlage Nr. A&&B");
  });
});
