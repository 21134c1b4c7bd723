/**
 * Computes a scenario with the same core as the KI.* functions, so the pane's live comparison and
 * the workbook can never disagree.
 */
import {
  Cent,
  Erstattung,
  Foerderregel,
  Foerderstelle,
  GrundstellenKosten,
  KiFehler,
  Kostenstruktur,
  Kostenaufstellung,
  berechneErstattung,
  berechneKostenaufstellung,
  euroZuCent,
  findeFoerderregelNachId,
  foerderregelFuerJahr,
  formatEuro,
  imZeitraum,
  satzImJahr,
  zeitraumText,
  Zeitplan,
  Zeitstelle,
} from "../core";
import { deutsch } from "../core/zahlformat";
import { baueEigenesRegelwerk, istEigenesRegelwerk } from "./eigenesRegelwerk";
import { satztabelleDes } from "./eigeneSatztabelle";
import type { Kostenzeile, Stelle, Szenario } from "./modell";

export interface Personalaufstellung {
  /** All personnel costs the municipality pays. */
  gesamt: Cent;
  /** Personnel costs of the municipal base posts (eligible for the base funding). */
  grund: Cent;
  /** Personnel costs of the extra posts (eligible from 2017). */
  zusatz: Cent;
  zusatzstellen: number;
  landeslehrer: number;
  /** The base posts one by one when every one has a Förderposition (per-post caps); else null. */
  grundstellen: GrundstellenKosten[] | null;
  /** The extra posts one by one (each capped on its own), in listed order. */
  zusatzposten: Foerderstelle[];
}

export interface SzenarioErgebnis {
  aufstellung: Kostenaufstellung;
  personal: Personalaufstellung;
  regel: Foerderregel | null;
  erstattung: Erstattung | null;
  erlaeuterungen: Record<Kostenzeile, string>;
}

/** A post's rate in the scenario's year: its own, or the table's carried as scenario/satzjahr says. */
export function stellenSatzCent(st: Stelle, s: Szenario): Cent {
  if (st.eigenerSatz !== null) return euroZuCent(st.eigenerSatz);
  return satzImJahr(satztabelleDes(s), st.gruppe, s.jahr, s.satzSteigerung).cent;
}

/** A post's yearly cost in the scenario's year: its rate × its share, whole cents. */
export function stellenKostenCent(st: Stelle, s: Szenario): Cent {
  return Math.round(stellenSatzCent(st, s) * st.anteil);
}

/** Whether a post exists in a year (its optional first and last year). */
export function stelleImJahr(st: Stelle, jahr: number): boolean {
  return imZeitraum(jahr, st.abJahr, st.bisJahr);
}

/** Whether a scenario's Sachausgaben are spent in a year (their optional first and last year). */
export function sachausgabenImJahr(s: Szenario, jahr: number): boolean {
  return imZeitraum(jahr, s.erstattung.sachausgabenAb, s.erstattung.sachausgabenBis);
}

/**
 * Whether the base posts are capped one by one: every costed base post (of any year) has a
 * Förderposition; a stated total of personnel costs is pooled.
 */
export function mitFoerderpositionen(s: Szenario): boolean {
  if (s.personalkostenPauschale) return false;
  const grund = s.stellen.filter((st) => st.art === "kommunal");
  return grund.length > 0 && grund.every((st) => st.foerderposition !== undefined);
}

/** Whether some post or the Sachausgaben have a first or last year. */
export function mitZeitraeumen(s: Szenario): boolean {
  const e = s.erstattung;
  return (
    s.stellen.some((st) => st.abJahr !== undefined || st.bisJahr !== undefined) ||
    e.sachausgabenAb !== undefined ||
    e.sachausgabenBis !== undefined
  );
}

