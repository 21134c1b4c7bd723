/**
 * Break-even of the KI against the baseline (src/core/sensitivitaet.ts), on the Rhein-Sieg-Kreis
 * comparison of 04.02.2013 (docs/QUELLEN.md#rhein-sieg-2013) and on constructed cases whose
 * answers are worked out by hand below.
 */
import { Kostenstruktur, berechneErstattung, gleichstaende, foerderregelFuerJahr } from "../../../src/core";
import { type Szenario, erzeugeVorlagenSatz } from "../../../src/scenario";
import { berechneSzenario, kostenstruktur } from "../../../src/scenario/berechnung";

/** Break-even of two whole scenarios in the KI scenario's budget year, through the core. */
function gleichstaendeFuerSzenarien(basis: Szenario, ki: Szenario, optionen: { querschnittNurKi?: boolean } = {}) {
  const struktur = (s: Szenario) => kostenstruktur(s, berechneSzenario(s));
  return gleichstaende({ basis: struktur(basis), ki: struktur(ki), jahr: ki.jahr, ...optionen });
}

function struktur(teil: Partial<Kostenstruktur>): Kostenstruktur {
  return {
    name: "S",
    koerperschaft: "Kreis",
    personalGrund: 0,
    personalZusatz: 0,
    zusatzstellen: 0,
    querschnittssatz: 0,
    querschnitt: 0,
    it: 0,
    raum: 0,
    projektmittel: 0,
    sachausgaben: 0,
    regelwerk: null,
    ...teil,
  };
}

describe("Rhein-Sieg-Kreis 2013 (derzeitige Struktur 102.316 € gegen KIZ 183.094 €)", () => {
  const [basis, kiz] = erzeugeVorlagenSatz("rhein-sieg-2013");
  const [querschnitt, erstattung, personal] = gleichstaendeFuerSzenarien(basis, kiz);

  it("rechnet vom gleichen Abstand 80.778 € aus", () => {
    for (const g of [querschnitt, erstattung, personal]) expect(g.abstandAktuell).toBe(8_077_800);
  });

  it("Querschnittssatz: kein Gleichstand zwischen 0 % und 100 %", () => {
    // Common rate s for both: d(s) = EA_KIZ − EA_derzeit
    //   = (238.300 + 18.144 + 20.160 + 5.000 − 170.000 + 238.300 s) − (69.800 + 4.536 + 5.040 + 2.000 + 69.800 s)
    //   = 111.604 − 81.376 + 168.500 s = 30.228 + 168.500 s > 0 for every s ≥ 0.
    expect(querschnitt.status).toBe("keiner");
    expect(querschnitt.satz).toBe(
      "Kein Gleichstand bei einem Querschnittssatz (für beide Strukturen) zwischen 0 % und 100 %. Das KI bleibt für " +
        "den Kreis teurer, bei 0 % um 30.228 €, bei 100 % um 198.728 € je Jahr.",
    );
    // KIZ only: d(s) = 111.604 + 238.300 s − 102.316 = 9.288 + 238.300 s > 0.
    const nurKi = gleichstaendeFuerSzenarien(basis, kiz, { querschnittNurKi: true })[0];
    expect(nurKi.status).toBe("keiner");
    expect(nurKi.satz).toMatch(
      /des KI zwischen 0 % und 100 %\. Das KI bleibt für den Kreis teurer, bei 0 % um 9\.288 €/,
    );
  });

  it("Landeserstattung: Gleichstand bei 250.778 € – mehr, als die Richtlinie 2012 hergibt", () => {
    // EA_KIZ(R) = 353.094 − R = 102.316  ⇒  R = 250.778 €; the 2012 cap gives 170.000 €.
    expect(erstattung.status).toBe("gefunden");
    expect(erstattung.wert).toBe(25_077_800);
    expect(erstattung.aktuell).toBe(17_000_000);
    expect(erstattung.satz).toBe(
      "Gleichstand bei einer Landeserstattung von 250.778 € (angesetzt: 170.000 €); mit mehr Erstattung ist das KI " +
        "für den Kreis günstiger. Die Förderregeln (NRW-2012) geben bei diesen Kosten nur 170.000 € her.",
    );
  });

  it("Personalkosten: Gleichstand bei 176.163,08 €", () => {
    // Above the 170.000 € cap: EA(P) = 1,3 P + 18.144 + 20.160 + 5.000 − 170.000 = 1,3 P − 126.696.
    // 1,3 P − 126.696 = 102.316  ⇒  P = 229.012 / 1,3 = 176.163,0769… → 176.163,08 € (≥ 170.000, so on this segment).
    // Check: 176.163,08 + 52.848,92 (30 %) + 43.304 − 170.000 = 102.316,00 € exactly.
    expect(personal.status).toBe("gefunden");
    expect(personal.wert).toBe(17_616_308);
    expect(personal.satz).toBe(
      "Gleichstand bei Personalkosten des KI von 176.163,08 € (angesetzt: 238.300 €, alle Stellen im gleichen " +
        "Verhältnis); darüber ist das KI für den Kreis teurer, darunter günstiger.",
    );
    const p = 17_616_308;
    const gesamt = p + Math.round(p * 0.3) + 1_814_400 + 2_016_000 + 500_000;
    const erstattung = berechneErstattung(foerderregelFuerJahr(2013), {
      koerperschaft: "Kreis",
      personalkosten: p,
      zusatzstellen: 0,
      zusatzkosten: 0,
      sachausgaben: 0,
    }).betrag;
    expect(gesamt - erstattung).toBe(10_231_600);
  });

  it("liefert die drei Sätze für den Aufgabenbereich", () => {
    const saetze = gleichstaendeFuerSzenarien(basis, kiz).map((g) => g.satz);
    expect(saetze).toHaveLength(3);
    expect(saetze[2]).toMatch(/^Gleichstand bei Personalkosten des KI von 176\.163,08 €/);
  });
});

