/**
 * The user's own rule set (issue 13, item 5) in the scenario layer: the checks with German messages
 * at the field, the same refund as the built-in rule set it copies, every plan year, and the save
 * format's round trip (older states without it still load).
 */
import { EIGENES_REGELWERK_ID, KiFehler, findeFoerderregelNachId, projiziere } from "../../src/core";
import {
  type EigenesRegelwerk,
  type Szenario,
  baueEigenesRegelwerk,
  berechneSzenario,
  kostenstruktur,
  leeresEigenesRegelwerk,
  pruefeEigenesRegelwerk,
  regelFuer,
  regelnFuer,
} from "../../src/scenario";
import { kodiereSpeicherstand, leseSpeicherstand } from "../../src/scenario/speicherformat";
import { pruefeSzenario } from "../../src/scenario/validierung";
import { anfangszustand, planerReducer } from "../../src/taskpane/zustand";
import { kodiereZustand, zustandAusLadeergebnis } from "../../src/taskpane/anbindung";
import { kiSzenario, wieNrw2017 } from "../helpers/eigenesRegelwerk";

describe("own rule set: checks", () => {
  test("the NRW-2017 amounts build a rule set with the same caps", () => {
    const r = baueEigenesRegelwerk(wieNrw2017());
    expect(r.id).toBe(EIGENES_REGELWERK_ID);
    expect(r.quelle.text).toBe("Bescheid BezReg Arnsberg vom 01.02.2017");
    const nrw = findeFoerderregelNachId("NRW-2017");
    const grund = (x: typeof r) => x.tatbestaende.find((t) => t.art === "grundfoerderung");
    expect(grund(r)).toMatchObject({ hoechstbetrag: 17_000_000, positionen: grund(nrw)!.positionen });
    expect(pruefeEigenesRegelwerk(wieNrw2017())).toEqual({});
  });

  test("bad entries get German messages at their field, and never build", () => {
    const e = wieNrw2017();
    const schlecht: EigenesRegelwerk = {
      ...e,
      name: " ",
      quelle: "",
      positionen: [
        { position: "Fachkraft", jeStelle: -1, stellen: 2 },
        { position: "Verwaltung", jeStelle: 50_000, stellen: null },
        { position: "Assistenz", jeStelle: NaN, stellen: 0.5 },
      ],
      zusatzstelle: { jeStelle: null, stellen: 3 },
      sachausgaben: -5,
    };
    expect(pruefeEigenesRegelwerk(schlecht)).toEqual({
      name: "Der Name des Regelwerks fehlt.",
      quelle: "Die Quelle fehlt (z. B. „Bescheid BezReg Arnsberg vom …“).",
      "Fachkraft.jeStelle": "Der Höchstbetrag je Stelle (Fachkraft) darf nicht negativ sein.",
      "Verwaltung.stellen": "Die Zahl der Stellen (Verwaltung) fehlt.",
      "Assistenz.jeStelle": "Der Höchstbetrag für die ½ Stelle (Assistenz) ist keine Zahl.",
      "zusatzstelle.jeStelle": "Der Höchstbetrag je Stelle (Zusatzstellen) fehlt.",
      sachausgaben: "Die Sachausgabenpauschale darf nicht negativ sein.",
    });
    expect(() => baueEigenesRegelwerk(schlecht)).toThrow(KiFehler);
    expect(() => baueEigenesRegelwerk(schlecht)).toThrow(/Eigenes Regelwerk ungültig: Der Name des Regelwerks fehlt/);
  });

  test("what only the core checks (too many posts) is reported as the core words it", () => {
    const e = wieNrw2017();
    e.positionen[0] = { position: "Fachkraft", jeStelle: 50_000, stellen: 500 };
    const m = pruefeEigenesRegelwerk(e);
    expect(m.regelwerk).toMatch(/^Eigenes Regelwerk ungültig: .*Stellenzahl für Fachkraft muss zwischen 0 und 100/);
  });

  test("a scenario that chooses it without a definition gets a message at the rule-set field", () => {
    const s = kiSzenario(EIGENES_REGELWERK_ID);
    expect(pruefeSzenario(s)["erstattung.regelwerk"]).toBe(
      "Das eigene Regelwerk ist nicht festgelegt (Abschnitt „Eigenes Regelwerk“).",
    );
    const ungueltig = kiSzenario(EIGENES_REGELWERK_ID, { ...wieNrw2017(), quelle: "" });
    expect(pruefeSzenario(ungueltig)["erstattung.regelwerk"]).toMatch(/Quelle fehlt/);
  });
});

