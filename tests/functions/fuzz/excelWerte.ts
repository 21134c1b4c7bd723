/**
 * fast-check generators for what Excel can hand a custom function: cell values of every kind a
 * user can type or paste, ranges as 2-D arrays (also ragged and empty ones, which a broken host or
 * a future API could send), and argument lists shaped by the parameter metadata in functions.json.
 */
import fc from "fast-check";
import { FunktionsMetadaten, StubFehler, ERROR_CODES } from "../../helpers/ladeFunktionen";

export type Parameter = FunktionsMetadaten["functions"][number]["parameters"][number];

const GRUPPEN = [
  "A 11",
  "A11",
  "A 12",
  "EG 6",
  "E6",
  "TVöD-E 6",
  "EG 9b",
  "EG 9c",
  "EG 14",
  "S 12",
  "a 9",
  " eg  9B ",
  "Z 99",
  "A",
  "EG",
];
const TABELLENNAMEN = ["RSK2013", "NI2024", "ni-2024", "rsk 2013", "KGSt2024", "Tabelle1"];
const DEUTSCHE_ZAHLTEXTE = ["1.234,56", "0,3", "30 %", "30%", "2.268 €", "-5", "+1", "1e3", " 12 ", "0,0", "69.800"];
const WOERTER = [
  "Kreis",
  "kreisfreie Stadt",
  "Stadt",
  "kfS",
  "Landkreis",
  "Gemeinde",
  "Querschnitt",
  "IT",
  "Raum",
  "Landespauschale",
  "Zusatzstelle",
  "Sachausgaben",
  '=HYPERLINK("http://x")',
  "@SUM(A1)",
  "#WERT!",
  "WAHR",
  "null",
  "undefined",
  "NaN",
  "x".repeat(300),
  "\u00a0",
  "   ",
];

/** Numbers with the edge cases Excel can deliver (it never sends NaN or Infinity, but -0 it can). */
export const zahlen: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    0.3,
    1e300,
    -1e300,
    5e-324,
    -5e-324,
    1e12,
    1e12 + 1,
    2013,
    2017,
    2011,
    2200,
    0.005,
  ),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double({ min: -1e6, max: 1e7, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const texte: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", ...GRUPPEN, ...TABELLENNAMEN, ...DEUTSCHE_ZAHLTEXTE, ...WOERTER),
  fc.string({ maxLength: 12 }),
);

/** An error value in a referenced cell, as the host's error class. */
const fehlerwerte = fc.constantFrom(...Object.values(ERROR_CODES)).map((code) => new StubFehler(code));

export const zellwerte: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(null, "", 0) },
  { weight: 4, arbitrary: zahlen },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 4, arbitrary: texte },
  { weight: 1, arbitrary: fehlerwerte },
);

/** A rectangular range of rows × cols. */
export function bereich(zelle: fc.Arbitrary<unknown>, maxZeilen = 6, maxSpalten = 4): fc.Arbitrary<unknown[][]> {
  return fc
    .record({ z: fc.integer({ min: 1, max: maxZeilen }), s: fc.integer({ min: 1, max: maxSpalten }) })
    .chain(({ z, s }) => fc.array(fc.array(zelle, { minLength: s, maxLength: s }), { minLength: z, maxLength: z }));
}

/** Shapes no real range has: ragged rows, empty arrays, a flat list. */
const kaputteBereiche: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.array(fc.array(zellwerte, { maxLength: 4 }), { minLength: 2, maxLength: 5 }),
  fc.array(zellwerte, { minLength: 1, maxLength: 4 }),
);

/** A rate table range: optional header, grade | €/Jahr rows, sometimes notes or a third column. */
export const satztabellen: fc.Arbitrary<unknown[][]> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...GRUPPEN), texte), fc.oneof(zahlen, zellwerte)), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map(([kopf, zeilen]) => [...(kopf ? [["Gruppe", "€/Jahr"]] : []), ...zeilen.map(([g, e]) => [g, e])]);

/**
 * Values a careful user would enter: blanks, plausible non-negative amounts, shares and years,
 * known names. Without these, most random calls stop at the first type check and the
 * calculation paths behind it would hardly be exercised.
 */
const gutartigeZellen: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 500_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 2012, max: 2030 }) },
  { weight: 2, arbitrary: fc.constantFrom(...GRUPPEN, ...TABELLENNAMEN.slice(0, 2), ...WOERTER.slice(0, 12)) },
);

const gutartigeBereiche: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc
    .array(fc.constantFrom("A 11", "EG 6", "EG 9b", "EG 14", null), { minLength: 1, maxLength: 6 })
    .map((g) => g.map((x) => [x])),
  fc
    .array(fc.tuple(fc.constantFrom(...GRUPPEN.slice(0, 10)), fc.integer({ min: 0, max: 150_000 })), {
      minLength: 1,
      maxLength: 6,
    })
    .map((zeilen) => zeilen.map(([g, e]) => [g, e])),
  gutartigeZellen.map((z) => [[z]]),
);

/** Named sources a rate or table parameter knows (SATZ's quelle, PERSONALKOSTEN's tabelle). */
const QUELLENNAMEN = fc.constantFrom(null, "RSK2013", "BUND-AGEBV-2021", "NDS-2023");

function gutartigesArgumentFuer(p: Parameter): fc.Arbitrary<unknown> {
  if (p.name === "quelle") return QUELLENNAMEN;
  return p.dimensionality === "matrix"
    ? fc.oneof({ weight: 3, arbitrary: gutartigeBereiche }, { weight: 1, arbitrary: gutartigeZellen })
    : gutartigeZellen;
}

function wildesArgumentFuer(p: Parameter): fc.Arbitrary<unknown> {
  if (p.dimensionality === "matrix") {
    return fc.oneof(
      { weight: 5, arbitrary: bereich(zellwerte) },
      { weight: 3, arbitrary: satztabellen },
      { weight: 2, arbitrary: zellwerte },
      { weight: 1, arbitrary: kaputteBereiche },
    );
  }
  return fc.oneof(
    { weight: 8, arbitrary: zellwerte },
    { weight: 1, arbitrary: bereich(zellwerte, 2, 2) },
    { weight: 1, arbitrary: kaputteBereiche },
  );
}

/**
 * An argument list as Excel builds it: every required parameter present (possibly an empty cell),
 * optional ones given, passed as null (omitted in the middle) or left off at the end.
 */
export function argumentlisteFuer(parameter: readonly Parameter[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(argumentliste(parameter, wildesArgumentFuer), argumentliste(parameter, gutartigesArgumentFuer));
}

function argumentliste(
  parameter: readonly Parameter[],
  argumentFuer: (p: Parameter) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown[]> {
  const einzeln = parameter.map((p) =>
    p.optional
      ? fc.oneof({ weight: 3, arbitrary: argumentFuer(p) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) })
      : argumentFuer(p),
  );
  const erstesOptional = parameter.findIndex((p) => p.optional);
  const minLaenge = erstesOptional === -1 ? parameter.length : erstesOptional;
  return fc
    .tuple(fc.tuple(...einzeln), fc.integer({ min: minLaenge, max: parameter.length }))
    .map(([args, laenge]) => args.slice(0, laenge));
}
