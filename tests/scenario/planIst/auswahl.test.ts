/**
 * The Plan-Ist choice as the pane keeps it (scenario/planIst/auswahl): read back as strictly as the
 * rest of the saved state, bounded, and turned into the sheet's options by one rule that names why
 * there is no sheet.
 */
import { leseSpeicherstand, kodiereSpeicherstand } from "../../../src/scenario/speicherformat";
import { arbeitsmappenOptionen } from "../../../src/scenario/optionen";
import {
  MAX_GESPEICHERTE_MELDUNGEN,
  type PlanIstAuswahl,
  begrenzteMeldungen,
  leerePlanIstAuswahl,
  planIstOptionenAus,
  vakanzenAusText,
} from "../../../src/scenario/planIst";
import { SEED004_OPTIONEN, seed004Stand, seed004Szenario } from "../../helpers/planIstSeed004";

const STAND = seed004Stand();
const MONATE = (x: number | null) => Array.from({ length: 12 }, (_, i) => (i < 10 ? (x ?? 0) : null));

function auswahl(teil: Partial<PlanIstAuswahl> = {}): PlanIstAuswahl {
  return {
    ...leerePlanIstAuswahl(),
    standId: STAND.id,
    ist: { quelle: "ist.csv", werte: { "Fachkraft 1": MONATE(500_000) }, fehler: [], hinweise: [] },
    ...teil,
  };
}

function gespeichert(planIst: unknown): unknown {
  const s = kodiereSpeicherstand([seed004Szenario()], SEED004_OPTIONEN);
  return JSON.parse(JSON.stringify({ ...s, optionen: { ...s.optionen, planIst } }));
}

test("a saved choice round-trips; a state without it (saved before) still loads", () => {
  const r = leseSpeicherstand(gespeichert(auswahl({ besetzungen: { Assistenz: { abMonat: 10 } } })));
  expect(r.ok && r.stand.optionen.planIst).toEqual(auswahl({ besetzungen: { Assistenz: { abMonat: 10 } } }));
  const alt = leseSpeicherstand(
    JSON.parse(JSON.stringify(kodiereSpeicherstand([seed004Szenario()], SEED004_OPTIONEN))),
  );
  expect(alt.ok && alt.stand.optionen.planIst).toBeUndefined();
});

test.each([
  ["an unknown field (a newer version)", { ...auswahl(), spalten: 3 }, /nicht kennt \(optionen\.planIst\.spalten\)/],
  ["a month 13", auswahl({ besetzungen: { X: { abMonat: 13 } } }), /abMonat muss ein Monat von 1 bis 12 sein/],
  [
    "eleven months of actuals",
    auswahl({ ist: { quelle: "a", werte: { X: MONATE(1).slice(1) }, fehler: [], hinweise: [] } }),
    /muss zwölf Monatswerte haben/,
  ],
  [
    "a fraction of a cent",
    auswahl({ ist: { quelle: "a", werte: { X: MONATE(0.5) }, fehler: [], hinweise: [] } }),
    /ganzen Cent/,
  ],
  [
    "more lines than the bound",
    auswahl({
      ist: {
        quelle: "a",
        werte: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`Z${i}`, MONATE(1)])),
        fehler: [],
        hinweise: [],
      },
    }),
    /mehr als 500 Einträge/,
  ],
  [
    "more findings than the bound",
    auswahl({ ist: { quelle: "a", werte: {}, fehler: Array(51).fill("x"), hinweise: [] } }),
    /höchstens 50 Texten/,
  ],
])("refused, with the field named: %s", (_, planIst, meldung) => {
  const r = leseSpeicherstand(gespeichert(planIst));
  expect(r.ok).toBe(false);
  expect(!r.ok && r.meldung).toMatch(meldung);
});

test("a key __proto__ in the file stays a key", () => {
  const roh = JSON.parse(
    JSON.stringify(gespeichert(auswahl())).replace('"werte":{"Fachkraft 1"', '"werte":{"__proto__"'),
  ) as unknown;
  const r = leseSpeicherstand(roh);
  expect(r.ok && Object.keys(r.stand.optionen.planIst!.ist!.werte)).toEqual(["__proto__"]);
  expect(r.ok && Object.getPrototypeOf(r.stand.optionen.planIst!.ist!.werte)).toBe(Object.prototype);
});

