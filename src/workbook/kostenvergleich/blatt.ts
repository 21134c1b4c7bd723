/**
 * Sheet "Kostenvergleich", laid out like the Rhein-Sieg "Kostenaufstellung Integrationsarbeit":
 * the eight cost lines, one amount and one explanation column per scenario, then the difference
 * of each scenario to the baseline (the first scenario). Every amount is a live formula on
 * "Annahmen"; the expected value travels along as `ergebnis`.
 */
import { ZEILEN, regelMitStatus } from "../../core";
import { type Kostenzeile, eigenesRegelwerkVon } from "../../scenario";
import { bereich, blattBezug, zeilenSpanne, zelle } from "../adressen";
import {
  BLATT_ANNAHMEN,
  BLATT_KOSTENVERGLEICH,
  KOSTEN_NAMEN,
  STELLEN_ART_TEXT,
  STELLEN_SPALTEN,
  VERGLEICH_KOPFZEILE,
  type AnnahmeSchluessel,
  type AnnahmenLayout,
  type VergleichLayout,
  type ZuwendungsBereiche,
  vergleichLayout,
  workbookName,
  eigenesRegelwerkBereich,
  zuwendungsBereich,
} from "../annahmen/bezuege";
import { type ErlaeuterungsBezuege, erlaeuterungsZelle } from "./erlaeuterungen";
import { datumText, druckA4Quer } from "../druck";
import type { ErstattungsBezuege, Formelsatz } from "../formeln";
import type { ArbeitsmappenOptionen, BlattPlan, NamePlan } from "../plan";
import { Raster, euro } from "../raster";
import { STIL, ZAHLENFORMAT, zahlenformat } from "../stil";
import type { SzenarioDaten } from "../szenarioDaten";

export const DIAGRAMM_NAME = "KI_Kostenvergleich";

const SUMMENZEILEN: readonly Kostenzeile[] = ["gesamtkosten", "eigenanteil"];
const DIAGRAMM_ZEILEN: readonly Kostenzeile[] = ["gesamtkosten", "landeserstattung", "eigenanteil"];
const DIAGRAMM_HOEHE = 18;
const DIAGRAMM_DATEN_HINWEIS = "Quelle des Diagramms (außerhalb des Druckbereichs):";

function vergleichTitel(daten: readonly SzenarioDaten[]): string {
  return `Kostenaufstellung Integrationsarbeit: ${daten.map((d) => d.szenario.name).join(" / ")}`;
}

/** Everything the parts of the sheet share while it is built. */
interface Bau {
  r: Raster;
  daten: readonly SzenarioDaten[];
  v: VergleichLayout;
  a: AnnahmenLayout;
  formeln: Formelsatz;
  namen: NamePlan[];
}

function kopf(b: Bau, datum: Date): void {
  const { r, v, daten } = b;
  const letzteSpalte = v.letzteSpalte;
  r.text(0, 0, vergleichTitel(daten), STIL.titel);
  r.text(0, letzteSpalte, `Stand: ${datumText(datum)}`, STIL.rechtsbuendig);
  r.text(1, 0, b.formeln.beschreibung, STIL.erlaeuterung);
  const k = VERGLEICH_KOPFZEILE;
  r.text(k, 0, "Kostenart");
  daten.forEach((d, i) => {
    r.text(k, v.betragSpalte(i), d.szenario.name);
    r.text(k, v.erlaeuterungSpalte(i), "Erläuterung");
  });
  for (let j = 1; j < daten.length; j++) {
    r.text(k, v.differenzSpalte(j), `Differenz ${daten[j].szenario.name} – ${daten[0].szenario.name}`);
  }
  r.formatiere(k, 0, k, letzteSpalte, STIL.kopfzeileMitLinie);
}

