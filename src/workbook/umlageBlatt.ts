/**
 * The "Umlage" sheet: what each member municipality pays through the Kreisumlage for the KI's
 * extra Eigenanteil (ΔC = Eigenanteil KI − Eigenanteil derzeitige Struktur), in proportion to its
 * Umlagegrundlagen (§ 56 KrO NRW), with the equivalent Hebesatz points and an optional reduction
 * under § 56 Abs. 4 KrO for members that benefit particularly little.
 *
 * Reduction, exactly as src/core/umlage.ts (verteileUmlage) defines it: member i is relieved of
 * round(mᵢ × anteilᵢ); the relieved total is spread over the members with m = 0 in proportion to
 * their Umlagegrundlagen, largest remainder again, so the burdens always sum to ΔC.
 *
 * Mode "ki" spills KI.UMLAGE; mode "nativ" writes the largest-remainder rounding out in helper
 * columns (rounded-down cents, remainder, rank), so both give the same cents.
 */
import {
  Cent,
  KiFehler,
  RHEIN_SIEG_GEMEINDEN,
  Umlageverteilung,
  centZuEuro,
  euroZuCent,
  verteileUmlage,
} from "../core";
import { berechneSzenario } from "../scenario/berechnung";
import type { Szenario } from "../scenario/modell";
import type { Bezugsfunktion } from "./mehrjahrBlatt";
import { EINGABE_HINTERGRUND, GELD, KOPF_HINTERGRUND, PROZENT, Raster, adresse, bereich } from "./mehrjahrRaster";
import type { BlattPlan, UmlageOptionen } from "./plan";
import type { Formelmodus, UmlageMitglied } from "../scenario/optionen";
import { druckA4Quer, type Druckkopf } from "./raster";

export const UMLAGE_BLATTNAME = "Umlage";

/** The 19 members of the Rhein-Sieg-Kreis with blank Umlagegrundlagen: they are not public, users enter their own. */
export function rheinSiegMitglieder(): UmlageMitglied[] {
  return RHEIN_SIEG_GEMEINDEN.map((name) => ({ name, grundlage: null, minderbelastung: 0 }));
}

export interface UmlageBlattEingabe {
  szenarien: readonly Szenario[];
  optionen: UmlageOptionen;
  modus: Formelmodus;
  /** Date and council document number for the printed header, as on the other sheets. */
  druckkopf?: Omit<Druckkopf, "titel">;
  /** Cells holding each scenario's Eigenanteil ("eigenanteil"), e.g. the Kostenvergleich totals. */
  bezug?: Bezugsfunktion;
}

const Z = { titel: 0, untertitel: 1, betrag: 3, summeUg: 4, punkte: 5, umverteilt: 6, hinweis: 7, kopf: 9 } as const;

/** Columns. */
const S = {
  nr: 0,
  name: 1,
  belastung: 2,
  grundlage: 3,
  minder: 4,
  anteil: 5,
  entlastung: 6,
  umverteilung: 7,
  quote: 8,
  traeger: 9,
  // Helper columns of mode "nativ": rounded-down cents, remainder, rank – once for the shares, once for the redistribution.
  ab1: 10,
  rest1: 11,
  rang1: 12,
  ab2: 13,
  rest2: 14,
  rang2: 15,
} as const;

interface Differenz {
  cent: Cent;
  formel: string | null;
  quelle: string;
}

function zusaetzlicherEigenanteil(e: UmlageBlattEingabe): Differenz {
  const basisIndex = e.szenarien.findIndex((s) => s.typ === "derzeitig");
  const kiIndex = e.szenarien.findIndex((s) => s.typ === "ki");
  if (kiIndex < 0) throw new KiFehler("wert", "Für das Umlageblatt fehlt ein KI-Szenario.");
  const eaKi = berechneSzenario(e.szenarien[kiIndex]).aufstellung.eigenanteil;
  const zielKi = e.bezug?.(kiIndex, "eigenanteil") ?? null;
  if (basisIndex < 0) {
    return {
      cent: eaKi,
      formel: zielKi ? `=${zielKi}` : null,
      quelle: `Keine derzeitige Struktur angegeben: voller Eigenanteil von „${e.szenarien[kiIndex].name}“`,
    };
  }
  const eaBasis = berechneSzenario(e.szenarien[basisIndex]).aufstellung.eigenanteil;
  const zielBasis = e.bezug?.(basisIndex, "eigenanteil") ?? null;
  return {
    cent: eaKi - eaBasis,
    formel: zielKi && zielBasis ? `=${zielKi}-${zielBasis}` : null,
    quelle: `Kostenvergleich: Eigenanteil „${e.szenarien[kiIndex].name}“ − Eigenanteil „${e.szenarien[basisIndex].name}“`,
  };
}

