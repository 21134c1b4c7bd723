/**
 * Command line → export order. Hand-written instead of util.parseArgs so that every mistake gets a
 * German message that names the option and says what would be right.
 */
import { FOERDERREGELN } from "../core/foerderregeln";
import type { Besetzung } from "../core/planIst/monate";
import { EINGABEJAHR_MAX, EINGABEJAHR_MIN, MAX_PLANJAHRE } from "../core/grenzen";
import type { MehrjahrOptionen } from "../scenario/optionen";
import { vorlageNrFehler } from "../scenario/validierung";
import { EingabeFehler as AufrufFehler } from "../scenario/csv/fehler";

/**
 * A mistake in the call or in a file it names: German message, exit code 2. The same class as the
 * scenario layer's EingabeFehler, so a CSV file read there (scenario/csv) reports like the CLI's own.
 */
export { AufrufFehler };

export interface ExportAuftrag {
  befehl: "export";
  /** Exactly one of the two: a preset's id or the path of a file saved from the pane. */
  vorlagensatz: string | null;
  szenarienDatei: string | null;
  ausgabe: string;
  /** Existing .xlsx, .docx and .pdf files may be replaced (--ueberschreiben). */
  ueberschreiben: boolean;
  /** Always "nativ": see pruefeModus. */
  modus: "nativ";
  vorlageNr?: string;
  datum: Date;
  pdf: boolean;
  /** Also write the Vorlage text as .docx next to the .xlsx. */
  docx: boolean;
  /** The scenario layer's multi-year options (src/scenario/optionen.ts); null without --mehrjahr. */
  mehrjahr: MehrjahrOptionen | null;
  /** "rhein-sieg" or the path of a CSV file with the member municipalities. */
  umlage: string | null;
  /** A rule set chosen for every scenario with a refund (--regelwerk), instead of the scenarios' own. */
  regelwerk: string | null;
  /** "Plan-Ist" (--ist and its companions); null without --ist. */
  planIst: PlanIstAuftrag | null;
}

/** `--ist DATEI [--stand …] [--ist-jahr JAHR] [--zuordnung "A=B;…"] [--besetzung "Stelle=9-12;…"]`. */
export interface PlanIstAuftrag {
  /** The CSV file of actual costs. */
  datei: string;
  /** A Stand of the --szenarien file by its label, id or date; null = the current work. */
  stand: string | null;
  jahr: number | null;
  /** Keys in the file → keys of the Plan-Ist lines (the user's corrections). */
  zuordnung: Record<string, string>;
  /** Months planned filled per post key. */
  besetzungen: Record<string, Besetzung>;
}

export type Auftrag =
  ExportAuftrag | { befehl: "hilfe"; thema: "allgemein" | "export" } | { befehl: "vorlagen" } | { befehl: "version" };

type Wertoption =
  | "preset"
  | "out"
  | "modus"
  | "vorlage-nr"
  | "datum"
  | "mehrjahr"
  | "personalkostensteigerung"
  | "sachkostensteigerung"
  | "zinssatz"
  | "umlage"
  | "szenarien"
  | "regelwerk"
  | "ist"
  | "stand"
  | "ist-jahr"
  | "zuordnung"
  | "besetzung";

const WERTOPTIONEN: readonly Wertoption[] = [
  "preset",
  "out",
  "modus",
  "vorlage-nr",
  "datum",
  "mehrjahr",
  "personalkostensteigerung",
  "sachkostensteigerung",
  "zinssatz",
  "umlage",
  "szenarien",
  "regelwerk",
  "ist",
  "stand",
  "ist-jahr",
  "zuordnung",
  "besetzung",
];
const SCHALTER = ["pdf", "docx", "ueberschreiben", "help"] as const;

