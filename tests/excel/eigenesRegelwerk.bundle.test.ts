/**
 * The user's own rule set on the sheets (issue 13, item 5): "Annahmen" shows it as the documented
 * table with its source, KI mode passes that range to KI.LANDESERSTATTUNG (also on
 * Mehrjahresplanung), native mode writes the caps from it — both equal to the core, to the cent,
 * and the NRW-2017 amounts typed in give NRW-2017's refund.
 */
import { EIGENES_REGELWERK_ID, projiziere } from "../../src/core";
import { berechneSzenario, erzeugeVorlage, kostenstruktur, regelnFuer } from "../../src/scenario";
import type { Formelmodus } from "../../src/scenario/optionen";
import { baueArbeitsmappe, berechneBezuege } from "../../src/workbook";
import { annahmenLayout, eigenesRegelwerkBereich } from "../../src/workbook/annahmen/bezuege";
import { MEHRJAHR_BLATTNAME, mehrjahresannahmenAus } from "../../src/workbook/mehrjahr/blatt";
import { kiSzenario, wieNrw2017 } from "../helpers/eigenesRegelwerk";
import { pruefeFormelergebnisse } from "../helpers/formelergebnisse";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

const MEHRJAHR = { vonJahr: 2010, bisJahr: 2024, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 };

function mitEigenemRegelwerk() {
  const e = wieNrw2017();
  e.name = "Bescheid 2025";
  e.finanzierungsart = "Festbetragsfinanzierung";
  e.positionen[0] = { position: "Fachkraft", jeStelle: 57_000, stellen: 2 };
  e.zusatzstelle = { jeStelle: 52_500.5, stellen: 2 };
  return kiSzenario(EIGENES_REGELWERK_ID, e);
}

async function eingefuegt(
  modus: Formelmodus,
  szenarien = [erzeugeVorlage("rsk-2013-derzeitig"), mitEigenemRegelwerk()],
) {
  const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM, mehrjahr: MEHRJAHR });
  const fake = neueMappe(["Tabelle1"]);
  await zugriffAuf(fake).fuegeEin(plan);
  const wert = (bezug: string) => {
    const [blatt, adresse] = bezug.replace(/\$/g, "").split("!");
    return fake.wert(blatt, adresse);
  };
  return { plan, fake, wert, bezuege: berechneBezuege(szenarien) };
}

describe.each(["ki", "nativ"] as Formelmodus[])("own rule set, mode %s", (modus) => {
  it("every formula of every sheet, Mehrjahresplanung included, computes the core's figure", async () => {
    const { plan, fake, wert, bezuege } = await eingefuegt(modus);
    expect(plan.blaetter.map((b) => b.name)).toContain(MEHRJAHR_BLATTNAME);
    expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(200);
    const kern = berechneSzenario(mitEigenemRegelwerk()).aufstellung.landeserstattung;
    // 45.000 + 57.000 + 50.000 + 20.000; extra posts one by one, 2 funded by cost per FTE: the 1,5 posts
    // at 60.000 (min(1,5 × 52.500,50; 90.000)) and ½ of the 47.500 post (min(26.250,25; 23.750));
    // Sachausgaben 50.000.
    expect(kern).toBe(17_200_000 + 7_875_075 + 2_375_000 + 5_000_000);
    expect(Math.round((wert(bezuege.szenarien[1].kosten.landeserstattung) as number) * 100)).toBe(kern);
    // The sheet's cached values above are the projection's; it refunds in every plan year, 2010 and
    // 2011 included (no built-in rule set then), under the own rule set.
    const s = mitEigenemRegelwerk();
    const p = projiziere(kostenstruktur(s, berechneSzenario(s)), mehrjahresannahmenAus(MEHRJAHR, [s]), regelnFuer([s]));
    expect(p.jahre.map((j) => j.regel?.id)).toEqual(p.jahre.map(() => EIGENES_REGELWERK_ID));
    expect(p.jahre[0].erstattung).toBeGreaterThan(28_000_000);
  });

  it("'Annahmen' shows the rule set as the documented table with the user's source", async () => {
    const { fake } = await eingefuegt(modus);
    const zeilen = fake.werte("Annahmen", "A1:K120");
    const titel = zeilen.findIndex((z) => z[0] === "Eigenes Regelwerk – Bescheid 2025 (Festbetragsfinanzierung)");
    expect(titel).toBeGreaterThan(0);
    expect(zeilen.slice(titel + 1, titel + 10).map((z) => z.slice(0, 3))).toEqual([
      ["Förderposition", "Höchstbetrag je Stelle (Assistenz: für die ½ Stelle)", "Stellen höchstens"],
      ["Fachkraft", 57_000, 2],
      ["Verwaltung", 50_000, 1],
      ["Assistenz", 20_000, 0.5],
      ["Zusatzstelle", 52_500.5, 2],
      ["Sachausgaben", 50_000, ""],
      ["Name", "Bescheid 2025", ""],
      ["Quelle", "Bescheid BezReg Arnsberg vom 01.02.2017", ""],
      ["Finanzierungsart", "Festbetragsfinanzierung", ""],
    ]);
    // Every distinct source is printed once, numbered, in the list „Quellen“ at the end (issue 25).
    const quelleNr = (nr: string) => zeilen.find((z) => z[0] === nr)?.[1];
    const fussnote = zeilen
      .slice(titel)
      .flat()
      .find((t) => /^Quelle: \[\d+\]$/.test(String(t)));
    expect(quelleNr(String(fussnote).slice("Quelle: ".length))).toBe(
      "Bescheid BezReg Arnsberg vom 01.02.2017 (vom Anwender eingegeben)",
    );
    const regelwerkZeile = zeilen.find((z) => z[0] === "Förderregelwerk (Kennung)")!;
    expect(regelwerkZeile[3]).toBe(EIGENES_REGELWERK_ID);
    const verweise = regelwerkZeile.flatMap((t) => String(t ?? "").match(/\[\d+\]/g) ?? []);
    expect(verweise.map(quelleNr)).toContainEqual(expect.stringMatching(/Bescheid BezReg Arnsberg vom 01\.02\.2017/));
  });

  it("typed-in NRW-2017 amounts refund what NRW-2017 refunds", async () => {
    const eigen = await eingefuegt(modus, [kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017())]);
    const nrw = await eingefuegt(modus, [kiSzenario("NRW-2017")]);
    const a = eigen.wert(eigen.bezuege.szenarien[0].kosten.landeserstattung);
    // Extra posts one by one: 47.500 + min(1,5 × 50.000; 90.000) (pooled it was min(137.500; 125.000)).
    expect(a).toBe(337_500);
    expect(a).toBe(nrw.wert(nrw.bezuege.szenarien[0].kosten.landeserstattung));
  });
});