/** The refund's inputs: cells on "Annahmen". */
function erstattungsBezuege(
  an: (k: AnnahmeSchluessel) => string,
  zuwendungen: ZuwendungsBereiche | null,
): ErstattungsBezuege {
  const summe = (art: string, spalte: "zuwendung" | "gefoerdert") =>
    zuwendungen ? `SUMIF(${zuwendungen.art},"${art}",${zuwendungen[spalte]})` : "";
  return {
    aktiv: an("erstattung"),
    jahr: an("jahr"),
    koerperschaft: an("koerperschaft"),
    regelwerk: an("regelwerk"),
    // Per-post caps: the posts' grants on „Annahmen“, each already within its cap, so their sum
    // stays within the maximum both modes apply to it (extra posts: with their funded shares).
    personalkostenGrund: zuwendungen?.grundJeStelle
      ? summe(STELLEN_ART_TEXT.kommunal, "zuwendung")
      : an("personalkostenGrund"),
    personalkostenZusatz: zuwendungen ? summe(STELLEN_ART_TEXT.zusatz, "zuwendung") : an("personalkostenZusatz"),
    zusatzstellen: zuwendungen ? summe(STELLEN_ART_TEXT.zusatz, "gefoerdert") : an("zusatzstellen"),
    sachausgaben: an("sachausgaben"),
    landespauschale: an("landespauschale"),
    zusatzstelleSatz: an("zusatzstelleSatz"),
    maxZusatzstellen: an("maxZusatzstellen"),
    sachausgabenpauschale: an("sachausgabenpauschale"),
  };
}

/** The refund's inputs of scenario `i`; the own rule set is its table on "Annahmen". */
function erstattungFuer(b: Bau, d: SzenarioDaten, i: number, an: (k: AnnahmeSchluessel) => string) {
  const e = erstattungsBezuege(an, zuwendungsBereich(b.a, i));
  const tabelle = eigenesRegelwerkVon(d.szenario) ? eigenesRegelwerkBereich(b.a) : null;
  return tabelle ? { ...e, regelwerkBereich: tabelle } : e;
}

/** The eight cost-line formulas of scenario `i`, all reading "Annahmen". */
function kostenFormeln(b: Bau, d: SzenarioDaten, i: number, an: (k: AnnahmeSchluessel) => string) {
  const { v, formeln } = b;
  const sp = v.betragSpalte(i);
  const hier = (k: Kostenzeile) => zelle(v.zeileVon(k), sp);
  const formel: Record<Kostenzeile, string> = {
    personalkosten: `=${an("personalkosten")}`,
    querschnittskosten: formeln.querschnitt(hier("personalkosten"), an("querschnittssatz")),
    it: formeln.it(an("arbeitsplaetze"), an("itSatz")),
    raum: formeln.raum(an("bueros"), an("raumSatz")),
    projektmittel: `=ROUND(${an("projektmittel")},2)`,
    gesamtkosten: `=SUM(${bereich(v.zeileVon("personalkosten"), sp, v.zeileVon("projektmittel"), sp)})`,
    landeserstattung: formeln.erstattung(erstattungFuer(b, d, i, an), d.ergebnis.regel ?? d.regel),
    eigenanteil: formeln.eigenanteil(hier("gesamtkosten"), hier("landeserstattung")),
  };
  return formel;
}

/** Amount and explanation columns of one scenario, with the workbook names of its totals. */
function szenarioSpalten(b: Bau, d: SzenarioDaten, i: number): void {
  const { r, v, a } = b;
  const sp = v.betragSpalte(i);
  const an = (k: AnnahmeSchluessel) => blattBezug(BLATT_ANNAHMEN, zelle(a.zeileVon(k), a.wertSpalte(i), true));
  const stellen = a.stellen[i];
  const stellenSpalte = (s: number) =>
    blattBezug(BLATT_ANNAHMEN, bereich(stellen.ersteZeile, s, stellen.ersteZeile + stellen.zeilen - 1, s, true));
  const erlBezuege: ErlaeuterungsBezuege = {
    annahme: an,
    stellenArt: stellenSpalte(STELLEN_SPALTEN.art),
    stellenAnteil: stellenSpalte(STELLEN_SPALTEN.anteil),
  };
  const formel = kostenFormeln(b, d, i, an);
  for (const { schluessel, label } of ZEILEN) {
    const z = v.zeileVon(schluessel);
    r.formel(z, sp, formel[schluessel], euro(d.ergebnis.aufstellung[schluessel]));
    const erl = erlaeuterungsZelle(d.szenario, schluessel, d.ergebnis.erlaeuterungen[schluessel], erlBezuege);
    if (erl) r.setze(z, v.erlaeuterungSpalte(i), erl);
    const stamm = KOSTEN_NAMEN[schluessel];
    if (stamm) {
      b.namen.push({
        name: workbookName(stamm, i),
        bezug: zelle(z, sp, true),
        kommentar: `${label} – ${d.szenario.name}`,
      });
    }
  }
}

