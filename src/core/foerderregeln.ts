/**
 * State funding of Kommunale Integrationszentren (NRW) as versioned, sourced data.
 *
 * A new guideline version is a new entry in FOERDERREGELN (plus a test), not new code: the
 * calculation below only knows the kinds of grant ("Fördertatbestände") and applies
 * min(cap, eligible cost) to each, because a grant never exceeds the cost it funds. That holds for
 * Festbetragsfinanzierung too (docs/QUELLEN.md#foerderregeln): a fixed amount per post is paid only
 * for a post that costs at least that much.
 *
 * A year alone selects a rule set only within the years the sources say it governs (2012–2016,
 * 2017, 2018–2019); for any later year the governing version is not known (the 2020 amendment's
 * first budget year, the 2023/2025 guidelines' amounts), so "auto" answers #NV and asks for an
 * explicit choice or an own rule set (docs/QUELLEN.md#regeljahre). Among the rule sets a year
 * alone may select, the one with the latest start wins.
 */
import { Produkt, rundeProdukt, rundeSummeDerProdukte, rundeSummeSchnell } from "./dezimal";
import { KiFehler } from "./fehler";
import { Cent, formatEuro, rundeKaufmaennisch } from "./geld";
import { deutsch } from "./zahlformat";
import {
  Quelle,
  QUELLE_AENDERUNG_2020,
  QUELLE_AKTUELL,
  QUELLE_AUSBAU_2017,
  QUELLE_GRUND_AB_2017,
  QUELLE_RL_2012,
  QUELLE_RL_2018,
  QUELLE_ZUSATZ_2020,
  quellenVermerk,
} from "./quellen";

export type Koerperschaft = "Kreis" | "kreisfreie Stadt";

export const KOERPERSCHAFTEN: readonly Koerperschaft[] = ["Kreis", "kreisfreie Stadt"];

/** The kinds of base post a guideline caps one by one (docs/QUELLEN.md#foerderregeln). */
export type Foerderposition = "Fachkraft" | "Verwaltung" | "Assistenz";

export const FOERDERPOSITIONEN: readonly Foerderposition[] = ["Fachkraft", "Verwaltung", "Assistenz"];

/**
 * The share of a full-time post a position's cap is stated for: the guidelines cap the half
 * Verwaltungsassistenz post as a whole ("bis zu 20.000 € für die Verwaltungsassistenzstelle").
 */
export const BEZUGSANTEIL: Readonly<Record<Foerderposition, number>> = { Fachkraft: 1, Verwaltung: 1, Assistenz: 0.5 };

/** Per-post cap of one Förderposition: up to `stellen` FTE, each capped at `jeStelle` per BEZUGSANTEIL. */
export interface PositionsDeckel {
  position: Foerderposition;
  jeStelle: Cent;
  stellen: number;
}

export type Foerdertatbestand =
  /**
   * The municipal base posts: capped per post where `positionen` is given (the 2012 rule as the
   * Rhein-Kreis Neuss states it); a single total of personnel costs is capped by `hoechstbetrag`,
   * the sum of the per-post caps, as before.
   */
  | {
      art: "grundfoerderung";
      bezeichnung: string;
      hoechstbetrag: Cent;
      stellen: number;
      positionen: readonly PositionsDeckel[];
    }
  /** Further posts, each capped; only the first maxStellen count. */
  | {
      art: "zusatzstellen";
      bezeichnung: string;
      jeStelle: Cent;
      maxStellen: Record<Koerperschaft, number>;
    }
  /** Lump sum for material costs (lay interpreters, Integrationslotsen, translator pools). */
  | { art: "sachausgaben"; bezeichnung: string; hoechstbetrag: Cent };

export type Finanzierungsart =
  "Anteilfinanzierung bis Höchstbetrag" | "Festbetragsfinanzierung" | "Vollfinanzierung bis Höchstbetrag";

/**
 * How a grant relates to the cost it funds. "bis zu den Kosten": the cap, but never more than the
 * cost. "Festbetrag je besetzter Stelle": the fixed amount for a filled post that costs at least
 * that much; a post that costs less gets its cost (a Festbetrag is not paid beyond the expense),
 * an unfilled post (cost 0) nothing.
 */
export type BezugZurKosten = "bis zu den Kosten" | "Festbetrag je besetzter Stelle";

/**
 * How sure the project is that a rule set is right for the years it is applied to: "belegt" (amounts
 * and years from sources seen), "angenommen" (a figure or the years derived or assumed), "zu prüfen"
 * (a secondary source only).
 */
export type Regelstatus = "belegt" | "angenommen" | "zu prüfen";

export interface Foerderregel {
  id: string;
  titel: string;
  quelle: Quelle;
  /** Source of the base posts' per-post caps where it differs from `quelle`. */
  quelleDeckel?: Quelle;
  /** Source of the extra posts' cap where it differs from `quelle`. */
  quelleZusatz?: Quelle;
  status: Regelstatus;
  /** First and last calendar year the rule set applies to; null = open. */
  gueltigAb: number | null;
  gueltigBis: number | null;
  /**
   * Whether a year alone selects this rule set. A version whose first budget year is not verified
   * is applied only when chosen by name.
   */
  automatisch: boolean;
  finanzierungsart: Finanzierungsart;
  bezugZurKosten: BezugZurKosten;
  /** How a part-time Fachkraft or Verwaltung post counts: its cap is proportional to its share. */
  teilzeit: "anteilig";
  tatbestaende: readonly Foerdertatbestand[];
  /** Teachers seconded and paid by the state: they cost the municipality nothing. null = not stated by the source. */
  landeslehrer: Record<Koerperschaft, number | null>;
  hinweis: string;
  /**
   * How the per-post cap is cut for months in which a post is vacant; absent = VAKANZ_STANDARD. No
   * source the project has says it (docs/QUELLEN.md#vakanz): no built-in rule set sets it, the
   * user's own rule set may.
   */
  vakanzkuerzung?: Vakanzkuerzung;
}

/**
 * "monatsanteilig": a post's cap × the months it is filled / 12 (a post filled from 1.9. is funded
 * up to 4/12 of its yearly cap); "keine": the yearly cap applies whatever the months (only the
 * lower cost of a vacant post lowers the grant).
 */
export type Vakanzkuerzung = "monatsanteilig" | "keine";

export const VAKANZKUERZUNGEN: readonly Vakanzkuerzung[] = ["monatsanteilig", "keine"];

/** The setting a rule set applies, with its status: never more certain than "angenommen". */
export interface Vakanzregel {
  kuerzung: Vakanzkuerzung;
  /** "angenommen": the program's default or the user's own choice; no source states it. */
  status: Regelstatus;
  /** Whether the rule set itself sets it (the user's own rule set) or the default applies. */
  herkunft: "Standard" | "Regelwerk";
  /** One German sentence for the sheets, worded as an assumption. */
  text: string;
}

/** The default: cut by months, the cautious reading (a grant follows the cost it funds). */
export const VAKANZ_STANDARD: Vakanzkuerzung = "monatsanteilig";

