/**
 * The user's own rule set, e.g. the amounts of the Kreis's own Zuwendungsbescheid or of a guideline
 * version the project could not verify. It becomes an ordinary Foerderregel, checked with
 * pruefeFoerderregeln, so the one calculation applies it exactly like a built-in one.
 */
import { KiFehler } from "./fehler";
import { Cent, zahlText } from "./geld";
import {
  BEZUGSANTEIL,
  FOERDERPOSITIONEN,
  Finanzierungsart,
  Foerderposition,
  Foerderregel,
  Foerdertatbestand,
  pruefeFoerderregeln,
  Vakanzkuerzung,
} from "./foerderregeln";

export const EIGENES_REGELWERK_ID = "EIGEN";

export const FINANZIERUNGSARTEN: readonly Finanzierungsart[] = [
  "Anteilfinanzierung bis Höchstbetrag",
  "Festbetragsfinanzierung",
  "Vollfinanzierung bis Höchstbetrag",
];

export interface EigeneFoerderregel {
  name: string;
  /** Where the amounts come from, e.g. "Bescheid BezReg Arnsberg vom …". Required. */
  quelle: string;
  finanzierungsart: Finanzierungsart;
  /**
   * Per Förderposition: cap per post and the posts funded at most. Assistenz: the cap for the half
   * post, as the guideline states it (20.000 € for the ½ Verwaltungsassistenz), and `stellen` = 0,5.
   */
  positionen: ReadonlyArray<{ position: Foerderposition; jeStelle: Cent; stellen: number }>;
  /** Extra posts beyond the base posts; null = none. */
  zusatzstellen: { jeStelle: Cent; stellen: number } | null;
  /** Cap of the Sachausgabenpauschale; null = none. */
  sachausgaben: Cent | null;
  /** How the cap is cut for vacant months (e.g. as the Kreis's Bescheid says); absent = the default. */
  vakanzkuerzung?: Vakanzkuerzung;
}

/**
 * The German name of an own rule set's amount, as the pane's field and the core's message say it.
 * The Assistenz amount is the one for the half post the guideline funds (2012: 20.000 € for the
 * ½ Verwaltungsassistenz); a full Assistenz post's cap is twice it (BEZUGSANTEIL).
 */
export function eigenerBetragName(wo: Foerderposition | "zusatzstelle" | "sachausgaben"): string {
  if (wo === "sachausgaben") return "Die Sachausgabenpauschale";
  if (wo === "zusatzstelle") return "Der Höchstbetrag je Stelle (Zusatzstellen)";
  if (wo === "Assistenz") return "Der Höchstbetrag für die ½ Stelle (Assistenz)";
  return `Der Höchstbetrag je Stelle (${wo})`;
}

/**
 * Whole cents only: a rule set's cap of 0,005 € is a typing error, not a cap. Null when fine; the
 * pane shows the message at the field, the core refuses the rule set with it (KI.LANDESERSTATTUNG
 * with a range then gives #WERT! with this text, and the pane never builds a sheet from it).
 */
export function ganzeCentFehler(cent: number, name: string): string | null {
  if (!Number.isFinite(cent) || Number.isInteger(cent)) return null;
  return `${name} muss in ganzen Cent angegeben sein (höchstens zwei Nachkommastellen), erhalten: ${zahlText(cent / 100)} €.`;
}

function centProbleme(e: EigeneFoerderregel): string[] {
  const betraege: Array<[number, string]> = e.positionen.map((p) => [p.jeStelle, eigenerBetragName(p.position)]);
  if (e.zusatzstellen) betraege.push([e.zusatzstellen.jeStelle, eigenerBetragName("zusatzstelle")]);
  if (e.sachausgaben !== null) betraege.push([e.sachausgaben, eigenerBetragName("sachausgaben")]);
  return betraege.flatMap(([c, name]) => ganzeCentFehler(c, name) ?? []);
}