export function zerlegeAufruf(argv: readonly string[], heute: Date = new Date()): Auftrag {
  if (argv.length === 0) return { befehl: "hilfe", thema: "allgemein" };
  const [befehl, ...rest] = argv;
  if (befehl === "--help" || befehl === "-h" || befehl === "hilfe") return { befehl: "hilfe", thema: "allgemein" };
  if (befehl === "--version" || befehl === "-v") return { befehl: "version" };
  if (befehl === "vorlagen") {
    if (rest.length > 0)
      throw new AufrufFehler(`„vorlagen“ erwartet keine weiteren Angaben, erhalten: ${rest.join(" ")}`);
    return { befehl: "vorlagen" };
  }
  if (befehl !== "export") {
    throw new AufrufFehler(
      befehl.startsWith("-")
        ? `Zuerst den Befehl angeben, z. B. „ki-kostenplaner export ${argv.join(" ")}“.`
        : `Unbekannter Befehl „${befehl}“. Bekannt sind: export, vorlagen.`,
    );
  }
  return zerlegeExport(rest, heute);
}

/** The export options as given: value options by name and the switches set. */
interface Rohoptionen {
  werte: Map<Wertoption, string>;
  schalter: Set<string>;
}

function leseOptionen(argv: readonly string[]): Rohoptionen {
  const werte = new Map<Wertoption, string>();
  const schalter = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h") {
      schalter.add("help");
      continue;
    }
    if (!arg.startsWith("--")) {
      throw new AufrufFehler(
        `Unerwartete Angabe „${arg}“. Optionen beginnen mit „--“, z. B. --preset rhein-sieg-2013.`,
      );
    }
    const gleich = arg.indexOf("=");
    const angegeben = gleich >= 0 ? arg.slice(2, gleich) : arg.slice(2);
    // --force: the name other tools use; documented as --ueberschreiben.
    const name = angegeben === "force" ? "ueberschreiben" : angegeben;
    if ((SCHALTER as readonly string[]).includes(name)) {
      if (gleich >= 0) throw new AufrufFehler(`Die Option --${name} erwartet keinen Wert.`);
      schalter.add(name);
      continue;
    }
    if (!(WERTOPTIONEN as readonly string[]).includes(name)) {
      throw new AufrufFehler(
        `Unbekannte Option „--${name}“. Die möglichen Optionen zeigt: ki-kostenplaner export --help`,
      );
    }
    const option = name as Wertoption;
    let wert: string | undefined;
    if (gleich >= 0) wert = arg.slice(gleich + 1);
    else {
      wert = argv[i + 1];
      i++;
    }
    if (wert === undefined || (gleich < 0 && wert.startsWith("--"))) {
      throw new AufrufFehler(`Die Option --${option} braucht einen Wert, z. B. ${BEISPIEL[option]}.`);
    }
    if (werte.has(option)) throw new AufrufFehler(`Die Option --${option} ist mehrfach angegeben.`);
    werte.set(option, wert);
  }
  return { werte, schalter };
}

/** Multi-year options: only with --mehrjahr, then with the rates given or their defaults. */
function mehrjahrAus(werte: Map<Wertoption, string>): ExportAuftrag["mehrjahr"] {
  const mehrjahrText = werte.get("mehrjahr");
  const steigerungen = (["personalkostensteigerung", "sachkostensteigerung", "zinssatz"] as const).filter((o) =>
    werte.has(o),
  );
  if (!mehrjahrText && steigerungen.length > 0) {
    throw new AufrufFehler(`--${steigerungen[0]} gilt nur zusammen mit --mehrjahr, z. B. ${BEISPIEL.mehrjahr}.`);
  }
  return mehrjahrText
    ? {
        ...zerlegeJahre(mehrjahrText),
        personalSteigerung: zerlegeProzent(werte.get("personalkostensteigerung"), "personalkostensteigerung"),
        sachSteigerung: zerlegeProzent(werte.get("sachkostensteigerung"), "sachkostensteigerung"),
        zinssatz: zerlegeProzent(werte.get("zinssatz"), "zinssatz"),
      }
    : null;
}