test("findings over the bound are summed up in one more line", () => {
  const m = begrenzteMeldungen(Array.from({ length: 60 }, (_, i) => `M${i}`));
  expect(m).toHaveLength(MAX_GESPEICHERTE_MELDUNGEN);
  expect(m.at(-1)).toBe("… und 11 weitere Meldungen.");
  expect(begrenzteMeldungen(["x".repeat(2000)])[0]).toHaveLength(1000);
});

test("the one rule: a sheet only with a listed Stand and actuals that fit it; otherwise the reason", () => {
  expect(planIstOptionenAus(undefined, [STAND])).toMatchObject({ optionen: null, hindernis: null });
  expect(planIstOptionenAus(auswahl(), []).hindernis).toMatch(/nicht \(mehr\) in der Arbeitsmappe/);
  expect(planIstOptionenAus(auswahl({ ist: null }), [STAND]).hindernis).toBe("Es sind noch keine Istwerte eingelesen.");
  const fremd = auswahl({ ist: { quelle: "a", werte: { Leitung: MONATE(1) }, fehler: [], hinweise: [] } });
  expect(planIstOptionenAus(fremd, [STAND]).hindernis).toMatch(/^Die Istwerte passen nicht zum Stand: .*„Leitung“/);
  // A year the Stand cannot be carried to (no multi-year plan): the core's message.
  expect(planIstOptionenAus(auswahl({ jahr: 2014 }), [STAND]).hindernis).toMatch(/keine Mehrjahresplanung/);
  // Wrong months filled: no sheet, but the posts stay at hand to correct them.
  const falsch = planIstOptionenAus(auswahl({ besetzungen: { Assistenz: { abMonat: 10, bisMonat: 3 } } }), [STAND]);
  expect(falsch.hindernis).toMatch(/liegt vor dem ersten/);
  expect(falsch.grundlage?.eingabe.stellen.map((s) => s.schluessel)).toContain("Assistenz");
  const gut = planIstOptionenAus(auswahl(), [STAND]);
  expect(gut).toMatchObject({ hindernis: null, optionen: { stand: STAND, istQuelle: "ist.csv" } });
});

test("arbeitsmappenOptionen asks the rule: the pane's choice gives the sheet's options only with the Stände listed", () => {
  const wahl = { ...SEED004_OPTIONEN, planIst: auswahl() };
  const datum = new Date(2013, 10, 5);
  expect(arbeitsmappenOptionen([seed004Szenario()], wahl, "nativ", datum).planIst).toBeNull();
  const staende = { vergleich: null, alle: [STAND], aktuell: kodiereSpeicherstand([], SEED004_OPTIONEN) };
  expect(arbeitsmappenOptionen([seed004Szenario()], wahl, "nativ", datum, staende).planIst?.stand).toBe(STAND);
});

test.each([
  ["3-5", [{ vonMonat: 3, bisMonat: 5 }]],
  [
    "Mär–Mai, Aug",
    [
      { vonMonat: 3, bisMonat: 5 },
      { vonMonat: 8, bisMonat: 8 },
    ],
  ],
  [
    " 9 ; 11 - 12 ",
    [
      { vonMonat: 9, bisMonat: 9 },
      { vonMonat: 11, bisMonat: 12 },
    ],
  ],
  ["", []],
])("vacancies typed as %p", (text, erwartet) => {
  expect(vakanzenAusText(text, 2013)).toEqual(erwartet);
});

test.each([
  ["5-3", "„5-3“: Der Zeitraum endet vor seinem Beginn."],
  ["13", "„13“ ist kein Monat und kein Zeitraum (z. B. „3-5“ oder „Mär-Mai“)."],
  ["1-2-3", "„1-2-3“ ist kein Monat und kein Zeitraum (z. B. „3-5“ oder „Mär-Mai“)."],
  ["Jan 2014", "„Jan 2014“ ist kein Monat und kein Zeitraum (z. B. „3-5“ oder „Mär-Mai“)."],
])("vacancies refused: %p", (text, meldung) => {
  expect(vakanzenAusText(text, 2013)).toBe(meldung);
});
