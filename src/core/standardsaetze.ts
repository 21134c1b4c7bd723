/**
 * The built-in defaults behind the optional parameters, each with its source, so that an
 * assumption sheet can show where a number comes from (KI.SATZ).
 */
import { KiFehler } from "./fehler";
import { Cent } from "./geld";
import { foerderregelFuerJahr } from "./foerderregeln";
import { Quelle, QUELLE_RSK_2013, QUELLE_RSK_2013_ABGELEITET } from "./quellen";

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
