/**
 * `ki-kostenplaner export`: preset or a file saved from the pane → plan (the same builder the task pane
 * uses) → .xlsx, optionally .docx and PDF (LibreOffice). Every file is written by ./dateien: atomically,
 * never through a link, an existing file only with --ueberschreiben.
 */
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { FOERDERREGELN } from "../core/foerderregeln";
import type { Szenario } from "../scenario/modell";
import {
  type ArbeitsmappenOptionen,
  type OptionenWahl,
  type UmlageOptionen,
  arbeitsmappenOptionen,
  umlageHindernis,
} from "../scenario/optionen";
import { erzeugeVorlagenSatz, VORLAGEN_SAETZE } from "../scenario/vorlagen";
import { baueArbeitsmappe } from "../workbook";
import { MEHRJAHR_BLATTNAME, PLAN_IST_BLATTNAME, UMLAGE_BLATTNAME, vorlageBezeichnung } from "../workbook";
import type { ArbeitsmappenPlan } from "../workbook/plan";
import { baueVorlagenInhalt } from "../workbook/vorlage";
import { AufrufFehler, type ExportAuftrag } from "./argumente";
import { PdfFehler } from "./pdfFehler";

export { PdfFehler };
import { konvertiere, LIBREOFFICE_FEHLT } from "./libreoffice";
import { rheinSiegUmlage, zerlegeUmlageCsv } from "./umlageDatei";
import { leseBegrenzt, pruefeZiel, schreibeAtomar, schreibfehler, verschiebeAtomar } from "./dateien";
import { leseEigeneArbeit } from "./szenarienDatei";
import { planIstAusDatei, type PlanIstAusDatei } from "./planIstDatei";
import type { Stand } from "../scenario/staende";

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

interface Eingaben {
  szenarien: Szenario[];
  optionen: ArbeitsmappenOptionen;
  plan: ArbeitsmappenPlan;
  /** What the title says the workbook is about: the preset's title or "eigene Szenarien". */
  titel: string;
  /** Notes for the command line (Plan-Ist's figures and assumption). */
  hinweise: string[];
}

/** The scenarios and what the user chose: from a preset and the options, or from a file of the pane. */
function quelleFuerAuftrag(auftrag: ExportAuftrag): {
  szenarien: Szenario[];
  titel: string;
  id: string;
  optionen: ArbeitsmappenOptionen;
  hinweise: string[];
} {
  if (auftrag.szenarienDatei !== null) return eigeneArbeit(auftrag, auftrag.szenarienDatei);
  const satz = VORLAGEN_SAETZE.find((s) => s.id === auftrag.vorlagensatz);
  if (!satz) {
    throw new AufrufFehler(
      `Unbekannte Vorlage „${auftrag.vorlagensatz}“. Verfügbar sind: ${VORLAGEN_SAETZE.map((s) => s.id).join(", ")}.`,
    );
  }
  const szenarien = mitRegelwerk(erzeugeVorlagenSatz(satz.id), auftrag.regelwerk);
  pruefeUmlage(auftrag, szenarien, `Vorlage „${satz.id}“`);
  const wahl = wahlAus(auftrag);
  const p = planIstAus(auftrag, szenarien, wahl, []);
  const optionen = arbeitsmappenOptionen(szenarien, wahl, auftrag.modus, auftrag.datum, null, p?.optionen ?? null);
  return { szenarien, titel: satz.titel, id: satz.id, optionen, hinweise: p?.hinweise ?? [] };
}

/** --ist: the actual costs against the chosen Stand (or the scenarios exported), checked row by row. */
function planIstAus(
  auftrag: ExportAuftrag,
  szenarien: readonly Szenario[],
  wahl: OptionenWahl,
  staende: readonly Stand[],
): PlanIstAusDatei | null {
  if (auftrag.planIst === null) return null;
  return planIstAusDatei(auftrag.planIst, szenarien, wahl.mehrjahrAktiv ? wahl.mehrjahr : null, staende);
}