describe("own rule set: calculation", () => {
  test("the NRW-2017 amounts refund exactly what NRW-2017 refunds", () => {
    const eigen = berechneSzenario(kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017()));
    const nrw = berechneSzenario(kiSzenario("NRW-2017"));
    // Per post: 45.000 + 50.000 + 50.000 + 20.000; extra posts one by one: 47.500 + min(1,5 × 50.000, 90.000); Sachausgaben 50.000.
    expect(nrw.aufstellung.landeserstattung).toBe(16_500_000 + 12_250_000 + 5_000_000);
    expect(eigen.aufstellung.landeserstattung).toBe(nrw.aufstellung.landeserstattung);
    expect(eigen.regel?.titel).toBe("Wie Ausbau 2017");
  });

  test("other amounts change the refund as the notice says (Festbetrag 57.000, no Sachausgaben)", () => {
    const e = wieNrw2017();
    e.finanzierungsart = "Festbetragsfinanzierung";
    e.positionen = e.positionen.map((p) => (p.position === "Assistenz" ? p : { ...p, jeStelle: 57_000 }));
    e.zusatzstelle = { jeStelle: null, stellen: null };
    e.sachausgaben = null;
    const r = berechneSzenario(kiSzenario(EIGENES_REGELWERK_ID, e));
    expect(r.aufstellung.landeserstattung).toBe(4_500_000 + 5_700_000 + 5_200_000 + 2_000_000);
    expect(regelFuer(kiSzenario(EIGENES_REGELWERK_ID, e)).tatbestaende.map((t) => t.art)).toEqual(["grundfoerderung"]);
  });

  test("the multi-year projection applies it in every plan year, also before 2012", () => {
    const s = { ...kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017()), jahr: 2010 };
    const a = { vonJahr: 2008, bisJahr: 2030, personalSteigerung: 0, sachSteigerung: 0, zinssatz: 0 };
    const p = projiziere(kostenstruktur(s, berechneSzenario(s)), a, regelnFuer([s]));
    expect(new Set(p.jahre.map((j) => j.erstattung))).toEqual(new Set([33_750_000]));
    expect(p.jahre.every((j) => j.regel?.id === EIGENES_REGELWERK_ID)).toBe(true);
    expect(regelnFuer([kiSzenario("auto")]).some((r) => r.id === EIGENES_REGELWERK_ID)).toBe(false);
  });
});

