/**
 * `ki-kostenplaner export`: preset → plan (the same builder the task pane uses) → .xlsx, optionally
 * → PDF through LibreOffice.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FOERDERREGELN } from "../core/foerderregeln";
import type { Szenario } from "../scenario/modell";
import {
  type ArbeitsmappenOptionen,
  type UmlageOptionen,
  arbeitsmappenOptionen,
  umlageHindernis,
} from "../scenario/optionen";
import { erzeugeVorlagenSatz, VORLAGEN_SAETZE } from "../scenario/vorlagen";
import { baueArbeitsmappe } from "../workbook";
import { MEHRJAHR_BLATTNAME, UMLAGE_BLATTNAME, vorlageBezeichnung } from "../workbook";
import type { ArbeitsmappenPlan } from "../workbook/plan";
import { baueVorlagenInhalt } from "../workbook/vorlage";
import { AufrufFehler, type ExportAuftrag } from "./argumente";
import { PdfFehler } from "./pdfFehler";

export { PdfFehler };
import { konvertiere, LIBREOFFICE_FEHLT } from "./libreoffice";
import { rheinSiegUmlage, zerlegeUmlageCsv } from "./umlageDatei";

export interface ExportErgebnis {
  xlsx: string;
  pdf: string | null;
  docx: string | null;
  blaetter: string[];
  hinweise: string[];
}

export function planFuerAuftrag(auftrag: ExportAuftrag): ArbeitsmappenPlan {
  return eingabenFuerAuftrag(auftrag).plan;
}

/** The preset's scenarios, the options and the plan built from them (the .docx reads the same inputs). */
function eingabenFuerAuftrag(auftrag: ExportAuftrag): {
  szenarien: Szenario[];
  optionen: ArbeitsmappenOptionen;
  plan: ArbeitsmappenPlan;
} {
  const satz = VORLAGEN_SAETZE.find((s) => s.id === auftrag.vorlagensatz);
  if (!satz) {
    throw new AufrufFehler(
      `Unbekannte Vorlage „${auftrag.vorlagensatz}“. Verfügbar sind: ${VORLAGEN_SAETZE.map((s) => s.id).join(", ")}.`,
    );
  }
  const szenarien = erzeugeVorlagenSatz(satz.id);
  // Asked before the CSV is read: a kreisfreie Stadt's preset is refused whatever the file holds.
  const hindernis = auftrag.umlage === null ? null : umlageHindernis(szenarien);
  if (hindernis) throw new AufrufFehler(`--umlage: ${hindernis} (Vorlage „${satz.id}“) Bitte --umlage weglassen.`);
  const optionen = arbeitsmappenOptionen(szenarien, wahlAus(auftrag), auftrag.modus, auftrag.datum);
  const plan = baueArbeitsmappe(szenarien, optionen);
  const verlangt: Array<[boolean, string, string]> = [
    [auftrag.mehrjahr !== null, MEHRJAHR_BLATTNAME, "--mehrjahr"],
    [auftrag.umlage !== null, UMLAGE_BLATTNAME, "--umlage"],
  ];
  for (const [gewuenscht, blatt, option] of verlangt) {
    if (gewuenscht && !plan.blaetter.some((b) => b.name === blatt)) {
      throw new AufrufFehler(`${option}: Das Blatt „${blatt}“ kann für die Vorlage „${satz.id}“ nicht erzeugt werden.`);
    }
  }
  return { szenarien, optionen, plan };
}

/** The command line's choices in the shape the pane and the saved state give them. */
function wahlAus(auftrag: ExportAuftrag) {
  return {
    vorlageNr: auftrag.vorlageNr ?? "",
    mehrjahrAktiv: auftrag.mehrjahr !== null,
    mehrjahr: auftrag.mehrjahr,
    umlageAktiv: auftrag.umlage !== null,
    umlage: auftrag.umlage === null ? [] : umlageAus(auftrag.umlage).mitglieder,
  };
}

/** Years before the first KI funding rules (Förderrichtlinie 2012) show no refund; say so. */
export function hinweisVorFoerderung(mehrjahr: ExportAuftrag["mehrjahr"]): string | null {
  const erstesJahr = Math.min(...FOERDERREGELN.flatMap((r) => (r.gueltigAb === null ? [] : [r.gueltigAb])));
  if (mehrjahr === null || mehrjahr.vonJahr >= erstesJahr) return null;
  const bis = Math.min(mehrjahr.bisJahr, erstesJahr - 1);
  const jahre = mehrjahr.vonJahr === bis ? `${bis}` : `${mehrjahr.vonJahr}–${bis}`;
  return (
    `Mehrjahresplanung: Für ${jahre} gibt es keine Landesförderung – Kommunale Integrationszentren werden ` +
    `erst seit ${erstesJahr} gefördert; diese Jahre zeigen keine Landeserstattung.`
  );
}

