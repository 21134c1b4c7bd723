/** The value cells of the assumption block: one per assumption and scenario. */
import { BEZUGSANTEIL, EIGENES_REGELWERK_ID, FOERDERPOSITIONEN, type Foerderregel, gueltigkeitText } from "../../core";
import { satztabelleDes } from "../../scenario";
import { zelle } from "../adressen";
import type { Zelle } from "../plan";
import { euro } from "../raster";
import { ZAHLENFORMAT, euroFormat } from "../stil";
import type { SzenarioDaten } from "../szenarioDaten";
import { type AnnahmeSchluessel, type AnnahmenLayout, STELLEN_ART_TEXT } from "./bezuege";

const ART_TEXT = STELLEN_ART_TEXT;

function tatbestand<A extends Foerderregel["tatbestaende"][number]["art"]>(
  regel: Foerderregel | null,
  art: A,
): Extract<Foerderregel["tatbestaende"][number], { art: A }> | null {
  const t = regel?.tatbestaende.find((x) => x.art === art);
  return (t as Extract<Foerderregel["tatbestaende"][number], { art: A }> | undefined) ?? null;
}

export interface Wertzelle {
  zelle: Zelle;
  zahlenformat?: string;
  eingabe: boolean;
}

function wert(zahl: number, zahlenformat: string): Wertzelle {
  return { zelle: { zahl }, zahlenformat, eingabe: true };
}

function text(t: string, eingabe = true): Wertzelle {
  return { zelle: { text: t }, eingabe };
}

function betrag(x: number): Wertzelle {
  return wert(x, euroFormat(x));
}

/** Formulas that read the staff table of one scenario. */
export interface StellenBereiche {
  art: string;
  anteil: string;
  kosten: string;
}

export function annahmeWert(
  d: SzenarioDaten,
  k: Exclude<AnnahmeSchluessel, "name">,
  spalte: number,
  layout: AnnahmenLayout,
  stellen: StellenBereiche,
): Wertzelle {
  const s = d.szenario;
  const eigene = (x: AnnahmeSchluessel) => zelle(layout.zeileVon(x), spalte);
  switch (k) {
    case "typ":
      return text(s.typ === "ki" ? "Kommunales Integrationszentrum" : "derzeitige Struktur", false);
    case "koerperschaft":
      return text(s.koerperschaft);
    case "jahr":
      return wert(s.jahr, ZAHLENFORMAT.jahr);
    case "satztabelle": {
      let id = s.satztabelle;
      try {
        id = satztabelleDes(s).id;
      } catch {
        // The validator reports an unknown table; the sheet shows what was entered.
      }
      return text(id, false);
    }
    case "pauschale":
      return s.personalkostenPauschale ? betrag(s.personalkostenPauschale.betrag) : text("keine", false);
    case "arbeitsplaetze":
      return wert(s.arbeitsplaetze, ZAHLENFORMAT.anzahl);
    case "bueros":
      return wert(s.bueros, ZAHLENFORMAT.anzahl);
    case "projektmittel":
      return betrag(s.projektmittel);
    case "querschnittssatz":
      // 28,1 % (AGebV) must not show as "28%": whole percents as such, any other with two decimals.
      return wert(
        s.querschnittssatz,
        Number.isInteger(Number((s.querschnittssatz * 100).toPrecision(12)))
          ? ZAHLENFORMAT.prozent
          : ZAHLENFORMAT.prozentGenau,
      );
    case "itSatz":
      return betrag(s.itSatz);
    case "raumSatz":
      return betrag(s.raumSatz);
    case "erstattung":
      return text(s.erstattung.aktiv ? "ja" : "nein");
    case "sachausgaben":
      return betrag(s.erstattung.sachausgaben);
    case "regelwerk":
    case "regelwerkTitel":
    case "landespauschale":
    case "zusatzstelleSatz":
    case "maxZusatzstellen":
    case "sachausgabenpauschale":
      return (d.regel?.id === EIGENES_REGELWERK_ID && tabellenWert(d, k, layout)) || foerderWert(d, k);
    default:
      return berechneterWert(d, k, eigene, stellen);
  }
}

type FoerderSchluessel =
  | "regelwerk"
  | "regelwerkTitel"
  | "landespauschale"
  | "zusatzstelleSatz"
  | "maxZusatzstellen"
  | "sachausgabenpauschale";