/** Labels and the difference of every scenario to the baseline. */
function differenzen(b: Bau): void {
  const { r, v, daten } = b;
  for (const { schluessel, label } of ZEILEN) {
    const z = v.zeileVon(schluessel);
    r.text(z, 0, label);
    for (let j = 1; j < daten.length; j++) {
      const basis = zelle(z, v.betragSpalte(0));
      const anderes = zelle(z, v.betragSpalte(j));
      const diffCent = daten[j].ergebnis.aufstellung[schluessel] - daten[0].ergebnis.aufstellung[schluessel];
      r.formel(z, v.differenzSpalte(j), `=${anderes}-${basis}`, euro(diffCent));
    }
  }
}

function tabellenFormate(b: Bau): void {
  const { r, v, daten } = b;
  const erste = v.zeileVon("personalkosten");
  const letzte = v.letzteKostenZeile;
  const letzteSpalte = v.letzteSpalte;
  daten.forEach((_, i) =>
    r.formatiere(erste, v.betragSpalte(i), letzte, v.betragSpalte(i), zahlenformat(ZAHLENFORMAT.euro)),
  );
  daten.forEach((_, i) =>
    r.formatiere(erste, v.erlaeuterungSpalte(i), letzte, v.erlaeuterungSpalte(i), { ...STIL.quelle, ...STIL.umbruch }),
  );
  for (let j = 1; j < daten.length; j++) {
    r.formatiere(erste, v.differenzSpalte(j), letzte, v.differenzSpalte(j), zahlenformat(ZAHLENFORMAT.differenz));
  }
  for (const k of SUMMENZEILEN) r.formatiere(v.zeileVon(k), 0, v.zeileVon(k), letzteSpalte, STIL.summe);
  r.formatiere(v.zeileVon("eigenanteil"), 0, v.zeileVon("eigenanteil"), letzteSpalte, STIL.doppelLinieUnten);
  r.formatiere(VERGLEICH_KOPFZEILE, 0, letzte, letzteSpalte, STIL.tabelle);
}

/** Notes: the original sheet's footnote, the sources. Returns the first row after them. */
function anmerkungen(b: Bau): number {
  const { r } = b;
  const szenarien = b.daten.map((d) => d.szenario);
  let z = b.v.letzteKostenZeile + 2;
  const fussnoten = [...new Set(szenarien.map((s) => s.fussnote.trim()).filter((f) => f !== ""))];
  for (const f of fussnoten) {
    const betroffen = szenarien.filter((s) => s.fussnote.trim() === f).map((s) => s.name);
    const fuer = betroffen.length === szenarien.length ? "" : ` (${betroffen.join(", ")})`;
    r.text(z++, 0, `Anmerkung${fuer}: ${f}`, STIL.hinweis);
  }
  const quellen = [...new Set(szenarien.map((s) => s.quelle.trim()).filter((q) => q !== ""))];
  if (quellen.length > 0) r.text(z++, 0, `Quelle: ${quellen.join("; ")}`, STIL.quelle);
  for (const d of b.daten) {
    const regel = d.ergebnis.regel;
    if (regel) r.text(z++, 0, `Landeserstattung „${d.szenario.name}“: ${regelMitStatus(regel)}.`, STIL.quelle);
  }
  r.text(z++, 0, `Alle Beträge in € je Jahr; Annahmen und Sätze siehe Blatt „${BLATT_ANNAHMEN}“.`, STIL.quelle);
  return z + 1;
}