export function vakanzkuerzungText(k: Vakanzkuerzung): string {
  return k === "monatsanteilig"
    ? "Höchstbetrag je Stelle nach besetzten Monaten gekürzt (Monate ÷ 12)"
    : "voller Jahreshöchstbetrag je Stelle, auch bei unbesetzten Monaten";
}

/** THE answer to "how is the grant cut for vacant months under this rule set?" (planIst asks it). */
export function vakanzregel(regel: Foerderregel | null): Vakanzregel {
  const kuerzung = regel?.vakanzkuerzung ?? VAKANZ_STANDARD;
  const herkunft = regel?.vakanzkuerzung !== undefined ? "Regelwerk" : "Standard";
  const wer = herkunft === "Regelwerk" ? "im eigenen Regelwerk festgelegt" : "Voreinstellung des Programms";
  return {
    kuerzung,
    status: "angenommen",
    herkunft,
    text:
      `Annahme (${wer}): ${vakanzkuerzungText(kuerzung)}. Wie die Zuwendung für unbesetzte Monate zu kürzen ist, ` +
      "sagen die vorliegenden Quellen nicht; maßgeblich ist der Zuwendungsbescheid.",
  };
}

/** The 2012 base posts: 2 pedagogical specialists, 1 administrative post, ½ assistant. */
const GRUNDSTELLEN_2012 = 3.5;

/** The base block of 2 Fachkräfte, 1 Verwaltung and ½ Assistenz with the given caps per post. */
function grundstellen(bezeichnung: string, fachstelle: Cent, assistenz: Cent): Foerdertatbestand {
  return {
    art: "grundfoerderung",
    bezeichnung,
    hoechstbetrag: 3 * fachstelle + assistenz,
    stellen: GRUNDSTELLEN_2012,
    positionen: [
      { position: "Fachkraft", jeStelle: fachstelle, stellen: 2 },
      { position: "Verwaltung", jeStelle: fachstelle, stellen: 1 },
      { position: "Assistenz", jeStelle: assistenz, stellen: 0.5 },
    ],
  };
}

const GRUND_2012 = grundstellen(
  "3,5 kommunale Stellen (2 pädagogische Fachkräfte, 1 Verwaltungsstelle je bis 50.000 €, ½ Assistenz bis 20.000 €)",
  5_000_000,
  2_000_000,
);

const SACHAUSGABEN_PAUSCHALE: Foerdertatbestand = {
  art: "sachausgaben",
  bezeichnung: "Sachausgabenpauschale (Sprach- und Kulturmittler, Integrationslotsen, Dolmetscherpools)",
  hoechstbetrag: 5_000_000,
};

function zusatzstellen(jeStelle: Cent, betragText: string): Foerdertatbestand {
  return {
    art: "zusatzstellen",
    bezeichnung: `zusätzliche Stellen, je bis ${betragText} (Kreis 3, kreisfreie Stadt 2)`,
    jeStelle,
    maxStellen: { Kreis: 3, "kreisfreie Stadt": 2 },
  };
}

const LEHRER_AB_2017 = { Kreis: 3.5, "kreisfreie Stadt": 3 };

export const FOERDERREGELN: readonly Foerderregel[] = [
  {
    id: "NRW-2012",
    titel: "Förderrichtlinie KI 2012",
    quelle: QUELLE_RL_2012,
    status: "belegt",
    gueltigAb: 2012,
    gueltigBis: 2016,
    automatisch: true,
    finanzierungsart: "Festbetragsfinanzierung",
    bezugZurKosten: "Festbetrag je besetzter Stelle",
    teilzeit: "anteilig",
    tatbestaende: [GRUND_2012],
    landeslehrer: { Kreis: 2, "kreisfreie Stadt": 2 },
    hinweis:
      "Nur Personalkosten der kommunalen Stellen sind förderfähig; Räume, Ausstattung, Reisen, Lehrmaterial und Projektmittel trägt die Körperschaft. Die Höchstbeträge je Stelle (3 × 50.000 € + 20.000 € = 170.000 €) nennt die Förderseite der Bezirksregierung Arnsberg; ebenso die Ratsunterlagen Rhein-Kreis Neuss 2017 und Kreis Euskirchen 2012. Den Richtlinientext selbst hat das Projekt nicht gesehen.",
  },
  {
    id: "NRW-2017",
    titel: "Ausbau der KI ab 2017",
    quelle: QUELLE_AUSBAU_2017,
    quelleDeckel: QUELLE_GRUND_AB_2017,
    status: "belegt",
    gueltigAb: 2017,
    gueltigBis: 2017,
    automatisch: true,
    finanzierungsart: "Anteilfinanzierung bis Höchstbetrag",
    bezugZurKosten: "bis zu den Kosten",
    teilzeit: "anteilig",
    tatbestaende: [GRUND_2012, zusatzstellen(5_000_000, "50.000 €"), SACHAUSGABEN_PAUSCHALE],
    landeslehrer: LEHRER_AB_2017,
    hinweis:
      "Die Grundförderung von 170.000 € gilt fort: Die Förderseite 2018–2020 nennt 6 Fachkraftstellen je 50.000 € und ½ Assistenz 20.000 €, darin die 3 Grundstellen und die ½ Assistenz (abgeleitet). Die Stellen sind unbefristet gefördert, die Zuwendungen stehen unter Haushaltsvorbehalt. Ab 2018 gilt die Richtlinie 2018 (NRW-2018).",
  },
  {
    id: "NRW-2018",
    titel: "Förderrichtlinie KI 2018 (Festbetrag)",
    quelle: QUELLE_RL_2018,
    status: "belegt",
    gueltigAb: 2018,
    gueltigBis: 2019,
    automatisch: true,
    finanzierungsart: "Festbetragsfinanzierung",
    bezugZurKosten: "Festbetrag je besetzter Stelle",
    teilzeit: "anteilig",
    tatbestaende: [
      grundstellen("Grundstellen: 3 Stellen je 50.000 €, ½ Assistenz 20.000 € (Festbetrag)", 5_000_000, 2_000_000),
      zusatzstellen(5_000_000, "50.000 €"),
      SACHAUSGABEN_PAUSCHALE,
    ],
    landeslehrer: LEHRER_AB_2017,
    hinweis:
      "Beträge je Stelle, Stellenzahl (Kreis 6 + ½, kreisfreie Stadt 5 + ½) und Pools bis 50.000 € nach der Förderseite 2018–2020. Sie gilt bis mindestens 2019; ab welchem Haushaltsjahr die Änderung vom 30.10.2020 gilt, ist nicht bekannt: Für 2020 und später wählen Sie das Regelwerk ausdrücklich.",
  },
  {
    id: "NRW-2020",
    titel: "Änderung 2020 (Vollfinanzierung bis Höchstbetrag)",
    quelle: QUELLE_AENDERUNG_2020,
    quelleZusatz: QUELLE_ZUSATZ_2020,
    status: "angenommen",
    gueltigAb: null,
    gueltigBis: null,
    automatisch: false,
    finanzierungsart: "Vollfinanzierung bis Höchstbetrag",
    bezugZurKosten: "bis zu den Kosten",
    teilzeit: "anteilig",
    tatbestaende: [
      grundstellen("Grundstellen: 3 Stellen je bis 55.000 €, ½ Assistenz bis 22.500 €", 5_500_000, 2_250_000),
      zusatzstellen(5_500_000, "55.000 €"),
      SACHAUSGABEN_PAUSCHALE,
    ],
    landeslehrer: LEHRER_AB_2017,
    hinweis:
      "Bewilligt wird nach den voraussichtlichen Ausgaben. Die 55.000 € je Zusatzstelle sind abgeleitet (die Änderung ersetzt die 50.000 € je Fachkraftstelle der Richtlinie 2018); dass die Pools bei 50.000 € bleiben, ist angenommen. Das erste Haushaltsjahr ist unbekannt: nur auf ausdrückliche Wahl.",
  },
  {
    id: "NRW-AKTUELL",
    titel: "Aktuelle Förderung (Festbetrag) – zu prüfen",
    quelle: QUELLE_AKTUELL,
    status: "zu prüfen",
    gueltigAb: null,
    gueltigBis: null,
    automatisch: false,
    finanzierungsart: "Festbetragsfinanzierung",
    bezugZurKosten: "Festbetrag je besetzter Stelle",
    teilzeit: "anteilig",
    tatbestaende: [
      // 3 of the 6 (Kreis) or 5 (kreisfreie Stadt) specialist posts are the 2012 base posts; with
      // the half assistant post they form the base block: 3 × 57.000 + 22.500 = 193.500 €.
      grundstellen(
        "Grundstellen: 3 Fachstellen je bis 57.000 € und ½ Assistenzstelle bis 22.500 €",
        5_700_000,
        2_250_000,
      ),
      {
        art: "zusatzstellen",
        bezeichnung: "weitere Fachstellen, je bis 57.000 € (insgesamt Kreis höchstens 6, kreisfreie Stadt 5)",
        jeStelle: 5_700_000,
        maxStellen: { Kreis: 3, "kreisfreie Stadt": 2 },
      },
      {
        art: "sachausgaben",
        bezeichnung: "Pools für Sprach- und Kulturmittler, bis 50.000 €",
        hoechstbetrag: 5_000_000,
      },
    ],
    landeslehrer: { Kreis: null, "kreisfreie Stadt": null },
    hinweis:
      "Beträge aus einer Sekundärquelle; ob Richtlinie 2023 oder 2025, ist offen. Höchstens 6 + ½ Stellen (Kreis, 364.500 €) bzw. 5 + ½ (kreisfreie Stadt, 307.500 €), dazu bis 50.000 € für Dolmetscherpools. Landeslehrkräfte nennt die Quelle nicht. Wird nur auf ausdrückliche Auswahl angewandt.",
  },
];

