/**
 * The public per-grade cost table of the federal fee ordinance (AGebV, Anlage 1 Teil B, version of
 * 11.02.2021): the figures as printed (verified) and the annual cost per grade derived from them
 * by the Verordnung's own method (derived). Federal averages, not NRW-municipal costs
 * (AGEBV_VORBEHALT); docs/QUELLEN.md#agebv.
 */
import { alsDezimal, dezimalMal, dezimalPlus, rundeDezimal } from "./dezimal";
import type { Cent } from "./geld";

/** Versorgungszuschlag by career group (§ 7 Abs. 2 AGebV). */
export const VERSORGUNGSZUSCHLAG = { mittlerer: 0.279, gehobener: 0.293, hoeherer: 0.369 } as const;
export const SONSTIGE_PERSONALKOSTEN_BEAMTE = 2950;
export const SONSTIGE_PERSONALKOSTEN_ARBEITNEHMER = 750;

export interface AgebvZeile {
  /** As the product writes it ("A 11", "EG 6"). */
  gruppe: string;
  /** Average taxable gross pay per year, €. */
  brutto: number;
  /** Beamte: Versorgungszuschlag as a fraction; Arbeitnehmer: 0. */
  zuschlag: number;
  /** Arbeitnehmer: employer's social costs per year, €; Beamte: 0. */
  sozial: number;
  /** Other staff costs per year, €. */
  sonstige: number;
  /** Said beside the row where the table leaves something open. */
  hinweis?: string;
}

function beamte(gruppe: string, brutto: number, laufbahn: keyof typeof VERSORGUNGSZUSCHLAG, hinweis?: string) {
  const z: AgebvZeile = {
    gruppe,
    brutto,
    zuschlag: VERSORGUNGSZUSCHLAG[laufbahn],
    sozial: 0,
    sonstige: SONSTIGE_PERSONALKOSTEN_BEAMTE,
  };
  return hinweis ? { ...z, hinweis } : z;
}

function arbeitnehmer(gruppe: string, brutto: number, sozial: number): AgebvZeile {
  return { gruppe, brutto, zuschlag: 0, sozial, sonstige: SONSTIGE_PERSONALKOSTEN_ARBEITNEHMER };
}

export const AGEBV_2021_ZEILEN: readonly AgebvZeile[] = [
  // The table lists A 9 once, without a career group; the gehobener Dienst's surcharge is an assumption.
  beamte("A 9", 40738, "gehobener", "Laufbahngruppe für A 9 angenommen (gehobener Dienst, 29,3 %) – zu prüfen"),
  beamte("A 10", 50215, "gehobener"),
  beamte("A 11", 57815, "gehobener"),
  beamte("A 12", 63344, "gehobener"),
  beamte("A 13 (gD)", 70639, "gehobener"),
  beamte("A 13 (hD)", 65194, "hoeherer"),
  arbeitnehmer("EG 6", 39805, 10623),
  arbeitnehmer("EG 8", 45403, 12315),
  arbeitnehmer("EG 9a", 47884, 12793),
  arbeitnehmer("EG 9b", 52951, 13914),
  arbeitnehmer("EG 9c", 52503, 13464),
  arbeitnehmer("EG 10", 55546, 14472),
  arbeitnehmer("EG 11", 60576, 15551),
  arbeitnehmer("EG 12", 66265, 16632),
  arbeitnehmer("EG 13", 61817, 15590),
];

/**
 * Brutto × (1 + Zuschlag) + Sozialaufwand + sonstige Personalkosten, exactly on the decimals shown,
 * rounded once to whole euros (as ROUND(…;0) on the sheet), in cents.
 */
export function agebvJahreskostenCent(z: AgebvZeile): Cent {
  const faktor = dezimalPlus(alsDezimal(1), alsDezimal(z.zuschlag));
  const summe = dezimalPlus(dezimalMal(alsDezimal(z.brutto), faktor), alsDezimal(z.sozial + z.sonstige));
  const euro = rundeDezimal(summe);
  return Number(euro) * 100;
}

/** AGebV workplace and overhead rates, for comparison with the Kreis's own. */
/** Sacheinzelkosten per workplace: 5.490 + 3.660 + 8.100, less 4 % (derived). */
export const AGEBV_SACHEINZELKOSTEN_CENT: Cent = 1_656_000;
export const AGEBV_GEMEINKOSTENZUSCHLAG = 0.281;
