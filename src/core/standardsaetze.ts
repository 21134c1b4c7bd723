/**
 * The built-in defaults behind the optional parameters, each with its source, so that an
 * assumption sheet can show where a number comes from (KI.SATZ).
 */
import { KiFehler } from "./fehler";
import { Cent } from "./geld";
import { foerderregelFuerJahr } from "./foerderregeln";
import { AGEBV_GEMEINKOSTENZUSCHLAG, AGEBV_SACHEINZELKOSTEN_CENT } from "./agebv";
import {
  AGEBV_VORBEHALT,
  Quelle,
  QUELLE_AGEBV_2021,
  QUELLE_NDS_2023,
  QUELLE_RSK_2013,
  QUELLE_RSK_2013_ABGELEITET,
} from "./quellen";
import { satztabellenSchluessel } from "./satztabellen";

export interface Standardsatz {
  name: string;
  bezeichnung: string;
  einheit: "Anteil" | "€/Jahr" | "€/Jahr je Arbeitsplatz" | "€/Jahr je Büro" | "€/Jahr je Stelle";
  /** A fraction for rates, cents for amounts. */
  wert: number;
  quelle: Quelle;
}

/** Overhead on personnel costs: the Rhein-Sieg-Kreis's own combined rate. KGSt uses 20 %, BMF 39,5 %. */
export const QUERSCHNITTSSATZ = 0.3;
/** 4.536 € for 2 and 18.144 € for 8 workstations in the 2013 sheet. */
export const IT_SATZ_CENT: Cent = 226_800;
/** 5.040 € for 1 office, 20.160 € for 4. */
export const RAUM_SATZ_CENT: Cent = 504_000;

export const STANDARDSATZ_NAMEN = [
  "Querschnitt",
  "IT",
  "Raum",
  "Landespauschale",
  "Zusatzstelle",
  "Sachausgaben",
] as const;
export type StandardsatzName = (typeof STANDARDSATZ_NAMEN)[number];

/** Names by their own and their lower-case spelling, built once: KI.SATZ runs in many cells. */
const NAMEN = new Map<string, StandardsatzName>(
  STANDARDSATZ_NAMEN.flatMap((x) => [
    [x, x],
    [x.toLowerCase(), x],
  ]),
);

function parseName(name: string): StandardsatzName {
  const n = NAMEN.get(name) ?? NAMEN.get(name.trim().toLowerCase());
  if (!n) {
    throw new KiFehler("wert", `Unbekannter Satz „${name}“. Bekannte Namen: ${STANDARDSATZ_NAMEN.join(", ")}.`);
  }
  return n;
}

export function standardsatz(name: string, jahr: number): Standardsatz {
  const n = parseName(name);
  switch (n) {
    case "Querschnitt":
      return {
        name: n,
        bezeichnung: "Querschnitts-/Sachkosten in % der Personalkosten",
        einheit: "Anteil",
        wert: QUERSCHNITTSSATZ,
        quelle: QUELLE_RSK_2013,
      };
    case "IT":
      return {
        name: n,
        bezeichnung: "IT-Standardarbeitsplatz",
        einheit: "€/Jahr je Arbeitsplatz",
        wert: IT_SATZ_CENT,
        quelle: QUELLE_RSK_2013_ABGELEITET,
      };
    case "Raum":
      return {
        name: n,
        bezeichnung: "Raumkosten je Büro",
        einheit: "€/Jahr je Büro",
        wert: RAUM_SATZ_CENT,
        quelle: QUELLE_RSK_2013_ABGELEITET,
      };
    default: {
      const regel = foerderregelFuerJahr(jahr);
      const art = n === "Landespauschale" ? "grundfoerderung" : n === "Zusatzstelle" ? "zusatzstellen" : "sachausgaben";
      const t = regel.tatbestaende.find((x) => x.art === art);
      if (!t) {
        throw new KiFehler("nv", `Das Regelwerk ${regel.titel} (${jahr}) kennt keinen Satz „${n}“; gefördert ab 2017.`);
      }
      const wert = t.art === "zusatzstellen" ? t.jeStelle : t.hoechstbetrag;
      const einheit = t.art === "zusatzstellen" ? "€/Jahr je Stelle" : "€/Jahr";
      return { name: n, bezeichnung: t.bezeichnung, einheit, wert, quelle: regel.quelle };
    }
  }
}

/**
 * Workplace and overhead rates as named, sourced alternatives (docs/QUELLEN.md#sachsaetze): the
 * Rhein-Sieg sheet's own (the default, and what its presets keep), the AGebV's and Lower Saxony's.
 * None is "the" rate; a scenario takes one by choice and the sheet names its source.
 */