function pruefeMitglieder(mitglieder: readonly UmlageMitglied[]): void {
  if (mitglieder.length === 0) throw new KiFehler("wert", "Das Umlageblatt braucht mindestens eine Mitgliedsgemeinde.");
  for (const m of mitglieder) {
    if (m.grundlage !== null && !(m.grundlage >= 0)) {
      throw new KiFehler("zahl", `Die Umlagegrundlagen von „${m.name}“ dürfen nicht negativ sein.`);
    }
    if (!(m.minderbelastung >= 0 && m.minderbelastung <= 1)) {
      throw new KiFehler("zahl", `Die Minderbelastung von „${m.name}“ muss zwischen 0 % und 100 % liegen.`);
    }
  }
}

/** The distribution the sheet will show, or null while no Umlagegrundlagen are entered (all shares 0). */
function erwarteteVerteilung(betrag: Cent, mitglieder: readonly UmlageMitglied[]): Umlageverteilung | null {
  const positionen = mitglieder.map((m) => ({
    grundlage: m.grundlage === null ? 0 : euroZuCent(m.grundlage),
    minderbelastung: m.minderbelastung,
  }));
  if (positionen.every((p) => p.grundlage === 0)) return null;
  try {
    return verteileUmlage(betrag, positionen);
  } catch {
    // Nobody left to carry the reduction: the sheet shows the error itself.
    return null;
  }
}

