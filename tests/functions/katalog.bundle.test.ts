/**
 * functions.json is public API: saved workbooks store "KI.<ID>(...)" in their formulas, so ids and
 * argument order must never change. This test freezes them.
 */
import { ladeFunktionen, FunktionsMetadaten } from "../helpers/ladeFunktionen";

const KATALOG: Record<string, string[]> = {
  PERSONALKOSTEN: ["gruppe", "anteil", "tabelle"],
  QUERSCHNITTSKOSTEN: ["personalkosten", "satz"],
  ITKOSTEN: ["arbeitsplaetze", "satz_je_arbeitsplatz"],
  RAUMKOSTEN: ["bueros", "satz_je_buero"],
  GESAMTKOSTEN: [
    "personalkosten",
    "arbeitsplaetze",
    "bueros",
    "projektmittel",
    "querschnittssatz",
    "satz_je_arbeitsplatz",
    "satz_je_buero",
  ],
  LANDESERSTATTUNG: [
    "personalkosten",
    "jahr",
    "koerperschaft",
    "zusatzstellen",
    "zusatzkosten",
    "sachausgaben",
    "regelwerk",
  ],
  EIGENANTEIL: ["gesamtkosten", "landeserstattung"],
  KOSTENAUFSTELLUNG: [
    "personal",
    "arbeitsplaetze",
    "bueros",
    "projektmittel",
    "landeserstattung",
    "anteile",
    "tabelle",
    "querschnittssatz",
  ],
  SATZ: ["name", "jahr"],
  FORTSCHREIBUNG: ["betrag", "steigerung", "jahre"],
  BARWERT: ["zahlungen", "zins", "basisjahr_index"],
  UMLAGE: ["betrag", "grundlagen"],
};

/** Parameters that must be optional, per the catalogue's [brackets]. */
const OPTIONAL: Record<string, number> = {
  PERSONALKOSTEN: 1,
  QUERSCHNITTSKOSTEN: 1,
  ITKOSTEN: 1,
  RAUMKOSTEN: 1,
  GESAMTKOSTEN: 3,
  LANDESERSTATTUNG: 1,
  EIGENANTEIL: 1,
  KOSTENAUFSTELLUNG: 3,
  SATZ: 1,
  FORTSCHREIBUNG: 3,
  BARWERT: 2,
  UMLAGE: 2,
};

const GERMAN = /[äöüß]|\b(der|die|das|und|oder|in|als|je|für|Standard)\b/i;

let meta: FunktionsMetadaten;
let funktionen: Record<string, unknown>;

beforeAll(() => {
  const geladen = ladeFunktionen();
  meta = geladen.metadaten;
  funktionen = geladen.funktionen;
});

describe("functions.json catalogue", () => {
  it.each(Object.entries(KATALOG))("%s keeps its id and argument order", (id, parameter) => {
    const f = meta.functions.find((x) => x.id === id);
    expect(f).toBeDefined();
    expect(f!.name).toBe(id);
    // Later issues may append optional parameters, never reorder or rename existing ones.
    expect(f!.parameters.map((p) => p.name).slice(0, parameter.length)).toEqual(parameter);
  });

  it("has no function the catalogue does not know (a new one must be added here on purpose)", () => {
    expect(meta.functions.map((f) => f.id).sort()).toEqual(Object.keys(KATALOG).sort());
  });

  it.each(Object.entries(OPTIONAL))("%s: parameters from index %i on are optional", (id, ab) => {
    const f = meta.functions.find((x) => x.id === id)!;
    f.parameters.forEach((p, i) => expect(Boolean(p.optional)).toBe(i >= ab));
  });

  it("describes every function and parameter in German", () => {
    for (const f of meta.functions) {
      expect(f.description).toMatch(GERMAN);
      for (const p of f.parameters) {
        expect(p.description.length).toBeGreaterThan(10);
        expect(`${f.id}.${p.name}: ${p.description}`).toMatch(GERMAN);
      }
    }
  });

  it("registers every catalogued function in the script at load time", () => {
    for (const f of meta.functions) expect(typeof funktionen[f.id]).toBe("function");
  });

  it("uses matrix parameters where ranges are accepted and spills KOSTENAUFSTELLUNG", () => {
    const dims = (id: string) =>
      Object.fromEntries(meta.functions.find((x) => x.id === id)!.parameters.map((p) => [p.name, p.dimensionality]));
    expect(dims("PERSONALKOSTEN")).toEqual({ gruppe: "matrix", anteil: "matrix", tabelle: "matrix" });
    expect(dims("LANDESERSTATTUNG").zusatzkosten).toBe("matrix");
    expect(meta.functions.find((x) => x.id === "KOSTENAUFSTELLUNG")!.result.dimensionality).toBe("matrix");
    expect(meta.functions.find((x) => x.id === "GESAMTKOSTEN")!.result.type).toBe("number");
    expect(meta.functions.find((x) => x.id === "UMLAGE")!.result.dimensionality).toBe("matrix");
    expect(dims("BARWERT").zahlungen).toBe("matrix");
    expect(dims("UMLAGE").grundlagen).toBe("matrix");
  });
});
