/**
 * Whatever bytes a user hands to --umlage, the reader answers with data or a German input error
 * (AufrufFehler → exit 2): never fast-csv's English "Parse Error", a TypeError or NaN.
 */
import fc from "fast-check";
import { AufrufFehler } from "../../src/cli/argumente";
import { zerlegeUmlageCsv } from "../../src/cli/umlageDatei";

const ZEICHEN = ['"', ";", ",", "\t", "\n", "\r", " ", "a", "ö", "1", "2", ".", "%", "-", "€"];

function pruefe(daten: Uint8Array | string): void {
  try {
    const { mitglieder } = zerlegeUmlageCsv(daten, "f.csv");
    for (const m of mitglieder) {
      expect(m.name.trim()).not.toBe("");
      if (m.grundlage !== null) expect(Number.isFinite(m.grundlage)).toBe(true);
      expect(Number.isFinite(m.minderbelastung)).toBe(true);
    }
  } catch (e) {
    expect(e).toBeInstanceOf(AufrufFehler);
    expect((e as Error).message).toMatch(/^f\.csv/);
    expect((e as Error).message).not.toMatch(/Parse Error|expected|undefined|NaN/);
  }
}

test("Eigenschaft: Texte aus CSV-Sonderzeichen ergeben Daten oder eine deutsche Meldung", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...ZEICHEN), { maxLength: 60 }), (z) => pruefe(z.join(""))),
    { seed: 25, numRuns: 1000 },
  );
});

test("Eigenschaft: beliebige Bytes, auch mit UTF-16-BOM davor, ergeben Daten oder eine deutsche Meldung", () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom([], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]),
      (b, bom) => pruefe(Uint8Array.from([...bom, ...b])),
    ),
    { seed: 21, numRuns: 1000 },
  );
});
