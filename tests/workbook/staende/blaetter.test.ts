/** The Stand sheets and result lines as plain plans: values only, both modes alike, A4 one page wide. */
import { erzeugeVorlagenSatz, type Szenario } from "../../../src/scenario";
import { kodiereSpeicherstand, type GespeicherteOptionen } from "../../../src/scenario/speicherformat";
import { erstelleStand, leseStand, leseStandEintrag, type Stand } from "../../../src/scenario/staende";
import {
  PROTOKOLL_BLATTNAME,
  VERGLEICH_BLATTNAME,
  baueArbeitsmappe,
  ergebniszeilen,
  regelwerkVermerke,
} from "../../../src/workbook";
import type { BlattPlan, Zelle } from "../../../src/workbook/plan";

const OPT: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};
const BASIS = erzeugeVorlagenSatz("rhein-sieg-2013");
const kopie = (): Szenario[] => JSON.parse(JSON.stringify(BASIS)) as Szenario[];

function stand(bez: string, datum: string, sz: Szenario[]): Stand {
  return erstelleStand({
    id: bez,
    bezeichnung: bez,
    datum,
    szenarien: sz,
    optionen: OPT,
    regelwerke: regelwerkVermerke(sz),
    ergebnisse: ergebniszeilen(sz, {}),
  });
}

function texte(b: BlattPlan): string[][] {
  return b.zellen.map((r) => r.map((z: Zelle) => (z && "text" in z ? z.text : z && "zahl" in z ? String(z.zahl) : "")));
}

function blaetter(modus: "ki" | "nativ") {
  const a = kopie();
  const b = kopie();
  b[1].arbeitsplaetze = 6;
  const c = kopie();
  c[1].arbeitsplaetze = 6;
  c[1].querschnittssatz = 0.25;
  const staende = [
    stand("Entwurf", "2013-11-04", a),
    stand("Ausschuss", "2013-12-09", b),
    stand("Kreistag", "2013-12-17", c),
  ];
  const jetzt = kopie();
  jetzt[1].projektmittel = 7000;
  const plan = baueArbeitsmappe(jetzt, {
    modus,
    datum: new Date(2014, 0, 1),
    staende: { vergleich: staende[0], alle: staende, aktuell: kodiereSpeicherstand(jetzt, OPT) },
  });
  return {
    vergleich: plan.blaetter.find((x) => x.name === VERGLEICH_BLATTNAME)!,
    protokoll: plan.blaetter.find((x) => x.name === PROTOKOLL_BLATTNAME)!,
  };
}

describe("Blätter „Vergleich mit Stand“ und „Änderungsprotokoll“", () => {
  test("nur Werte, in beiden Formelmodi gleich, A4 eine Seite breit", () => {
    const ki = blaetter("ki");
    const nativ = blaetter("nativ");
    for (const b of [ki.vergleich, ki.protokoll]) {
      expect(b.zellen.flat().some((z) => z !== null && "formel" in z)).toBe(false);
      expect(b.druck).toMatchObject({ papier: "A4", querformat: true, seitenBreit: 1 });
    }
    expect(texte(nativ.vergleich)).toEqual(texte(ki.vergleich));
    expect(texte(nativ.protokoll)).toEqual(texte(ki.protokoll));
  });

  test("Vergleich: Differenz jetzt − Stand mit Vorzeichen, geänderte Annahme alt → neu", () => {
    const t = texte(blaetter("ki").vergleich);
    const zeile = (name: string) => t.find((r) => r[1] === name)!;
    expect(zeile("KIZ: Projektmittel").slice(2)).toEqual(["7000", "5000", "2000"]);
    expect(zeile("KIZ: Jährlicher Kostenanteil").slice(2)).toEqual(["185094", "183094", "2000"]);
    expect(zeile("Derzeitige Struktur: Jährlicher Kostenanteil")[4]).toBe("0");
    expect(t.find((r) => r[1] === "Projektmittel")).toEqual(["KIZ", "Projektmittel", "5.000 €", "7.000 €", "2000"]);
  });

  test("Protokoll: je Schritt jede Änderung mit ihrer Wirkung auf den Eigenanteil", () => {
    const t = texte(blaetter("ki").protokoll);
    expect(t.filter((r) => /^\d\. Von/.test(r[0])).map((r) => r[0])).toEqual([
      "1. Von „Entwurf“ vom 04.11.2013 zu „Ausschuss“ vom 09.12.2013",
      "2. Von „Ausschuss“ vom 09.12.2013 zu „Kreistag“ vom 17.12.2013",
    ]);
    expect(t.find((r) => r[1] === "IT-Arbeitsplätze")).toEqual(["KIZ", "IT-Arbeitsplätze", "8", "6", "-4536"]);
    // 30 % → 25 % of the KIZ's 238.300 € personnel costs: −11.915 €.
    expect(t.find((r) => r[1] === "Querschnittssatz")).toEqual(["KIZ", "Querschnittssatz", "30 %", "25 %", "-11915"]);
  });

  test("Ergebniszeilen: Mehrjahressummen und Barwert, Belastung je Gemeinde nur mit der Option", () => {
    const sz = kopie();
    expect(ergebniszeilen(sz, {}).map((z) => z.bereich)).not.toContain("Mehrjahresplanung");
    const mit = ergebniszeilen(sz, {
      mehrjahr: { vonJahr: 2013, bisJahr: 2015, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0 },
      umlage: {
        mitglieder: [
          { name: "A", grundlage: 1000, minderbelastung: 0 },
          { name: "B", grundlage: 3000, minderbelastung: 0 },
        ],
      },
    });
    const summe = mit.find((z) => z.schluessel === `mehrjahr:${sz[1].id}:summe`)!;
    expect(summe.cent).toBeGreaterThan(0);
    expect(mit.filter((z) => z.bereich === "Kreisumlage").map((z) => z.cent)).toEqual([2019450, 6058350]);
  });
});

describe("Standformat", () => {
  const s = stand("Ausschuss", "2013-12-09", kopie());
  test("liest, was es schreibt", () => {
    expect(leseStand(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, stand: s });
  });
  test.each([
    ["neuere Version", { ...s, version: 2 }, /neueren Version/],
    ["fehlende Bezeichnung", { ...s, bezeichnung: "" }, /Bezeichnung/],
    ["unbekanntes Feld", { ...s, x: 1 }, /unbekannte Felder \(x\)/],
    ["Cent keine ganze Zahl", { ...s, ergebnisse: [{ ...s.ergebnisse[0], cent: 1.5 }] }, /cent ist keine ganze Zahl/],
    ["kaputte Szenarien", { ...s, zustand: { ...s.zustand, szenarien: [{}] } }, /Szenarien sind nicht lesbar/],
  ])("%s wird gemeldet", (_, json, meldung) => {
    const r = leseStand(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.meldung).toMatch(meldung);
  });
  test("abgeschnittenes JSON bleibt als Rohtext erhalten", () => {
    const roh = JSON.stringify(s).slice(0, 100);
    expect(leseStandEintrag("k", roh)).toMatchObject({ status: "unlesbar", schluessel: "k", roh });
  });
});