function zerlegeExport(argv: readonly string[], heute: Date): Auftrag {
  const { werte, schalter } = leseOptionen(argv);
  if (schalter.has("help")) return { befehl: "hilfe", thema: "export" };

  const vorlagensatz = werte.get("preset") ?? null;
  const szenarienDatei = werte.get("szenarien") ?? null;
  if (vorlagensatz !== null && szenarienDatei !== null) {
    throw new AufrufFehler("Bitte entweder --preset oder --szenarien angeben, nicht beides.");
  }
  if (!vorlagensatz && !szenarienDatei) {
    throw new AufrufFehler(
      `Bitte mit --preset eine Vorlage (z. B. ${BEISPIEL.preset}) oder mit --szenarien eine im Aufgabenbereich ` +
        `gespeicherte Datei angeben (z. B. ${BEISPIEL.szenarien}).`,
    );
  }
  const ausgabe = werte.get("out");
  if (!ausgabe) throw new AufrufFehler(`Bitte mit --out die Zieldatei angeben, z. B. ${BEISPIEL.out}.`);
  if (!/\.xlsx$/i.test(ausgabe)) {
    throw new AufrufFehler(`Die Zieldatei muss auf „.xlsx“ enden, erhalten: „${ausgabe}“.`);
  }

  const modus = pruefeModus(werte.get("modus") ?? "nativ");
  const vorlageNr = werte.get("vorlage-nr")?.trim();
  if (werte.has("vorlage-nr") && !vorlageNr) throw new AufrufFehler("Die Vorlagennummer (--vorlage-nr) ist leer.");
  const zuLang = vorlageNr ? vorlageNrFehler(vorlageNr) : null;
  if (zuLang) throw new AufrufFehler(`${zuLang} (--vorlage-nr)`);

  const mehrjahr = mehrjahrAus(werte);

  const umlage = werte.get("umlage")?.trim() ?? null;
  if (umlage === "") throw new AufrufFehler(`Die Option --umlage braucht einen Wert, z. B. ${BEISPIEL.umlage}.`);

  const regelwerk = regelwerkAus(werte.get("regelwerk"));
  const planIst = planIstAus(werte, szenarienDatei !== null);

  return {
    befehl: "export",
    vorlagensatz,
    szenarienDatei,
    ausgabe,
    ueberschreiben: schalter.has("ueberschreiben"),
    modus,
    ...(vorlageNr ? { vorlageNr } : {}),
    datum: werte.has("datum") ? zerlegeDatum(werte.get("datum") as string) : heute,
    pdf: schalter.has("pdf"),
    docx: schalter.has("docx"),
    mehrjahr,
    umlage,
    regelwerk,
    planIst,
  };
}

/** --ist and the options that only go with it. */
function planIstAus(werte: Map<Wertoption, string>, mitSzenarienDatei: boolean): PlanIstAuftrag | null {
  const datei = werte.get("ist")?.trim();
  const begleiter = (["stand", "ist-jahr", "zuordnung", "besetzung"] as const).filter((o) => werte.has(o));
  if (datei === undefined) {
    if (begleiter.length > 0)
      throw new AufrufFehler(`--${begleiter[0]} gilt nur zusammen mit --ist, z. B. ${BEISPIEL.ist}.`);
    return null;
  }
  if (datei === "") throw new AufrufFehler(`Die Option --ist braucht eine CSV-Datei, z. B. ${BEISPIEL.ist}.`);
  const stand = werte.get("stand")?.trim() ?? null;
  if (stand === "") throw new AufrufFehler(`Die Option --stand braucht einen Wert, z. B. ${BEISPIEL.stand}.`);
  if (stand !== null && !mitSzenarienDatei) {
    throw new AufrufFehler(
      `--stand: Stände stehen in einer Szenarien-Datei des Aufgabenbereichs; bitte mit --szenarien angeben (${BEISPIEL.szenarien}).`,
    );
  }
  const jahrText = werte.get("ist-jahr");
  let jahr: number | null = null;
  if (jahrText !== undefined) {
    jahr = Number(jahrText.trim());
    if (!/^\d{4}$/.test(jahrText.trim()) || jahr < EINGABEJAHR_MIN || jahr > EINGABEJAHR_MAX) {
      throw new AufrufFehler(
        `--ist-jahr „${jahrText}“: bitte ein Jahr zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX}.`,
      );
    }
  }
  return {
    datei,
    stand,
    jahr,
    zuordnung: paareAus(werte.get("zuordnung"), "zuordnung"),
    besetzungen: besetzungenAus(werte.get("besetzung")),
  };
}

