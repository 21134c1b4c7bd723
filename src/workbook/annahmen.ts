/**
 * Sheet "Annahmen": every input and rate of every scenario as a labelled cell with its source,
 * the staff tables, the visible rate tables the lookups use, and the funding caps. The
 * "Kostenvergleich" formulas read only from here, so changing a cell here recalculates the
 * comparison.
 */
import {
  type Foerderregel,
  findeSatztabelle,
  gueltigkeitText,
  normalisiereEntgeltgruppe,
  quellenVermerk,
} from "../core";
import { type Stelle, type Szenario, stellenSatzCent } from "../scenario";
import { bereich, zelle } from "./adressen";
import {
  ANNAHMEN,
  ANNAHMEN_KOPFZEILE,
  type AnnahmeSchluessel,
  type AnnahmenLayout,
  BLATT_ANNAHMEN,
  STELLEN_ART_TEXT,
  STELLEN_SPALTEN,
  annahmenLayout,
  workbookName,
} from "./annahmenBezuege";
import { type Formelsatz, modusZeile } from "./formeln";
import type { ArbeitsmappenOptionen, BlattPlan, NamePlan, Zelle } from "./plan";
import {
  FARBEN,
  FORMAT_ANZAHL,
  FORMAT_EURO,
  FORMAT_EURO_CENT,
  FORMAT_JAHR,
  FORMAT_PROZENT,
  RAHMEN_TABELLE,
  Raster,
  datumText,
  druckA4Quer,
  euro,
} from "./raster";
import type { SzenarioDaten } from "./szenarioDaten";

const EINGABE = "Eingabe";

const ART_TEXT = STELLEN_ART_TEXT;

function euroFormat(wert: number): string {
  return Number.isInteger(wert) ? FORMAT_EURO : FORMAT_EURO_CENT;
}

function tatbestand<A extends Foerderregel["tatbestaende"][number]["art"]>(
  regel: Foerderregel | null,
  art: A,
): Extract<Foerderregel["tatbestaende"][number], { art: A }> | null {
  const t = regel?.tatbestaende.find((x) => x.art === art);
  return (t as Extract<Foerderregel["tatbestaende"][number], { art: A }> | undefined) ?? null;
}

/** Scenarios state one source for all their figures; a user-built scenario is "Eingabe". */
function szenarioQuelle(s: Szenario): string {
  return s.quelle.trim() || EINGABE;
}

function quelleFuer(d: SzenarioDaten, k: AnnahmeSchluessel): string {
  const s = d.szenario;
  switch (k) {
    case "pauschale":
      return s.personalkostenPauschale ? s.personalkostenPauschale.quelle.trim() || EINGABE : "";
    case "erstattung":
    case "sachausgaben":
      return szenarioQuelle(s);
    case "regelwerk":
    case "regelwerkTitel":
    case "landespauschale":
    case "zusatzstelleSatz":
    case "maxZusatzstellen":
    case "sachausgabenpauschale":
      return d.regel ? quellenVermerk(d.regel.quelle) : "";
    case "personalkostenGrund":
      return s.personalkostenPauschale ? "= Personalkosten-Pauschale" : "berechnet aus den Grundstellen unten";
    case "personalkostenZusatz":
    case "zusatzstellen":
      return "berechnet aus den Zusatzstellen unten";
    case "personalkosten":
      return "Grundstellen + Zusatzstellen";
    default:
      return szenarioQuelle(s);
  }
}

/** One source text per row: shared by all scenarios, or named per scenario where they differ. */
function gemeinsameQuelle(daten: readonly SzenarioDaten[], k: AnnahmeSchluessel): string {
  const je = daten.map((d) => quelleFuer(d, k));
  const verschieden = [...new Set(je.filter((q) => q !== ""))];
  if (verschieden.length <= 1) return verschieden[0] ?? "";
  return daten
    .map((d, i) => (je[i] ? `${d.szenario.name}: ${je[i]}` : ""))
    .filter((x) => x !== "")
    .join("; ");
}