function umlageAus(angabe: string): UmlageOptionen {
  if (angabe === "rhein-sieg") return rheinSiegUmlage();
  let inhalt: Uint8Array;
  try {
    inhalt = readFileSync(angabe);
  } catch {
    throw new AufrufFehler(
      `--umlage: „${angabe}“ ist weder „rhein-sieg“ noch eine lesbare CSV-Datei (Gemeinde;Umlagegrundlage[;Minderbelastung]).`,
    );
  }
  return zerlegeUmlageCsv(inhalt, path.basename(angabe));
}

export async function fuehreExportAus(auftrag: ExportAuftrag): Promise<ExportErgebnis> {
  const { szenarien, optionen, plan } = eingabenFuerAuftrag(auftrag);
  const xlsx = path.resolve(auftrag.ausgabe);
  // Loaded on first use: exceljs takes most of the start-up time, and --help or --version need none of it.
  const { schreibeXlsx } = await import(/* webpackMode: "eager" */ "./xlsxSchreiber");
  const daten = await schreibeXlsx(plan, { titel: titelAus(plan, auftrag), erstellt: new Date() });
  try {
    writeFileSync(xlsx, daten);
  } catch (e) {
    // A wrong path is the user's to fix (exit 2); a full or failing disk is the machine's (exit 1).
    const code = (e as NodeJS.ErrnoException)?.code ?? "";
    const meldung = schreibfehler(xlsx, e);
    throw ["ENOENT", "EACCES", "EPERM", "EBUSY", "EISDIR", "ENOTDIR"].includes(code)
      ? new AufrufFehler(meldung)
      : new Error(meldung);
  }
  const docx = auftrag.docx ? await schreibeDocx(xlsx, szenarien, optionen) : null;
  const hinweise: string[] = [];
  const vorFoerderung = hinweisVorFoerderung(auftrag.mehrjahr);
  if (vorFoerderung) hinweise.push(vorFoerderung);

  let pdf: string | null = null;
  if (auftrag.pdf) {
    try {
      [pdf] = await konvertiere([xlsx], "pdf", path.dirname(xlsx));
    } catch (e) {
      const meldung = e instanceof Error ? e.message : String(e);
      throw new PdfFehler(meldung, xlsx, meldung === LIBREOFFICE_FEHLT);
    }
  }
  return { xlsx, pdf, docx, blaetter: plan.blaetter.map((b) => b.name), hinweise };
}

/** The Vorlage text next to the workbook: same name, extension .docx. */
async function schreibeDocx(xlsx: string, szenarien: Szenario[], optionen: ArbeitsmappenOptionen): Promise<string> {
  const ziel = xlsx.replace(/\.xlsx$/i, ".docx");
  // docx is large: loaded only when a .docx is asked for, like exceljs (eager: same bundle file).
  const { schreibeVorlageDocx } = await import(/* webpackMode: "eager" */ "../workbook/vorlage/docx");
  const daten = await schreibeVorlageDocx(baueVorlagenInhalt(szenarien, optionen));
  try {
    writeFileSync(ziel, daten);
  } catch (e) {
    throw new AufrufFehler(schreibfehler(ziel, e));
  }
  return ziel;
}

function titelAus(plan: ArbeitsmappenPlan, auftrag: ExportAuftrag): string {
  const satz = VORLAGEN_SAETZE.find((s) => s.id === auftrag.vorlagensatz);
  const teile = [`Kostenvergleich ${satz?.titel ?? auftrag.vorlagensatz}`];
  if (auftrag.vorlageNr) teile.push(vorlageBezeichnung(auftrag.vorlageNr));
  return plan.blaetter.length > 0 ? teile.join(" – ") : "";
}

function schreibfehler(datei: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `Der Ordner für „${datei}“ existiert nicht.`;
  if (code === "EACCES" || code === "EPERM") return `Keine Schreibrechte für „${datei}“.`;
  if (code === "EBUSY") return `„${datei}“ ist gerade geöffnet (z. B. in Excel). Bitte schließen und erneut versuchen.`;
  if (code === "EISDIR") return `„${datei}“ ist ein Ordner, keine Datei.`;
  return `„${datei}“ konnte nicht geschrieben werden: ${e instanceof Error ? e.message : String(e)}`;
}