/**
 * Lookups over the built-in rule sets, built once: KI.LANDESERSTATTUNG asks for a rule set in every
 * cell, and scanning the list (with a lower-cased copy of every id) cost more than its arithmetic.
 * FOERDERREGELN is a readonly constant, so the tables cannot go stale; other lists are scanned.
 */
const STANDARD_NACH_ID = new Map(FOERDERREGELN.map((r) => [r.id.toLowerCase(), r]));
const STANDARD_NACH_JAHR = new Map<number, Foerderregel>();
let letztesJahr: { jahr: number; regel: Foerderregel } = { jahr: NaN, regel: FOERDERREGELN[0] };

export function findeFoerderregelNachId(id: string, regeln: readonly Foerderregel[] = FOERDERREGELN): Foerderregel {
  const schluessel = id.trim().toLowerCase();
  const r =
    regeln === FOERDERREGELN ? STANDARD_NACH_ID.get(schluessel) : regeln.find((x) => x.id.toLowerCase() === schluessel);
  if (!r) {
    throw new KiFehler("wert", `Unbekanntes Regelwerk „${id}“. Bekannt: ${regeln.map((x) => x.id).join(", ")}.`);
  }
  return r;
}

function giltIm(r: Foerderregel, jahr: number): boolean {
  return (r.gueltigAb === null || jahr >= r.gueltigAb) && (r.gueltigBis === null || jahr <= r.gueltigBis);
}

/**
 * The rule set a calendar year falls under, among those a year alone may select; where several
 * apply, the one that started last (a newer guideline supersedes an open-ended older one).
 */
export function foerderregelFuerJahr(jahr: number, regeln: readonly Foerderregel[] = FOERDERREGELN): Foerderregel {
  if (regeln !== FOERDERREGELN) return waehleFuerJahr(jahr, regeln);
  if (jahr === letztesJahr.jahr) return letztesJahr.regel; // a sheet asks for the same year again and again
  let r = STANDARD_NACH_JAHR.get(jahr);
  if (r === undefined) {
    r = waehleFuerJahr(jahr, regeln); // throws for a year without rules: nothing is stored
    STANDARD_NACH_JAHR.set(jahr, r);
  }
  letztesJahr = { jahr, regel: r };
  return r;
}

function waehleFuerJahr(jahr: number, regeln: readonly Foerderregel[]): Foerderregel {
  if (!Number.isInteger(jahr)) throw new KiFehler("wert", `Das Jahr muss eine ganze Zahl sein, nicht ${jahr}.`);
  let treffer: Foerderregel | null = null;
  for (const r of regeln) {
    if (!r.automatisch || !giltIm(r, jahr)) continue;
    if (treffer === null || (r.gueltigAb ?? -Infinity) > (treffer.gueltigAb ?? -Infinity)) treffer = r;
  }
  if (!treffer) {
    const erstes = ersteFoerderung(regeln);
    throw new KiFehler(
      "nv",
      erstes !== null && jahr < erstes
        ? `Für ${jahr} gab es keine Landesförderung Kommunaler Integrationszentren (erst ab ${erstes}, § 7 TIntG NRW). Geben Sie ein Jahr ab ${erstes} an oder lassen Sie die Erstattung weg.`
        : `Für ${jahr} ist nicht belegt, welches Förderregelwerk gilt (bekannt: ${bekannteJahre(regeln)}). Bitte wählen Sie das Regelwerk ausdrücklich (z. B. „NRW-2020“ oder „NRW-AKTUELL“, zu prüfen) oder legen Sie ein eigenes Regelwerk an.`,
    );
  }
  return treffer;
}

/** The first year a year alone selects a rule set (2012), or null when none does. */
export function ersteFoerderung(regeln: readonly Foerderregel[] = FOERDERREGELN): number | null {
  const anfaenge = regeln.filter((x) => x.automatisch && x.gueltigAb !== null).map((x) => x.gueltigAb as number);
  return anfaenge.length > 0 ? Math.min(...anfaenge) : null;
}

