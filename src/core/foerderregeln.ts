/**
 * State funding of Kommunale Integrationszentren (NRW) as versioned, sourced data.
 *
 * A new guideline version is a new entry in FOERDERREGELN (plus a test), not new code: the
 * calculation below only knows the kinds of grant ("Fördertatbestände") and applies
 * min(cap, eligible cost) to each, because a grant never exceeds the cost it funds. That holds for
 * Festbetragsfinanzierung too (docs/QUELLEN.md#foerderregeln): a fixed amount per post is paid only
 * for a post that costs at least that much.
 *
 * Among the rule sets a year alone may select, the one with the latest start wins. So a new
 * guideline from, say, 2026 is added without touching the end year of the one it replaces.
 */
import { KiFehler } from "./fehler";
import { Cent, formatEuro, rundeKaufmaennisch } from "./geld";
import { Quelle, QUELLE_AKTUELL, QUELLE_AUSBAU_2017, QUELLE_RL_2012, quellenVermerk } from "./quellen";

export type Koerperschaft = "Kreis" | "kreisfreie Stadt";

export const KOERPERSCHAFTEN: readonly Koerperschaft[] = ["Kreis", "kreisfreie Stadt"];

export type Foerdertatbestand =
  /** One capped amount against the personnel costs of the municipal base posts. */
  | { art: "grundfoerderung"; bezeichnung: string; hoechstbetrag: Cent; stellen: number }
  /** Further posts, each capped; only the first maxStellen count. */
  | {
      art: "zusatzstellen";
      bezeichnung: string;
      jeStelle: Cent;
      maxStellen: Record<Koerperschaft, number>;
    }
  /** Lump sum for material costs (lay interpreters, Integrationslotsen, translator pools). */
  | { art: "sachausgaben"; bezeichnung: string; hoechstbetrag: Cent };

export interface Foerderregel {
  id: string;
  titel: string;
  quelle: Quelle;
  /** First and last calendar year the rule set applies to; null = open. */
  gueltigAb: number | null;
  gueltigBis: number | null;
  /**
   * Whether a year alone selects this rule set. The current rules are only applied when chosen by
   * name, because which guideline (2023 or 2025) introduced them is not verified.
   */
  automatisch: boolean;
  finanzierungsart: "Anteilfinanzierung bis Höchstbetrag" | "Festbetragsfinanzierung";
  tatbestaende: readonly Foerdertatbestand[];
  /** Teachers seconded and paid by the state: they cost the municipality nothing. null = not stated by the source. */
  landeslehrer: Record<Koerperschaft, number | null>;
  hinweis: string;
}

/** The 2012 base posts: 2 pedagogical specialists, 1 administrative post, ½ assistant. */
const GRUNDSTELLEN_2012 = 3.5;

const GRUND_2012: Foerdertatbestand = {
  art: "grundfoerderung",
  bezeichnung: "3,5 kommunale Stellen (2 pädagogische Fachkräfte, 1 Verwaltungsstelle, ½ Assistenz)",
  hoechstbetrag: 17_000_000,
  stellen: GRUNDSTELLEN_2012,
};

const SACHAUSGABEN_PAUSCHALE: Foerdertatbestand = {
  art: "sachausgaben",
  bezeichnung: "Sachausgabenpauschale (Sprach- und Kulturmittler, Integrationslotsen, Dolmetscherpools)",
  hoechstbetrag: 5_000_000,
};