describe("own rule set: pane state and save format", () => {
  test("defining, choosing, editing and removing keep every scenario's copy in step", () => {
    let z = anfangszustand([kiSzenario("auto"), kiSzenario("auto")]);
    z = { ...z, szenarien: z.szenarien.map((s, i) => ({ ...s, id: `s${i}` })) };
    z = planerReducer(z, { typ: "eigenesRegelwerk", wert: wieNrw2017() });
    const waehle = (s: Szenario) => ({ ...s, erstattung: { ...s.erstattung, regelwerk: EIGENES_REGELWERK_ID } });
    z = planerReducer(z, { typ: "aendere", id: "s1", aenderung: waehle });
    expect(z.szenarien[0].erstattung.eigenesRegelwerk).toBeUndefined();
    expect(z.szenarien[1].erstattung.eigenesRegelwerk).toEqual(wieNrw2017());
    z = planerReducer(z, { typ: "eigenesRegelwerk", wert: { ...wieNrw2017(), sachausgaben: 10_000 } });
    expect(z.szenarien[1].erstattung.eigenesRegelwerk?.sachausgaben).toBe(10_000);
    expect(berechneSzenario(z.szenarien[1]).aufstellung.landeserstattung).toBe(16_500_000 + 12_250_000 + 1_000_000);
    const zurueck = planerReducer(z, {
      typ: "aendere",
      id: "s1",
      aenderung: (s) => ({ ...s, erstattung: { ...s.erstattung, regelwerk: "auto" } }),
    });
    expect(zurueck.szenarien[1].erstattung).not.toHaveProperty("eigenesRegelwerk");
    const entfernt = planerReducer(z, { typ: "eigenesRegelwerk", wert: null });
    expect(entfernt.szenarien[1].erstattung).toEqual({ aktiv: true, regelwerk: "auto", sachausgaben: 60_000 });
  });

  test("saved with the scenarios, loaded back unchanged, empty fields included", () => {
    let z = anfangszustand([kiSzenario("auto")]);
    const e = { ...leeresEigenesRegelwerk(), quelle: "Bescheid vom 3.3.2025" };
    e.positionen[0] = { position: "Fachkraft", jeStelle: 57_000, stellen: 6 };
    z = planerReducer(z, { typ: "eigenesRegelwerk", wert: e });
    const id = z.szenarien[0].id;
    z = planerReducer(z, {
      typ: "aendere",
      id,
      aenderung: (s) => ({ ...s, erstattung: { ...s.erstattung, regelwerk: EIGENES_REGELWERK_ID } }),
    });
    const json = JSON.parse(JSON.stringify(kodiereZustand(z, new Date(2025, 2, 3))));
    const geladen = zustandAusLadeergebnis({ status: "ok", json });
    expect(geladen.status).toBe("ok");
    if (geladen.status !== "ok") return;
    expect(geladen.zustand.eigenesRegelwerk).toEqual(e);
    expect(geladen.zustand.szenarien).toEqual(z.szenarien);
    expect(berechneSzenario(geladen.zustand.szenarien[0]).aufstellung.landeserstattung).toBe(
      berechneSzenario(z.szenarien[0]).aufstellung.landeserstattung,
    );
  });

  test("a state saved before the own rule set loads and saves back without it", () => {
    const alt = JSON.parse(
      JSON.stringify(
        kodiereSpeicherstand([kiSzenario("auto")], {
          modus: "ki",
          vorlageNr: "",
          mehrjahrAktiv: false,
          mehrjahr: null,
          umlageAktiv: false,
          umlage: [],
        }),
      ),
    );
    const r = leseSpeicherstand(alt);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.stand.optionen).not.toHaveProperty("eigenesRegelwerk");
    expect(JSON.parse(JSON.stringify(r.stand))).toEqual(alt);
    const geladen = zustandAusLadeergebnis({ status: "ok", json: alt });
    expect(geladen.status === "ok" && geladen.zustand.eigenesRegelwerk).toBeNull();
  });

  test("an unknown field or a bad value in the stored rule set makes the state unreadable, not half-read", () => {
    const stand = JSON.parse(
      JSON.stringify(
        kodiereSpeicherstand([kiSzenario(EIGENES_REGELWERK_ID, wieNrw2017())], {
          modus: "nativ",
          vorlageNr: "",
          mehrjahrAktiv: false,
          mehrjahr: null,
          umlageAktiv: false,
          umlage: [],
          eigenesRegelwerk: wieNrw2017(),
        }),
      ),
    );
    expect(leseSpeicherstand(stand).ok).toBe(true);
    const neuer = JSON.parse(JSON.stringify(stand));
    neuer.optionen.eigenesRegelwerk.gueltigAb = 2026;
    const r1 = leseSpeicherstand(neuer);
    expect(!r1.ok && r1.meldung).toMatch(/optionen\.eigenesRegelwerk\.gueltigAb.*neueren Version/);
    const falsch = JSON.parse(JSON.stringify(stand));
    falsch.szenarien[0].erstattung.eigenesRegelwerk.positionen[1].position = "Hausmeister";
    const r2 = leseSpeicherstand(falsch);
    expect(!r2.ok && r2.meldung).toMatch(
      /szenarien\[0\]\.erstattung\.eigenesRegelwerk\.positionen\[1\]\.position muss/,
    );
  });
});