/** The posts of the scenario's year: a post before its first or after its last year neither costs nor is funded. */
export function personalaufstellung(s: Szenario, jahr: number = s.jahr): Personalaufstellung {
  let grund = 0;
  let zusatz = 0;
  let zusatzstellen = 0;
  let landeslehrer = 0;
  const einzeln: GrundstellenKosten[] = [];
  const zusatzposten: Foerderstelle[] = [];
  for (const st of s.stellen) {
    if (!(st.anteil >= 0))
      throw new KiFehler("wert", `Der Stellenanteil von „${st.bezeichnung || st.gruppe}“ ist negativ.`);
    if (!stelleImJahr(st, jahr)) continue;
    if (st.art === "landeslehrer") {
      landeslehrer += st.anteil;
      continue;
    }
    // A stated total replaces the base posts' per-grade costs; extra posts are still costed.
    if (s.personalkostenPauschale && st.art === "kommunal") continue;
    const k = stellenKostenCent(st, s);
    if (st.art === "zusatz") {
      zusatz += k;
      zusatzstellen += st.anteil;
      zusatzposten.push({ kosten: k, anteil: st.anteil });
    } else {
      grund += k;
      if (st.foerderposition) {
        einzeln.push({ position: st.foerderposition, kosten: k, anteil: st.anteil, bezeichnung: st.bezeichnung });
      }
    }
  }
  if (s.personalkostenPauschale) {
    // A stated total covers the municipal base posts: that is what the 2013 sheet reports.
    grund = euroZuCent(s.personalkostenPauschale.betrag);
  }
  const grundstellen = mitFoerderpositionen(s) ? einzeln : null;
  return { gesamt: grund + zusatz, grund, zusatz, zusatzstellen, landeslehrer, grundstellen, zusatzposten };
}

/**
 * The posts and Sachausgaben that exist only in some years, worded for notes and the Vorlage:
 * "Zusätzliche Fachkraft (Ausbau) ab 2017", "Sachausgaben 2017–2019".
 */
export function zeitraumAngaben(s: Szenario): string[] {
  const angaben = s.stellen
    .filter((st) => st.abJahr !== undefined || st.bisJahr !== undefined)
    .map((st) => `${st.bezeichnung || st.gruppe} ${zeitraumText(st.abJahr, st.bisJahr)}`);
  const { sachausgabenAb: ab, sachausgabenBis: bis } = s.erstattung;
  if (ab !== undefined || bis !== undefined) angaben.push(`Sachausgaben ${zeitraumText(ab, bis)}`);
  return angaben;
}

/** The costed posts one by one with their periods, for the years a projection covers; null without periods. */
export function zeitplanAusSzenario(s: Szenario): Zeitplan | null {
  if (!mitZeitraeumen(s)) return null;
  const stellen: Zeitstelle[] = [];
  s.stellen.forEach((st, nr) => {
    if (st.art === "landeslehrer" || (s.personalkostenPauschale && st.art === "kommunal")) return;
    stellen.push({
      art: st.art === "zusatz" ? "zusatz" : "grund",
      kosten: stellenKostenCent(st, s),
      anteil: st.anteil,
      ...(st.foerderposition ? { position: st.foerderposition } : {}),
      bezeichnung: st.bezeichnung,
      ...(st.abJahr !== undefined ? { abJahr: st.abJahr } : {}),
      ...(st.bisJahr !== undefined ? { bisJahr: st.bisJahr } : {}),
      nr,
    });
  });
  const e = s.erstattung;
  // Everyone who needs a desk, seconded teachers and posts inside a stated total included.
  const koepfe = s.stellen.map((st, nr) => ({
    anteil: st.anteil,
    ...(st.abJahr !== undefined ? { abJahr: st.abJahr } : {}),
    ...(st.bisJahr !== undefined ? { bisJahr: st.bisJahr } : {}),
    nr,
  }));
  return {
    stellenjahr: s.jahr,
    stellen,
    koepfe,
    grundPauschal: s.personalkostenPauschale !== null,
    mitPositionen: mitFoerderpositionen(s),
    ...(e.sachausgabenAb !== undefined ? { sachausgabenAb: e.sachausgabenAb } : {}),
    ...(e.sachausgabenBis !== undefined ? { sachausgabenBis: e.sachausgabenBis } : {}),
  };
}

export function regelFuer(s: Szenario): Foerderregel {
  if (istEigenesRegelwerk(s.erstattung.regelwerk)) {
    const eigenes = s.erstattung.eigenesRegelwerk;
    if (!eigenes)
      throw new KiFehler("wert", "Das eigene Regelwerk ist nicht festgelegt (Abschnitt „Eigenes Regelwerk“).");
    return baueEigenesRegelwerk(eigenes);
  }
  return s.erstattung.regelwerk === "auto"
    ? foerderregelFuerJahr(s.jahr)
    : findeFoerderregelNachId(s.erstattung.regelwerk);
}

function anteilText(anteil: number): string {
  if (anteil === 0.5) return "1/2";
  return deutsch(anteil, { maximumFractionDigits: 2 });
}