/** A file saved from the pane: an option given on the command line wins over what the file says. */
function eigeneArbeit(auftrag: ExportAuftrag, datei: string) {
  const eigen = leseEigeneArbeit(datei);
  const id = path.basename(datei);
  eigen.szenarien = mitRegelwerk(eigen.szenarien, auftrag.regelwerk);
  pruefeUmlage(auftrag, eigen.szenarien, `Datei „${id}“`);
  const aufruf = wahlAus(auftrag);
  const gespeichert = eigen.optionen;
  const wahl: OptionenWahl = {
    vorlageNr: auftrag.vorlageNr ?? gespeichert.vorlageNr,
    mehrjahrAktiv: aufruf.mehrjahrAktiv || gespeichert.mehrjahrAktiv,
    mehrjahr: auftrag.mehrjahr ?? gespeichert.mehrjahr,
    umlageAktiv: aufruf.umlageAktiv || gespeichert.umlageAktiv,
    umlage: aufruf.umlageAktiv ? aufruf.umlage : gespeichert.umlage,
  };
  const p = planIstAus(auftrag, eigen.szenarien, wahl, eigen.staende?.alle ?? []);
  const optionen = arbeitsmappenOptionen(
    eigen.szenarien,
    wahl,
    auftrag.modus,
    auftrag.datum,
    eigen.staende,
    p?.optionen ?? null,
  );
  return { szenarien: eigen.szenarien, titel: "eigene Szenarien", id, optionen, hinweise: p?.hinweise ?? [] };
}

/** --regelwerk: the chosen rule set for every scenario with a refund (an own rule set stays the user's). */
function mitRegelwerk(szenarien: Szenario[], regelwerk: string | null): Szenario[] {
  if (regelwerk === null) return szenarien;
  return szenarien.map((s) =>
    s.erstattung.aktiv && !s.erstattung.eigenesRegelwerk ? { ...s, erstattung: { ...s.erstattung, regelwerk } } : s,
  );
}

/** Asked before the CSV is read: where no Kreisumlage is possible, --umlage is refused whatever the file holds. */
function pruefeUmlage(auftrag: ExportAuftrag, szenarien: readonly Szenario[], wovon: string): void {
  const hindernis = auftrag.umlage === null ? null : umlageHindernis(szenarien);
  if (hindernis) throw new AufrufFehler(`--umlage: ${hindernis} (${wovon}) Bitte --umlage weglassen.`);
}

