/**
 * `export --ist DATEI [--stand …]`: the actual costs of a CSV file against a Stand of the --szenarien
 * file (or the current work), as the options of the sheet "Plan-Ist". The file is read by the scenario
 * layer (scenario/planIst, the pane's reader too); a row it cannot place is an input error (exit 2)
 * naming file and line, so nothing is left out of the sheet unnoticed.
 */
import path from "node:path";
import { formatEuro } from "../core/geld";
import { MONATSNAMEN, planIst } from "../core/planIst";
import type { MehrjahrOptionen, PlanIstOptionen } from "../scenario/optionen";
import {
  istZiele,
  liesIstCsv,
  planIstGrundlage,
  planIstGrundlageAusStand,
  type PlanIstWahl,
} from "../scenario/planIst";
import { standDatumText, type Stand } from "../scenario/staende";
import type { Szenario } from "../scenario/modell";
import { AufrufFehler, type PlanIstAuftrag } from "./argumente";
import { leseBegrenzt } from "./dateien";

/** A year of bookings of a large KI fits many times over. */
const MAX_IST_BYTES = 200_000_000;
/** Messages shown at most; the rest are counted. */
const MAX_MELDUNGEN = 12;

/** The Stand named by --stand: its id, its label or its date (JJJJ-MM-TT or TT.MM.JJJJ), exactly one. */
export function findeStand(staende: readonly Stand[], angabe: string): Stand {
  const a = angabe.trim().toLowerCase();
  const treffer = staende.filter(
    (s) =>
      s.id.toLowerCase() === a ||
      s.bezeichnung.trim().toLowerCase() === a ||
      s.datum === a ||
      standDatumText(s.datum) === a,
  );
  const liste = staende.map((s) => `„${s.bezeichnung}“ (${standDatumText(s.datum)})`).join(", ");
  if (treffer.length === 0) {
    throw new AufrufFehler(
      staende.length === 0
        ? `--stand „${angabe}“: Die Szenarien-Datei enthält keine Stände. Bitte im Aufgabenbereich einen Stand festschreiben und die Datei neu speichern.`
        : `--stand „${angabe}“: kein Stand mit dieser Bezeichnung, Kennung oder diesem Datum. Vorhanden: ${liste}.`,
    );
  }
  if (treffer.length > 1) {
    throw new AufrufFehler(`--stand „${angabe}“ passt zu mehreren Ständen (${liste}); bitte die Bezeichnung angeben.`);
  }
  return treffer[0];
}

export interface PlanIstAusDatei {
  optionen: PlanIstOptionen;
  hinweise: string[];
}

/** Reads --ist against the chosen Stand (or the current work) and checks every row. */
export function planIstAusDatei(
  a: PlanIstAuftrag,
  szenarien: readonly Szenario[],
  mehrjahr: MehrjahrOptionen | null,
  staende: readonly Stand[],
): PlanIstAusDatei {
  const stand = a.stand === null ? null : findeStand(staende, a.stand);
  const wahl: PlanIstWahl = { ...(a.jahr !== null ? { jahr: a.jahr } : {}), besetzungen: a.besetzungen };
  const grundlage = stand ? planIstGrundlageAusStand(stand, wahl) : planIstGrundlage(szenarien, mehrjahr, wahl);
  const name = path.basename(a.datei);
  const ziele = istZiele(grundlage.eingabe);
  const imp = liesIstCsv(leseBegrenzt(a.datei, MAX_IST_BYTES, "--ist"), name, {
    jahr: grundlage.eingabe.jahr,
    ziele,
    zuordnung: a.zuordnung,
  });
  if (imp.fehler.length > 0) {
    const gezeigt = imp.fehler.slice(0, MAX_MELDUNGEN).map((f) => `  ${f}`);
    const mehr = imp.fehler.length > MAX_MELDUNGEN ? [`  … und ${imp.fehler.length - MAX_MELDUNGEN} weitere`] : [];
    throw new AufrufFehler(
      `--ist: Die Datei lässt sich nicht vollständig übernehmen (${imp.fehler.length} ${imp.fehler.length === 1 ? "Meldung" : "Meldungen"}):\n` +
        [...gezeigt, ...mehr].join("\n") +
        `\nSchlüssel der Zeilen: ${ziele.map((z) => z.schluessel).join(", ")}. Eigene Schlüssel ordnet ` +
        `--zuordnung "Schlüssel in der Datei=Zeile;…" zu.`,
    );
  }
  const optionen: PlanIstOptionen = { stand, wahl, ist: imp.istwerte, istQuelle: name };
  const e = planIst(grundlage.eingabe, imp.istwerte);
  const bis = e.stichmonat === 0 ? "ohne Ist-Werte" : `Ist bis ${MONATSNAMEN[e.stichmonat - 1]} ${e.jahr}`;
  const summe = e.gesamt.prognose.reduce((s, x) => s + x, 0);
  return {
    optionen,
    hinweise: [
      `Plan-Ist ${e.jahr} (${imp.zeilen.toLocaleString("de-DE")} Zeilen, ${bis}): zustehende Erstattung ` +
        `${formatEuro(e.erstattung.zustehend)}, Prognose zum Jahresende ${formatEuro(summe)} Kosten und ` +
        `${formatEuro(e.erstattung.prognoseJahr)} Erstattung.`,
      e.vakanz.text,
      ...imp.hinweise,
    ],
  };
}
