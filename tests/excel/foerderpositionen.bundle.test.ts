/**
 * Per-post caps on the sheets (issue 13): every base post has a Förderposition, so "Annahmen" shows
 * each post's cap and grant and "Kostenvergleich" refunds their sum — in both formula modes the
 * same as the core, to the cent. Built from an empty scenario, independent of the presets.
 */
import type { Foerderposition } from "../../src/core";
import { projiziere } from "../../src/core";
import { type Stelle, type Szenario, berechneSzenario, erzeugeVorlage, leeresSzenario } from "../../src/scenario";
import { kostenstruktur } from "../../src/scenario/berechnung";
import { MEHRJAHR_BLATTNAME, mehrjahresannahmenAus } from "../../src/workbook/mehrjahr/blatt";
import type { Formelmodus } from "../../src/scenario/optionen";
import { baueArbeitsmappe, berechneBezuege } from "../../src/workbook";
import { pruefeFormelergebnisse } from "../helpers/formelergebnisse";
import { DATUM, neueMappe, zugriffAuf } from "./hilfen";

function stelle(id: string, position: Foerderposition, satz: number, anteil = 1): Stelle {
  return {
    id,
    bezeichnung: position,
    gruppe: "EG 11",
    anteil,
    eigenerSatz: satz,
    art: "kommunal",
    foerderposition: position,
  };
}

/** The example: Fachkraft 45.000 + Fachkraft 60.000 + Verwaltung 50.000 + Assistenz ½ 25.000. */
function szenario(): Szenario {
  return {
    ...leeresSzenario(),
    name: "KI mit Förderpositionen",
    jahr: 2013,
    stellen: [
      stelle("a", "Fachkraft", 45_000),
      stelle("b", "Fachkraft", 60_000),
      stelle("c", "Verwaltung", 50_000),
      stelle("d", "Assistenz", 50_000, 0.5),
    ],
    erstattung: { aktiv: true, regelwerk: "auto", sachausgaben: 0 },
  };
}

async function eingefuegt(modus: Formelmodus, s: Szenario) {
  const fake = neueMappe(["Tabelle1"]);
  await zugriffAuf(fake).fuegeEin(baueArbeitsmappe([s], { modus, datum: DATUM }));
  const zelleVon = (bezug: string) => {
    const [blatt, adresse] = bezug.replace(/\$/g, "").split("!");
    return fake.wert(blatt, adresse);
  };
  return { fake, erstattung: zelleVon(berechneBezuege([s]).szenarien[0].kosten.landeserstattung) };
}

const MEHRJAHR = { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 };

describe.each(["ki", "nativ"] as Formelmodus[])("per-post caps, mode %s", (modus) => {
  it("every formula of every sheet, with Mehrjahresplanung 2013–2019, gives the core's figure", async () => {
    const s = szenario();
    s.stellen[1] = { ...s.stellen[1], eigenerSatz: 48_000 };
    const szenarien = [erzeugeVorlage("rsk-2013-derzeitig"), s];
    const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM, mehrjahr: MEHRJAHR });
    const fake = neueMappe(["Tabelle1"]);
    await zugriffAuf(fake).fuegeEin(plan);
    expect(plan.blaetter.map((b) => b.name)).toContain(MEHRJAHR_BLATTNAME);
    expect(pruefeFormelergebnisse(fake, plan.blaetter)).toBeGreaterThan(150);
    // 2013: 45.000 + 48.000 + 50.000 + 20.000 per post; pooled it would be the 170.000 cap.
    const projektion = projiziere(kostenstruktur(s, berechneSzenario(s)), mehrjahresannahmenAus(MEHRJAHR, szenarien));
    expect(projektion.jahre[0].erstattung).toBe(16_300_000);
  });

  it("refunds 165.000 € for the issue's example, as the core does", async () => {
    const s = szenario();
    expect(berechneSzenario(s).aufstellung.landeserstattung).toBe(16_500_000);
    const { fake, erstattung } = await eingefuegt(modus, s);
    expect(erstattung).toBe(165_000);
    // Each post's cap and grant on "Annahmen": caps 50.000, 50.000, 50.000, 20.000.
    const zeilen = fake
      .werte("Annahmen", "A1:K80")
      .filter((z) => ["Fachkraft", "Verwaltung", "Assistenz"].includes(z[6] as string));
    expect(zeilen.map((z) => [z[6], z[7], z[8], z[9]])).toEqual([
      ["Fachkraft", 1, 50_000, 45_000],
      ["Fachkraft", 1, 50_000, 50_000],
      ["Verwaltung", 1, 50_000, 50_000],
      ["Assistenz", 0.5, 20_000, 20_000],
    ]);
  });

  it("caps a part-time post in proportion and funds the two Fachkraft posts by cost per FTE, in any order", async () => {
    const s = szenario();
    s.stellen = [stelle("a", "Fachkraft", 80_000, 0.5), ...s.stellen];
    const kern = berechneSzenario(s).aufstellung.landeserstattung;
    // Two Fachkraft posts are funded: ½ post (80.000/FTE, cost 40.000, cap 25.000), the 60.000 post
    // (cap 50.000) and half of the 45.000 post (cost of that half 22.500, cap 25.000); Verwaltung
    // 50.000 + Assistenz 20.000. Listed order would have funded the 45.000 post in full instead.
    const { erstattung } = await eingefuegt(modus, s);
    expect(Math.round((erstattung as number) * 100)).toBe(kern);
    expect(kern).toBe(2_500_000 + 5_000_000 + 2_250_000 + 5_000_000 + 2_000_000);
    const umgekehrt = { ...s, stellen: [...s.stellen].reverse() };
    expect(berechneSzenario(umgekehrt).aufstellung.landeserstattung).toBe(kern);
    const { erstattung: e2 } = await eingefuegt(modus, umgekehrt);
    expect(e2).toBe(erstattung);
  });
});
