/**
 * The whole path the task pane takes: baueArbeitsmappe with `mehrjahr` and `umlage` options → the
 * Excel access module (src/excel/arbeitsmappenZugriff.ts) → the fake Excel host with the BUILT KI.*
 * functions. The extra sheets reference "Annahmen"/"Kostenvergleich" live; values are read back,
 * including the 2017 step in the refund.
 */
import { createFakeExcel, FakeExcel } from "../../../devtools/fakeHost";
import { erstelleArbeitsmappenZugriff } from "../../../src/excel/arbeitsmappenZugriff";
import { erzeugeVorlage } from "../../../src/scenario";
import { baueArbeitsmappe, berechneBezuege, type ArbeitsmappenPlan } from "../../../src/workbook";
import type { Formelmodus } from "../../../src/scenario/optionen";
import { MEHRJAHR_BLATTNAME } from "../../../src/workbook/mehrjahr/blatt";
import { UMLAGE_BLATTNAME } from "../../../src/workbook/umlage/blatt";
import { rheinSiegUmlage } from "../../../src/cli/umlageDatei";
import { GeladeneFunktionen, ladeFunktionen } from "../../helpers/ladeFunktionen";
import { pruefeFormelergebnisse } from "../../helpers/formelergebnisse";
import { kizMitAusbau } from "./szenarien";

/** The 19 Rhein-Sieg members with blank Umlagegrundlagen, as the CLI and the pane enter them. */
const rheinSiegMitglieder = () => rheinSiegUmlage().mitglieder;

let ki: GeladeneFunktionen;
beforeAll(() => {
  ki = ladeFunktionen();
});

const szenarien = () => [erzeugeVorlage("rsk-2013-derzeitig"), kizMitAusbau()];

async function mappe(modus: Formelmodus): Promise<{ fake: FakeExcel; plan: ArbeitsmappenPlan }> {
  const plan = baueArbeitsmappe(szenarien(), {
    modus,
    datum: new Date(2026, 1, 11),
    mehrjahr: { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 },
    umlage: { mitglieder: rheinSiegMitglieder() },
  });
  const fake = createFakeExcel({ ki });
  await erstelleArbeitsmappenZugriff(fake.Excel).fuegeEin(plan);
  return { fake, plan };
}

/** Row of a year in column A of the multi-year sheet (zero-based). */
function jahreszeile(fake: FakeExcel, jahr: number): number {
  const a = fake.werte(MEHRJAHR_BLATTNAME, "A1:A80").map(([w]) => w);
  const i = a.findIndex((w, k) => w === jahr && k > 20);
  if (i < 0) throw new Error(`Jahr ${jahr} nicht gefunden`);
  return i;
}

describe.each<Formelmodus>(["ki", "nativ"])("Arbeitsmappe mit Mehrjahres- und Umlageblatt (Modus %s)", (modus) => {
  it("fügt beide Blätter hinter Kostenvergleich und Annahmen ein; jede Formel ergibt den erwarteten Wert", async () => {
    const { fake, plan } = await mappe(modus);
    expect(plan.blaetter.map((b) => b.name)).toEqual([
      "Kostenvergleich",
      "Annahmen",
      MEHRJAHR_BLATTNAME,
      UMLAGE_BLATTNAME,
    ]);
    expect(pruefeFormelergebnisse(fake, plan.blaetter.slice(2))).toBeGreaterThan(150);
  });

  it("liest die Stufe 2017 in der Landeserstattung zurück und verknüpft die Ausgangswerte mit „Annahmen“", async () => {
    const { fake } = await mappe(modus);
    // KIZ refund is the last column of the sheet (N): 2016 only the base grant, 2017 the Ausbau.
    expect(fake.wert(MEHRJAHR_BLATTNAME, `N${jahreszeile(fake, 2016) + 1}`)).toBe(170000);
    expect(fake.wert(MEHRJAHR_BLATTNAME, `N${jahreszeile(fake, 2017) + 1}`)).toBe(363297.29);
    const b = berechneBezuege(szenarien()).szenarien[1];
    expect(fake.formel(MEHRJAHR_BLATTNAME, "C13")).toBe(`=${b.annahmen.personalkostenGrund}`);
    expect(fake.formel(MEHRJAHR_BLATTNAME, "C16")).toBe(`=${b.kosten.querschnittskosten}`);
    expect(fake.wert(MEHRJAHR_BLATTNAME, "C13")).toBe(238300);
    expect(fake.wert(MEHRJAHR_BLATTNAME, "C14")).toBe(180000);
  });

  it("rechnet ΔC für die Umlage aus dem Kostenvergleich und aktualisiert beide Blätter live", async () => {
    const { fake } = await mappe(modus);
    const b = berechneBezuege(szenarien());
    // 2013: KIZ with Ausbau 457.094 € − derzeitige Struktur 102.316 € = 354.778 € (rule set 2012: no extra funding yet).
    expect(fake.formel(UMLAGE_BLATTNAME, "C4")).toBe(
      `=${b.szenarien[1].kosten.eigenanteil}-${b.szenarien[0].kosten.eigenanteil}`,
    );
    expect(fake.wert(UMLAGE_BLATTNAME, "C4")).toBe(354778);
    expect(fake.wert(UMLAGE_BLATTNAME, "A8")).toMatch(/^Hinweis: Für 19 von 19 Gemeinden/);
    fake.setzeWert(UMLAGE_BLATTNAME, "D11", 400_000_000);
    fake.setzeWert(UMLAGE_BLATTNAME, "D27", 600_000_000);
    // Alfter 2/5 and Troisdorf 3/5 of 354.778 €.
    expect(fake.wert(UMLAGE_BLATTNAME, "C11")).toBe(141911.2);
    expect(fake.wert(UMLAGE_BLATTNAME, "C27")).toBe(212866.8);
    // 1.000 € more project funds for the KIZ in "Annahmen": +1.000 € in 2013 and in ΔC.
    const [blatt, zelle] = b.szenarien[1].annahmen.projektmittel.split("!");
    fake.setzeWert(blatt, zelle.replace(/\$/g, ""), 46000);
    expect(fake.wert(UMLAGE_BLATTNAME, "C4")).toBe(355778);
    expect(fake.wert(MEHRJAHR_BLATTNAME, `D${jahreszeile(fake, 2013) + 1}`)).toBe(355778);
    expect(fake.wert(UMLAGE_BLATTNAME, "C11")).toBe(142311.2);
  });
});