/** "2012–2016 NRW-2012, 2017 NRW-2017, 2018–2019 NRW-2018": the years "auto" knows. */
function bekannteJahre(regeln: readonly Foerderregel[]): string {
  return regeln
    .filter((r) => r.automatisch && r.gueltigAb !== null)
    .sort((a, b) => (a.gueltigAb as number) - (b.gueltigAb as number))
    .map((r) => `${gueltigkeitText(r)} ${r.id}`)
    .join(", ");
}

/** "auto" = the rule set valid in the year; otherwise a rule-set id such as "NRW-AKTUELL". */
export function angewandteFoerderregel(
  jahr: number,
  regelwerk = "auto",
  regeln: readonly Foerderregel[] = FOERDERREGELN,
): Foerderregel {
  return regelwerk === "auto" || regelwerk.trim().toLowerCase() === "auto"
    ? foerderregelFuerJahr(jahr, regeln)
    : findeFoerderregelNachId(regelwerk, regeln);
}

/** The largest refund a rule set allows at all (every cap reached), e.g. 370.000 € for a Kreis from 2017. */
function hoechsterstattung(regel: Foerderregel, koerperschaft: Koerperschaft): Cent {
  let summe = 0;
  for (const t of regel.tatbestaende) {
    summe += t.art === "zusatzstellen" ? t.jeStelle * t.maxStellen[koerperschaft] : t.hoechstbetrag;
  }
  return summe;
}

/** The rule used and how sure it is, for every sheet and the Word text: "Förderrichtlinie KI 2012 (NRW-2012) – belegt". */
export function regelMitStatus(regel: Foerderregel): string {
  return `${regel.titel} (${regel.id}) – ${regel.status}`;
}

export function gueltigkeitText(regel: Foerderregel): string {
  if (regel.gueltigAb === null && regel.gueltigBis === null)
    return "ohne festen Zeitraum (nur bei ausdrücklicher Wahl)";
  const wahl = regel.automatisch ? "" : " (nur bei ausdrücklicher Wahl)";
  if (regel.gueltigBis === null) return `ab ${regel.gueltigAb}${wahl}`;
  if (regel.gueltigAb === null) return `bis ${regel.gueltigBis}${wahl}`;
  if (regel.gueltigAb === regel.gueltigBis) return `${regel.gueltigAb}${wahl}`;
  return `${regel.gueltigAb}–${regel.gueltigBis}${wahl}`;
}

/** What the task pane shows about the rule set it applied. */
export interface FoerderregelAuskunft {
  id: string;
  titel: string;
  gueltigkeit: string;
  finanzierungsart: Foerderregel["finanzierungsart"];
  /** The source with its status mark, e.g. "… [zu prüfen]". */
  quelle: string;
  zuPruefen: boolean;
  /** One line per grant, e.g. "Sachausgabenpauschale (…): bis 50.000 €". */
  posten: string[];
  hoechstbetrag: Cent;
  landeslehrer: number | null;
  hinweis: string;
  /** One sentence for the pane, e.g. "Angewandt: Förderrichtlinie KI 2012 (NRW-2012, 2012–2016). Quelle: …". */
  satz: string;
}

export function foerderregelAuskunft(regel: Foerderregel, koerperschaft: Koerperschaft): FoerderregelAuskunft {
  const posten = regel.tatbestaende.map((t) =>
    t.art === "zusatzstellen"
      ? `${t.bezeichnung}: ${deutsch(t.maxStellen[koerperschaft])} × bis ${formatEuro(t.jeStelle)}`
      : `${t.bezeichnung}: bis ${formatEuro(t.hoechstbetrag)}`,
  );
  const quelle = quellenVermerk(regel.quelle);
  const gueltigkeit = gueltigkeitText(regel);
  return {
    id: regel.id,
    titel: regel.titel,
    gueltigkeit,
    finanzierungsart: regel.finanzierungsart,
    quelle,
    zuPruefen: regel.quelle.status === "V2",
    posten,
    hoechstbetrag: hoechsterstattung(regel, koerperschaft),
    landeslehrer: regel.landeslehrer[koerperschaft],
    hinweis: regel.hinweis,
    satz: `Angewandt: ${regel.titel} (${regel.id}, ${gueltigkeit}). Quelle: ${quelle}`,
  };
}

/**
 * Checks a list of rule sets before it is used, so a new guideline entered as data cannot slip in
 * without a source or with overlapping start years. Returns the problems as German sentences.
 */
export function pruefeFoerderregeln(regeln: readonly Foerderregel[]): string[] {
  const probleme: string[] = [];
  const ids = new Set<string>();
  const anfaenge = new Set<number>();
  for (const r of regeln) {
    const name = `Regelwerk ${r.id || "(ohne Kennung)"}`;
    if (!r.id.trim()) probleme.push(`${name}: Kennung fehlt.`);
    if (ids.has(r.id.toLowerCase())) probleme.push(`${name}: Kennung doppelt.`);
    ids.add(r.id.toLowerCase());
    if (r.id.toLowerCase() === "auto") probleme.push(`${name}: „auto“ ist als Kennung reserviert.`);
    if (!r.quelle.text.trim()) probleme.push(`${name}: Quelle fehlt.`);
    if (r.quelle.status === "V2" && !/zu prüfen/i.test(r.titel)) {
      probleme.push(`${name}: Sekundärquelle, der Titel muss „zu prüfen“ enthalten.`);
    }
    if (r.gueltigAb !== null && r.gueltigBis !== null && r.gueltigAb > r.gueltigBis) {
      probleme.push(`${name}: gültig ab ${r.gueltigAb} liegt nach gültig bis ${r.gueltigBis}.`);
    }
    if (r.automatisch) {
      if (r.gueltigAb === null) probleme.push(`${name}: Ein automatisch gewähltes Regelwerk braucht ein Anfangsjahr.`);
      else if (anfaenge.has(r.gueltigAb))
        probleme.push(`${name}: Ein anderes Regelwerk beginnt ebenfalls ${r.gueltigAb}.`);
      else anfaenge.add(r.gueltigAb);
    }
    if (r.tatbestaende.length === 0) probleme.push(`${name}: keine Fördertatbestände.`);
    if (r.vakanzkuerzung !== undefined && !VAKANZKUERZUNGEN.includes(r.vakanzkuerzung)) {
      probleme.push(`${name}: unbekannte Kürzung für unbesetzte Monate „${String(r.vakanzkuerzung)}“.`);
    }
    for (const t of r.tatbestaende) {
      if (t.art === "grundfoerderung") probleme.push(...pruefePositionen(name, t));
      const betraege = t.art === "zusatzstellen" ? [t.jeStelle] : [t.hoechstbetrag];
      if (betraege.some((b) => !Number.isInteger(b) || b < 0)) {
        probleme.push(`${name}: „${t.bezeichnung}“ braucht einen Höchstbetrag in ganzen Cent ≥ 0.`);
      }
      if (t.art === "zusatzstellen" && KOERPERSCHAFTEN.some((k) => !(t.maxStellen[k] >= 0))) {
        probleme.push(`${name}: „${t.bezeichnung}“ braucht eine Stellenzahl je Körperschaft.`);
      }
    }
  }
  return probleme;
}