/** The rule set and its caps, as the scenario's year selects them. */
function foerderWert(d: SzenarioDaten, k: FoerderSchluessel): Wertzelle {
  const s = d.szenario;
  const entfaellt = text("entfällt", false);
  switch (k) {
    case "regelwerk":
      return d.regel ? text(d.regel.id) : text("—", false);
    case "regelwerkTitel":
      if (d.regel?.id === EIGENES_REGELWERK_ID) {
        return text(`Eigenes Regelwerk „${d.regel.titel}“ (${d.regel.finanzierungsart}; in jedem Jahr)`, false);
      }
      return d.regel
        ? text(`${d.regel.titel} (${gueltigkeitText(d.regel)}) – ${d.regel.status}`, false)
        : text(`kein Regelwerk für ${s.jahr}`, false);
    case "landespauschale": {
      const t = tatbestand(d.regel, "grundfoerderung");
      return t ? betrag(euro(t.hoechstbetrag)) : entfaellt;
    }
    case "zusatzstelleSatz": {
      const t = tatbestand(d.regel, "zusatzstellen");
      return t ? betrag(euro(t.jeStelle)) : entfaellt;
    }
    case "maxZusatzstellen": {
      const t = tatbestand(d.regel, "zusatzstellen");
      return t ? wert(t.maxStellen[s.koerperschaft], ZAHLENFORMAT.anzahl) : entfaellt;
    }
    case "sachausgabenpauschale": {
      const t = tatbestand(d.regel, "sachausgaben");
      return t ? betrag(euro(t.hoechstbetrag)) : entfaellt;
    }
  }
}

/**
 * The caps of the own rule set as formulas on its table below, so an edit there reaches both
 * formula modes; null where the table has no such row (the rule data's "entfällt" then).
 */
function tabellenWert(d: SzenarioDaten, k: FoerderSchluessel, layout: AnnahmenLayout): Wertzelle | null {
  const t = layout.eigenesRegelwerk;
  if (!t || k === "regelwerk" || k === "regelwerkTitel") return null;
  const zeile = (label: string) => t.zeilen.findIndex(([l], i) => i > 0 && l === label);
  const z = (label: string, sp: 1 | 2) => zelle(t.kopfZeile + zeile(label), sp, true);
  const fertig = (formel: string, ergebnis: number, zahlenformat: string): Wertzelle => ({
    zelle: { formel, ergebnis },
    zahlenformat,
    eingabe: false,
  });
  if (k === "landespauschale") {
    const terme = FOERDERPOSITIONEN.filter((p) => zeile(p) > 0).map((p) => `${z(p, 1)}*${z(p, 2)}/${BEZUGSANTEIL[p]}`);
    const t0 = tatbestand(d.regel, "grundfoerderung");
    return fertig(`=ROUND(${terme.join("+") || "0"},2)`, euro(t0?.hoechstbetrag ?? 0), ZAHLENFORMAT.euro);
  }
  const zusatz = tatbestand(d.regel, "zusatzstellen");
  if (k === "zusatzstelleSatz" && zusatz)
    return fertig(`=${z("Zusatzstelle", 1)}`, euro(zusatz.jeStelle), ZAHLENFORMAT.euro);
  if (k === "maxZusatzstellen" && zusatz) {
    return fertig(`=${z("Zusatzstelle", 2)}`, zusatz.maxStellen[d.szenario.koerperschaft], ZAHLENFORMAT.anzahl);
  }
  const sach = tatbestand(d.regel, "sachausgaben");
  if (k === "sachausgabenpauschale" && sach)
    return fertig(`=${z("Sachausgaben", 1)}`, euro(sach.hoechstbetrag), ZAHLENFORMAT.euro);
  return null;
}

type BerechneterSchluessel = "personalkostenGrund" | "personalkostenZusatz" | "zusatzstellen" | "personalkosten";

/** Rows computed from the staff table below and from each other. */
function berechneterWert(
  d: SzenarioDaten,
  k: BerechneterSchluessel,
  eigene: (x: AnnahmeSchluessel) => string,
  stellen: StellenBereiche,
): Wertzelle {
  const s = d.szenario;
  switch (k) {
    case "personalkostenGrund": {
      const formel = s.personalkostenPauschale
        ? `=ROUND(${eigene("pauschale")},2)`
        : `=SUMIF(${stellen.art},"${ART_TEXT.kommunal}",${stellen.kosten})`;
      return {
        zelle: { formel, ergebnis: euro(d.ergebnis.personal.grund) },
        zahlenformat: ZAHLENFORMAT.euro,
        eingabe: false,
      };
    }
    case "personalkostenZusatz":
      return {
        zelle: {
          formel: `=SUMIF(${stellen.art},"${ART_TEXT.zusatz}",${stellen.kosten})`,
          ergebnis: euro(d.ergebnis.personal.zusatz),
        },
        zahlenformat: ZAHLENFORMAT.euro,
        eingabe: false,
      };
    case "zusatzstellen":
      return {
        zelle: {
          formel: `=SUMIF(${stellen.art},"${ART_TEXT.zusatz}",${stellen.anteil})`,
          ergebnis: d.ergebnis.personal.zusatzstellen,
        },
        zahlenformat: ZAHLENFORMAT.anzahl,
        eingabe: false,
      };
    case "personalkosten":
      return {
        zelle: {
          formel: `=${eigene("personalkostenGrund")}+${eigene("personalkostenZusatz")}`,
          ergebnis: euro(d.ergebnis.personal.gesamt),
        },
        zahlenformat: ZAHLENFORMAT.euro,
        eingabe: false,
      };
  }
}