/** "A=B;C=D" → { A: "B", C: "D" }; every pair needs both sides, a left side only once. */
function paareAus(text: string | undefined, option: "zuordnung" | "besetzung"): Record<string, string> {
  const paare: Record<string, string> = {};
  if (text === undefined) return paare;
  for (const teil of text.split(";")) {
    if (teil.trim() === "") continue;
    const gleich = teil.indexOf("=");
    const links = gleich < 0 ? "" : teil.slice(0, gleich).trim();
    const rechts = gleich < 0 ? "" : teil.slice(gleich + 1).trim();
    if (!links || !rechts) {
      throw new AufrufFehler(`--${option}: „${teil.trim()}“ ist kein Paar „links=rechts“, z. B. ${BEISPIEL[option]}.`);
    }
    if (links in paare) throw new AufrufFehler(`--${option}: „${links}“ ist doppelt angegeben.`);
    paare[links] = rechts;
  }
  return paare;
}

/** "Fachkraft 1=9-12;Assistenz=10" → filled from September to December; from October. */
function besetzungenAus(text: string | undefined): Record<string, Besetzung> {
  const ergebnis: Record<string, Besetzung> = {};
  for (const [stelle, monate] of Object.entries(paareAus(text, "besetzung"))) {
    const m = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/.exec(monate);
    const ab = m ? Number(m[1]) : NaN;
    const bis = m?.[2] !== undefined ? Number(m[2]) : 12;
    if (!m || ab < 1 || ab > 12 || bis < ab || bis > 12) {
      throw new AufrufFehler(
        `--besetzung: „${stelle}=${monate}“: bitte die Monate als VON-BIS von 1 bis 12 angeben (9-12 = September bis Dezember) oder nur VON.`,
      );
    }
    ergebnis[stelle] = { abMonat: ab, bisMonat: bis };
  }
  return ergebnis;
}

/** --regelwerk: a built-in rule set's id ("auto" = the one of each year, where known). */
function regelwerkAus(angabe: string | undefined): string | null {
  if (angabe === undefined) return null;
  const id = angabe.trim();
  const bekannt = ["auto", ...FOERDERREGELN.map((r) => r.id)];
  const treffer = bekannt.find((x) => x.toLowerCase() === id.toLowerCase());
  if (!treffer) {
    throw new AufrufFehler(
      `Unbekanntes Förderregelwerk „${angabe}“ (--regelwerk). Möglich sind: ${bekannt.join(", ")}.`,
    );
  }
  return treffer;
}

/**
 * Excel calculates KI.* formulas only in the form it saves itself (_xldudf_…); a file written here
 * with KI.* formulas would not calculate, and exceljs would write KI.UMLAGE without spilling.
 * So the CLI writes native formulas only and points to the pane for the other mode.
 */
function pruefeModus(modus: string): "nativ" {
  if (modus === "nativ") return modus;
  if (modus === "ki") {
    throw new AufrufFehler(
      "Der Formelmodus „ki“ ist in der Befehlszeile nicht verfügbar: Excel berechnet KI.*-Formeln nur, " +
        "wenn das Add-in sie selbst eingefügt hat. Bitte im Aufgabenbereich „In Arbeitsmappe einfügen“ verwenden.",
    );
  }
  throw new AufrufFehler(`Unbekannter Formelmodus „${modus}“. Die Befehlszeile schreibt nur „nativ“ (ohne Add-in).`);
}