function tatbestaende(e: EigeneFoerderregel): Foerdertatbestand[] {
  let summe = 0;
  let stellen = 0;
  for (const p of e.positionen) {
    summe += Math.round((p.jeStelle * p.stellen) / (BEZUGSANTEIL[p.position] ?? 1));
    stellen += p.stellen;
  }
  const liste: Foerdertatbestand[] = [
    {
      art: "grundfoerderung",
      bezeichnung: "Grundstellen nach eigenem Regelwerk",
      hoechstbetrag: summe,
      stellen,
      positionen: e.positionen.map((p) => ({ ...p })),
    },
  ];
  if (e.zusatzstellen) {
    liste.push({
      art: "zusatzstellen",
      bezeichnung: "zusätzliche Stellen nach eigenem Regelwerk",
      jeStelle: e.zusatzstellen.jeStelle,
      maxStellen: { Kreis: e.zusatzstellen.stellen, "kreisfreie Stadt": e.zusatzstellen.stellen },
    });
  }
  if (e.sachausgaben !== null) {
    liste.push({
      art: "sachausgaben",
      bezeichnung: "Sachausgaben nach eigenem Regelwerk",
      hoechstbetrag: e.sachausgaben,
    });
  }
  return liste;
}

/** Checks the user's entries and builds the rule set; bad entries are refused with German messages. */
export function baueEigeneFoerderregel(e: EigeneFoerderregel): Foerderregel {
  const cent = centProbleme(e);
  if (cent.length > 0) throw new KiFehler("wert", `Eigenes Regelwerk ungültig: ${cent.join(" ")}`);
  const probleme: string[] = [];
  if (!e.name.trim()) probleme.push("Der Name des Regelwerks fehlt.");
  if (!FINANZIERUNGSARTEN.includes(e.finanzierungsart)) {
    probleme.push(`Unbekannte Finanzierungsart „${e.finanzierungsart}“. Bekannt: ${FINANZIERUNGSARTEN.join(", ")}.`);
  }
  const gesehen = new Set<string>();
  for (const p of e.positionen) {
    if (!FOERDERPOSITIONEN.includes(p.position)) continue; // reported by pruefeFoerderregeln
    if (gesehen.has(p.position)) probleme.push(`Die Förderposition ${p.position} ist doppelt angegeben.`);
    gesehen.add(p.position);
  }
  if (e.zusatzstellen && (!Number.isInteger(e.zusatzstellen.jeStelle) || e.zusatzstellen.jeStelle < 0)) {
    probleme.push("Der Höchstbetrag je zusätzlicher Stelle darf nicht negativ sein.");
  }
  if (e.sachausgaben !== null && !(e.sachausgaben >= 0))
    probleme.push("Die Sachausgabenpauschale darf nicht negativ sein.");
  const regel: Foerderregel = {
    id: EIGENES_REGELWERK_ID,
    titel: e.name.trim(),
    quelle: { text: e.quelle.trim(), status: "V" },
    // The user's own figures: the program cannot check them against a source.
    status: "angenommen",
    gueltigAb: null,
    gueltigBis: null,
    automatisch: false,
    finanzierungsart: e.finanzierungsart,
    bezugZurKosten:
      e.finanzierungsart === "Festbetragsfinanzierung" ? "Festbetrag je besetzter Stelle" : "bis zu den Kosten",
    teilzeit: "anteilig",
    tatbestaende: tatbestaende(e),
    landeslehrer: { Kreis: null, "kreisfreie Stadt": null },
    hinweis: "Vom Anwender eingegebenes Regelwerk; für die Beträge ist die angegebene Quelle maßgeblich.",
    ...(e.vakanzkuerzung !== undefined ? { vakanzkuerzung: e.vakanzkuerzung } : {}),
  };
  probleme.push(...pruefeFoerderregeln([regel]).map((p) => p.replace(/^Regelwerk EIGEN: /, "")));
  if (probleme.length > 0) throw new KiFehler("wert", `Eigenes Regelwerk ungültig: ${probleme.join(" ")}`);
  return regel;
}
