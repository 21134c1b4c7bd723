/** Saved state in the workbook settings: round trip, unreadable data kept and backed up. */
import { SICHERUNG_PRAEFIX, ZUSTAND_SCHLUESSEL } from "../../src/excel/arbeitsmappenZugriff";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { type GespeicherteOptionen, ausLadeergebnis, kodiereSpeicherstand } from "../../src/scenario/speicherformat";
import { neueMappe, zugriffAuf } from "./hilfen";

const OPTIONEN: GespeicherteOptionen = {
  modus: "nativ",
  vorlageNr: "2013/728",
  mehrjahrAktiv: false,
  mehrjahr: { vonJahr: 2013, bisJahr: 2017, personalSteigerung: 0.02, sachSteigerung: 0.01, zinssatz: 0.03 },
  umlageAktiv: true,
  umlage: [{ id: "u1", name: "Troisdorf", grundlage: null, minderbelastung: 0.1 }],
};
const JETZT = new Date(2024, 4, 6, 7, 8, 9);

describe("saved state", () => {
  it("round-trips scenarios and options through the workbook settings", async () => {
    const fake = neueMappe();
    const zugriff = zugriffAuf(fake);
    expect(ausLadeergebnis(await zugriff.ladeZustand())).toEqual({ status: "leer" });
    const szenarien = erzeugeVorlagenSatz("rhein-sieg-2013");
    szenarien[0].name = '=HYPERLINK("http://x")';
    const stand = kodiereSpeicherstand(szenarien, OPTIONEN, JETZT);
    await zugriff.speichereZustand(stand);
    expect(typeof fake.settings()[ZUSTAND_SCHLUESSEL]).toBe("string");
    const gelesen = ausLadeergebnis(await zugriffAuf(fake).ladeZustand());
    expect(gelesen).toEqual({ status: "ok", stand });
    if (gelesen.status === "ok") expect(gelesen.stand.szenarien).toEqual(szenarien);
  });

  const kaputt: Array<[string, string, RegExp]> = [
    [
      "truncated JSON",
      JSON.stringify(kodiereSpeicherstand(erzeugeVorlagenSatz("rhein-sieg-2013"), OPTIONEN)).slice(0, 200),
      /beschädigt/,
    ],
    [
      "a newer version",
      JSON.stringify({ ...kodiereSpeicherstand([], OPTIONEN), version: 2 }),
      /neueren Version.*Format 2/,
    ],
    ["foreign JSON", JSON.stringify({ kunde: "Müller", rechnungen: [1, 2] }), /nicht vom KI-Kostenplaner/],
    [
      "a missing field",
      JSON.stringify(
        (() => {
          const s = kodiereSpeicherstand(erzeugeVorlagenSatz("rhein-sieg-2013"), OPTIONEN);
          delete (s.szenarien[1] as Partial<(typeof s.szenarien)[number]>).querschnittssatz;
          return s;
        })(),
      ),
      /szenarien\[1\]\.querschnittssatz fehlt/,
    ],
    // Parsing this naively ends in an English "Maximum call stack size exceeded".
    ["JSON nested 5,000 levels deep", `${"[".repeat(5000)}${"]".repeat(5000)}`, /tiefer als 64 Ebenen verschachtelt/],
    [
      "a field of a newer version",
      JSON.stringify(
        (() => {
          const s = kodiereSpeicherstand(erzeugeVorlagenSatz("rhein-sieg-2013"), OPTIONEN);
          (s.szenarien[0] as unknown as Record<string, unknown>).notiz = "Rückfrage Kämmerei";
          return s;
        })(),
      ),
      /nicht kennt \(szenarien\[0\]\.notiz\).*neueren Version/,
    ],
  ];

  it.each(kaputt)("reports %s in German, keeps it, and backs it up before saving over it", async (_f, roh, meldung) => {
    const fake = neueMappe();
    fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, roh);
    const zugriff = zugriffAuf(fake, { jetzt: () => JETZT });
    const gelesen = ausLadeergebnis(await zugriff.ladeZustand());
    expect(gelesen.status).toBe("unlesbar");
    if (gelesen.status !== "unlesbar") return;
    expect(gelesen.meldung).toMatch(meldung);
    expect(gelesen.meldung).toMatch(/bleiben unverändert/);
    expect(gelesen.roh).toBe(roh);
    // Loading changed nothing.
    expect(fake.settings()[ZUSTAND_SCHLUESSEL]).toBe(roh);

    const neu = kodiereSpeicherstand(erzeugeVorlagenSatz("stadt-2017"), OPTIONEN, JETZT);
    await zugriff.speichereZustand(neu);
    const settings = fake.settings();
    // The second of saving plus a random part: two writers in the same second never share a key.
    const [sicherung] = Object.keys(settings).filter((k) => k.startsWith(`${SICHERUNG_PRAEFIX}2024-05-06T07:08:09.`));
    expect(settings[sicherung]).toBe(roh);
    expect(ausLadeergebnis(await zugriff.ladeZustand())).toEqual({ status: "ok", stand: neu });
    // A second save over readable data makes no further backup.
    await zugriff.speichereZustand(neu);
    expect(Object.keys(fake.settings()).filter((k) => k.startsWith(SICHERUNG_PRAEFIX))).toHaveLength(1);
  });
});