/** The per-post caps of a base block: known positions, amounts in whole cents, sum = the block's cap. */
function pruefePositionen(name: string, t: Extract<Foerdertatbestand, { art: "grundfoerderung" }>): string[] {
  const probleme: string[] = [];
  let summe = 0;
  for (const p of t.positionen) {
    if (!FOERDERPOSITIONEN.includes(p.position)) {
      probleme.push(
        `${name}: unbekannte Förderposition „${String(p.position)}“ (bekannt: ${FOERDERPOSITIONEN.join(", ")}).`,
      );
      continue;
    }
    if (!Number.isInteger(p.jeStelle) || p.jeStelle < 0)
      probleme.push(`${name}: Der Höchstbetrag für ${p.position} muss ein Betrag ≥ 0 sein.`);
    if (!(p.stellen >= 0) || p.stellen > 100)
      probleme.push(`${name}: Die Stellenzahl für ${p.position} muss zwischen 0 und 100 liegen.`);
    summe += (p.jeStelle * p.stellen) / BEZUGSANTEIL[p.position];
  }
  if (t.positionen.length > 0 && probleme.length === 0 && rundeKaufmaennisch(summe) !== t.hoechstbetrag) {
    probleme.push(
      `${name}: Die Höchstbeträge je Stelle ergeben ${formatEuro(rundeKaufmaennisch(summe))}, nicht ${formatEuro(t.hoechstbetrag)}.`,
    );
  }
  return probleme;
}

export function parseKoerperschaft(text: string): Koerperschaft {
  if (text === "Kreis") return "Kreis"; // the usual spelling, without building three strings
  const k = text
    .trim()
    .toLowerCase()
    .replace(/[\s\-_.]+/g, "");
  if (k === "kreis" || k === "landkreis") return "Kreis";
  if (k === "kreisfreiestadt" || k === "stadt" || k === "kfs") return "kreisfreie Stadt";
  throw new KiFehler(
    "wert",
    `Unbekannte Körperschaft „${text}“. Erlaubt: „Kreis“ oder „kreisfreie Stadt“ (auch „Stadt“, „kfS“).`,
  );
}

/** One base post with its Förderposition and annual cost, for the per-post caps. */
export interface GrundstellenKosten {
  position: Foerderposition;
  /** Annual cost of this post (for its share), in cents. */
  kosten: Cent;
  /** FTE share: 1 = full time. */
  anteil: number;
  bezeichnung?: string;
  /** Months of the year the cap is for (Plan-Ist: months filled, vakanzregel); absent = 12. */
  monate?: number;
}

/** What one base post receives: the cap applied to it and the grant, min(cap, cost). */
export interface StellenErstattung {
  position: Foerderposition;
  bezeichnung: string;
  kosten: Cent;
  anteil: number;
  /** The share the rule set funds (the position's posts beyond its "Stellen höchstens" count for nothing). */
  gefoerderterAnteil: number;
  deckel: Cent;
  betrag: Cent;
  /** The grant exactly, as a product of two decimals (not rounded): for a figure rounded once at the end. */
  genau: Paar;
}

/**
 * a × b (or a × b / c), each taken as the decimal Excel shows; summed and rounded once by
 * rundeSummeDerProdukte.
 */
export type Paar = Produkt;

export interface ErstattungsEingabe {
  koerperschaft: Koerperschaft;
  /** Eligible personnel costs of the base posts, as one total (pooled against the sum of the caps). */
  personalkosten: Cent;
  /** The base posts one by one; when given, each is capped on its own and `personalkosten` is not used. */
  grundstellen?: readonly GrundstellenKosten[] | null;
  zusatzstellen: number;
  /**
   * One total for all extra posts (taken as `zusatzstellen` posts of equal cost), or one annual
   * cost per extra post of one full post each, or null = every post reaches its cap.
   */
  zusatzkosten: Cent | readonly Cent[] | null;
  /** The extra posts one by one with their shares; when given, `zusatzkosten` is not used. */
  zusatzposten?: readonly Foerderstelle[] | null;
  sachausgaben: Cent;
}

export interface ErstattungsPosten {
  bezeichnung: string;
  betrag: Cent;
}

export interface Erstattung {
  regel: Foerderregel;
  betrag: Cent;
  posten: ErstattungsPosten[];
  /** Per base post, when the posts were given one by one. */
  stellen: StellenErstattung[] | null;
  /** Per extra post, when they were given one by one (zusatzposten or a list of costs), in their order. */
  zusatzstellenJe?: StellenZuwendung[];
}

/** One post (or one row of several posts of equal cost) for the per-post grant. */
export interface Foerderstelle {
  /** Annual cost of the row (for its whole share), in cents. */
  kosten: Cent;
  /** FTE share: 1 = one full-time post, 0,5 = a half post, 3 = three posts of equal cost. */
  anteil: number;
  /**
   * Months of the year the cap is for (0–12): the cap × monate / 12, exactly (Plan-Ist: months a
   * post is filled, where the rule set cuts for vacancies, see vakanzregel); absent = 12.
   */
  monate?: number;
}

/** What one post receives under a per-post cap. */
export interface StellenZuwendung {
  /** The share funded: the row's share, or less where the posts funded at most are used up. */
  gefoerderterAnteil: number;
  /** The cap applied: jeStelle × funded share / Bezugsanteil, in whole cents. */
  deckel: Cent;
  /** min(cap, cost of the funded share), rounded once to whole cents: what a sheet shows per post. */
  betrag: Cent;
  /** The same grant exactly (not rounded), for a total summed exactly and rounded once at the end. */
  genau: Paar;
}

/**
 * The share of the rows funded before row i: those with a higher cost per FTE (compared as
 * kosten_j × anteil_i > kosten_i × anteil_j, no division by a zero share), and the earlier rows
 * with the same. Summed exactly as the sheets' SUMPRODUCT sums it, so both give the same share.
 */
function anteilVorher(stellen: readonly Foerderstelle[], i: number): number {
  return anteilVorherWo(stellen, i, false);
}

/**
 * anteilVorher over all rows, or (`nurPosition`) over the rows of row i's position in their listed
 * order, without taking them out: the one place of the comparison and its two sums.
 */
function anteilVorherWo(
  stellen: readonly { kosten: Cent; anteil: number; position?: Foerderposition }[],
  i: number,
  nurPosition: boolean,
): number {
  const { kosten: k, anteil: a, position } = stellen[i];
  let hoeher = 0;
  let gleich = 0;
  for (let j = 0; j < stellen.length; j++) {
    if (nurPosition && stellen[j].position !== position) continue;
    const links = stellen[j].kosten * a;
    const rechts = k * stellen[j].anteil;
    if (links > rechts) hoeher += stellen[j].anteil;
    if (j <= i && links === rechts) gleich += stellen[j].anteil;
  }
  return hoeher + gleich - a;
}

