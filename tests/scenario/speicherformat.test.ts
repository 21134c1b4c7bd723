/** Saved state across versions: unknown fields, size and depth limits, duplicate ids. */
import { erzeugeVorlagenSatz } from "../../src/scenario";
import {
  type GespeicherteOptionen,
  SPEICHER_MAX_TIEFE,
  SPEICHER_MAX_ZEICHEN,
  istLesbarerSpeicherstand,
  kodiereSpeicherstand,
  leseSpeicherstand,
  pruefeRohtext,
} from "../../src/scenario/speicherformat";

const OPTIONEN: GespeicherteOptionen = {
  modus: "ki",
  vorlageNr: "DS 17/2025",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: true,
  umlage: [
    { id: "u1", name: "Troisdorf", grundlage: 75000, minderbelastung: 0 },
    { id: "u2", name: "Siegburg", grundlage: 40000, minderbelastung: 0 },
  ],
};

function stand(): ReturnType<typeof kodiereSpeicherstand> {
  return JSON.parse(
    JSON.stringify(kodiereSpeicherstand(erzeugeVorlagenSatz("rhein-sieg-2013"), OPTIONEN)),
  ) as ReturnType<typeof kodiereSpeicherstand>;
}

function meldung(json: unknown): string {
  const r = leseSpeicherstand(json);
  if (r.ok) throw new Error("unerwartet lesbar");
  return r.meldung;
}

describe("saved state across versions", () => {
  it("reads its own state", () => {
    expect(leseSpeicherstand(stand()).ok).toBe(true);
  });

  it("refuses fields it does not know, naming them, instead of dropping them on the next save", () => {
    const s = stand() as unknown as { szenarien: Array<Record<string, unknown>>; optionen: Record<string, unknown> };
    s.szenarien[0].notiz = "Rückfrage Kämmerei";
    s.optionen.farbe = "blau";
    const m = meldung(s);
    expect(m).toMatch(/nicht kennt \(optionen\.farbe, szenarien\[0\]\.notiz\)/);
    expect(m).toMatch(/neueren Version/);
    expect(m).toMatch(/unverändert/);
    expect(istLesbarerSpeicherstand(JSON.stringify(s))).toBe(false);
  });

  it("keeps the Word text's fields; an older state without them loads; an unknown one in them is refused", () => {
    const angaben = { haushaltsjahr: "2014", beschlussvorschlag: "Der Ausschuss empfiehlt …" };
    const mit = JSON.parse(
      JSON.stringify(
        kodiereSpeicherstand(erzeugeVorlagenSatz("rhein-sieg-2013"), { ...OPTIONEN, vorlagenAngaben: angaben }),
      ),
    ) as { optionen: Record<string, unknown> };
    const r = leseSpeicherstand(mit);
    if (!r.ok) throw new Error(r.meldung);
    expect(r.stand.optionen.vorlagenAngaben).toEqual(angaben);
    // A state saved before the fields existed has no such key and reads as before.
    const alt = leseSpeicherstand(stand());
    expect(alt.ok && "vorlagenAngaben" in alt.stand.optionen).toBe(false);
    (mit.optionen.vorlagenAngaben as Record<string, unknown>).sachbearbeitung = "Frau M.";
    expect(meldung(mit)).toMatch(/optionen\.vorlagenAngaben\.sachbearbeitung.*neueren Version|neueren Version/);
    expect(meldung(mit)).toContain("optionen.vorlagenAngaben.sachbearbeitung");
    (mit.optionen.vorlagenAngaben as Record<string, unknown>) = { produkt: 17 };
    expect(meldung(mit)).toContain("optionen.vorlagenAngaben.produkt fehlt oder ist kein Text");
  });

  it("refuses a duplicate Stelle id, naming the field", () => {
    const s = stand();
    s.szenarien[1].stellen[1].id = s.szenarien[1].stellen[0].id;
    expect(meldung(s)).toMatch(/Stellen-Kennung szenarien\[1\]\.stellen\[1\]\.id „.+“ kommt doppelt vor/);
  });

  it("refuses a duplicate Umlage member id, naming the field", () => {
    const s = stand();
    s.optionen.umlage[1].id = "u1";
    expect(meldung(s)).toMatch(/optionen\.umlage\[1\]\.id „u1“ kommt doppelt vor/);
  });

  it("refuses JSON nested 5,000 levels deep with a German message, before parsing", () => {
    const tief = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    const m = pruefeRohtext(tief);
    expect(m).toMatch(new RegExp(`tiefer als ${SPEICHER_MAX_TIEFE} Ebenen`));
    expect(m).not.toMatch(/Maximum call stack/);
    expect(istLesbarerSpeicherstand(tief)).toBe(false);
    // Brackets inside texts do not count.
    expect(pruefeRohtext(JSON.stringify({ a: "[[[[".repeat(100), b: '\\"[[' }))).toBeNull();
    expect(pruefeRohtext(JSON.stringify(stand()))).toBeNull();
  });

  it("refuses stored text above the size limit", () => {
    const gross = JSON.stringify({ ...stand(), fuell: "x".repeat(SPEICHER_MAX_ZEICHEN) });
    expect(pruefeRohtext(gross)).toMatch(/größer als erlaubt \(2\.000\.000\)/);
  });
});