interface Wertzelle {
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
interface StellenBereiche {
  art: string;
  anteil: string;
  kosten: string;
}

function annahmeWert(
  d: SzenarioDaten,
  k: Exclude<AnnahmeSchluessel, "name">,
  spalte: number,
  layout: AnnahmenLayout,
  stellen: StellenBereiche,
): Wertzelle {
  const s = d.szenario;
  const eigene = (x: AnnahmeSchluessel) => zelle(layout.zeileVon(x), spalte);
  const entfaellt = text("entfällt", false);
  switch (k) {
    case "typ":
      return text(s.typ === "ki" ? "Kommunales Integrationszentrum" : "derzeitige Struktur", false);
    case "koerperschaft":
      return text(s.koerperschaft);
    case "jahr":
      return wert(s.jahr, FORMAT_JAHR);
    case "satztabelle": {
      let id = s.satztabelle;
      try {
        id = findeSatztabelle(s.satztabelle).id;
      } catch {
        // The validator reports an unknown table; the sheet shows what was entered.
      }
      return text(id, false);
    }
    case "pauschale":
      return s.personalkostenPauschale ? betrag(s.personalkostenPauschale.betrag) : text("keine", false);
    case "arbeitsplaetze":
      return wert(s.arbeitsplaetze, FORMAT_ANZAHL);
    case "bueros":
      return wert(s.bueros, FORMAT_ANZAHL);
    case "projektmittel":
      return betrag(s.projektmittel);
    case "querschnittssatz":
      return wert(s.querschnittssatz, FORMAT_PROZENT);
    case "itSatz":
      return betrag(s.itSatz);
    case "raumSatz":
      return betrag(s.raumSatz);
    case "erstattung":
      return text(s.erstattung.aktiv ? "ja" : "nein");
    case "regelwerk":
      return d.regel ? text(d.regel.id) : text("—", false);
    case "regelwerkTitel":
      return d.regel
        ? text(`${d.regel.titel} (${gueltigkeitText(d.regel)})`, false)
        : text(`kein Regelwerk für ${s.jahr}`, false);
    case "sachausgaben":
      return betrag(s.erstattung.sachausgaben);
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
      return t ? wert(t.maxStellen[s.koerperschaft], FORMAT_ANZAHL) : entfaellt;
    }
    case "sachausgabenpauschale": {
      const t = tatbestand(d.regel, "sachausgaben");
      return t ? betrag(euro(t.hoechstbetrag)) : entfaellt;
    }
    case "personalkostenGrund": {
      const formel = s.personalkostenPauschale
        ? `=ROUND(${eigene("pauschale")},2)`
        : `=SUMIF(${stellen.art},"${ART_TEXT.kommunal}",${stellen.kosten})`;
      return {
        zelle: { formel, ergebnis: euro(d.ergebnis.personal.grund) },
        zahlenformat: FORMAT_EURO,
        eingabe: false,
      };
    }
    case "personalkostenZusatz":
      return {
        zelle: {
          formel: `=SUMIF(${stellen.art},"${ART_TEXT.zusatz}",${stellen.kosten})`,
          ergebnis: euro(d.ergebnis.personal.zusatz),
        },
        zahlenformat: FORMAT_EURO,
        eingabe: false,
      };
    case "zusatzstellen":
      return {
        zelle: {
          formel: `=SUMIF(${stellen.art},"${ART_TEXT.zusatz}",${stellen.anteil})`,
          ergebnis: d.ergebnis.personal.zusatzstellen,
        },
        zahlenformat: FORMAT_ANZAHL,
        eingabe: false,
      };
    case "personalkosten":
      return {
        zelle: {
          formel: `=${eigene("personalkostenGrund")}+${eigene("personalkostenZusatz")}`,
          ergebnis: euro(d.ergebnis.personal.gesamt),
        },
        zahlenformat: FORMAT_EURO,
        eingabe: false,
      };
  }
}

