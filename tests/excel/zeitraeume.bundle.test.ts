/**
 * Staff that comes and goes (issue 13): posts and the Sachausgaben with a first and last year, on
 * every sheet, in both formula modes, through the fake host with the built KI.* functions — each
 * formula gives the core's figure, and both modes give the same cents.
 */
import { type Jahreswerte, projiziere } from "../../src/core";
import { type Szenario, berechneSzenario, erzeugeVorlage, erzeugeVorlagenSatz } from "../../src/scenario";
import { kostenstruktur } from "../../src/scenario/berechnung";
import { regelnFuer } from "../../src/scenario/eigenesRegelwerk";
import type { Formelmodus } from "../../src/scenario/optionen";
import { pruefeSzenario } from "../../src/scenario/validierung";
import { baueArbeitsmappe, berechneBezuege } from "../../src/workbook";
import { MEHRJAHR_BLATTNAME, mehrjahresannahmenAus } from "../../src/workbook/mehrjahr/blatt";
import type { FakeExcel } from "../../devtools/fakeHost";
import { EIGENES_REGELWERK_ID } from "../../src/core";
import { kiSzenario, wieNrw2017 } from "../helpers/eigenesRegelwerk";
import { pruefeFormelergebnisse } from "../helpers/formelergebnisse";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

const MEHRJAHR = { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 };
const MODI: Formelmodus[] = ["ki", "nativ"];

/** Inserts the workbook and checks every formula cell against the value the core wrote beside it. */
async function eingefuegtUndGeprueft(szenarien: Szenario[], modus: Formelmodus) {
  for (const s of szenarien) expect([s.name, pruefeSzenario(s)]).toEqual([s.name, {}]);
  const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM, mehrjahr: MEHRJAHR });
  const fake = neueMappe(["Tabelle1"]);
  await zugriffAuf(fake).fuegeEin(plan);
  expect(pruefeFormelergebnisse(fake, plan.blaetter, alsDeutsch)).toBeGreaterThan(150);
  return { plan, fake };
}

/**
 * A number joined into text ("3,5 Landeslehrkräfte") shows the display language's decimal
 * separator; the fake host computes as English Excel, the core writes what German Excel shows.
 */
function alsDeutsch(wert: unknown): unknown {
  return typeof wert === "string" ? wert.replace(/(\d)\.(\d)/g, "$1,$2") : wert;
}

function projektion(szenarien: Szenario[], s: Szenario): Jahreswerte[] {
  const a = mehrjahresannahmenAus(MEHRJAHR, szenarien);
  return projiziere(kostenstruktur(s, berechneSzenario(s)), a, regelnFuer(szenarien)).jahre;
}

/** The multi-year sheet's numbers, for comparing the two modes (its notes name the mode's functions). */
function mehrjahrWerte(fake: FakeExcel) {
  return fake.werte(MEHRJAHR_BLATTNAME, "A1:P40").map((z) => z.map((w) => (typeof w === "number" ? w : null)));
}

describe("Ausbau-Vorlage (Kreis ab 2017): Ausbaustellen gibt es erst ab 2017", () => {
  it("keine Ausbaukosten vor 2017, die Erstattung springt 2017, Modus ki und nativ auf den Cent gleich", async () => {
    const werte: unknown[] = [];
    for (const modus of MODI) {
      const szenarien = erzeugeVorlagenSatz("kreis-2017");
      const ki = szenarien[1];
      const jahre = projektion(szenarien, ki);
      const ohneAusbau = structuredClone(ki);
      ohneAusbau.stellen = ohneAusbau.stellen.filter((st) => st.abJahr === undefined);
      const grund = projektion(szenarien, ohneAusbau);
      // 2013–2016: exactly the base posts; from 2017 the 3 extra posts, funded with up to 50.000 € each.
      for (let i = 0; i < 4; i++) expect(jahre[i]).toEqual(grund[i]);
      expect(jahre[4].personal).toBeGreaterThan(grund[4].personal + 20_000_000);
      expect(jahre[4].erstattung - grund[4].erstattung).toBe(15_000_000);
      expect(jahre[3].regel?.id).toBe("NRW-2012");
      expect(jahre[4].regel?.id).toBe("NRW-2017");
      const { fake } = await eingefuegtUndGeprueft(szenarien, modus);
      werte.push(mehrjahrWerte(fake));
    }
    expect(werte[1]).toEqual(werte[0]);
  });

  it("die Vorlage legt die Ausbaustellen und -lehrkräfte ab 2017 an", () => {
    for (const id of ["kreis-2017", "stadt-2017"]) {
      const v = erzeugeVorlage(id);
      const ab2017 = v.stellen.filter((st) => st.abJahr === 2017);
      expect(ab2017.map((st) => st.art).sort()).toEqual(["landeslehrer", "zusatz"]);
      const lehrkraefte = v.stellen.filter((st) => st.art === "landeslehrer").reduce((x, st) => x + st.anteil, 0);
      expect(lehrkraefte).toBe(id === "kreis-2017" ? 3.5 : 3);
    }
  });
});

/** The Ausbau preset planned in 2016: its Ausbau posts are listed apart on "Annahmen" and cost from 2017. */
function ausbauIn2016(): Szenario[] {
  const szenarien = erzeugeVorlagenSatz("kreis-2017");
  szenarien[1].jahr = 2016;
  szenarien[1].erstattung.regelwerk = "auto";
  return szenarien;
}