/** The scenarios, the options and the plan built from them (the .docx reads the same inputs). */
function eingabenFuerAuftrag(auftrag: ExportAuftrag): Eingaben {
  const { szenarien, titel, id, optionen, hinweise } = quelleFuerAuftrag(auftrag);
  const plan = baueArbeitsmappe(szenarien, optionen);
  const verlangt: Array<[boolean, string, string]> = [
    [auftrag.mehrjahr !== null, MEHRJAHR_BLATTNAME, "--mehrjahr"],
    [auftrag.umlage !== null, UMLAGE_BLATTNAME, "--umlage"],
    [auftrag.planIst !== null, PLAN_IST_BLATTNAME, "--ist"],
  ];
  for (const [gewuenscht, blatt, option] of verlangt) {
    if (gewuenscht && !plan.blaetter.some((b) => b.name === blatt)) {
      throw new AufrufFehler(`${option}: Das Blatt „${blatt}“ kann für „${id}“ nicht erzeugt werden.`);
    }
  }
  return { szenarien, optionen, plan, titel, hinweise };
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

/** More than any Kreis's member list can take up, even in UTF-16 with long names. */
const MAX_UMLAGE_BYTES = 16_000_000;

function umlageAus(angabe: string): UmlageOptionen {
  if (angabe === "rhein-sieg") return rheinSiegUmlage();
  const inhalt = leseBegrenzt(angabe, MAX_UMLAGE_BYTES, "--umlage");
  return zerlegeUmlageCsv(inhalt, path.basename(angabe));
}

/** The files an export writes, all checked (links, existing files) before the first is written. */
function zieleFuer(auftrag: ExportAuftrag): { xlsx: string; docx: string | null; pdf: string | null } {
  const xlsx = path.resolve(auftrag.ausgabe);
  const ziele = {
    xlsx,
    docx: auftrag.docx ? xlsx.replace(/\.xlsx$/i, ".docx") : null,
    pdf: auftrag.pdf ? path.join(path.dirname(xlsx), `${path.basename(xlsx, path.extname(xlsx))}.pdf`) : null,
  };
  for (const z of [ziele.xlsx, ziele.docx, ziele.pdf]) if (z) pruefeZiel(z, auftrag.ueberschreiben);
  return ziele;
}

export async function fuehreExportAus(auftrag: ExportAuftrag): Promise<ExportErgebnis> {
  const { szenarien, optionen, plan, titel, hinweise: planIstHinweise } = eingabenFuerAuftrag(auftrag);
  const ziele = zieleFuer(auftrag);
  // Loaded on first use: exceljs takes most of the start-up time, and --help or --version need none of it.
  const { schreibeXlsx } = await import(/* webpackMode: "eager" */ "./xlsxSchreiber");
  const daten = await schreibeXlsx(plan, { titel: titelAus(plan, titel, optionen.vorlageNr), erstellt: new Date() });
  schreibeAtomar(ziele.xlsx, daten, auftrag.ueberschreiben);
  const docx = ziele.docx ? await schreibeDocx(ziele.docx, szenarien, optionen, auftrag.ueberschreiben) : null;
  const hinweise: string[] = [...planIstHinweise];
  const vorFoerderung = hinweisVorFoerderung(optionen.mehrjahr ?? null);
  if (vorFoerderung) hinweise.push(vorFoerderung);
  const pdf = ziele.pdf ? await schreibePdf(ziele.xlsx, ziele.pdf, auftrag.ueberschreiben) : null;
  return { xlsx: ziele.xlsx, pdf, docx, blaetter: plan.blaetter.map((b) => b.name), hinweise };
}

/**
 * LibreOffice writes into a temporary folder beside the target; the PDF is then moved into place by the
 * same rule as every other file, so a crash or a full disk mid-conversion leaves the old PDF whole.
 */
async function schreibePdf(xlsx: string, ziel: string, ueberschreiben: boolean): Promise<string> {
  let ordner: string;
  try {
    ordner = mkdtempSync(path.join(path.dirname(ziel), ".ki-kostenplaner-pdf-"));
  } catch (e) {
    throw new PdfFehler(schreibfehler(ziel, e).message, xlsx, false);
  }
  try {
    let erzeugt: string;
    try {
      [erzeugt] = await konvertiere([xlsx], "pdf", ordner);
    } catch (e) {
      const meldung = e instanceof Error ? e.message : String(e);
      throw new PdfFehler(meldung, xlsx, meldung === LIBREOFFICE_FEHLT);
    }
    verschiebeAtomar(erzeugt, ziel, ueberschreiben);
    return ziel;
  } finally {
    rmSync(ordner, { recursive: true, force: true });
  }
}

/** The Vorlage text next to the workbook: same name, extension .docx. */
async function schreibeDocx(
  ziel: string,
  szenarien: Szenario[],
  optionen: ArbeitsmappenOptionen,
  ueberschreiben: boolean,
): Promise<string> {
  // docx is large: loaded only when a .docx is asked for, like exceljs (eager: same bundle file).
  const { schreibeVorlageDocx } = await import(/* webpackMode: "eager" */ "../workbook/vorlage/docx");
  const daten = await schreibeVorlageDocx(baueVorlagenInhalt(szenarien, optionen));
  schreibeAtomar(ziel, daten, ueberschreiben);
  return ziel;
}

function titelAus(plan: ArbeitsmappenPlan, titel: string, vorlageNr: string | undefined): string {
  const teile = [`Kostenvergleich ${titel}`];
  if (vorlageNr) teile.push(vorlageBezeichnung(vorlageNr));
  return plan.blaetter.length > 0 ? teile.join(" – ") : "";
}