it("KI mode passes the table, not the id, as `regelwerk`; native mode needs no KI function", async () => {
  const szenarien = [erzeugeVorlage("rsk-2013-derzeitig"), mitEigenemRegelwerk()];
  const bereich = eigenesRegelwerkBereich(annahmenLayout(szenarien))!;
  expect(bereich).toMatch(/^Annahmen!\$A\$\d+:\$C\$\d+$/);
  const formelnVon = (modus: Formelmodus) =>
    baueArbeitsmappe(szenarien, { modus, datum: DATUM, mehrjahr: MEHRJAHR }).blaetter.flatMap((b) =>
      b.zellen.flat().flatMap((z) => (z && "formel" in z ? [z.formel] : [])),
    );
  const ki = formelnVon("ki").filter((f) => f.includes("KI.LANDESERSTATTUNG"));
  const mitTabelle = ki.filter((f) => f.includes(`,${bereich})`));
  // Kostenvergleich for the KI scenario and every plan year of it.
  expect(mitTabelle.length).toBe(1 + MEHRJAHR.bisJahr - MEHRJAHR.vonJahr + 1);
  expect(formelnVon("nativ").some((f) => f.includes("KI."))).toBe(false);
});

describe.each(["ki", "nativ"] as Formelmodus[])("editing the table on 'Annahmen', mode %s", (modus) => {
  it("recalculates the per-post caps and the refund like the core with the edited amounts", async () => {
    const { fake, wert, bezuege } = await eingefuegt(modus);
    const zeilen = fake.werte("Annahmen", "A1:C120");
    const fachkraft = zeilen.findIndex((z, i) => z[0] === "Fachkraft" && zeilen[i - 1][0] === "Förderposition");
    const sach = zeilen.findIndex((z, i) => z[0] === "Sachausgaben" && i > fachkraft);
    fake.setzeWert("Annahmen", `B${fachkraft + 1}`, 60_000);
    fake.setzeWert("Annahmen", `B${sach + 1}`, 20_000);
    const s = mitEigenemRegelwerk();
    s.erstattung.eigenesRegelwerk!.positionen[0].jeStelle = 60_000;
    s.erstattung.eigenesRegelwerk!.sachausgaben = 20_000;
    const kern = berechneSzenario(s).aufstellung.landeserstattung;
    // Fachkraft 45.000 and 60.000 (cap now 60.000) + 50.000 + 20.000; extra posts per post 78.750,75 + 23.750;
    // Sachausgaben 20.000.
    expect(kern).toBe(17_500_000 + 7_875_075 + 2_375_000 + 2_000_000);
    expect(Math.round((wert(bezuege.szenarien[1].kosten.landeserstattung) as number) * 100)).toBe(kern);
  });
});
