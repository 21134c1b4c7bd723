/**
 * `ki-kostenplaner export`: preset → plan (the same builder the task pane uses) → .xlsx, optionally
 * → PDF through LibreOffice.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { erzeugeVorlagenSatz, VORLAGEN_SAETZE } from "../scenario/vorlagen";
import { baueArbeitsmappe } from "../workbook";
import { MEHRJAHR_BLATTNAME, UMLAGE_BLATTNAME, vorlageBezeichnung } from "../workbook";
import type { ArbeitsmappenOptionen, ArbeitsmappenPlan, UmlageOptionen } from "../workbook/plan";
import type { Szenario } from "../scenario";
import { baueVorlagenInhalt } from "../workbook/vorlage";
import { schreibeVorlageDocx } from "../workbook/vorlage/docx";
import { AufrufFehler, type ExportAuftrag } from "./argumente";
import { konvertiere } from "./libreoffice";
import { rheinSiegUmlage, zerlegeUmlageCsv } from "./umlageDatei";
import { schreibeXlsx } from "./xlsxSchreiber";

export interface ExportErgebnis {
  xlsx: string;
  pdf: string | null;
  docx: string | null;
  blaetter: string[];
  hinweise: string[];
}

/** Raised after the .xlsx was written but the PDF could not be: the user still gets the workbook. */
export class PdfFehler extends Error {
  constructor(
    meldung: string,
    readonly xlsx: string,
  ) {
    super(meldung);
  }
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
  const optionen: ArbeitsmappenOptionen = {
    modus: auftrag.modus,
    datum: auftrag.datum,
    ...(auftrag.vorlageNr ? { vorlageNr: auftrag.vorlageNr } : {}),
    mehrjahr: auftrag.mehrjahr,
    umlage: auftrag.umlage === null ? null : umlageAus(auftrag.umlage),
  };
  const szenarien = erzeugeVorlagenSatz(satz.id);
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

function umlageAus(angabe: string): UmlageOptionen {
  if (angabe === "rhein-sieg") return rheinSiegUmlage();
  let inhalt: string;
  try {
    inhalt = readFileSync(angabe, "utf8");
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
  const daten = await schreibeXlsx(plan, { titel: titelAus(plan, auftrag), erstellt: new Date() });
  try {
    writeFileSync(xlsx, daten);
  } catch (e) {
    throw new AufrufFehler(schreibfehler(xlsx, e));
  }
  const docx = auftrag.docx ? await schreibeDocx(xlsx, szenarien, optionen) : null;
  const hinweise: string[] = [];
  if (auftrag.modus === "ki") {
    hinweise.push("Formelmodus „ki“: Ohne installiertes Add-in zeigt Excel in dieser Datei #NAME? an.");
  }

  let pdf: string | null = null;
  if (auftrag.pdf) {
    try {
      [pdf] = await konvertiere([xlsx], "pdf", path.dirname(xlsx));
    } catch (e) {
      throw new PdfFehler(e instanceof Error ? e.message : String(e), xlsx);
    }
  }
  return { xlsx, pdf, docx, blaetter: plan.blaetter.map((b) => b.name), hinweise };
}

/** The Vorlage text next to the workbook: same name, extension .docx. */
async function schreibeDocx(xlsx: string, szenarien: Szenario[], optionen: ArbeitsmappenOptionen): Promise<string> {
  const ziel = xlsx.replace(/\.xlsx$/i, ".docx");
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