/**
 * THE per-post grant (docs/QUELLEN.md#je-stelle): every post capped on its own, min(cap × share,
 * cost), for base posts of a Förderposition and for Ausbau/extra posts alike; the pane, both formula
 * modes, the projection and the break-even all come here. `jeStelle` is stated for `bezugsanteil`
 * of a post (the Assistenz cap for the half post). At most `hoechstens` FTE are funded; where more
 * are listed, the funded shares go to the posts with the highest cost per FTE — what a Kreis
 * claims — so the result does not depend on the order of the rows (ties keep the listed order,
 * which does not change the sum). A row funded only in part counts the cost of that part.
 */
export function zuwendungenJeStelle(
  jeStelle: Cent,
  bezugsanteil: number,
  hoechstens: number,
  stellen: readonly Foerderstelle[],
): StellenZuwendung[] {
  const f = gefoerderteAnteile(hoechstens, stellen);
  return stellen.map((s, i) => {
    const deckel = deckelDesAnteils(jeStelle, bezugsanteil, s, f[i]);
    const genau = genaueZuwendung(s, f[i], deckel);
    return {
      gefoerderterAnteil: f[i],
      deckel: deckel.length === 2 ? rundeProdukt(deckel[0], deckel[1]) : rundeSummeDerProdukte([deckel]),
      betrag: rundeSummeDerProdukte([genau]),
      genau,
    };
  });
}

/**
 * The cap of the funded share f, exactly: cap × f, or cap × f × months / 12 for a post filled only
 * part of the year (the rule set's vacancy cut, core/planIst; `monate` absent = the whole year).
 */
function deckelDesAnteils(jeStelle: Cent, bezugsanteil: number, s: Foerderstelle, f: number): Paar {
  const jeAnteil = jeStelle / bezugsanteil;
  return s.monate === undefined || s.monate === 12 ? [jeAnteil, f] : [jeAnteil, f * s.monate, 12];
}

/**
 * One post's grant exactly, for its funded share f: the cost of the funded share or the cap,
 * whichever is smaller, not rounded (summed and rounded once by the caller).
 */
function genaueZuwendung(s: Foerderstelle, f: number, deckel: Paar): Paar {
  // The cost's value (a × b, or a × b / c) is computed before its pair is built: only the smaller one is.
  const ganz = f === s.anteil;
  const kosten = ganz ? s.kosten * 1 : (s.kosten * f) / s.anteil;
  const grenze = deckel.length === 2 ? deckel[0] * deckel[1] : (deckel[0] * deckel[1]) / 12;
  if (kosten < grenze) return ganz ? [s.kosten, 1] : [s.kosten, f, s.anteil];
  return deckel;
}

/** Cost and share not negative, months (where given) whole and 0 … 12: for every per-post path. */
function pruefeStellen(stellen: readonly Foerderstelle[]): void {
  for (const s of stellen) {
    if (!(s.kosten >= 0) || !(s.anteil >= 0)) {
      throw new KiFehler("wert", "Jahreskosten und Stellenanteil einer Stelle dürfen nicht negativ sein.");
    }
    if (s.monate !== undefined && !(Number.isInteger(s.monate) && s.monate >= 0 && s.monate <= 12)) {
      throw new KiFehler("wert", `Die Zahl der Monate einer Stelle muss 0 bis 12 sein, erhalten: ${s.monate}.`);
    }
  }
}

/** Up to this many posts the shares before each post are summed directly (n² comparisons). */
export const DIREKT_BIS = 24;

/**
 * The funded share of every row: min(share, hoechstens − the share funded before it), at least 0.
 * Few rows: anteilVorher for each. Many rows (a whole column of posts): the rows that surely come
 * after `hoechstens` FTE of higher cost per FTE get 0 without a sum (ordered once, n log n), and
 * anteilVorher runs only for the few others, so every share is the very double it always was.
 */
function gefoerderteAnteile(hoechstens: number, stellen: readonly Foerderstelle[]): number[] {
  pruefeStellen(stellen);
  const n = stellen.length;
  const f = new Array<number>(n);
  const offen =
    n > DIREKT_BIS && imSicherenBereich(hoechstens, stellen) ? gewissOhneFoerderung(hoechstens, stellen) : null;
  for (let i = 0; i < n; i++) {
    const a = stellen[i].anteil;
    f[i] = offen !== null && !offen[i] ? 0 : Math.max(0, Math.min(a, hoechstens - anteilVorher(stellen, i)));
  }
  return f;
}

/**
 * Where the ordering by cost per FTE below is safe: finite cap, and every cost and share 0 or of a
 * size whose products are normal doubles (no underflow can turn "higher" into "equal").
 */
function imSicherenBereich(hoechstens: number, stellen: readonly Foerderstelle[]): boolean {
  if (!(hoechstens >= 0 && hoechstens <= 1e9)) return false;
  for (const s of stellen) {
    if (s.kosten !== 0 && !(s.kosten >= 1e-6 && s.kosten <= 1e17)) return false;
    if (s.anteil !== 0 && !(s.anteil >= 1e-9 && s.anteil <= 1e9)) return false;
  }
  return true;
}

/**
 * Which rows anteilVorher must decide (true); false = the row surely receives 0. A row surely
 * receives 0 when the rows surely counted before it – a cost per FTE higher by a margin far above
 * any rounding, or the same cost and share listed earlier – already hold more than `hoechstens`
 * FTE with room for every rounding of the sums. A row with share 0 always receives 0.
 */
function gewissOhneFoerderung(hoechstens: number, stellen: readonly Foerderstelle[]): boolean[] {
  const n = stellen.length;
  const offen = new Array<boolean>(n).fill(false);
  const nr: number[] = [];
  let summe = 0;
  for (let i = 0; i < n; i++) {
    if (stellen[i].anteil > 0) nr.push(i);
    summe += stellen[i].anteil;
  }
  const quote = (i: number) => stellen[i].kosten / stellen[i].anteil;
  // Highest cost per FTE first; equal cost and share together, in listed order.
  nr.sort(
    (x, y) =>
      quote(y) - quote(x) || stellen[y].kosten - stellen[x].kosten || stellen[y].anteil - stellen[x].anteil || x - y,
  );
  const grenze = hoechstens + 1e-6 * (summe + hoechstens);
  let hoeher = 0; // shares of the rows surely higher than row nr[p]
  let q = 0;
  let gleichVorher = 0; // shares of the same cost and share listed before row nr[p]
  for (let p = 0; p < nr.length; p++) {
    const i = nr[p];
    const schwelle = quote(i) * (1 + 1e-9);
    while (q < p && quote(nr[q]) > schwelle) hoeher += stellen[nr[q++]].anteil;
    const vorige = p > 0 ? stellen[nr[p - 1]] : null;
    const gleich = vorige !== null && vorige.kosten === stellen[i].kosten && vorige.anteil === stellen[i].anteil;
    gleichVorher = gleich ? gleichVorher + vorige.anteil : 0;
    offen[i] = hoeher + gleichVorher < grenze;
  }
  return offen;
}

