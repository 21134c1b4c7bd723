/**
 * What the rules for the stored work rely on (docs/ARCHITECTURE.md, "Settings and several windows"),
 * observed in the user's real Excel: a Stand and a backup survive the way through the settings
 * unchanged, a probe of the size the budget allows is written and read back (well within the
 * documented limits), and a batch that fails half-way keeps what ran before the failure. Every
 * check says what it saw; the clean-up of the run removes every key it wrote.
 */
import { EINSTELLUNGS_BUDGET } from "../../excel/zustandSpeicher";
import { erzeugeVorlagenSatz } from "../../scenario";
import { kodiereSpeicherstand } from "../../scenario/speicherformat";
import { erstelleStand, leseStandEintrag } from "../../scenario/staende";
import { bestanden, fehlgeschlagen, type Lauf, type Pruefung } from "../typen";
import { ABNAHME_OPTIONEN as OPTIONEN, RHEIN_SIEG_SATZ } from "./einfuegen";

async function leseWert(lauf: Lauf, schluessel: string): Promise<unknown> {
  return lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
    const e = context.workbook.settings.getItemOrNullObject(schluessel);
    e.load("value");
    await context.sync();
    return e.isNullObject ? undefined : (e.value as unknown);
  });
}

export const standUndSicherung: Pruefung = {
  id: "stand-sicherung",
  titel: "Stand und Sicherung kommen unverändert aus den Einstellungen zurück",
  async fuehreAus(lauf) {
    const jetzt = lauf.umgebung.jetzt();
    const szenarien = erzeugeVorlagenSatz(RHEIN_SIEG_SATZ);
    const stand = erstelleStand(
      {
        id: "abnahme",
        bezeichnung: "Abnahmetest",
        datum: "2013-02-04",
        szenarien,
        optionen: OPTIONEN,
        regelwerke: [],
        ergebnisse: [],
      },
      jetzt,
    );
    const k = await lauf.zugriff.schreibeStand(stand);
    const start = await lauf.zugriff.ladeStart();
    const imIndex = start.staende?.find((e) => e.schluessel === k);
    const [koerper] = await lauf.zugriff.ladeStaende([{ schluessel: k, zeichen: imIndex?.kopf?.zeichen }]);
    const gelesen = koerper ? leseStandEintrag(k, koerper.wert) : null;
    const zustand = JSON.stringify(kodiereSpeicherstand(szenarien, OPTIONEN, jetzt));
    const sk = await lauf.zugriff.sichereZustand(JSON.parse(zustand));
    const sicherung = await leseWert(lauf, sk);
    const fehler = [
      ...(imIndex?.kopf?.bezeichnung === "Abnahmetest" ? [] : ["Stand fehlt im Verzeichnis"]),
      ...(gelesen?.status === "ok" && JSON.stringify(gelesen.stand) === JSON.stringify(stand)
        ? []
        : [`Stand gelesen: ${gelesen?.status ?? "fehlt"}`]),
      ...(sicherung === zustand ? [] : [`Sicherung gelesen: ${String(sicherung).slice(0, 80)} …`]),
    ];
    return fehler.length === 0
      ? bestanden(
          `Stand (${JSON.stringify(stand).length} Zeichen) und Sicherung (${zustand.length} Zeichen) gleich gelesen`,
        )
      : fehlgeschlagen(fehler.join("; "));
  },
};

const PROBE = "KI-Kostenplaner.Abnahme.Groessenprobe";

/** A probe of the size the budget leaves (at most 200,000 characters): written, read, compared. */
export const groessenprobe: Pruefung = {
  id: "groessenprobe",
  titel: "Größenprobe der Einstellungen (innerhalb des Budgets)",
  async fuehreAus(lauf) {
    const belegt = await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
      const s = context.workbook.settings.load("items/key, items/value");
      await context.sync();
      return s.items.reduce((n, e) => n + e.key.length + (JSON.stringify(e.value) ?? "").length, 0);
    });
    const groesse = Math.max(0, Math.min(200_000, EINSTELLUNGS_BUDGET - belegt));
    const probe = "x".repeat(groesse);
    try {
      await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.settings.add(PROBE, probe);
        await context.sync();
      });
    } catch (e) {
      return fehlgeschlagen(
        `Excel lehnte ${groesse} Zeichen ab (belegt vorher ${belegt}): ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const zurueck = await leseWert(lauf, PROBE);
    return zurueck === probe
      ? bestanden(`vorher ${belegt} Zeichen belegt; Probe mit ${groesse} Zeichen geschrieben und gleich gelesen`)
      : fehlgeschlagen(`Probe mit ${groesse} Zeichen kam als ${String(zurueck).length} Zeichen zurück`);
  },
};

const VOR_DEM_FEHLER = "KI-Kostenplaner.Abnahme.VorDemFehler";

/** A batch whose second command fails: does the first one stay applied (no rollback)? */
export const keinRollback: Pruefung = {
  id: "kein-rollback",
  titel: "Ein abgebrochener Abgleich behält, was vor dem Fehler lief",
  async fuehreAus(lauf) {
    let fehler: string | null = null;
    try {
      await lauf.umgebung.excel.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.settings.add(VOR_DEM_FEHLER, "1");
        context.workbook.worksheets.getItem("KI-Abnahme gibt es nicht").getRange("A1").values = [[1]];
        await context.sync();
      });
    } catch (e) {
      fehler = e instanceof Error ? e.message : String(e);
    }
    if (fehler === null) return fehlgeschlagen("Der absichtlich fehlerhafte Befehl schlug nicht fehl.");
    const blieb = (await leseWert(lauf, VOR_DEM_FEHLER)) === "1";
    // Both answers are safe for the add-in (its records are written first); the report keeps which one it was.
    return bestanden(
      blieb
        ? `kein Rollback: der Befehl vor dem Fehler blieb (Fehler: ${fehler})`
        : `Excel nahm den ganzen Abgleich zurück (Fehler: ${fehler})`,
    );
  },
};