export function stellenText(stellen: readonly Stelle[]): string {
  const kommunal = stellen.filter((x) => x.art !== "landeslehrer");
  return kommunal
    .map((x) =>
      `${anteilText(x.anteil)} ${x.anteil === 1 || x.anteil === 0.5 ? "Stelle" : "Stellen"} ${x.gruppe}`.trim(),
    )
    .join(", ");
}

function standardErlaeuterungen(
  s: Szenario,
  p: Personalaufstellung,
  regel: Foerderregel | null,
): Record<Kostenzeile, string> {
  const zahl = (n: number) => deutsch(n, { maximumFractionDigits: 2 });
  return {
    personalkosten: s.personalkostenPauschale
      ? s.personalkostenPauschale.erlaeuterung
      : stellenText(s.stellen.filter((st) => stelleImJahr(st, s.jahr))),
    querschnittskosten: `${zahl(s.querschnittssatz * 100)} % der Personalkosten`,
    it: `${zahl(s.arbeitsplaetze)} ${s.arbeitsplaetze === 1 ? "Arbeitsplatz" : "Arbeitsplätze"}`,
    raum: `${zahl(s.bueros)} ${s.bueros === 1 ? "Büro" : "Büros"}`,
    projektmittel: "",
    gesamtkosten: "",
    landeserstattung: regel ? regel.titel : "",
    eigenanteil: p.landeslehrer > 0 ? `zzgl. ${zahl(p.landeslehrer)} Landeslehrkräfte (vom Land bezahlt)` : "",
  };
}

export function berechneSzenario(s: Szenario): SzenarioErgebnis {
  const personal = personalaufstellung(s);
  const projektmittel = euroZuCent(s.projektmittel);
  let regel: Foerderregel | null = null;
  let erstattung: Erstattung | null = null;
  if (s.erstattung.aktiv) {
    const sachausgaben = euroZuCent(s.erstattung.sachausgaben);
    if (sachausgaben > projektmittel) {
      throw new KiFehler(
        "wert",
        `Die Sachausgaben (${formatEuro(sachausgaben)}) müssen in den Projektmitteln (${formatEuro(projektmittel)}) enthalten sein.`,
      );
    }
    regel = regelFuer(s);
    erstattung = berechneErstattung(regel, {
      koerperschaft: s.koerperschaft,
      personalkosten: personal.grund,
      grundstellen: personal.grundstellen,
      zusatzstellen: personal.zusatzstellen,
      zusatzkosten: personal.zusatz,
      zusatzposten: personal.zusatzposten,
      sachausgaben,
    });
  }
  const aufstellung = berechneKostenaufstellung({
    personalkosten: personal.gesamt,
    arbeitsplaetze: s.arbeitsplaetze,
    bueros: s.bueros,
    projektmittel,
    querschnittssatz: s.querschnittssatz,
    itSatz: euroZuCent(s.itSatz),
    raumSatz: euroZuCent(s.raumSatz),
    landeserstattung: erstattung ? erstattung.betrag : 0,
  });
  const standard = standardErlaeuterungen(s, personal, regel);
  const erlaeuterungen = { ...standard };
  for (const k of Object.keys(s.erlaeuterungen) as Kostenzeile[]) {
    const text = s.erlaeuterungen[k];
    if (text !== undefined) erlaeuterungen[k] = text;
  }
  return { aufstellung, personal, regel, erstattung, erlaeuterungen };
}

/** The cost structure the multi-year projection and the break-even analysis work on. */
export function kostenstruktur(s: Szenario, e: SzenarioErgebnis): Kostenstruktur {
  return {
    name: s.name,
    koerperschaft: s.koerperschaft,
    personalGrund: e.personal.grund,
    personalZusatz: e.personal.zusatz,
    grundstellen: e.personal.grundstellen,
    zusatzstellen: e.personal.zusatzstellen,
    zusatzposten: e.personal.zusatzposten,
    querschnittssatz: s.querschnittssatz,
    querschnitt: e.aufstellung.querschnittskosten,
    it: e.aufstellung.it,
    raum: e.aufstellung.raum,
    projektmittel: e.aufstellung.projektmittel,
    sachausgaben: s.erstattung.aktiv ? euroZuCent(s.erstattung.sachausgaben) : 0,
    regelwerk: s.erstattung.aktiv ? s.erstattung.regelwerk : null,
    zeitplan: zeitplanAusSzenario(s),
  };
}
