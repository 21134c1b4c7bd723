/**
 * Presets. Every figure states where it comes from; where a source gives no per-grade rate, the
 * preset uses what the source does state (the KIZ personnel total) instead of a guessed rate.
 */
import {
  IT_SATZ_CENT,
  AGEBV_TABELLE,
  AGEBV_VORBEHALT,
  QUELLE_AGEBV_2021,
  QUELLE_AUSBAU_2017,
  QUELLE_RSK_2013,
  QUERSCHNITTSSATZ,
  RAUM_SATZ_CENT,
  RSK_SACHSAETZE,
  centZuEuro,
  quellenVermerk,
} from "../core";
import type { Stelle, Szenario } from "./modell";

/**
 * The Rhein-Sieg-Kreis 2013 rates behind KI.SATZ (src/core/standardsaetze.ts), in the scenario's
 * euros, recorded as taken from that named source (scenario/sachsaetze); a fresh record each time.
 */
function rskSaetze(): Pick<Szenario, "querschnittssatz" | "itSatz" | "raumSatz" | "sachsatzQuellen"> {
  return {
    querschnittssatz: QUERSCHNITTSSATZ,
    itSatz: centZuEuro(IT_SATZ_CENT),
    raumSatz: centZuEuro(RAUM_SATZ_CENT),
    sachsatzQuellen: { querschnittssatz: RSK_SACHSAETZE, itSatz: RSK_SACHSAETZE, raumSatz: RSK_SACHSAETZE },
  };
}

export interface Vorlage {
  id: string;
  titel: string;
  quelle: string;
  erzeuge: () => Szenario;
}

const RSK_FUSSNOTE =
  "Nicht enthalten ist der Personalaufwand, der in anderen Ämtern (40, 41, 51, 57) für Integrationsarbeit anfällt; " +
  "bei verstärkter Integrationsarbeit ist auch dort mit höheren Kosten zu rechnen.";

let laufendeNummer = 0;
function neueId(praefix: string): string {
  laufendeNummer += 1;
  return `${praefix}-${Date.now().toString(36)}-${laufendeNummer}`;
}

function stelle(
  bezeichnung: string,
  gruppe: string,
  anteil: number,
  art: Stelle["art"] = "kommunal",
  abJahr?: number,
): Stelle {
  return { id: neueId("st"), bezeichnung, gruppe, anteil, eigenerSatz: null, art, ...(abJahr ? { abJahr } : {}) };
}

/** The Ausbau of 2017 (ministry letter of 28.12.2016): its posts and teachers exist from that year. */
const AUSBAU_AB = 2017;

const RSK_SATZQUELLE = quellenVermerk(QUELLE_RSK_2013);

function rskDerzeitig(): Szenario {
  return {
    id: neueId("sz"),
    name: "Derzeitige Struktur",
    typ: "derzeitig",
    koerperschaft: "Kreis",
    jahr: 2013,
    stellen: [stelle("Fachstelle Integration", "A 11", 1)],
    personalkostenPauschale: null,
    satztabelle: "RSK2013",
    arbeitsplaetze: 2,
    bueros: 1,
    projektmittel: 2000,
    ...rskSaetze(),
    erstattung: { aktiv: false, regelwerk: "auto", sachausgaben: 0 },
    erlaeuterungen: { personalkosten: "1 Stelle A 11", it: "2 Arbeitsplätze", raum: "1 Büro" },
    quelle: RSK_SATZQUELLE,
    fussnote: RSK_FUSSNOTE,
  };
}

function rskKiz(): Szenario {
  return {
    id: neueId("sz"),
    name: "KIZ",
    typ: "ki",
    koerperschaft: "Kreis",
    jahr: 2013,
    stellen: [
      stelle("Leitung", "A 12", 1),
      stelle("Pädagogische Fachkraft", "A 11", 2),
      stelle("Assistenz", "EG 6", 0.5),
      stelle("Lehrkraft (vom Land abgeordnet)", "Lehrkraft", 2, "landeslehrer"),
    ],
    // The sheet states 238.300 € for these posts; separate A 12 and EG 6 rates are not published.
    personalkostenPauschale: {
      betrag: 238300,
      erlaeuterung: "1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD 6",
      quelle: RSK_SATZQUELLE,
    },
    satztabelle: "RSK2013",
    arbeitsplaetze: 8,
    bueros: 4,
    projektmittel: 5000,
    ...rskSaetze(),
    erstattung: { aktiv: true, regelwerk: "auto", sachausgaben: 0 },
    erlaeuterungen: {
      personalkosten: "1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD 6",
      it: "8 Arbeitsplätze",
      raum: "4 Büros",
      projektmittel: "geschätzter Wert",
      landeserstattung: "Förderrichtlinien",
    },
    quelle: RSK_SATZQUELLE,
    fussnote: RSK_FUSSNOTE,
  };
}

const BEISPIEL_2017_QUELLE =
  `Stellenzahl nach ${quellenVermerk(QUELLE_AUSBAU_2017)}; Entgeltgruppen sind eine Beispielbesetzung, ` +
  // No brackets around the citation: it carries its own, and brackets in brackets read badly in a council text.
  `Sätze je Gruppe aus Satztabelle ${AGEBV_TABELLE}, Stand 2021, nicht auf 2017 zurückgerechnet: ` +
  `${quellenVermerk(QUELLE_AGEBV_2021)}; ${AGEBV_VORBEHALT}; ` +
  `IT-, Raum- und Querschnittssätze aus ${RSK_SATZQUELLE} – ` +
  "Beispiel: bitte an die eigene Stellenbewertung und die Sätze Ihres Hauses (z. B. KGSt) anpassen.";

