/**
 * State funding of Kommunale Integrationszentren (NRW) as versioned, sourced data.
 *
 * A new guideline version is a new entry in FOERDERREGELN (plus a test), not new code: the
 * calculation below only knows the kinds of grant ("Fördertatbestände") and applies
 * min(cap, eligible cost) to each, because a grant never exceeds the cost it funds. That holds for
 * Festbetragsfinanzierung too (../shared/domain/README.md §2): a fixed amount per post is paid only
 * for a post that costs at least that much.
 *
 * Among the rule sets a year alone may select, the one with the latest start wins. So a new
 * guideline from, say, 2026 is added without touching the end year of the one it replaces.
 */
import { KiFehler } from "./fehler";
import { Cent, formatEuro } from "./geld";
import { Quelle, QUELLE_AKTUELL, QUELLE_AUSBAU_2017, QUELLE_RL_2012, quellenVermerk } from "./quellen";

export type Koerperschaft = "Kreis" | "kreisfreie Stadt";

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
  /** Teachers seconded and paid by the state: they cost the municipality nothing. */
  landeslehrer: Record<Koerperschaft, number>;
  hinweis: string;
}

const GRUND_2012: Foerdertatbestand = {
  art: "grundfoerderung",
  bezeichnung: "3,5 kommunale Stellen (2 pädagogische Fachkräfte, 1 Verwaltungsstelle, ½ Assistenz)",
  hoechstbetrag: 17_000_000,
  stellen: 3.5,
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
      "Nur Personalkosten der kommunalen Stellen sind förderfähig; Räume, Ausstattung, Reisen, Lehrmaterial und Projektmittel trägt die Körperschaft.",
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
        bezeichnung: "zusätzliche Stellen (Kreis 3, kreisfreie Stadt 2)",
        jeStelle: 5_000_000,
        maxStellen: { Kreis: 3, "kreisfreie Stadt": 2 },
      },
      {
        art: "sachausgaben",
        bezeichnung: "Sachausgabenpauschale (Sprach- und Kulturmittler, Integrationslotsen)",
        hoechstbetrag: 5_000_000,
      },
    ],
    landeslehrer: { Kreis: 3.5, "kreisfreie Stadt": 3 },
    hinweis:
      "Die Grundförderung von 170.000 € aus 2012 ist als fortgeltend angenommen (nicht belegt). Zuwendungen stehen unter Haushaltsvorbehalt.",
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
        art: "zusatzstellen",
        bezeichnung: "Fachstellen, je bis 57.000 € (Kreis höchstens 6, kreisfreie Stadt 5)",
        jeStelle: 5_700_000,
        maxStellen: { Kreis: 6, "kreisfreie Stadt": 5 },
      },
      {
        art: "grundfoerderung",
        bezeichnung: "halbe Assistenzstelle, bis 22.500 €",
        hoechstbetrag: 2_250_000,
        stellen: 0.5,
      },
      {
        art: "sachausgaben",
        bezeichnung: "Pools für Sprach- und Kulturmittler, bis 50.000 €",
        hoechstbetrag: 5_000_000,
      },
    ],
    landeslehrer: { Kreis: 0, "kreisfreie Stadt": 0 },
    hinweis:
      "Beträge aus einer Sekundärquelle; ob Richtlinie 2023 oder 2025, ist offen. Landeslehrkräfte dort nicht angegeben. Wird nur auf ausdrückliche Auswahl angewandt.",
  },
];

export function findeFoerderregelNachId(id: string): Foerderregel {
  const r = FOERDERREGELN.find((x) => x.id.toLowerCase() === id.trim().toLowerCase());
  if (!r) {
    throw new KiFehler("wert", `Unbekanntes Regelwerk „${id}“. Bekannt: ${FOERDERREGELN.map((x) => x.id).join(", ")}.`);
  }
  return r;
}

/** The rule set a calendar year falls under, among those a year alone may select. */
export function foerderregelFuerJahr(jahr: number): Foerderregel {
  if (!Number.isInteger(jahr)) throw new KiFehler("wert", `Das Jahr muss eine ganze Zahl sein, nicht ${jahr}.`);
  const r = FOERDERREGELN.find(
    (x) =>
      x.automatisch && (x.gueltigAb === null || jahr >= x.gueltigAb) && (x.gueltigBis === null || jahr <= x.gueltigBis),
  );
  if (!r) {
    const erstes = Math.min(
      ...FOERDERREGELN.filter((x) => x.automatisch && x.gueltigAb !== null).map((x) => x.gueltigAb as number),
    );
    throw new KiFehler(
      "nv",
      jahr < erstes
        ? `Für ${jahr} gab es keine Landesförderung Kommunaler Integrationszentren (erst ab ${erstes}, § 7 TIntG NRW). Geben Sie ein Jahr ab ${erstes} an oder lassen Sie die Erstattung weg.`
        : `Für ${jahr} ist kein Förderregelwerk hinterlegt.`,
    );
  }
  return r;
}

export function parseKoerperschaft(text: string): Koerperschaft {
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
    throw new KiFehler("zahl", "Kosten, Stellenzahl und Sachausgaben dürfen nicht negativ sein.");
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
            throw new KiFehler("zahl", "Die Kosten einer Zusatzstelle dürfen nicht negativ sein.");
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
          if (kosten < 0) throw new KiFehler("zahl", "Die Kosten der Zusatzstellen dürfen nicht negativ sein.");
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
  return { regel, betrag: posten.reduce((s, p) => s + p.betrag, 0), posten };
}