export function baueUmlageBlatt(e: UmlageBlattEingabe): BlattPlan {
  const mitglieder = e.optionen.mitglieder;
  pruefeMitglieder(mitglieder);
  const delta = zusaetzlicherEigenanteil(e);
  const verteilung = erwarteteVerteilung(delta.cent, mitglieder);
  const anzahl = mitglieder.length;
  const erste = Z.kopf + 1;
  const letzte = erste + anzahl - 1;
  const summenZeile = letzte + 1;
  const nativ = e.modus === "nativ";
  const letzteSpalte = nativ ? S.rang2 : S.traeger;
  const r = new Raster();
  const kopf = { fett: true, hintergrund: KOPF_HINTERGRUND, umbruch: true };
  const spalte = (sp: number) => bereich(erste, sp, letzte, sp, true);
  const summe = (sp: number) => adresse(summenZeile, sp, true);
  // The upper block sits in the wide name column (label), the burden column (value) and the next (note).
  const [L, W, Q] = [S.name, S.belastung, S.grundlage];
  const betrag = adresse(Z.betrag, W, true);
  const summeUg = adresse(Z.summeUg, W, true);
  const umverteilt = adresse(Z.umverteilt, W, true);

  r.text(Z.titel, 0, "Kreisumlage: Belastung der Mitgliedsgemeinden durch das KI", { fett: true, schriftgroesse: 14 });
  r.text(
    Z.untertitel,
    0,
    "Der zusätzliche Eigenanteil des Kreises wird über die Kreisumlage nach den Umlagegrundlagen verteilt (§ 56 KrO NRW): " +
      "Gemeinde i trägt ΔC × UGᵢ / Σ UG.",
    { kursiv: true },
  );

  r.text(Z.betrag, L, "Zusätzlicher Eigenanteil des KI (ΔC, €/Jahr)", { fett: true });
  if (delta.formel) r.formel(Z.betrag, W, delta.formel, centZuEuro(delta.cent), { zahlenformat: GELD, fett: true });
  else r.zahl(Z.betrag, W, centZuEuro(delta.cent), { zahlenformat: GELD, fett: true });
  r.text(Z.betrag, Q, delta.quelle, { kursiv: true });

  const summeUgCent = mitglieder.reduce((s, m) => s + (m.grundlage === null ? 0 : euroZuCent(m.grundlage)), 0);
  r.text(Z.summeUg, L, "Summe der Umlagegrundlagen (€)");
  r.formel(Z.summeUg, W, `=SUM(${spalte(S.grundlage)})`, centZuEuro(summeUgCent), { zahlenformat: GELD });
  r.text(
    Z.summeUg,
    Q,
    "Eigene Eingabe je Gemeinde: Umlagegrundlagen nach dem GFG des Jahres (Steuerkraftmesszahlen + Schlüsselzuweisungen)",
    { kursiv: true },
  );

  r.text(Z.punkte, L, "Entspricht Hebesatzpunkten der Kreisumlage");
  r.formel(
    Z.punkte,
    W,
    `=IF(${summeUg}=0,"–",${betrag}/${summeUg}*100)`,
    verteilung ? verteilung.hebesatzpunkte : "–",
    { zahlenformat: "0.0000", ausrichtung: "rechts" },
  );
  r.text(Z.punkte, Q, "ΔC / Σ Umlagegrundlagen × 100 (Prozentpunkte)", { kursiv: true });

  r.text(Z.umverteilt, L, "Minderbelastung nach § 56 Abs. 4 KrO, umverteilt (€)");
  r.formel(Z.umverteilt, W, `=${summe(S.entlastung)}`, verteilung ? centZuEuro(sum(verteilung.entlastungen)) : 0, {
    zahlenformat: GELD,
  });
  r.text(
    Z.umverteilt,
    Q,
    "Gemeinde i wird um Minderbelastung × Anteil entlastet; die Summe tragen die nicht entlasteten Gemeinden nach Umlagegrundlagen",
    { kursiv: true },
  );

  const fehlend = mitglieder.filter((m) => m.grundlage === null || m.grundlage === 0).length;
  r.formel(
    Z.hinweis,
    0,
    `=IF(COUNTIF(${spalte(S.grundlage)},">0")<${anzahl},"Hinweis: Für "&(${anzahl}-COUNTIF(${spalte(S.grundlage)},">0"))&` +
      `" von ${anzahl} Gemeinden sind keine Umlagegrundlagen eingetragen; sie tragen 0 €. Bitte die Beträge in Spalte D eintragen.","")`,
    fehlend > 0
      ? `Hinweis: Für ${fehlend} von ${anzahl} Gemeinden sind keine Umlagegrundlagen eingetragen; sie tragen 0 €. Bitte die Beträge in Spalte D eintragen.`
      : "",
    { fett: true, schriftfarbe: "#C00000" },
  );

  const koepfe: Array<[number, string]> = [
    [S.nr, "Nr."],
    [S.name, "Gemeinde"],
    [S.belastung, "Belastung durch das KI (€/Jahr)"],
    [S.grundlage, "Umlagegrundlagen (€)"],
    [S.minder, "Minderbelastung § 56 Abs. 4 KrO (0–100 %)"],
    [S.anteil, "Anteil nach Umlagegrundlagen (€)"],
    [S.entlastung, "Entlastung (€)"],
    [S.umverteilung, "Umverteilung der Entlastungen (€)"],
    [S.quote, "Anteil an Σ UG"],
    [S.traeger, "Grundlage für die Umverteilung (€)"],
  ];
  if (nativ) {
    koepfe.push(
      [S.ab1, "Rundungshilfe: Anteil abgerundet (ct)"],
      [S.rest1, "Rundungshilfe: Rest"],
      [S.rang1, "Rundungshilfe: Rang"],
      [S.ab2, "Rundungshilfe Umverteilung: abgerundet (ct)"],
      [S.rest2, "Rundungshilfe Umverteilung: Rest"],
      [S.rang2, "Rundungshilfe Umverteilung: Rang"],
    );
  }
  for (const [sp, t] of koepfe) r.text(Z.kopf, sp, t, kopf);

  // Amounts in whole cents for the native largest-remainder columns.
  const betragCent = `ABS(ROUND(${betrag}*100,0))`;
  const umverteiltCent = `ABS(ROUND(${umverteilt}*100,0))`;
  mitglieder.forEach((m, i) => {
    const z = erste + i;
    const zelle = (sp: number) => adresse(z, sp);
    r.zahl(z, S.nr, i + 1);
    r.text(z, S.name, m.name);
    if (m.grundlage === null) r.setze(z, S.grundlage, null);
    else r.zahl(z, S.grundlage, m.grundlage);
    r.zahl(z, S.minder, m.minderbelastung);
    const v = verteilung;
    const euro = (werte: Cent[] | undefined) => (werte ? centZuEuro(werte[i]) : 0);

    if (nativ) {
      r.formel(z, S.ab1, `=IF(${summeUg}=0,0,INT(${betragCent}*${zelle(S.grundlage)}/${summeUg}))`);
      r.formel(z, S.rest1, `=IF(${summeUg}=0,0,${betragCent}*${zelle(S.grundlage)}/${summeUg}-${zelle(S.ab1)})`);
      r.formel(
        z,
        S.rang1,
        rangFormel(spalte(S.rest1), spalte(S.grundlage), spalte(S.nr), zelle(S.rest1), zelle(S.grundlage), zelle(S.nr)),
      );
      r.formel(
        z,
        S.anteil,
        `=IF(${summeUg}=0,0,SIGN(${betrag})*(${zelle(S.ab1)}+IF(${zelle(S.rang1)}<${betragCent}-${summe(S.ab1)},1,0))/100)`,
        euro(v?.anteile),
      );
      r.formel(z, S.ab2, `=IF(${summe(S.traeger)}=0,0,INT(${umverteiltCent}*${zelle(S.traeger)}/${summe(S.traeger)}))`);
      r.formel(
        z,
        S.rest2,
        `=IF(${summe(S.traeger)}=0,0,${umverteiltCent}*${zelle(S.traeger)}/${summe(S.traeger)}-${zelle(S.ab2)})`,
      );
      r.formel(
        z,
        S.rang2,
        rangFormel(spalte(S.rest2), spalte(S.traeger), spalte(S.nr), zelle(S.rest2), zelle(S.traeger), zelle(S.nr)),
      );
      r.formel(
        z,
        S.umverteilung,
        `=IF(AND(${umverteilt}<>0,${summe(S.traeger)}=0),NA(),` +
          `SIGN(${umverteilt})*(${zelle(S.ab2)}+IF(${zelle(S.rang2)}<${umverteiltCent}-${summe(S.ab2)},1,0))/100)`,
        euro(v?.mehrbelastungen),
      );
    } else if (i === 0) {
      // One spilling formula per column; while no Umlagegrundlagen are entered every share is 0.
      r.formel(
        z,
        S.anteil,
        `=IF(${summeUg}=0,${spalte(S.grundlage)}*0,KI.UMLAGE(${betrag},${spalte(S.grundlage)}))`,
        euro(v?.anteile),
      );
      r.formel(
        z,
        S.umverteilung,
        `=IF(${umverteilt}=0,${spalte(S.traeger)}*0,KI.UMLAGE(${umverteilt},${spalte(S.traeger)}))`,
        euro(v?.mehrbelastungen),
      );
    }
    r.formel(
      z,
      S.entlastung,
      `=IF(OR(${zelle(S.minder)}<0,${zelle(S.minder)}>1),NA(),ROUND(${zelle(S.anteil)}*${zelle(S.minder)},2))`,
      euro(v?.entlastungen),
    );
    r.formel(
      z,
      S.traeger,
      `=IF(${zelle(S.minder)}=0,${zelle(S.grundlage)},0)`,
      m.minderbelastung === 0 ? (m.grundlage ?? 0) : 0,
    );
    r.formel(
      z,
      S.belastung,
      `=${zelle(S.anteil)}-${zelle(S.entlastung)}+${zelle(S.umverteilung)}`,
      euro(v?.belastungen),
    );
    r.formel(
      z,
      S.quote,
      `=IF(${summeUg}=0,0,${zelle(S.grundlage)}/${summeUg})`,
      summeUgCent === 0 || m.grundlage === null ? 0 : euroZuCent(m.grundlage) / summeUgCent,
    );
  });

  r.text(summenZeile, S.name, "Summe", { fett: true });
  const traegerCent = mitglieder.reduce(
    (s, m) => s + (m.minderbelastung === 0 && m.grundlage !== null ? euroZuCent(m.grundlage) : 0),
    0,
  );
  const v = verteilung;
  const summen: Array<[number, number | undefined]> = [
    [S.belastung, v ? centZuEuro(sum(v.belastungen)) : 0],
    [S.grundlage, centZuEuro(summeUgCent)],
    [S.anteil, v ? centZuEuro(sum(v.anteile)) : 0],
    [S.entlastung, v ? centZuEuro(sum(v.entlastungen)) : 0],
    [S.umverteilung, v ? centZuEuro(sum(v.mehrbelastungen)) : 0],
    [S.quote, summeUgCent === 0 ? 0 : 1],
    [S.traeger, centZuEuro(traegerCent)],
  ];
  if (nativ) summen.push([S.ab1, undefined], [S.ab2, undefined]);
  for (const [sp, ergebnis] of summen) {
    r.formel(summenZeile, sp, `=SUM(${bereich(erste, sp, letzte, sp)})`, ergebnis);
  }

  let z = summenZeile + 2;
  const notiz = (t: string) => r.text(z++, 0, t, { kursiv: true });
  notiz(
    "Rundung: Anteile auf volle Cent abgerundet, die restlichen Cent erhalten die Gemeinden mit den größten Resten " +
      "(bei Gleichstand die größere Umlagegrundlage, dann die kleinere Nr.); die Summe ist genau ΔC.",
  );
  notiz(
    "§ 56 Abs. 4 KrO: Ein Kreisteil, dem eine Kreiseinrichtung besonders wenig nützt, ist geringer zu belasten " +
      "(OVG NRW 15 A 5295/00). Gemeinde i trägt (1 − Minderbelastung) × Anteil; die Entlastungen tragen die nicht entlasteten Gemeinden nach Umlagegrundlagen.",
  );
  notiz(
    "ΔC ist der jährliche Mehrbetrag im Jahr des Kostenvergleichs; zur Einordnung: allgemeine Kreisumlage Rhein-Sieg-Kreis 36,71 % (2013), 36,13 % (2014).",
  );

  // --- formats, chart, print ---------------------------------------------------------------------
  r.formatiere(bereich(erste, S.grundlage, letzte, S.minder), { hintergrund: EINGABE_HINTERGRUND });
  for (const sp of [S.belastung, S.grundlage, S.anteil, S.entlastung, S.umverteilung, S.traeger]) {
    r.formatiere(bereich(erste, sp, summenZeile, sp), { zahlenformat: GELD });
  }
  r.formatiere(bereich(erste, S.minder, letzte, S.minder), { zahlenformat: "0%", hintergrund: EINGABE_HINTERGRUND });
  r.formatiere(bereich(erste, S.quote, summenZeile, S.quote), { zahlenformat: PROZENT });
  r.formatiere(bereich(erste, S.belastung, summenZeile, S.belastung), { fett: true });
  r.formatiere(bereich(summenZeile, 0, summenZeile, letzteSpalte), {
    fett: true,
    rahmen: { oben: "duenn", unten: "doppelt" },
  });
  if (nativ) {
    r.formatiere(bereich(erste, S.ab1, summenZeile, S.rang2), { zahlenformat: "0.####", schriftfarbe: "#7F7F7F" });
  }

  const diagrammOben = z + 1;
  return {
    name: UMLAGE_BLATTNAME,
    modus: e.modus,
    zellen: r.zellen,
    formate: r.formate,
    spaltenbreiten: [6, 44, 18, 20, 16, 18, 14, 18, 12, 20, ...(nativ ? [16, 12, 10, 16, 12, 10] : [])],
    namen: [],
    diagramme: [
      {
        name: "KI_Umlage_Belastung",
        typ: "balken",
        daten: bereich(Z.kopf, S.name, letzte, S.belastung),
        reihenIn: "spalten",
        titel: "Belastung je Gemeinde (€/Jahr)",
        von: adresse(diagrammOben, 0),
        bis: adresse(diagrammOben + Math.max(16, anzahl + 4), 7),
      },
    ],
    druck: druckA4Quer({
      druckbereich: bereich(0, 0, diagrammOben + Math.max(16, anzahl + 4), letzteSpalte),
      titelzeilen: `$${Z.kopf + 1}:$${Z.kopf + 1}`,
      kopf: { titel: "Kreisumlage: Belastung der Mitgliedsgemeinden", ...e.druckkopf },
      fusszeileLinks: "KI-Kostenplaner – Umlagegrundlagen: eigene Eingabe",
    }),
  };
}

/** Rank (0 = first) by remainder, then larger Umlagegrundlage, then smaller Nr.: the core's tie-break. */
function rangFormel(
  reste: string,
  grundlagen: string,
  nummern: string,
  rest: string,
  grundlage: string,
  nr: string,
): string {
  return (
    `=SUMPRODUCT((${reste}>${rest})+(${reste}=${rest})*(${grundlagen}>${grundlage})` +
    `+(${reste}=${rest})*(${grundlagen}=${grundlage})*(${nummern}<${nr}))`
  );
}

function sum(werte: readonly Cent[]): Cent {
  return werte.reduce((s, x) => s + x, 0);
}