/**
 * Per-post caps of the base posts, position by position through zuwendungenJeStelle: up to the
 * position's "Stellen höchstens", a part-time post's cap proportional to its share (Assistenz: of
 * the half post the cap is stated for); a position the rule set does not fund gets nothing.
 */
export function foerdereGrundstellen(
  _regel: Foerderregel | null,
  t: Extract<Foerdertatbestand, { art: "grundfoerderung" }>,
  stellen: readonly GrundstellenKosten[],
): StellenErstattung[] {
  pruefePositionenDerStellen(stellen);
  const ergebnis = new Map<number, StellenZuwendung>();
  for (const position of FOERDERPOSITIONEN) {
    const nr = stellen.flatMap((st, i) => (st.position === position ? [i] : []));
    if (nr.length === 0) continue;
    const p = t.positionen.find((x) => x.position === position);
    const z = zuwendungenJeStelle(
      p?.jeStelle ?? 0,
      BEZUGSANTEIL[position],
      p?.stellen ?? 0,
      nr.map((i) => stellen[i]),
    );
    nr.forEach((i, k) => ergebnis.set(i, z[k]));
  }
  return stellen.map((st, i) => {
    const z = ergebnis.get(i) as StellenZuwendung;
    return {
      position: st.position,
      bezeichnung: st.bezeichnung ?? st.position,
      kosten: st.kosten,
      anteil: st.anteil,
      gefoerderterAnteil: z.gefoerderterAnteil,
      deckel: z.deckel,
      betrag: z.betrag,
      genau: z.genau,
    };
  });
}

function pruefePositionenDerStellen(stellen: readonly GrundstellenKosten[]): void {
  for (const st of stellen) {
    if (!FOERDERPOSITIONEN.includes(st.position)) {
      throw new KiFehler(
        "wert",
        `Unbekannte Förderposition „${String(st.position)}“. Bekannt: ${FOERDERPOSITIONEN.join(", ")}.`,
      );
    }
  }
}

/**
 * The exact grants of foerdereGrundstellen alone, appended to `paare` in the rows' order, without
 * the per-post records the sheets need (KI.LANDESERSTATTUNG sums them and rounds once). A few rows
 * (the usual range): each row's shares before it are summed over the rows of its position in
 * place, the very sums anteilVorher makes over them, with no list per position.
 */
function grundstellenPaare(
  t: Extract<Foerdertatbestand, { art: "grundfoerderung" }>,
  stellen: readonly GrundstellenKosten[],
  paare: Paar[],
): void {
  pruefePositionenDerStellen(stellen);
  if (stellen.length > DIREKT_BIS) {
    for (const x of foerdereGrundstellen(null, t, stellen)) paare.push(x.genau);
    return;
  }
  pruefeStellen(stellen);
  for (let i = 0; i < stellen.length; i++) {
    const st = stellen[i];
    const p = deckelDer(t, st.position);
    const f = Math.max(0, Math.min(st.anteil, (p?.stellen ?? 0) - anteilVorherWo(stellen, i, true)));
    paare.push(genaueZuwendung(st, f, deckelDesAnteils(p?.jeStelle ?? 0, BEZUGSANTEIL[st.position], st, f)));
  }
}

function deckelDer(
  t: Extract<Foerdertatbestand, { art: "grundfoerderung" }>,
  position: Foerderposition,
): PositionsDeckel | undefined {
  for (let k = 0; k < t.positionen.length; k++) if (t.positionen[k].position === position) return t.positionen[k];
  return undefined;
}

/**
 * erstattungsbetrag for base posts given one by one and nothing else (no extra posts, no material
 * costs: their items are then 0 and add nothing), from the rows as columns – the Förderposition as
 * its index in FOERDERPOSITIONEN, cost in cents, share, all checked – without a record or a pair per
 * post: KI.LANDESERSTATTUNG over a range of posts. Every term is the very double grundstellenPaare
 * and rundeSummeDerProdukte form (min(cost of the funded share, cap × funded share), summed in the
 * rows' order), so where rundeSummeSchnell decides, the figure is theirs; null where it does not (a
 * sum near a half cent) or for more than DIREKT_BIS rows: then erstattungsbetrag.
 */
export function grundstellenBetragSchnell(
  regel: Foerderregel,
  position: ArrayLike<number>,
  kosten: ArrayLike<number>,
  anteil: ArrayLike<number>,
  n: number,
): Cent | null {
  if (n > DIREKT_BIS) return null;
  let s = 0;
  let schranke = 0;
  const tatbestaende = regel.tatbestaende;
  for (let k = 0; k < tatbestaende.length; k++) {
    const t = tatbestaende[k];
    if (t.art !== "grundfoerderung") continue;
    // Cap per share and posts funded at most, by position index (deckelDer, deckelDesAnteils); the
    // built-in rule sets are constants, so the figures of the last one stand until another comes.
    if (t !== deckelVon || !FOERDERREGELN.includes(regel)) {
      for (let c = 0; c < FOERDERPOSITIONEN.length; c++) {
        const p = deckelDer(t, FOERDERPOSITIONEN[c]);
        JE_ANTEIL[c] = (p?.jeStelle ?? 0) / BEZUGSANTEIL[FOERDERPOSITIONEN[c]];
        HOECHSTENS[c] = p?.stellen ?? 0;
      }
      deckelVon = t;
    }
    for (let i = 0; i < n; i++) {
      const a = anteil[i];
      const c = position[i];
      const f = Math.max(0, Math.min(a, HOECHSTENS[c] - anteilVorherInSpalten(position, kosten, anteil, n, i)));
      // genaueZuwendung's choice between the cost of the funded share and the cap, as doubles.
      const kostenTeil = f === a ? kosten[i] * 1 : (kosten[i] * f) / a;
      const grenze = JE_ANTEIL[c] * f;
      const x = kostenTeil < grenze ? kostenTeil : grenze;
      s += x;
      schranke += Math.abs(x);
    }
  }
  return rundeSummeSchnell(s, schranke);
}

const JE_ANTEIL = new Float64Array(FOERDERPOSITIONEN.length);
const HOECHSTENS = new Float64Array(FOERDERPOSITIONEN.length);
let deckelVon: Foerdertatbestand | null = null;

/** anteilVorherWo(…, true) on the columns of grundstellenBetragSchnell: the same sums in the same order. */
function anteilVorherInSpalten(
  position: ArrayLike<number>,
  kosten: ArrayLike<number>,
  anteil: ArrayLike<number>,
  n: number,
  i: number,
): number {
  const k = kosten[i];
  const a = anteil[i];
  const c = position[i];
  let hoeher = 0;
  let gleich = 0;
  for (let j = 0; j < n; j++) {
    if (position[j] !== c) continue;
    const links = kosten[j] * a;
    const rechts = k * anteil[j];
    if (links > rechts) hoeher += anteil[j];
    if (j <= i && links === rechts) gleich += anteil[j];
  }
  return hoeher + gleich - a;
}

