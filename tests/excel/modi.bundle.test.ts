/**
 * Both formula modes give the core's figures to the cent for every preset bundle, and the native
 * mode uses no KI.* function anywhere.
 */
import { ZEILEN } from "../../src/core";
import { berechneSzenario, erzeugeVorlage, erzeugeVorlagenSatz, VORLAGEN, VORLAGEN_SAETZE } from "../../src/scenario";
import { baueArbeitsmappe, berechneBezuege } from "../../src/workbook";
import type { Formelmodus } from "../../src/scenario/optionen";
import { DATUM, LEERE_ZELLEN, neueMappe, zugriffAuf } from "./hilfen";

const faelle: Array<[string, () => ReturnType<typeof erzeugeVorlagenSatz>]> = [
  ...VORLAGEN_SAETZE.map(
    (s) => [`Satz ${s.id}`, () => erzeugeVorlagenSatz(s.id)] as [string, () => ReturnType<typeof erzeugeVorlagenSatz>],
  ),
  // All presets side by side, and a Zusatzstellen/Sachausgaben case that reaches every funding term.
  ["alle Vorlagen", () => VORLAGEN.map((v) => erzeugeVorlage(v.id))],
  [
    "Kreis 2017 mit Sachausgaben und eigenem Satz",
    () => {
      const s = erzeugeVorlage("kreis-2017");
      s.erstattung.sachausgaben = 3000;
      s.stellen[0] = { ...s.stellen[0], eigenerSatz: 64321.37, anteil: 1.75 };
      return [erzeugeVorlage("rsk-2013-derzeitig"), s];
    },
  ],
];

const FAELLE_JE_MODUS = (["ki", "nativ"] as Formelmodus[]).flatMap((modus) =>
  LEERE_ZELLEN.map(([form, leer]) => [modus, form, leer] as const),
);

describe.each(FAELLE_JE_MODUS)("mode %s, %s", (modus, _form, leereZelle) => {
  it.each(faelle)("%s: every cost line equals the core to the cent", async (_titel, erzeuge) => {
    const szenarien = erzeuge();
    const fake = neueMappe(["Tabelle1"], leereZelle);
    const plan = baueArbeitsmappe(szenarien, { modus, datum: DATUM });
    await zugriffAuf(fake).fuegeEin(plan);
    const b = berechneBezuege(szenarien);
    szenarien.forEach((s, i) => {
      const erwartet = berechneSzenario(s).aufstellung;
      for (const { schluessel } of ZEILEN) {
        const [blatt, adresse] = b.szenarien[i].kosten[schluessel].replace(/\$/g, "").split("!");
        const wert = fake.wert(blatt, adresse);
        expect(typeof wert).toBe("number");
        expect(Math.round((wert as number) * 100)).toBe(erwartet[schluessel]);
      }
    });
    for (const blatt of plan.blaetter) {
      const formeln = fake.formeln(blatt.name, `A1:Z${blatt.zellen.length}`).flat();
      const ki = formeln.filter((f) => typeof f === "string" && f.startsWith("=") && f.includes("KI."));
      if (modus === "nativ") expect(ki).toEqual([]);
      else expect(ki.length).toBeGreaterThan(0);
      // No error value anywhere in the generated block.
      const werte = fake.werte(blatt.name, `A1:Z${blatt.zellen.length}`).flat();
      expect(werte.filter((w) => typeof w === "string" && /^#[A-Z/0!?]+/.test(w))).toEqual([]);
    }
  });
});