function stellenQuelle(s: Szenario, st: Stelle): string {
  if (st.art === "landeslehrer") return "vom Land bezahlt, keine Kosten der Körperschaft";
  if (s.personalkostenPauschale && st.art === "kommunal") return "in der Personalkosten-Pauschale enthalten";
  if (st.eigenerSatz !== null) return `${EINGABE} (eigener Satz)`;
  try {
    const t = findeSatztabelle(s.satztabelle);
    return `Satztabelle ${t.id}: ${quellenVermerk(t.quelle)}`;
  } catch {
    return "";
  }
}

export function baueAnnahmen(
  daten: readonly SzenarioDaten[],
  optionen: ArbeitsmappenOptionen,
  formeln: Formelsatz,
): BlattPlan {
  const szenarien = daten.map((d) => d.szenario);
  const layout = annahmenLayout(szenarien);
  const q = layout.quelleSpalte;
  const r = new Raster();
  const namen: NamePlan[] = [];

  r.text(0, 0, "Annahmen für den Kostenvergleich");
  r.formatiereZelle(0, 0, { fett: true, schriftgroesse: 14 });
  r.text(1, 0, `Stand: ${datumText(optionen.datum)} · ${modusZeile(formeln.modus)}`);
  r.text(
    2,
    0,
    "Blau hinterlegte Zellen sind Eingaben: Änderungen rechnen „Kostenvergleich“ sofort neu. " +
      "Namen: KI_<Annahme>_<Nr. des Szenarios>, z. B. KI_Querschnittssatz_1.",
  );
  r.formatiere(1, 0, 2, 0, { kursiv: true });

  // Header: the scenario names are user text and stay text.
  const kopf = ANNAHMEN_KOPFZEILE;
  r.text(kopf, 0, "Annahme");
  r.text(kopf, 1, "Einheit");
  szenarien.forEach((s, i) => r.text(kopf, layout.wertSpalte(i), s.name));
  r.text(kopf, q, "Quelle / Stand");
  r.formatiere(kopf, 0, kopf, q, { fett: true, hintergrund: FARBEN.kopf, umbruch: true, rahmen: { unten: "mittel" } });

  // Staff-table ranges per scenario (needed by the computed rows above them).
  const stellenBereiche: StellenBereiche[] = layout.stellen.map((l) => {
    const bis = l.ersteZeile + l.zeilen - 1;
    const spalteBereich = (sp: number) => bereich(l.ersteZeile, sp, bis, sp);
    return {
      art: spalteBereich(STELLEN_SPALTEN.art),
      anteil: spalteBereich(STELLEN_SPALTEN.anteil),
      kosten: spalteBereich(STELLEN_SPALTEN.kosten),
    };
  });

  for (const def of ANNAHMEN) {
    const z = layout.zeileVon(def.schluessel);
    r.text(z, 0, def.label);
    r.text(z, 1, def.einheit);
    daten.forEach((d, i) => {
      const sp = layout.wertSpalte(i);
      const w = annahmeWert(d, def.schluessel as Exclude<AnnahmeSchluessel, "name">, sp, layout, stellenBereiche[i]);
      r.setze(z, sp, w.zelle);
      // Amounts and counts right as numbers are; a text answer reads from the left and wraps
      // instead of being cut off ("Kommunales Integrationszentrum", the rule set's title).
      r.formatiereZelle(z, sp, {
        ...(w.zahlenformat ? { zahlenformat: w.zahlenformat } : {}),
        hintergrund: w.eingabe ? FARBEN.eingabe : FARBEN.berechnet,
        ...(def.einheit === "Text" ? { ausrichtung: "links", umbruch: true } : { ausrichtung: "rechts" }),
      });
      if (def.name) {
        namen.push({
          name: workbookName(def.name, i),
          bezug: zelle(z, sp, true),
          kommentar: `${def.label} – ${d.szenario.name}`,
        });
      }
    });
    const quelle = gemeinsameQuelle(daten, def.schluessel);
    if (quelle) r.text(z, q, quelle);
    if (def.berechnet) r.formatiereZelle(z, 0, { kursiv: true });
  }
  const letzte = layout.letzteAnnahmeZeile;
  r.formatiere(kopf, 0, letzte, q, { rahmen: RAHMEN_TABELLE });
  r.formatiere(kopf + 1, 0, letzte, 1, { umbruch: true });
  r.formatiere(kopf + 1, q, letzte, q, { umbruch: true, schriftgroesse: 9 });
  r.formatiere(layout.zeileVon("personalkosten"), 0, layout.zeileVon("personalkosten"), q, { fett: true });

  // Staff tables.
  daten.forEach((d, i) => {
    const s = d.szenario;
    const l = layout.stellen[i];
    r.text(l.titelZeile, 0, `Stellen – ${s.name}`);
    r.formatiereZelle(l.titelZeile, 0, { fett: true, schriftgroesse: 12 });
    const kopfTexte = ["Bezeichnung", "Entgeltgruppe", "Satz €/Jahr (Vollzeit)", "Anteil", "Art", "Kosten €/Jahr"];
    kopfTexte.forEach((t, sp) => r.text(l.kopfZeile, sp, t));
    r.text(l.kopfZeile, q, "Quelle / Stand");
    r.formatiere(l.kopfZeile, 0, l.kopfZeile, q, { fett: true, hintergrund: FARBEN.kopf, umbruch: true });
    const tabelle = layout.satztabellen.find((t) => {
      try {
        return t.id === findeSatztabelle(s.satztabelle).id;
      } catch {
        return false;
      }
    });
    if (s.stellen.length === 0) r.text(l.ersteZeile, 0, "keine Stellen erfasst");
    s.stellen.forEach((st, k) => {
      const z = l.ersteZeile + k;
      const gruppeZelle = zelle(z, STELLEN_SPALTEN.gruppe);
      const satzZelle = zelle(z, STELLEN_SPALTEN.satz);
      const anteilZelle = zelle(z, STELLEN_SPALTEN.anteil);
      const inPauschale = s.personalkostenPauschale !== null && st.art === "kommunal";
      const gekostet = st.art !== "landeslehrer" && !inPauschale;
      const nachschlagen = gekostet && st.eigenerSatz === null;
      r.text(z, STELLEN_SPALTEN.bezeichnung, st.bezeichnung);
      // Looked-up grades are written in the table's spelling, so a lookup in plain Excel matches.
      const g = normalisiereEntgeltgruppe(st.gruppe);
      r.text(z, STELLEN_SPALTEN.gruppe, nachschlagen && g ? g.anzeige : st.gruppe);
      r.setze(z, STELLEN_SPALTEN.anteil, { zahl: st.anteil });
      r.text(z, STELLEN_SPALTEN.art, ART_TEXT[st.art]);
      r.formatiereZelle(z, STELLEN_SPALTEN.anteil, { zahlenformat: FORMAT_ANZAHL, hintergrund: FARBEN.eingabe });
      if (!gekostet) {
        r.text(z, STELLEN_SPALTEN.satz, st.art === "landeslehrer" ? "vom Land" : "in Pauschale");
        r.formatiereZelle(z, STELLEN_SPALTEN.satz, { ausrichtung: "rechts", kursiv: true });
      } else {
        const satzEuro = euro(stellenSatzCent(st, s.satztabelle));
        if (nachschlagen && tabelle) {
          const tabBereich = bereich(tabelle.ersteZeile, 1, tabelle.ersteZeile + tabelle.zeilen - 1, 2, true);
          r.setze(z, STELLEN_SPALTEN.satz, {
            formel: formeln.satzAusTabelle(gruppeZelle, tabBereich),
            ergebnis: satzEuro,
          });
          r.formatiereZelle(z, STELLEN_SPALTEN.satz, {
            zahlenformat: euroFormat(satzEuro),
            hintergrund: FARBEN.berechnet,
          });
        } else {
          r.setze(z, STELLEN_SPALTEN.satz, { zahl: satzEuro });
          r.formatiereZelle(z, STELLEN_SPALTEN.satz, {
            zahlenformat: euroFormat(satzEuro),
            hintergrund: FARBEN.eingabe,
          });
        }
        const kostenCent = Math.round(stellenSatzCent(st, s.satztabelle) * st.anteil);
        r.setze(z, STELLEN_SPALTEN.kosten, {
          formel: formeln.stellenkosten(gruppeZelle, satzZelle, anteilZelle),
          ergebnis: euro(kostenCent),
        });
        r.formatiereZelle(z, STELLEN_SPALTEN.kosten, {
          zahlenformat: euroFormat(euro(kostenCent)),
          hintergrund: FARBEN.berechnet,
        });
      }
      const quelle = stellenQuelle(s, st);
      if (quelle) r.text(z, q, quelle);
    });
    const bis = l.ersteZeile + l.zeilen - 1;
    r.formatiere(l.kopfZeile, 0, bis, q, { rahmen: RAHMEN_TABELLE });
    r.formatiere(l.ersteZeile, q, bis, q, { schriftgroesse: 9, umbruch: true });
  });

  // Visible rate tables the lookups read.
  for (const t of layout.satztabellen) {
    const tab = findeSatztabelle(t.id);
    r.text(t.titelZeile, 0, `Satztabelle ${tab.id} – ${tab.titel}`);
    r.formatiereZelle(t.titelZeile, 0, { fett: true, schriftgroesse: 12 });
    r.text(t.kopfZeile, 0, "Tabelle");
    r.text(t.kopfZeile, 1, "Entgeltgruppe");
    r.text(t.kopfZeile, 2, "Satz €/Jahr (Vollzeit)");
    r.text(t.kopfZeile, q, "Quelle / Stand");
    r.formatiere(t.kopfZeile, 0, t.kopfZeile, q, { fett: true, hintergrund: FARBEN.kopf, umbruch: true });
    tab.gruppen.forEach((gruppe, k) => {
      const z = t.ersteZeile + k;
      const g = normalisiereEntgeltgruppe(gruppe);
      const satz = g ? tab.saetze.get(g.schluessel) : undefined;
      r.text(z, 0, tab.id);
      r.text(z, 1, gruppe);
      if (satz !== undefined) {
        r.setze(z, 2, { zahl: euro(satz) });
        r.formatiereZelle(z, 2, { zahlenformat: euroFormat(euro(satz)), hintergrund: FARBEN.eingabe });
      }
      r.text(z, q, quellenVermerk(tab.quelle));
    });
    const bis = t.ersteZeile + t.zeilen - 1;
    r.formatiere(t.kopfZeile, 0, bis, q, { rahmen: RAHMEN_TABELLE });
    r.formatiere(t.ersteZeile, q, bis, q, { schriftgroesse: 9, umbruch: true });
  }

  // Notes on the rule sets used: what is assumed and what is unverified.
  const regeln = [...new Map(daten.filter((d) => d.regel).map((d) => [d.regel!.id, d.regel!])).values()];
  regeln.forEach((regel, k) => {
    r.text(layout.hinweisZeile + k, 0, `Hinweis zu „${regel.titel}“: ${regel.hinweis}`);
    r.formatiereZelle(layout.hinweisZeile + k, 0, { kursiv: true, schriftgroesse: 9 });
  });

  const zellen = r.zellen(q + 1);
  const letzteZeile = zellen.length - 1;
  const breiten = [46, 20, ...szenarien.map(() => 20)];
  while (breiten.length < q) breiten.push(16);
  breiten.push(70);
  return {
    name: BLATT_ANNAHMEN,
    modus: formeln.modus,
    zellen,
    formate: r.formate,
    spaltenbreiten: breiten,
    namen,
    diagramme: [],
    druck: druckA4Quer({
      druckbereich: bereich(0, 0, letzteZeile, q),
      titelzeilen: `$1:$${ANNAHMEN_KOPFZEILE + 1}`,
      kopf: {
        titel: "Annahmen – Kostenvergleich Integrationsarbeit",
        datum: optionen.datum,
        vorlageNr: optionen.vorlageNr,
      },
      fusszeileLinks: modusZeile(formeln.modus),
    }),
  };
}