/**
 * The extra posts' grants as exact products (not rounded): one by one where they are given
 * (zusatzposten, or a list of costs of one post each); a single total is taken as `zusatzstellen`
 * posts of equal cost (nothing says which post costs what); no cost at all means each post reaches
 * its cap.
 */
function zusatzPaare(t: Extract<Foerdertatbestand, { art: "zusatzstellen" }>, e: ErstattungsEingabe): Paar[] {
  const liste = zusatzpostenAus(e);
  if (liste) return zusatzZuwendungen(t, e, liste).map((x) => x.genau);
  const max = t.maxStellen[e.koerperschaft];
  const n = e.zusatzstellen;
  if (e.zusatzkosten === null || e.zusatzkosten === undefined) return [[t.jeStelle, Math.min(n, max)]];
  const kosten = e.zusatzkosten as Cent;
  if (kosten < 0) throw new KiFehler("wert", "Die Kosten der Zusatzstellen dürfen nicht negativ sein.");
  if (n <= max) return [kosten < t.jeStelle * n ? [kosten, 1] : [t.jeStelle, n]];
  // More posts than funded: the funded ones cost the average of all.
  return [kosten / n < t.jeStelle ? [kosten / n, max] : [t.jeStelle, max]];
}

/** The extra posts one by one through zuwendungenJeStelle. */
function zusatzZuwendungen(
  t: Extract<Foerdertatbestand, { art: "zusatzstellen" }>,
  e: ErstattungsEingabe,
  liste: readonly Foerderstelle[],
): StellenZuwendung[] {
  const max = t.maxStellen[e.koerperschaft];
  // A given number of extra posts limits the funded share too (0 = not given: the listed shares).
  const hoechstens = e.zusatzstellen > 0 ? Math.min(max, e.zusatzstellen) : max;
  return zuwendungenJeStelle(t.jeStelle, 1, hoechstens, liste);
}

function zusatzpostenAus(e: ErstattungsEingabe): readonly Foerderstelle[] | null {
  if (e.zusatzposten) return e.zusatzposten;
  if (!Array.isArray(e.zusatzkosten)) return null;
  const liste = e.zusatzkosten as readonly Cent[];
  if (liste.some((x) => x < 0)) throw new KiFehler("wert", "Die Kosten einer Zusatzstelle dürfen nicht negativ sein.");
  return liste.map((kosten) => ({ kosten, anteil: 1 }));
}

function pruefeEingabe(e: ErstattungsEingabe): void {
  if (e.personalkosten < 0 || e.sachausgaben < 0 || e.zusatzstellen < 0) {
    throw new KiFehler("wert", "Kosten, Stellenzahl und Sachausgaben dürfen nicht negativ sein.");
  }
}

/** The grant of one Fördertatbestand for a single total of personnel costs (no posts one by one), exactly. */
function paareOhneStellen(t: Foerdertatbestand, e: ErstattungsEingabe): Paar[] {
  switch (t.art) {
    case "grundfoerderung":
      // One total: pooled against the sum of the per-post caps, as the model always did.
      return [[Math.min(e.personalkosten, t.hoechstbetrag), 1]];
    case "zusatzstellen":
      return zusatzPaare(t, e);
    case "sachausgaben":
      return [[Math.min(e.sachausgaben, t.hoechstbetrag), 1]];
  }
}

export function berechneErstattung(regel: Foerderregel, e: ErstattungsEingabe): Erstattung {
  pruefeEingabe(e);
  const posten: ErstattungsPosten[] = [];
  let stellen: StellenErstattung[] | null = null;
  let zusatzJe: StellenZuwendung[] | undefined;
  for (const t of regel.tatbestaende) {
    if (t.art === "grundfoerderung" && e.grundstellen) {
      stellen = foerdereGrundstellen(regel, t, e.grundstellen);
      posten.push({ bezeichnung: t.bezeichnung, betrag: stellen.reduce((s, x) => s + x.betrag, 0) });
    } else if (t.art === "zusatzstellen" && zusatzpostenAus(e)) {
      // Extra posts one by one: the item adds the per-post grants the sheets show (as the base posts).
      const z = zusatzZuwendungen(t, e, zusatzpostenAus(e) as readonly Foerderstelle[]);
      zusatzJe = z;
      posten.push({ bezeichnung: t.bezeichnung, betrag: z.reduce((s, x) => s + x.betrag, 0) });
    } else {
      posten.push({ bezeichnung: t.bezeichnung, betrag: rundeSummeDerProdukte(paareOhneStellen(t, e)) });
    }
  }
  // The pane and the sheets show each item as the sum of the per-post grants they list, or rounded
  // once from its exact parts; the total adds the shown items (KI.LANDESERSTATTUNG rounds its total
  // once instead: erstattungsbetrag).
  for (const p of posten) p.betrag = rundeKaufmaennisch(p.betrag);
  const betrag = posten.reduce((s, p) => s + p.betrag, 0);
  return { regel, betrag, posten, stellen, ...(zusatzJe ? { zusatzstellenJe: zusatzJe } : {}) };
}

/**
 * The refund KI.LANDESERSTATTUNG shows: every grant, per post and per item, taken exactly and the
 * total rounded ONCE at the end (three base posts at 0,335 € give 1,01 €, not 3 × 0,34 €). Same
 * checks and rules as berechneErstattung, whose items are rounded one by one for the pane's table;
 * with whole-cent inputs both agree (tests hold them to it).
 */
export function erstattungsbetrag(regel: Foerderregel, e: ErstattungsEingabe): Cent {
  pruefeEingabe(e);
  const paare: Paar[] = [];
  const tatbestaende = regel.tatbestaende;
  for (let i = 0; i < tatbestaende.length; i++) {
    const t = tatbestaende[i];
    if (t.art === "grundfoerderung" && e.grundstellen) {
      grundstellenPaare(t, e.grundstellen, paare);
    } else {
      for (const p of paareOhneStellen(t, e)) paare.push(p);
    }
  }
  return rundeSummeDerProdukte(paare);
}

/**
 * erstattungsbetrag for the usual refund cell: one total of personnel costs, no extra posts, no
 * material costs (their items are then 0 and add nothing). No input object to build per call.
 */
export function grundErstattungsbetrag(regel: Foerderregel, personalkosten: Cent): Cent {
  if (personalkosten < 0) {
    throw new KiFehler("wert", "Kosten, Stellenzahl und Sachausgaben dürfen nicht negativ sein.");
  }
  let summe = 0;
  const tatbestaende = regel.tatbestaende;
  for (let i = 0; i < tatbestaende.length; i++) {
    const t = tatbestaende[i];
    if (t.art === "grundfoerderung") summe += Math.min(personalkosten, t.hoechstbetrag);
  }
  return runde(summe);
}

/**
 * rundeKaufmaennisch with its result for whole cents taken first: below 10^15 a whole number is its
 * own rounding (only -0 becomes 0), and most grants are whole cents.
 */
function runde(x: number): Cent {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? x + 0 : rundeKaufmaennisch(x);
}
