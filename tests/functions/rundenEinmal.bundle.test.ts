/**
 * Issue 22 item 5: every money function rounds ONCE, at the end, including the refund's components.
 * fast-check properties through the BUILT bundle against an exact oracle: inputs are decimals as a
 * user types them (often with a half cent), the oracle computes with BigInt fractions and rounds
 * half away from zero once. The closing note reports the cases and the differences (must be 0).
 */
import fc from "fast-check";
import { ladeFunktionen, istFehler } from "../helpers/ladeFunktionen";

let ki: Record<string, (...a: unknown[]) => unknown>;
beforeAll(() => {
  ki = ladeFunktionen().funktionen as typeof ki;
});

// --- exact fractions ----------------------------------------------------------------------------
interface Bruch {
  z: bigint;
  n: bigint;
}
const bruch = (z: bigint, n = 1n): Bruch => (n < 0n ? { z: -z, n: -n } : { z, n });
const plus = (a: Bruch, b: Bruch): Bruch => bruch(a.z * b.n + b.z * a.n, a.n * b.n);
const minus = (a: Bruch, b: Bruch): Bruch => plus(a, bruch(-b.z, b.n));
const mal = (a: Bruch, b: Bruch): Bruch => bruch(a.z * b.z, a.n * b.n);
const durch = (a: Bruch, b: Bruch): Bruch => bruch(a.z * b.n, a.n * b.z);
const kleiner = (a: Bruch, b: Bruch): boolean => a.z * b.n < b.z * a.n;
const min = (a: Bruch, b: Bruch): Bruch => (kleiner(b, a) ? b : a);
const summe = (xs: Bruch[]): Bruch => xs.reduce(plus, bruch(0n));
const hoch = (a: Bruch, e: number): Bruch =>
  e >= 0 ? bruch(a.z ** BigInt(e), a.n ** BigInt(e)) : bruch(a.n ** BigInt(-e), a.z ** BigInt(-e));

/** € as a fraction → whole cents, half away from zero, as a number of € (what the cell shows). */
function aufCent(euro: Bruch): number {
  const z = euro.z * 100n;
  const betrag = z < 0n ? -z : z;
  const q = (2n * betrag + euro.n) / (2n * euro.n);
  return Number(z < 0n ? -q : q) / 100;
}

// --- decimals as typed ----------------------------------------------------------------------------
interface Dez {
  wert: number;
  genau: Bruch;
}
const dez = (m: number, stellen: number): Dez => ({
  wert: Number(`${m}e-${stellen}`),
  genau: bruch(BigInt(m), 10n ** BigInt(stellen)),
});
/** An amount in € with up to three decimals, a half cent (…,xx5) in about a third of the cases. */
const betrag = (max: number): fc.Arbitrary<Dez> =>
  fc.oneof(
    fc.integer({ min: 0, max: max * 100 }).map((c) => dez(c * 10 + 5, 3)),
    fc.integer({ min: 0, max: max * 1000 }).map((m) => dez(m, 3)),
    fc.integer({ min: 0, max: max }).map((m) => dez(m, 0)),
  );
/** A share or rate in [0, 1] with up to four decimals. */
const anteil = fc.integer({ min: 0, max: 10000 }).map((m) => dez(m, 4));
/** A count with up to two decimals (posts may be fractional). */
const anzahl = fc.integer({ min: 0, max: 2000 }).map((m) => dez(m, 2));

interface Zaehler {
  faelle: number;
  abweichungen: string[];
}
const zaehler: Zaehler = { faelle: 0, abweichungen: [] };

function pruefe(name: string, erhalten: unknown, erwartet: unknown): boolean {
  zaehler.faelle++;
  const gleich = JSON.stringify(erhalten) === JSON.stringify(erwartet);
  if (!gleich && zaehler.abweichungen.length < 20) {
    zaehler.abweichungen.push(`${name}: ${JSON.stringify(erhalten)} statt ${JSON.stringify(erwartet)}`);
  }
  return gleich && !istFehler(erhalten);
}

const LAEUFE = { numRuns: 2000 };

// --- the rules the oracle applies (the documented ones, written out independently) -----------------
const DECKEL_2012: Record<string, { je: bigint; stellen: Bruch; bezug: Bruch }> = {
  Fachkraft: { je: 50000n, stellen: bruch(2n), bezug: bruch(1n) },
  Verwaltung: { je: 50000n, stellen: bruch(1n), bezug: bruch(1n) },
  Assistenz: { je: 20000n, stellen: bruch(1n, 2n), bezug: bruch(1n, 2n) },
};

/**
 * Base posts one by one (issue 22 items 1 and 2): each position up to its posts, funded to the posts
 * with the highest cost per FTE first (ties in listed order), so the order of the rows does not
 * matter; a post funded in part counts the cost of that part; min(cap × funded share, cost).
 */
