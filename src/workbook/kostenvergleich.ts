/**
 * Sheet "Kostenvergleich", laid out like the Rhein-Sieg "Kostenaufstellung Integrationsarbeit":
 * the eight cost lines, one amount and one explanation column per scenario, then the difference
 * of each scenario to the baseline (the first scenario). Every amount is a live formula on
 * "Annahmen"; the expected value travels along as `ergebnis`.
 */
import { ZEILEN } from "../core";
import type { Kostenzeile } from "../scenario";
import { bereich, blattBezug, zelle } from "./adressen";
import {
  BLATT_ANNAHMEN,
  BLATT_KOSTENVERGLEICH,
  KOSTEN_NAMEN,
  STELLEN_SPALTEN,
  VERGLEICH_KOPFZEILE,
  type AnnahmeSchluessel,
  annahmenLayout,
  vergleichLayout,
  workbookName,
} from "./annahmenBezuege";
import { type ErlaeuterungsBezuege, erlaeuterungsZelle } from "./erlaeuterungen";
import { type Formelsatz, modusZeile } from "./formeln";
import type { ArbeitsmappenOptionen, BlattPlan, NamePlan } from "./plan";
import { FARBEN, FORMAT_DIFFERENZ, FORMAT_EURO, RAHMEN_TABELLE, Raster, datumText, druckA4Quer, euro } from "./raster";
import type { SzenarioDaten } from "./szenarioDaten";

export const DIAGRAMM_NAME = "KI_Kostenvergleich";

const SUMMENZEILEN: readonly Kostenzeile[] = ["gesamtkosten", "eigenanteil"];
const DIAGRAMM_ZEILEN: readonly Kostenzeile[] = ["gesamtkosten", "landeserstattung", "eigenanteil"];
const DIAGRAMM_HOEHE = 18;
const DIAGRAMM_DATEN_HINWEIS = "Quelle des Diagramms (außerhalb des Druckbereichs):";

export function vergleichTitel(daten: readonly SzenarioDaten[]): string {
  return `Kostenaufstellung Integrationsarbeit: ${daten.map((d) => d.szenario.name).join(" / ")}`;
}