describe("konstruierte Fälle", () => {
  it("Querschnittssatz mit Gleichstand: 70 %", () => {
    // Basis: PK 100.000, no refund. KI: PK 200.000, refund 2012 = 170.000.
    // d(s) = (200.000 + 200.000 s − 170.000) − (100.000 + 100.000 s) = −70.000 + 100.000 s = 0  ⇒  s = 0,7.
    const basis = struktur({ personalGrund: 10_000_000, querschnittssatz: 0.3, querschnitt: 3_000_000 });
    const ki = struktur({
      personalGrund: 20_000_000,
      querschnittssatz: 0.3,
      querschnitt: 6_000_000,
      regelwerk: "auto",
    });
    const [q] = gleichstaende({ basis, ki, jahr: 2013 });
    expect(q.status).toBe("gefunden");
    expect(q.wert).toBe(0.7);
    expect(q.satz).toBe(
      "Gleichstand bei einem Querschnittssatz (für beide Strukturen) von 70 % (angesetzt: 30 %); darüber ist das KI " +
        "für den Kreis teurer, darunter günstiger.",
    );
  });

  it("gleiche Personalkosten: der Querschnittssatz ändert den Abstand nicht", () => {
    const basis = struktur({ personalGrund: 10_000_000, querschnittssatz: 0.3, querschnitt: 3_000_000 });
    const ki = struktur({ personalGrund: 10_000_000, querschnittssatz: 0.3, querschnitt: 3_000_000, it: 100 });
    expect(gleichstaende({ basis, ki, jahr: 2013 })[0].status).toBe("unabhaengig");
  });

  it("Personalkosten mit zwei Deckeln (ab 2017): Knick bei 200.000 € und 340.000 €, Gleichstand bei 300.000 €", () => {
    // KI: 100.000 Grund + 100.000 for 2 extra posts (cap 2 × 50.000), no overhead; baseline EA 50.000.
    // Scale f: EA(f) = 200.000 f − min(100.000 f; 170.000) − min(100.000 f; 100.000).
    //   f ≤ 1: 0;  1 ≤ f ≤ 1,7: 100.000 (f − 1);  so 100.000 (f − 1) = 50.000 ⇒ f = 1,5 ⇒ P = 300.000 €.
    const basis = struktur({ projektmittel: 5_000_000 });
    const ki = struktur({ personalGrund: 10_000_000, personalZusatz: 10_000_000, zusatzstellen: 2, regelwerk: "auto" });
    const p = gleichstaende({ basis, ki, jahr: 2017 })[2];
    expect(p.wert).toBe(30_000_000);
    // Baseline at 0: the refund covers every euro up to the caps, so equality holds from 0 to 200.000 €.
    const p0 = gleichstaende({ basis: struktur({}), ki, jahr: 2017 })[2];
    expect(p0.satz).toBe(
      "Gleichstand bei Personalkosten des KI von 0 € bis 200.000 € (angesetzt: 200.000 €): In diesem Bereich gleicht " +
        "die Landeserstattung jede Änderung aus; darüber ist das KI für den Kreis teurer.",
    );
  });

  it("KI ohne Erstattung schon günstiger: kein Gleichstand bei der Erstattung", () => {
    const basis = struktur({ personalGrund: 20_000_000 });
    const ki = struktur({ personalGrund: 10_000_000, regelwerk: "auto" });
    const [, r, p] = gleichstaende({ basis, ki, jahr: 2013 });
    expect(r.status).toBe("keiner");
    expect(r.satz).toBe(
      "Kein Gleichstand bei der Landeserstattung: Das KI ist schon ohne Erstattung für den Kreis günstiger (100.000 € weniger).",
    );
    // EA_KI(P) = P − min(P; 170.000) = 0 up to 170.000, then P − 170.000 = 200.000 ⇒ P = 370.000 €.
    expect(p.wert).toBe(37_000_000);
  });

  it("Sätze als reine Funktion des Kerns", () => {
    expect(gleichstaende({ basis: struktur({}), ki: struktur({}), jahr: 2013 })[2].satz).toMatch(
      /keine Personalkosten angesetzt/,
    );
  });
});
