/**
 * KI.LANDESERSTATTUNG takes a short path for the usual cell (a total and a year, nothing else) and
 * the full argument handling otherwise. The BUILT function must give the same figure or the same
 * error both ways: the full path is forced with arguments that mean the same ("auto", 0, " Kreis").
 */
import { GeladeneFunktionen, istFehler, ladeFunktionen } from "../helpers/ladeFunktionen";

let ki: GeladeneFunktionen;

beforeAll(() => {
  ki = ladeFunktionen();
});

const LE = (...args: unknown[]) => ki.funktionen.LANDESERSTATTUNG(...args);

/** What a cell shows: the number, or the error code with its message. */
function anzeige(v: unknown): unknown {
  return istFehler(v) ? `${v.code}: ${v.message}` : v;
}

const BETRAEGE = [
  0,
  0.005,
  0.015,
  1234.565,
  169999.995,
  170000,
  170000.005,
  238300,
  1e12,
  1e12 + 1,
  -0,
  -1,
  NaN,
  Infinity,
];
const JAHRE: unknown[] = [null, 2011, 2012, 2013, 2016, 2017, 2030, 1900, 2200, 1899, 2201, 2013.5, NaN];

describe("KI.LANDESERSTATTUNG: short and full path agree", () => {
  it.each(JAHRE.map((j) => [String(j), j]))("Jahr %s", (_name, jahr) => {
    for (const p of BETRAEGE) {
      const kurz = anzeige(LE(p, jahr, null, null, null, null));
      expect(anzeige(LE(p, jahr, "Kreis", null, null, null, null))).toEqual(kurz);
      // Each of these leaves the short path and means the same.
      expect(anzeige(LE(p, jahr, " Kreis", null, null, null))).toEqual(kurz);
      expect(anzeige(LE(p, jahr, "Kreis", 0, null, 0, "auto"))).toEqual(kurz);
      expect(anzeige(LE([[p]], jahr === null ? [[null]] : [[jahr]], [["Kreis"]], null, null, null))).toEqual(kurz);
    }
  });

  it("covers figures, caps and errors", () => {
    expect(LE(238300, 2013, null, null, null, null)).toBe(170000);
    expect(LE(1234.565, null, null, null, null, null)).toBe(1234.57);
    expect(LE(238300, 2017, "Kreis", null, null, null)).toBe(170000);
    expect(anzeige(LE(100, 2011, null, null, null, null))).toMatch(/^#N\/A: Für 2011 gab es keine Landesförderung/);
    expect(anzeige(LE(-1, 2013, null, null, null, null))).toMatch(/^#VALUE!: Personalkosten darf nicht negativ sein/);
    expect(anzeige(LE(100, 2013.5, null, null, null, null))).toMatch(/^#VALUE!: Jahr muss eine ganze Zahl sein/);
  });
});