export function baueKostenvergleich(
  daten: readonly SzenarioDaten[],
  optionen: ArbeitsmappenOptionen,
  formeln: Formelsatz,
): BlattPlan {
  const szenarien = daten.map((d) => d.szenario);
  const n = szenarien.length;
  const v = vergleichLayout(n);
  const a = annahmenLayout(szenarien);
  const letzteSpalte = v.letzteSpalte;
  const r = new Raster();
  const namen: NamePlan[] = [];

  r.text(0, 0, vergleichTitel(daten));
  r.formatiereZelle(0, 0, { fett: true, schriftgroesse: 14 });
  r.text(0, letzteSpalte, `Stand: ${datumText(optionen.datum)}`);
  r.formatiereZelle(0, letzteSpalte, { ausrichtung: "rechts" });
  r.text(1, 0, modusZeile(formeln.modus));
  r.formatiereZelle(1, 0, { kursiv: true });

  const kopf = VERGLEICH_KOPFZEILE;
  r.text(kopf, 0, "Kostenart");
  daten.forEach((d, i) => {
    r.text(kopf, v.betragSpalte(i), d.szenario.name);
    r.text(kopf, v.erlaeuterungSpalte(i), "Erläuterung");
  });
  for (let j = 1; j < n; j++) {
    r.text(kopf, v.differenzSpalte(j), `Differenz ${szenarien[j].name} – ${szenarien[0].name}`);
  }
  r.formatiere(kopf, 0, kopf, letzteSpalte, {
    fett: true,
    hintergrund: FARBEN.kopf,
    umbruch: true,
    rahmen: { unten: "mittel" },
  });

  daten.forEach((d, i) => {
    const sp = v.betragSpalte(i);
    const an = (k: AnnahmeSchluessel) => blattBezug(BLATT_ANNAHMEN, zelle(a.zeileVon(k), a.wertSpalte(i), true));
    const hier = (k: Kostenzeile) => zelle(v.zeileVon(k), sp);
    const auf = d.ergebnis.aufstellung;
    const stellen = a.stellen[i];
    const stellenSpalte = (sp: number) =>
      blattBezug(BLATT_ANNAHMEN, bereich(stellen.ersteZeile, sp, stellen.ersteZeile + stellen.zeilen - 1, sp, true));
    const erlBezuege: ErlaeuterungsBezuege = {
      annahme: an,
      stellenArt: stellenSpalte(STELLEN_SPALTEN.art),
      stellenAnteil: stellenSpalte(STELLEN_SPALTEN.anteil),
    };
    const formel: Record<Kostenzeile, string> = {
      personalkosten: `=${an("personalkosten")}`,
      querschnittskosten: formeln.querschnitt(hier("personalkosten"), an("querschnittssatz")),
      it: formeln.it(an("arbeitsplaetze"), an("itSatz")),
      raum: formeln.raum(an("bueros"), an("raumSatz")),
      projektmittel: `=ROUND(${an("projektmittel")},2)`,
      gesamtkosten: `=SUM(${bereich(v.zeileVon("personalkosten"), sp, v.zeileVon("projektmittel"), sp)})`,
      landeserstattung: formeln.erstattung(
        {
          aktiv: an("erstattung"),
          jahr: an("jahr"),
          koerperschaft: an("koerperschaft"),
          regelwerk: an("regelwerk"),
          personalkostenGrund: an("personalkostenGrund"),
          personalkostenZusatz: an("personalkostenZusatz"),
          zusatzstellen: an("zusatzstellen"),
          sachausgaben: an("sachausgaben"),
          landespauschale: an("landespauschale"),
          zusatzstelleSatz: an("zusatzstelleSatz"),
          maxZusatzstellen: an("maxZusatzstellen"),
          sachausgabenpauschale: an("sachausgabenpauschale"),
        },
        d.ergebnis.regel ?? d.regel,
      ),
      eigenanteil: formeln.eigenanteil(hier("gesamtkosten"), hier("landeserstattung")),
    };
    for (const { schluessel } of ZEILEN) {
      const z = v.zeileVon(schluessel);
      r.setze(z, sp, { formel: formel[schluessel], ergebnis: euro(auf[schluessel]) });
      const erl = erlaeuterungsZelle(d.szenario, schluessel, d.ergebnis.erlaeuterungen[schluessel], erlBezuege);
      if (erl) r.setze(z, v.erlaeuterungSpalte(i), erl);
      const stamm = KOSTEN_NAMEN[schluessel];
      if (stamm) {
        namen.push({
          name: workbookName(stamm, i),
          bezug: zelle(z, sp, true),
          kommentar: `${ZEILEN.find((x) => x.schluessel === schluessel)!.label} – ${d.szenario.name}`,
        });
      }
    }
  });

  for (const { schluessel, label } of ZEILEN) {
    const z = v.zeileVon(schluessel);
    r.text(z, 0, label);
    for (let j = 1; j < n; j++) {
      const basis = zelle(z, v.betragSpalte(0));
      const anderes = zelle(z, v.betragSpalte(j));
      const diffCent = daten[j].ergebnis.aufstellung[schluessel] - daten[0].ergebnis.aufstellung[schluessel];
      r.setze(z, v.differenzSpalte(j), { formel: `=${anderes}-${basis}`, ergebnis: euro(diffCent) });
    }
  }
  const erste = v.zeileVon("personalkosten");
  const letzte = v.letzteKostenZeile;
  daten.forEach((_, i) =>
    r.formatiere(erste, v.betragSpalte(i), letzte, v.betragSpalte(i), { zahlenformat: FORMAT_EURO }),
  );
  daten.forEach((_, i) =>
    r.formatiere(erste, v.erlaeuterungSpalte(i), letzte, v.erlaeuterungSpalte(i), { umbruch: true, schriftgroesse: 9 }),
  );
  for (let j = 1; j < n; j++) {
    r.formatiere(erste, v.differenzSpalte(j), letzte, v.differenzSpalte(j), { zahlenformat: FORMAT_DIFFERENZ });
  }
  for (const k of SUMMENZEILEN) {
    r.formatiere(v.zeileVon(k), 0, v.zeileVon(k), letzteSpalte, {
      fett: true,
      hintergrund: FARBEN.summe,
      rahmen: { oben: "duenn" },
    });
  }
  r.formatiere(v.zeileVon("eigenanteil"), 0, v.zeileVon("eigenanteil"), letzteSpalte, { rahmen: { unten: "doppelt" } });
  r.formatiere(kopf, 0, letzte, letzteSpalte, { rahmen: RAHMEN_TABELLE });

  // Notes: the original sheet's footnote, the sources.
  let z = letzte + 2;
  const fussnoten = [...new Set(szenarien.map((s) => s.fussnote.trim()).filter((f) => f !== ""))];
  for (const f of fussnoten) {
    const betroffen = szenarien.filter((s) => s.fussnote.trim() === f).map((s) => s.name);
    const fuer = betroffen.length === n ? "" : ` (${betroffen.join(", ")})`;
    r.text(z, 0, `Anmerkung${fuer}: ${f}`);
    r.formatiereZelle(z, 0, { kursiv: true, schriftgroesse: 9 });
    z++;
  }
  const quellen = [...new Set(szenarien.map((s) => s.quelle.trim()).filter((q) => q !== ""))];
  if (quellen.length > 0) {
    r.text(z, 0, `Quelle: ${quellen.join("; ")}`);
    r.formatiereZelle(z, 0, { schriftgroesse: 9 });
    z++;
  }
  r.text(z, 0, `Alle Beträge in € je Jahr; Annahmen und Sätze siehe Blatt „${BLATT_ANNAHMEN}“.`);
  r.formatiereZelle(z, 0, { schriftgroesse: 9 });
  z += 2;

  // Chart data: a small labelled block right of the printed table (categories down, one column per
  // scenario). Under the table it would share the wide "Erläuterung" columns and clutter the print.
  const datenSpalte = letzteSpalte + 2;
  const datenKopf = VERGLEICH_KOPFZEILE;
  const datenEnde = datenKopf + DIAGRAMM_ZEILEN.length;
  const datenBis = datenSpalte + n;
  r.text(datenKopf - 1, datenSpalte, DIAGRAMM_DATEN_HINWEIS);
  r.formatiereZelle(datenKopf - 1, datenSpalte, { kursiv: true, schriftgroesse: 9 });
  r.text(datenKopf, datenSpalte, "Diagrammdaten");
  daten.forEach((d, i) => r.text(datenKopf, datenSpalte + 1 + i, d.szenario.name));
  DIAGRAMM_ZEILEN.forEach((k, m) => {
    const zeile = datenKopf + 1 + m;
    r.text(zeile, datenSpalte, ZEILEN.find((x) => x.schluessel === k)!.label);
    daten.forEach((d, i) =>
      r.setze(zeile, datenSpalte + 1 + i, {
        formel: `=${zelle(v.zeileVon(k), v.betragSpalte(i))}`,
        ergebnis: euro(d.ergebnis.aufstellung[k]),
      }),
    );
  });
  r.formatiere(datenKopf, datenSpalte, datenKopf, datenBis, {
    fett: true,
    hintergrund: FARBEN.kopf,
    umbruch: true,
    rahmen: { unten: "mittel" },
  });
  r.formatiere(datenKopf + 1, datenSpalte + 1, datenEnde, datenBis, { zahlenformat: FORMAT_EURO });
  r.formatiere(datenKopf, datenSpalte, datenEnde, datenBis, { rahmen: RAHMEN_TABELLE });
  // The chart itself is part of the printout, below the notes.
  const diagrammVon = z;
  const diagrammBis = diagrammVon + DIAGRAMM_HOEHE - 1;

  const zellen = r.zellen(datenBis + 1);
  const breiten: number[] = [30];
  for (let i = 0; i < n; i++) breiten.push(16, 40);
  for (let j = 1; j < n; j++) breiten.push(20);
  breiten.push(3, 28, ...daten.map(() => 16));
  return {
    name: BLATT_KOSTENVERGLEICH,
    modus: formeln.modus,
    zellen,
    formate: r.formate,
    spaltenbreiten: breiten,
    namen,
    diagramme: [
      {
        name: DIAGRAMM_NAME,
        typ: "saeulen",
        daten: bereich(datenKopf, datenSpalte, datenEnde, datenBis),
        reihenIn: "spalten",
        titel: "Kostenvergleich (€ je Jahr)",
        von: zelle(diagrammVon, 0),
        bis: zelle(diagrammBis, Math.min(letzteSpalte, Math.max(4, n + 2))),
      },
    ],
    druck: druckA4Quer({
      druckbereich: bereich(0, 0, diagrammBis, letzteSpalte),
      titelzeilen: `$1:$${VERGLEICH_KOPFZEILE + 1}`,
      kopf: { titel: "Kostenvergleich Integrationsarbeit", datum: optionen.datum, vorlageNr: optionen.vorlageNr },
      fusszeileLinks: modusZeile(formeln.modus),
    }),
  };
}