export interface Sachsatzquelle {
  id: string;
  titel: string;
  /** Said wherever this source is offered; its part before the colon is the short form a sheet row carries. */
  vorbehalt?: string;
  saetze: readonly Standardsatz[];
}

function sachsatz(
  name: string,
  bezeichnung: string,
  einheit: Standardsatz["einheit"],
  wert: number,
  quelle: Quelle,
): Standardsatz {
  return { name, bezeichnung, einheit, wert, quelle };
}

/** The id of the Rhein-Sieg rates as a named source: the default, and what its presets keep. */
export const RSK_SACHSAETZE = "RSK2013";

export const SACHSATZQUELLEN: readonly Sachsatzquelle[] = [
  {
    id: RSK_SACHSAETZE,
    titel: "Rhein-Sieg-Kreis 2013",
    saetze: [
      sachsatz(
        "Querschnitt",
        "Querschnitts-/Sachkosten in % der Personalkosten",
        "Anteil",
        QUERSCHNITTSSATZ,
        QUELLE_RSK_2013,
      ),
      sachsatz("IT", "IT-Standardarbeitsplatz", "€/Jahr je Arbeitsplatz", IT_SATZ_CENT, QUELLE_RSK_2013_ABGELEITET),
      sachsatz("Raum", "Raumkosten je Büro", "€/Jahr je Büro", RAUM_SATZ_CENT, QUELLE_RSK_2013_ABGELEITET),
    ],
  },
  {
    id: "BUND-AGEBV-2021",
    titel: "AGebV Bund 2021",
    vorbehalt: AGEBV_VORBEHALT,
    saetze: [
      sachsatz(
        "Querschnitt",
        "Gemeinkostenzuschlag, hier auf die Personalkosten angewandt (Sacheinzelkosten gesondert)",
        "Anteil",
        AGEBV_GEMEINKOSTENZUSCHLAG,
        QUELLE_AGEBV_2021,
      ),
      // One combined figure: which of its three items are IT and which rooms is not recorded, so it
      // is never taken as an IT or room rate (scenario/sachsaetze).
      sachsatz(
        "Arbeitsplatz",
        "Sacheinzelkosten eines Arbeitsplatzes insgesamt (ein Gesamtbetrag: 5.490 + 3.660 + 8.100 €, abzüglich 4 %; " +
          "Aufteilung auf Räume, IT und laufende Sachkosten nicht festgehalten)",
        "€/Jahr je Arbeitsplatz",
        AGEBV_SACHEINZELKOSTEN_CENT,
        { text: `${QUELLE_AGEBV_2021.text}; Summe abzüglich 4 % berechnet`, status: "D" },
      ),
    ],
  },
  {
    id: "NDS-2023",
    titel: "Niedersachsen 2023",
    vorbehalt: "Landesverwaltung Niedersachsen: laut Erlass nicht für Stellen außerhalb der Landesverwaltung gedacht",
    saetze: [
      sachsatz(
        "IT",
        "IT einschließlich Betrieb je Büroarbeitsplatz",
        "€/Jahr je Arbeitsplatz",
        227_000,
        QUELLE_NDS_2023,
      ),
      // Per workplace, not per office: it does not fit the scenario's room rate (€ per office).
      sachsatz(
        "Raum",
        "kalkulatorische Raumkosten je Büroarbeitsplatz",
        "€/Jahr je Arbeitsplatz",
        217_000,
        QUELLE_NDS_2023,
      ),
      sachsatz(
        "Arbeitsplatz",
        "Büroarbeitsplatz insgesamt (Räume 2.170 + laufende Sachkosten 4.083 + Investitionen 559 + IT 2.270)",
        "€/Jahr je Arbeitsplatz",
        908_200,
        QUELLE_NDS_2023,
      ),
    ],
  },
];

/** A named rate from one source: "Querschnitt", "IT", "Raum" or "Arbeitsplatz" of "RSK2013", "BUND-AGEBV-2021", "NDS-2023". */
export function sachsatzAus(name: string, quelle: string): Standardsatz {
  const schluessel = satztabellenSchluessel(quelle);
  const q = SACHSATZQUELLEN.find((x) => satztabellenSchluessel(x.id) === schluessel);
  if (!q) {
    throw new KiFehler(
      "wert",
      `Unbekannte Quelle „${quelle}“. Bekannt: ${SACHSATZQUELLEN.map((x) => x.id).join(", ")} ` +
        "oder eine eingebaute Satztabelle für eine Entgeltgruppe.",
    );
  }
  const n = name.trim().toLowerCase();
  const s = q.saetze.find((x) => x.name.toLowerCase() === n);
  if (!s) {
    throw new KiFehler(
      "nv",
      `${q.titel} nennt keinen Satz „${name}“; dort stehen: ${q.saetze.map((x) => x.name).join(", ")}.`,
    );
  }
  return s;
}