/**
 * Chart data: a small labelled block right of the printed table (categories down, one column per
 * scenario). Under the table it would share the wide "Erläuterung" columns and clutter the print.
 * Returns its range.
 */
function diagrammdaten(b: Bau): { spalte: number; bereich: string; bis: number } {
  const { r, v, daten } = b;
  const datenSpalte = v.letzteSpalte + 2;
  const datenKopf = VERGLEICH_KOPFZEILE;
  const datenEnde = datenKopf + DIAGRAMM_ZEILEN.length;
  const datenBis = datenSpalte + daten.length;
  r.text(datenKopf - 1, datenSpalte, DIAGRAMM_DATEN_HINWEIS, STIL.hinweis);
  r.text(datenKopf, datenSpalte, "Diagrammdaten");
  daten.forEach((d, i) => r.text(datenKopf, datenSpalte + 1 + i, d.szenario.name));
  DIAGRAMM_ZEILEN.forEach((k, m) => {
    const zeile = datenKopf + 1 + m;
    r.text(zeile, datenSpalte, ZEILEN.find((x) => x.schluessel === k)!.label);
    daten.forEach((d, i) =>
      r.formel(
        zeile,
        datenSpalte + 1 + i,
        `=${zelle(v.zeileVon(k), v.betragSpalte(i))}`,
        euro(d.ergebnis.aufstellung[k]),
      ),
    );
  });
  r.formatiere(datenKopf, datenSpalte, datenKopf, datenBis, STIL.kopfzeileMitLinie);
  r.formatiere(datenKopf + 1, datenSpalte + 1, datenEnde, datenBis, zahlenformat(ZAHLENFORMAT.euro));
  r.formatiere(datenKopf, datenSpalte, datenEnde, datenBis, STIL.tabelle);
  return { spalte: datenSpalte, bereich: bereich(datenKopf, datenSpalte, datenEnde, datenBis), bis: datenBis };
}

export function baueKostenvergleich(
  daten: readonly SzenarioDaten[],
  optionen: ArbeitsmappenOptionen,
  formeln: Formelsatz,
  a: AnnahmenLayout,
): BlattPlan {
  const n = daten.length;
  const v = vergleichLayout(n);
  const b: Bau = { r: new Raster(), daten, v, a, formeln, namen: [] };
  kopf(b, optionen.datum);
  daten.forEach((d, i) => szenarioSpalten(b, d, i));
  differenzen(b);
  tabellenFormate(b);
  // The chart itself is part of the printout, below the notes.
  const diagrammVon = anmerkungen(b);
  const diagrammBis = diagrammVon + DIAGRAMM_HOEHE - 1;
  const quelle = diagrammdaten(b);

  const breiten: number[] = [30];
  for (let i = 0; i < n; i++) breiten.push(16, 40);
  for (let j = 1; j < n; j++) breiten.push(20);
  breiten.push(3, 28, ...daten.map(() => 16));
  return {
    name: BLATT_KOSTENVERGLEICH,
    modus: formeln.modus,
    zellen: b.r.zellen(quelle.bis + 1),
    formate: b.r.formate,
    spaltenbreiten: breiten,
    namen: b.namen,
    diagramme: [
      {
        name: DIAGRAMM_NAME,
        typ: "saeulen",
        daten: quelle.bereich,
        reihenIn: "spalten",
        titel: "Kostenvergleich (€ je Jahr)",
        von: zelle(diagrammVon, 0),
        bis: zelle(diagrammBis, Math.min(v.letzteSpalte, Math.max(4, n + 2))),
      },
    ],
    druck: druckA4Quer({
      druckbereich: bereich(0, 0, diagrammBis, v.letzteSpalte),
      titelzeilen: zeilenSpanne(0, VERGLEICH_KOPFZEILE),
      kopf: { titel: "Kostenvergleich Integrationsarbeit", datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      fusszeileLinks: formeln.beschreibung,
    }),
  };
}