function grundstellenGenau(stellen: Array<{ position: string; kosten: Dez; anteil: Dez }>): Bruch {
  const rest = new Map(Object.entries(DECKEL_2012).map(([p, d]) => [p, d.stellen]));
  const reihenfolge = stellen
    .map((s, i) => ({ s, i, jeStelle: durch(s.kosten.genau, s.anteil.genau) }))
    .sort((a, b) => (kleiner(b.jeStelle, a.jeStelle) ? -1 : kleiner(a.jeStelle, b.jeStelle) ? 1 : a.i - b.i));
  return summe(
    reihenfolge.map(({ s }) => {
      const d = DECKEL_2012[s.position];
      const frei = rest.get(s.position)!;
      const gefoerdert = min(s.anteil.genau, frei);
      rest.set(s.position, minus(frei, gefoerdert));
      const kosten = durch(mal(s.kosten.genau, gefoerdert), s.anteil.genau);
      return min(durch(mal(bruch(d.je), gefoerdert), d.bezug), kosten);
    }),
  );
}

const POSITION = fc.constantFrom("Fachkraft", "Verwaltung", "Assistenz");
const TEILZEIT = fc.constantFrom(1, 0.5, 0.25, 0.75).map((a) => dez(a * 100, 2));

describe("round once: every money function against an exact oracle (issue 22 item 5)", () => {
  afterAll(() => {
    console.log(
      `Einmal runden: ${zaehler.faelle} Fälle gegen das genaue Orakel, ${zaehler.abweichungen.length} Abweichungen`,
    );
  });

  it("three base posts at 0,335 € refund 1,01 € (rounded once), not 1,02 €", () => {
    const stellen = [
      ["Fachkraft", 0.335],
      ["Fachkraft", 0.335],
      ["Verwaltung", 0.335],
    ];
    expect(ki.LANDESERSTATTUNG(stellen, 2013, null, null, null, null, null)).toBe(1.01);
  });

  it("LANDESERSTATTUNG per post, 2013 (NRW-2012)", () => {
    const stelle = fc.record({ position: POSITION, kosten: betrag(80000), anteil: TEILZEIT });
    fc.assert(
      fc.property(fc.array(stelle, { minLength: 1, maxLength: 6 }), (stellen) => {
        const bereich = stellen.map((s) => [s.position, s.kosten.wert, s.anteil.wert]);
        const erhalten = ki.LANDESERSTATTUNG(bereich, 2013, "Kreis", null, null, null, "NRW-2012");
        return pruefe("LANDESERSTATTUNG", erhalten, aufCent(grundstellenGenau(stellen)));
      }),
      LAEUFE,
    );
  });

  it("LANDESERSTATTUNG 2017 (NRW-2017): base total or posts, extra posts one by one, material costs", () => {
    fc.assert(
      fc.property(
        betrag(250000),
        fc.array(betrag(80000), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 4 }),
        betrag(70000),
        fc.constantFrom("Kreis", "kreisfreie Stadt"),
        (grund, zusatz, n, sach, art) => {
          const max = art === "Kreis" ? 3 : 2;
          // Cells holding 0 are skipped like empty ones; a single amount left is the total of the posts.
          const gegeben = zusatz.filter((c) => c.genau.z !== 0n);
          // One total: n posts of equal cost, the funded ones at the average (n > max). Costs one
          // by one: the posts with the highest costs funded first, whatever their order; n = 0 (not
          // given) funds every listed post up to the maximum (issue 22 items 1 and 2).
          const hoechstens = n > 0 ? Math.min(n, max) : max;
          const absteigend = gegeben.map((c) => c.genau).sort((a, b) => (kleiner(b, a) ? -1 : kleiner(a, b) ? 1 : 0));
          const zusatzGenau =
            gegeben.length === 1
              ? n <= max
                ? min(gegeben[0].genau, bruch(50000n * BigInt(n)))
                : mal(min(bruch(50000n), durch(gegeben[0].genau, bruch(BigInt(n)))), bruch(BigInt(max)))
              : summe(absteigend.slice(0, hoechstens).map((c) => min(bruch(50000n), c)));
          const erwartet = aufCent(
            summe([min(grund.genau, bruch(170000n)), zusatzGenau, min(sach.genau, bruch(50000n))]),
          );
          const bereich = zusatz.map((c) => [c.wert]);
          const erhalten = ki.LANDESERSTATTUNG(grund.wert, 2017, art, n, bereich, sach.wert, "NRW-2017");
          return pruefe("LANDESERSTATTUNG 2017", erhalten, erwartet);
        },
      ),
      LAEUFE,
    );
  });

  it("QUERSCHNITTSKOSTEN, ITKOSTEN, RAUMKOSTEN, EIGENANTEIL", () => {
    fc.assert(
      fc.property(betrag(1_000_000), anteil, anzahl, betrag(50000), betrag(500_000), (pk, q, n, s, le) => {
        const ok = [
          pruefe("QUERSCHNITTSKOSTEN", ki.QUERSCHNITTSKOSTEN(pk.wert, [[q.wert]]), aufCent(mal(pk.genau, q.genau))),
          pruefe("ITKOSTEN", ki.ITKOSTEN(n.wert, [[s.wert]]), aufCent(mal(n.genau, s.genau))),
          pruefe("RAUMKOSTEN", ki.RAUMKOSTEN(n.wert, [[s.wert]]), aufCent(mal(n.genau, s.genau))),
        ];
        const [g, l] = kleiner(pk.genau, le.genau) ? [le, pk] : [pk, le];
        ok.push(pruefe("EIGENANTEIL", ki.EIGENANTEIL(g.wert, l.wert), aufCent(minus(g.genau, l.genau))));
        return ok.every(Boolean);
      }),
      LAEUFE,
    );
  });

  it("GESAMTKOSTEN and KOSTENAUFSTELLUNG: every line and every total rounded once", () => {
    fc.assert(
      fc.property(
        betrag(1_000_000),
        anzahl,
        anzahl,
        betrag(50000),
        anteil,
        betrag(10000),
        betrag(10000),
        (pk, it, raum, pm, q, itSatz, raumSatz) => {
          const teile = [
            pk.genau,
            mal(pk.genau, q.genau),
            mal(it.genau, itSatz.genau),
            mal(raum.genau, raumSatz.genau),
            pm.genau,
          ];
          const gesamt = summe(teile);
          const g = ki.GESAMTKOSTEN(
            pk.wert,
            it.wert,
            raum.wert,
            pm.wert,
            [[q.wert]],
            [[itSatz.wert]],
            [[raumSatz.wert]],
          );
          const le = dez(Math.floor(Number(pk.genau.z) / 2), Number(String(pk.genau.n).length - 1));
          const tabelle = ki.KOSTENAUFSTELLUNG(pk.wert, it.wert, raum.wert, pm.wert, le.wert, null, null, [[q.wert]]);
          const standard = [mal(it.genau, bruch(2268n)), mal(raum.genau, bruch(5040n))];
          const gesamtStandard = summe([teile[0], teile[1], ...standard, teile[4]]);
          const erwartet = [
            pk.genau,
            teile[1],
            standard[0],
            standard[1],
            pm.genau,
            gesamtStandard,
            le.genau,
            minus(gesamtStandard, le.genau),
          ].map(aufCent);
          return [
            pruefe("GESAMTKOSTEN", g, aufCent(gesamt)),
            pruefe(
              "KOSTENAUFSTELLUNG",
              (tabelle as unknown[][]).map((z) => z[1]),
              erwartet,
            ),
          ].every(Boolean);
        },
      ),
      LAEUFE,
    );
  });

  it("PERSONALKOSTEN: Σ rate × share with sub-cent rates", () => {
    fc.assert(
      fc.property(betrag(120000), betrag(120000), anteil, anteil, (a11, a12, x, y) => {
        const tabelle = [
          ["A 11", a11.wert],
          ["A 12", a12.wert],
        ];
        const erhalten = ki.PERSONALKOSTEN([["A 11"], ["A 12"]], [[x.wert], [y.wert]], tabelle);
        return pruefe("PERSONALKOSTEN", erhalten, aufCent(plus(mal(a11.genau, x.genau), mal(a12.genau, y.genau))));
      }),
      LAEUFE,
    );
  });

  it("FORTSCHREIBUNG and BARWERT: powers and discounting exactly, rounded once", () => {
    const rate = fc.integer({ min: -3000, max: 3000 }).map((m) => dez(m, 4));
    fc.assert(
      fc.property(
        betrag(500_000),
        rate,
        fc.integer({ min: -5, max: 12 }),
        fc.array(betrag(200_000), { minLength: 1, maxLength: 8 }),
        (b, r, j, zahlungen) => {
          const faktor = plus(bruch(1n), r.genau);
          const fort = aufCent(mal(b.genau, hoch(faktor, j)));
          const barwert = aufCent(summe(zahlungen.map((z, i) => durch(z.genau, hoch(faktor, i)))));
          return [
            pruefe("FORTSCHREIBUNG", ki.FORTSCHREIBUNG(b.wert, r.wert, j), fort),
            pruefe(
              "BARWERT",
              ki.BARWERT(
                zahlungen.map((z) => [z.wert]),
                r.wert,
                null,
              ),
              barwert,
            ),
          ].every(Boolean);
        },
      ),
      LAEUFE,
    );
  });

  it("found no difference", () => {
    expect(zaehler.abweichungen).toEqual([]);
    expect(zaehler.faelle).toBeGreaterThan(20000);
  });
});