function ki2017(koerperschaft: "Kreis" | "kreisfreie Stadt"): Szenario {
  const kreis = koerperschaft === "Kreis";
  const zusatz = kreis ? 3 : 2;
  // 2 seconded teachers since 2012, 1,5 (Kreis) or 1 (kreisfreie Stadt) more from the Ausbau.
  const lehrkraefte = kreis ? 3.5 : 3;
  const lehrkraefteAusbau = lehrkraefte - 2;
  // One workstation per person (a half post still needs a desk), two workstations per office as in
  // the Rhein-Sieg sheet (8 workstations, 4 offices).
  const personen = 2 + 1 + 1 + zusatz + Math.ceil(lehrkraefte);
  return {
    id: neueId("sz"),
    name: kreis ? "KI Kreis ab 2017" : "KI kreisfreie Stadt ab 2017",
    typ: "ki",
    koerperschaft,
    jahr: 2017,
    stellen: [
      stelle("Pädagogische Fachkraft", "EG 9b", 2),
      stelle("Verwaltung", "EG 9c", 1),
      stelle("Assistenz", "EG 6", 0.5),
      stelle("Zusätzliche Fachkraft (Ausbau)", "EG 9b", zusatz, "zusatz", AUSBAU_AB),
      stelle("Lehrkraft (vom Land abgeordnet)", "Lehrkraft", 2, "landeslehrer"),
      stelle("Lehrkraft (Ausbau, vom Land abgeordnet)", "Lehrkraft", lehrkraefteAusbau, "landeslehrer", AUSBAU_AB),
    ],
    personalkostenPauschale: null,
    satztabelle: AGEBV_TABELLE,
    arbeitsplaetze: personen,
    bueros: Math.ceil(personen / 2),
    projektmittel: 5000,
    ...rskSaetze(),
    erstattung: { aktiv: true, regelwerk: "auto", sachausgaben: 0 },
    erlaeuterungen: { projektmittel: "geschätzter Wert wie Rhein-Sieg 2013" },
    quelle: BEISPIEL_2017_QUELLE,
    fussnote: "",
  };
}

export const VORLAGEN: readonly Vorlage[] = [
  {
    id: "rsk-2013-derzeitig",
    titel: "Rhein-Sieg-Kreis 2013 – derzeitige Struktur",
    quelle: RSK_SATZQUELLE,
    erzeuge: rskDerzeitig,
  },
  { id: "rsk-2013-kiz", titel: "Rhein-Sieg-Kreis 2013 – KIZ", quelle: RSK_SATZQUELLE, erzeuge: rskKiz },
  {
    id: "kreis-2017",
    titel: "Kreis – KI ab 2017 (Beispiel)",
    quelle: BEISPIEL_2017_QUELLE,
    erzeuge: () => ki2017("Kreis"),
  },
  {
    id: "stadt-2017",
    titel: "Kreisfreie Stadt – KI ab 2017 (Beispiel)",
    quelle: BEISPIEL_2017_QUELLE,
    erzeuge: () => ki2017("kreisfreie Stadt"),
  },
];

/** A preset bundle: the Rhein-Sieg comparison as two scenarios, baseline first. */
export const VORLAGEN_SAETZE: ReadonlyArray<{ id: string; titel: string; vorlagen: string[] }> = [
  {
    id: "rhein-sieg-2013",
    titel: "Rhein-Sieg-Kreis 2013 (Vergleich)",
    vorlagen: ["rsk-2013-derzeitig", "rsk-2013-kiz"],
  },
  { id: "kreis-2017", titel: "Kreis ab 2017 (Beispiel)", vorlagen: ["rsk-2013-derzeitig", "kreis-2017"] },
  { id: "stadt-2017", titel: "Kreisfreie Stadt ab 2017 (Beispiel)", vorlagen: ["stadt-2017"] },
];

export function erzeugeVorlage(id: string): Szenario {
  const v = VORLAGEN.find((x) => x.id === id);
  if (!v) throw new Error(`Unbekannte Vorlage ${id}`);
  return v.erzeuge();
}

export function erzeugeVorlagenSatz(id: string): Szenario[] {
  const satz = VORLAGEN_SAETZE.find((x) => x.id === id);
  if (!satz) throw new Error(`Unbekannter Vorlagensatz ${id}`);
  return satz.vorlagen.map(erzeugeVorlage);
}

export function leeresSzenario(): Szenario {
  return {
    id: neueId("sz"),
    name: "Neues Szenario",
    typ: "ki",
    koerperschaft: "Kreis",
    jahr: new Date().getFullYear(),
    stellen: [],
    personalkostenPauschale: null,
    satztabelle: "RSK2013",
    arbeitsplaetze: 0,
    bueros: 0,
    projektmittel: 0,
    ...rskSaetze(),
    erstattung: { aktiv: false, regelwerk: "auto", sachausgaben: 0 },
    erlaeuterungen: {},
    quelle: "",
    fussnote: "",
  };
}
