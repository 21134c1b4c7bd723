/**
 * Seed 004's case as the product holds it (issue 27): a Kreis's KI for 2013, decided on 18.12.2012
 * under the 2012 guideline, frozen as a Stand; its posts are filled only from September 2013. The
 * same figures as tests/core/planIst/seed004.test.ts, where every expected amount is worked out by
 * hand: Fachkraft 60.000 € ×2, Verwaltung 48.000 €, ½ Assistenz 21.000 €, overhead 30 %, IT
 * 3 × 3.000 €, rooms 2 × 6.000 €, project funds 10.000 €.
 */
import { erstelleStand, type Stand } from "../../src/scenario/staende";
import type { GespeicherteOptionen } from "../../src/scenario/speicherformat";
import type { Szenario } from "../../src/scenario/modell";

export function seed004Szenario(): Szenario {
  const stelle = (
    id: string,
    bezeichnung: string,
    position: "Fachkraft" | "Verwaltung" | "Assistenz",
    anteil: number,
    satz: number,
  ) => ({
    id,
    bezeichnung,
    gruppe: position === "Fachkraft" ? "EG 10" : position === "Verwaltung" ? "EG 8" : "EG 5",
    anteil,
    eigenerSatz: satz,
    art: "kommunal" as const,
    foerderposition: position,
  });
  return {
    id: "sz-kiz-2013",
    name: "KIZ 2013",
    typ: "ki",
    koerperschaft: "Kreis",
    jahr: 2013,
    stellen: [
      stelle("st-fk1", "Fachkraft 1", "Fachkraft", 1, 60_000),
      stelle("st-fk2", "Fachkraft 2", "Fachkraft", 1, 60_000),
      stelle("st-vw", "Verwaltung", "Verwaltung", 1, 48_000),
      stelle("st-as", "Assistenz", "Assistenz", 0.5, 42_000),
    ],
    personalkostenPauschale: null,
    satztabelle: "RSK2013",
    arbeitsplaetze: 3,
    bueros: 2,
    projektmittel: 10_000,
    querschnittssatz: 0.3,
    itSatz: 3_000,
    raumSatz: 6_000,
    erstattung: { aktiv: true, regelwerk: "auto", sachausgaben: 0 },
    erlaeuterungen: {},
    quelle: "",
    fussnote: "",
  };
}

export const SEED004_OPTIONEN: GespeicherteOptionen = {
  modus: "nativ",
  vorlageNr: "",
  mehrjahrAktiv: false,
  mehrjahr: null,
  umlageAktiv: false,
  umlage: [],
};

export function seed004Stand(): Stand {
  return erstelleStand(
    {
      id: "stand-kt-2012-12-18",
      bezeichnung: "Kreistag 18.12.2012",
      datum: "2012-12-18",
      szenarien: [seed004Szenario()],
      optionen: SEED004_OPTIONEN,
      regelwerke: [{ szenarioId: "sz-kiz-2013", regelId: "NRW-2012", titel: "Förderrichtlinie KI 2012" }],
      ergebnisse: [],
    },
    new Date("2012-12-18T17:00:00Z"),
  );
}

/**
 * The actuals as a finance system exports them, one row per post or line and a column per month
 * (German numbers, semicolons), up to October 2013. Nobody was paid before September.
 */
export const SEED004_IST_CSV = [
  "Schlüssel;Bezeichnung;Jan;Feb;Mär;Apr;Mai;Jun;Jul;Aug;Sep;Okt;Nov;Dez",
  "Fachkraft 1;Pädagogische Fachkraft;0;0;0;0;0;0;0;0;5.100,00;5.100,00;;",
  "Fachkraft 2;Pädagogische Fachkraft;0;0;0;0;0;0;0;0;4.950,50;4.950,50;;",
  "Verwaltung;Verwaltungskraft;0;0;0;0;0;0;0;0;4.000,00;4.000,00;;",
  "Assistenz;Verwaltungsassistenz;0;0;0;0;0;0;0;0;0;1.800,00;;",
  "Raum;Miete Büros;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;1.000,00;;",
  "IT;IT-Ausstattung;0;0;0;0;0;0;0;0;4.500,00;0;;",
  "Projektmittel;Projekte;0;0;0;0;0;0;0;0;0;2.000,00;;",
].join("\r\n");