const BEISPIEL: Record<Wertoption, string> = {
  preset: "--preset rhein-sieg-2013",
  out: "--out kostenvergleich.xlsx",
  modus: "--modus nativ",
  "vorlage-nr": '--vorlage-nr "DS-Nr. 2013/728"',
  datum: "--datum 2013-02-04",
  mehrjahr: "--mehrjahr 2013-2019",
  personalkostensteigerung: "--personalkostensteigerung 2,5",
  sachkostensteigerung: "--sachkostensteigerung 2",
  zinssatz: "--zinssatz 3",
  umlage: "--umlage rhein-sieg",
  szenarien: "--szenarien KI-Kostenplaner-Szenarien.json",
  regelwerk: "--regelwerk NRW-2020",
  ist: "--ist ist-2013.csv",
  stand: '--stand "Kreistag 18.12.2012"',
  "ist-jahr": "--ist-jahr 2013",
  zuordnung: '--zuordnung "4711=Fachkraft 1;4712=Fachkraft 2"',
  besetzung: '--besetzung "Fachkraft 1=9-12;Assistenz=10"',
};

function zerlegeDatum(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim()) ?? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (m) {
    const [j, mo, t] = text.includes("-") ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    const datum = new Date(Number(j), Number(mo) - 1, Number(t));
    if (datum.getFullYear() === Number(j) && datum.getMonth() === Number(mo) - 1 && datum.getDate() === Number(t)) {
      return datum;
    }
  }
  throw new AufrufFehler(`Ungültiges Datum „${text}“. Bitte als JJJJ-MM-TT oder TT.MM.JJJJ angeben, z. B. 2013-02-04.`);
}

function zerlegeJahre(text: string): { vonJahr: number; bisJahr: number } {
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (!m) throw new AufrufFehler(`Ungültiger Zeitraum „${text}“. Bitte als VON-BIS angeben, z. B. 2013-2019.`);
  const vonJahr = Number(m[1]);
  const bisJahr = Number(m[2]);
  if (bisJahr < vonJahr) throw new AufrufFehler(`Im Zeitraum „${text}“ liegt das Endjahr vor dem Anfangsjahr.`);
  // The same bounds as the pane's multi-year form (src/core/grenzen.ts).
  if (vonJahr < EINGABEJAHR_MIN || bisJahr > EINGABEJAHR_MAX) {
    throw new AufrufFehler(`Im Zeitraum „${text}“: Jahre zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX} angeben.`);
  }
  if (bisJahr - vonJahr + 1 > MAX_PLANJAHRE) {
    throw new AufrufFehler(`Der Zeitraum „${text}“ ist zu lang: höchstens ${MAX_PLANJAHRE} Planjahre.`);
  }
  return { vonJahr, bisJahr };
}

/**
 * "2,5", "2.5", "2,5%" or "2,5 %" → 0.025: the options take percent, as --help says. A value outside
 * the bounds the pane and the core accept (more than −100 %, at most 100 %) is refused here with the
 * form explained, instead of the core's message about fractions.
 */
function zerlegeProzent(text: string | undefined, option: Wertoption): number {
  if (text === undefined) return 0;
  const t = text.trim().replace(/\s*%$/, "").replace(",", ".");
  if (!/^[-−]?\d+(\.\d+)?$/.test(t)) {
    throw new AufrufFehler(
      `Ungültiger Prozentsatz „${text}“ bei --${option}. Bitte eine Zahl in Prozent angeben, z. B. ${BEISPIEL[option]}.`,
    );
  }
  const prozent = Number(t.replace("−", "-"));
  if (prozent <= -100 || prozent > 100) {
    throw new AufrufFehler(
      `--${option} ${text}: ${prozent.toLocaleString("de-DE")} % im Jahr ist unplausibel. Der Satz wird in ` +
        `Prozent angegeben (größer als −100, höchstens 100), z. B. ${BEISPIEL[option]} für 2,5 % im Jahr.`,
    );
  }
  // Dividing would leave binary fractions such as 0.025000000000000001 in the assumption cell.
  return Number((prozent / 100).toPrecision(12));
}