describe.each(MODI)("Zeiträume auf allen Blättern, Modus %s", (modus) => {
  it("eine Stelle, die es im Jahr des Szenarios nicht gibt, fehlt im Kostenvergleich und zählt ab ihrem ersten Jahr", async () => {
    const szenarien = ausbauIn2016();
    const ki = szenarien[1];
    const e = berechneSzenario(ki);
    expect(e.personal.zusatz).toBe(0);
    const { fake } = await eingefuegtUndGeprueft(szenarien, modus);
    const kosten = berechneBezuege(szenarien).szenarien[1].kosten.personalkosten.replace(/\$/g, "").split("!");
    expect(fake.wert(kosten[0], kosten[1])).toBe(e.aufstellung.personalkosten / 100);
    const annahmen = fake.werte("Annahmen", "A1:L90").map((z) => String(z[0] ?? ""));
    expect(annahmen.some((t) => t.startsWith("Stellen, die es 2016 nicht gibt"))).toBe(true);
    const jahre = projektion(szenarien, ki);
    expect(jahre[3].personal).toBe(e.aufstellung.personalkosten);
    expect(jahre[4].personal).toBeGreaterThan(jahre[3].personal + 20_000_000);
  });

  it("eine Stelle endet, eine andere derselben Förderposition beginnt: Höchstbeträge je Jahr wie im Kern", async () => {
    const szenarien = erzeugeVorlagenSatz("kreis-2017");
    const ki = szenarien[1];
    ki.jahr = 2015;
    ki.stellen = ki.stellen.map((st) =>
      st.art === "kommunal" ? { ...st, foerderposition: st.gruppe === "EG 6" ? "Assistenz" : "Fachkraft" } : st,
    );
    ki.stellen.find((st) => st.gruppe === "EG 9c")!.foerderposition = "Verwaltung";
    // The two Fachkraft posts split: one ends in 2016, a third (own rate) starts in 2017.
    const fach = ki.stellen.find((st) => st.foerderposition === "Fachkraft")!;
    fach.anteil = 1;
    ki.stellen.splice(1, 0, { ...fach, id: "f2", bezeichnung: "Fachkraft bis 2016", bisJahr: 2016 });
    ki.stellen.push({ ...fach, id: "f3", bezeichnung: "Fachkraft ab 2017", eigenerSatz: 45_000, abJahr: 2017 });
    const jahre = projektion(szenarien, ki);
    expect(jahre.map((j) => j.jahr)).toContain(2017);
    await eingefuegtUndGeprueft(szenarien, modus);
  });

  it("Sachausgaben 2017–2018: danach kleinere Projektmittel und keine Sachausgabenerstattung", async () => {
    const szenarien = erzeugeVorlagenSatz("kreis-2017");
    const ki = szenarien[1];
    ki.projektmittel = 60_000;
    ki.erstattung = { ...ki.erstattung, sachausgaben: 40_000, sachausgabenAb: 2017, sachausgabenBis: 2018 };
    const jahre = projektion(szenarien, ki);
    const j2018 = jahre.find((j) => j.jahr === 2018)!;
    const j2019 = jahre.find((j) => j.jahr === 2019)!;
    // 2019: 40.000 € (at 2017 prices) less project funds and 40.000 € (carried forward) less refund.
    expect(j2018.erstattung - j2019.erstattung).toBeGreaterThan(4_000_000);
    expect(j2019.sachkosten).toBeLessThan(j2018.sachkosten - 3_000_000);
    await eingefuegtUndGeprueft(szenarien, modus);
  });
});

describe.each(MODI)("Zeiträume mit eigenem Regelwerk, Modus %s", (modus) => {
  it("Stellen und Sachausgaben mit Zeitraum unter dem eigenen Regelwerk: jede Formel wie der Kern", async () => {
    const ki = kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017());
    ki.stellen[1] = { ...ki.stellen[1], bisJahr: 2020 };
    ki.stellen[5] = { ...ki.stellen[5], abJahr: 2018, bisJahr: 2021 };
    ki.stellen.push({
      ...ki.stellen[0],
      id: "f3",
      bezeichnung: "Fachkraft ab 2021",
      abJahr: 2021,
      eigenerSatz: 58_000,
    });
    ki.erstattung = { ...ki.erstattung, sachausgabenAb: 2019, sachausgabenBis: 2020 };
    const szenarien = [erzeugeVorlage("rsk-2013-derzeitig"), ki];
    const jahre = projektion(szenarien, ki);
    expect(new Set(jahre.map((j) => j.regel?.id))).toEqual(new Set([EIGENES_REGELWERK_ID]));
    await eingefuegtUndGeprueft(szenarien, modus);
  });
});

describe("Zeitraum der Sachausgaben", () => {
  it("muss das Jahr des Szenarios enthalten", () => {
    const s = erzeugeVorlage("kreis-2017");
    s.erstattung = { ...s.erstattung, sachausgaben: 1000, sachausgabenAb: 2018 };
    expect(pruefeSzenario(s)["erstattung.sachausgabenAb"]).toMatch(/muss das Jahr des Szenarios \(2017\) enthalten/);
    s.erstattung = { ...s.erstattung, sachausgabenAb: 2017, sachausgabenBis: 2016 };
    expect(pruefeSzenario(s)["erstattung.sachausgabenBis"]).toMatch(/liegt vor dem ersten/);
  });
});
