/**
 * Properties of the monthly Plan-Ist core (issue 27 item 6), over random posts, months and actuals:
 * twelve months of a full post are its yearly figure, every split adds up to the cent, the forecast
 * is the plan when the actuals are the plan, and no refund exceeds its cap or its cost.
 */
import fc from "fast-check";
import {
  BEZUGSANTEIL,
  type Cent,
  FOERDERREGELN,
  type Foerderposition,
  type Istwerte,
  type PlanIstEingabe,
  type PlanIstStelle,
  SACHZEILEN,
  monatskosten,
  planIst,
  rundeKaufmaennisch,
  verteile,
} from "../../../src/core";

const cent = fc.integer({ min: 12, max: 20_000_000 });
const monate = fc.array(fc.boolean(), { minLength: 12, maxLength: 12 });
const position = fc.constantFrom<Foerderposition>("Fachkraft", "Verwaltung", "Assistenz");

const stelle = fc.record({
  art: fc.constantFrom<"grund" | "zusatz">("grund", "grund", "zusatz"),
  position,
  anteil: fc.constantFrom(0.5, 0.75, 1, 2),
  jahreskosten: cent,
  besetzt: monate,
});

const eingabe = fc
  .record({
    regel: fc.constantFrom(...FOERDERREGELN),
    stellen: fc.array(stelle, { minLength: 1, maxLength: 8 }),
    it: cent,
    raum: cent,
    projektmittel: cent,
    sachausgabenAnteil: fc.double({ min: 0, max: 1, noNaN: true }),
    querschnittssatz: fc.constantFrom(0, 0.2, 0.3, 0.395),
  })
  .map((x): PlanIstEingabe => ({
    jahr: 2018,
    koerperschaft: "Kreis",
    regel: x.regel,
    querschnittssatz: x.querschnittssatz,
    sachkosten: { it: x.it, raum: x.raum, projektmittel: x.projektmittel },
    sachausgaben: Math.round(x.projektmittel * x.sachausgabenAnteil),
    stellen: x.stellen.map((s, i): PlanIstStelle => ({
      schluessel: `S${i + 1}`,
      bezeichnung: `Stelle ${i + 1}`,
      art: s.art,
      ...(s.art === "grund" ? { position: s.position } : {}),
      anteil: s.anteil,
      jahreskosten: s.jahreskosten,
      besetzt: s.besetzt,
    })),
  }));

const summe = (w: readonly number[]) => w.reduce((s, x) => s + x, 0);

test("twelve filled months of a post are exactly its yearly figure; months differ by at most a cent", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000_000_000_000 }), (jahr) => {
      const m = monatskosten(jahr, Array(12).fill(true));
      expect(summe(m)).toBe(jahr);
      expect(Math.max(...m) - Math.min(...m)).toBeLessThanOrEqual(1);
    }),
  );
});

test("every split adds up exactly, whatever the weights", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -1e14, max: 1e14 }),
      fc.array(fc.integer({ min: 0, max: 1e14 }), { minLength: 1, maxLength: 12 }),
      (betrag, gewichte) => {
        const t = verteile(betrag, gewichte);
        expect(summe(t)).toBe(betrag);
        expect(t.every(Number.isInteger)).toBe(true);
      },
    ),
  );
});

/** Actuals equal to the plan in months 1 … m (every line, overhead included). */
function istGleichPlan(e: PlanIstEingabe, m: number): Istwerte {
  const ohne = planIst(e);
  const ist: Record<string, Array<Cent | null>> = {};
  for (const z of ohne.zeilen) ist[z.schluessel] = z.plan.map((p, i) => (i < m ? p : null));
  return ist;
}

test("the forecast equals the plan when the actuals equal the plan, refund included", () => {
  fc.assert(
    fc.property(eingabe, fc.integer({ min: 1, max: 12 }), (e, m) => {
      const r = planIst(e, istGleichPlan(e, m));
      expect(r.stichmonat).toBe(m);
      for (const z of r.zeilen) expect(z.prognose).toEqual(z.plan);
      expect(r.erstattung.prognoseJahr).toBe(r.erstattung.planJahr);
      expect(r.erstattung.zustehend).toBe(r.erstattung.planBisStichmonat);
    }),
    { numRuns: 150 },
  );
});

test("sums are exact: the totals are the sums of the lines, the year of the months", () => {
  fc.assert(
    fc.property(eingabe, (e) => {
      const r = planIst(e);
      for (const feld of ["plan", "prognose"] as const) {
        for (let i = 0; i < 12; i++) expect(r.gesamt[feld][i]).toBe(summe(r.zeilen.map((z) => z[feld][i])));
      }
      const q = r.zeilen.find((z) => z.art === "querschnitt")!;
      expect(summe(q.plan)).toBe(rundeKaufmaennisch(summe(r.personal.plan) * e.querschnittssatz));
      for (const k of SACHZEILEN.slice(1)) {
        const z = r.zeilen.find((x) => x.schluessel === k.schluessel)!;
        expect(summe(z.plan)).toBe(e.sachkosten[k.zeile as "it" | "raum" | "projektmittel"]);
      }
    }),
    { numRuns: 100 },
  );
});

test("caps are never exceeded: a post's refund ≤ its cost and ≤ its cap for the months filled", () => {
  const istWerte = fc.array(fc.option(fc.integer({ min: -50_000, max: 1_500_000 }), { nil: null }), {
    minLength: 12,
    maxLength: 12,
  });
  fc.assert(
    fc.property(eingabe, fc.array(istWerte, { minLength: 8, maxLength: 8 }), (e, zufall) => {
      const ist: Record<string, Array<Cent | null>> = {};
      e.stellen.forEach((st, i) => (ist[st.schluessel] = zufall[i]));
      const r = planIst(e, ist);
      const grundFoerderung = e.regel!.tatbestaende.find((t) => t.art === "grundfoerderung");
      const zusatz = e.regel!.tatbestaende.find((t) => t.art === "zusatzstellen");
      r.erstattung.jeStelle.forEach((s, i) => {
        const st = e.stellen[i];
        const zeile = r.zeilen[i];
        const kosten = Math.max(0, summe(zeile.ist.slice(0, r.stichmonat)));
        const jeStelle =
          st.art === "grund"
            ? (grundFoerderung?.art === "grundfoerderung"
                ? (grundFoerderung.positionen.find((p) => p.position === st.position)?.jeStelle ?? 0)
                : 0) / BEZUGSANTEIL[st.position!]
            : zusatz?.art === "zusatzstellen"
              ? zusatz.jeStelle
              : 0;
        const deckel = rundeKaufmaennisch((jeStelle * st.anteil * s.monateIst) / 12);
        expect(s.zustehend).not.toBeNull();
        expect(s.zustehend!).toBeLessThanOrEqual(kosten);
        expect(s.zustehend!).toBeLessThanOrEqual(deckel);
        expect(s.zustehend!).toBeGreaterThanOrEqual(0);
      });
      expect(r.erstattung.zustehend).toBeLessThanOrEqual(Math.max(0, summe(r.gesamt.ist)));
    }),
    { numRuns: 150 },
  );
});