export const FOERDERREGELN: readonly Foerderregel[] = [
  {
    id: "NRW-2012",
    titel: "Förderrichtlinie KI 2012",
    quelle: QUELLE_RL_2012,
    gueltigAb: 2012,
    gueltigBis: 2016,
    automatisch: true,
    finanzierungsart: "Anteilfinanzierung bis Höchstbetrag",
    tatbestaende: [GRUND_2012],
    landeslehrer: { Kreis: 2, "kreisfreie Stadt": 2 },
    hinweis:
      "Nur Personalkosten der kommunalen Stellen sind förderfähig; Räume, Ausstattung, Reisen, Lehrmaterial und Projektmittel trägt die Körperschaft. Die Aufteilung der 170.000 € auf einzelne Stellen ist nicht festgelegt.",
  },
  {
    id: "NRW-2017",
    titel: "Ausbau der KI ab 2017",
    quelle: QUELLE_AUSBAU_2017,
    gueltigAb: 2017,
    gueltigBis: null,
    automatisch: true,
    finanzierungsart: "Anteilfinanzierung bis Höchstbetrag",
    tatbestaende: [
      GRUND_2012,
      {
        art: "zusatzstellen",
        bezeichnung: "zusätzliche Stellen, je bis 50.000 € (Kreis 3, kreisfreie Stadt 2)",
        jeStelle: 5_000_000,
        maxStellen: { Kreis: 3, "kreisfreie Stadt": 2 },
      },
      SACHAUSGABEN_PAUSCHALE,
    ],
    landeslehrer: { Kreis: 3.5, "kreisfreie Stadt": 3 },
    hinweis:
      "Die Grundförderung von 170.000 € aus 2012 ist als fortgeltend angenommen (nicht belegt). Die Stellen sind unbefristet gefördert, die Zuwendungen stehen unter Haushaltsvorbehalt. Beträge der Richtlinie vom 27.03.2018 sind nicht geprüft.",
  },
  {
    id: "NRW-AKTUELL",
    titel: "Aktuelle Förderung (Festbetrag) – zu prüfen",
    quelle: QUELLE_AKTUELL,
    gueltigAb: null,
    gueltigBis: null,
    automatisch: false,
    finanzierungsart: "Festbetragsfinanzierung",
    tatbestaende: [
      {
        // 3 of the 6 (Kreis) or 5 (kreisfreie Stadt) specialist posts are the 2012 base posts; with
        // the half assistant post they form the base block: 3 × 57.000 + 22.500 = 193.500 €.
        art: "grundfoerderung",
        bezeichnung: "Grundstellen: 3 Fachstellen je bis 57.000 € und ½ Assistenzstelle bis 22.500 €",
        hoechstbetrag: 19_350_000,
        stellen: GRUNDSTELLEN_2012,
      },
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
      "Beträge aus einer Sekundärquelle; ob Richtlinie 2023 oder 2025, ist offen. Die Höchstbeträge der drei Grundfachstellen und der halben Assistenz sind hier zu 193.500 € zusammengefasst (höchstens Kreis 414.500 €, kreisfreie Stadt 357.500 €). Landeslehrkräfte nennt die Quelle nicht. Wird nur auf ausdrückliche Auswahl angewandt.",
  },
];

export function findeFoerderregelNachId(id: string, regeln: readonly Foerderregel[] = FOERDERREGELN): Foerderregel {
  const r = regeln.find((x) => x.id.toLowerCase() === id.trim().toLowerCase());
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
  if (!Number.isInteger(jahr)) throw new KiFehler("wert", `Das Jahr muss eine ganze Zahl sein, nicht ${jahr}.`);
  let treffer: Foerderregel | null = null;
  for (const r of regeln) {
    if (!r.automatisch || !giltIm(r, jahr)) continue;
    if (treffer === null || (r.gueltigAb ?? -Infinity) > (treffer.gueltigAb ?? -Infinity)) treffer = r;
  }
  if (!treffer) {
    const anfaenge = regeln.filter((x) => x.automatisch && x.gueltigAb !== null).map((x) => x.gueltigAb as number);
    const erstes = anfaenge.length > 0 ? Math.min(...anfaenge) : null;
    throw new KiFehler(
      "nv",
      erstes !== null && jahr < erstes
        ? `Für ${jahr} gab es keine Landesförderung Kommunaler Integrationszentren (erst ab ${erstes}, § 7 TIntG NRW). Geben Sie ein Jahr ab ${erstes} an oder lassen Sie die Erstattung weg.`
        : `Für ${jahr} ist kein Förderregelwerk hinterlegt.`,
    );
  }
  return treffer;
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

export function gueltigkeitText(regel: Foerderregel): string {
  if (regel.gueltigAb === null && regel.gueltigBis === null)
    return "ohne festen Zeitraum (nur bei ausdrücklicher Wahl)";
  if (regel.gueltigBis === null) return `ab ${regel.gueltigAb}`;
  if (regel.gueltigAb === null) return `bis ${regel.gueltigBis}`;
  return `${regel.gueltigAb}–${regel.gueltigBis}`;
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
      ? `${t.bezeichnung}: ${t.maxStellen[koerperschaft].toLocaleString("de-DE")} × bis ${formatEuro(t.jeStelle)}`
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
    for (const t of r.tatbestaende) {
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

export interface ErstattungsEingabe {
  koerperschaft: Koerperschaft;
  /** Eligible personnel costs of the base posts. */
  personalkosten: Cent;
  zusatzstellen: number;
  /** One total for all extra posts, or one annual cost per extra post (in listed order), or null = caps. */
  zusatzkosten: Cent | readonly Cent[] | null;
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
}

export function berechneErstattung(regel: Foerderregel, e: ErstattungsEingabe): Erstattung {
  if (e.personalkosten < 0 || e.sachausgaben < 0 || e.zusatzstellen < 0) {
    throw new KiFehler("wert", "Kosten, Stellenzahl und Sachausgaben dürfen nicht negativ sein.");
  }
  const posten: ErstattungsPosten[] = [];
  for (const t of regel.tatbestaende) {
    switch (t.art) {
      case "grundfoerderung":
        posten.push({ bezeichnung: t.bezeichnung, betrag: Math.min(e.personalkosten, t.hoechstbetrag) });
        break;
      case "zusatzstellen": {
        const n = Math.min(e.zusatzstellen, t.maxStellen[e.koerperschaft]);
        let betrag: Cent;
        if (Array.isArray(e.zusatzkosten)) {
          // Per-post costs: each post capped on its own, only the first n listed count.
          const liste = e.zusatzkosten as readonly Cent[];
          if (liste.some((x) => x < 0))
            throw new KiFehler("wert", "Die Kosten einer Zusatzstelle dürfen nicht negativ sein.");
          const volleStellen = Math.floor(n);
          const rest = n - volleStellen;
          betrag = 0;
          for (let i = 0; i < liste.length && i < Math.ceil(n); i++) {
            const deckel = i < volleStellen ? t.jeStelle : Math.round(t.jeStelle * rest);
            betrag += Math.min(liste[i], deckel);
          }
        } else {
          const deckel = Math.round(t.jeStelle * n);
          const kosten = e.zusatzkosten === null ? deckel : (e.zusatzkosten as Cent);
          if (kosten < 0) throw new KiFehler("wert", "Die Kosten der Zusatzstellen dürfen nicht negativ sein.");
          betrag = Math.min(kosten, deckel);
        }
        posten.push({ bezeichnung: t.bezeichnung, betrag });
        break;
      }
      case "sachausgaben":
        posten.push({ bezeichnung: t.bezeichnung, betrag: Math.min(e.sachausgaben, t.hoechstbetrag) });
        break;
    }
  }
  // Amounts may carry sub-cent digits (no pre-rounding): each item is rounded once.
  for (const p of posten) p.betrag = rundeKaufmaennisch(p.betrag);
  return { regel, betrag: posten.reduce((s, p) => s + p.betrag, 0), posten };
}
