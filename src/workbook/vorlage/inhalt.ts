/**
 * What the section "Finanzielle Auswirkungen" of a Kreistag Vorlage says, as plain data: headings,
 * paragraphs and tables of display strings. The figures come from the same core calculation the
 * workbook's cached values come from (scenario/berechnung, core projection and levy split), so the
 * text and the workbook cannot disagree. The Word writer (docx.ts) and the plain text (text.ts)
 * only lay this out.
 */
import { type Cent, barwert, formatEuro, projiziere, quellenVermerk, verteileUmlage, euroZuCent } from "../../core";
import { type Szenario, regelnFuer } from "../../scenario";
import { stelleImJahr, stellenText, zeitraumAngaben } from "../../scenario/berechnung";
import { umlageMoeglich } from "../../scenario/optionen";
import { datumText, vorlageBezeichnung } from "../druck";
import { mehrjahresannahmenAus, personalkostenRegel } from "../mehrjahr/blatt";
import { kostenstrukturAusSzenario } from "../mehrjahr/szenario";
import type { ArbeitsmappenOptionen } from "../plan";
import { type SzenarioDaten, szenarioDaten } from "../szenarioDaten";
import { ZEILEN } from "../../core";

export interface TabellenZeile {
  zellen: string[];
  /** Total row (bold in Word). */
  summe?: boolean;
}

export type VorlagenBlock =
  | { art: "ueberschrift"; ebene: 1 | 2; text: string }
  | { art: "absatz"; text: string }
  | { art: "aufzaehlung"; punkte: string[] }
  | { art: "tabelle"; kopf: string[]; zeilen: TabellenZeile[] };

export interface VorlagenInhalt {
  /** Document title in the file properties. */
  titel: string;
  bloecke: VorlagenBlock[];
}

const euro = (c: Cent) => formatEuro(c);
/** Differences carry their sign, as in the workbook's difference column ("+80.778 €"). */
const differenz = (c: Cent) => (c > 0 ? `+${formatEuro(c)}` : formatEuro(c));
const prozent = (x: number) => `${(x * 100).toLocaleString("de-DE", { maximumFractionDigits: 2 })} %`;
const zahl = (x: number) => x.toLocaleString("de-DE", { maximumFractionDigits: 2 });

function kopf(daten: readonly SzenarioDaten[], optionen: ArbeitsmappenOptionen): VorlagenBlock[] {
  const vorlage = vorlageBezeichnung(optionen.vorlageNr);
  const stand = [vorlage, `Stand: ${datumText(optionen.datum)}`].filter((t) => t !== "").join(" – ");
  return [
    { art: "ueberschrift", ebene: 1, text: "Finanzielle Auswirkungen" },
    { art: "absatz", text: stand },
    {
      art: "absatz",
      text:
        daten.length === 1
          ? `Dargestellt werden die jährlichen Kosten von „${daten[0].szenario.name}“.`
          : `Verglichen werden die jährlichen Kosten von ${daten.map((d) => `„${d.szenario.name}“`).join(" und ")}.`,
    },
  ];
}

function annahmenText(d: SzenarioDaten): string {
  const s = d.szenario;
  const personal = s.personalkostenPauschale
    ? `${s.personalkostenPauschale.erlaeuterung} (${s.personalkostenPauschale.quelle})`
    : stellenText(s.stellen.filter((st) => stelleImJahr(st, s.jahr)));
  const teile = [
    `${s.koerperschaft}, Haushaltsjahr ${s.jahr}`,
    `Personal: ${personal || "keine Stellen"}`,
    `Querschnitts- und Sachkosten ${prozent(s.querschnittssatz)} der Personalkosten`,
    `${zahl(s.arbeitsplaetze)} IT-Arbeitsplätze à ${euro(euroZuCent(s.itSatz))}`,
    `${zahl(s.bueros)} Büros à ${euro(euroZuCent(s.raumSatz))}`,
    `Projektmittel ${euro(euroZuCent(s.projektmittel))}`,
  ];
  const zeitraeume = zeitraumAngaben(s);
  if (zeitraeume.length > 0) teile.push(`nur in einzelnen Jahren: ${zeitraeume.join(", ")}`);
  const quelle = s.quelle.trim() === "" ? "eigene Angaben" : s.quelle;
  return `${s.name}: ${teile.join("; ")}. Quelle: ${quelle}.`;
}

function sachdarstellung(daten: readonly SzenarioDaten[]): VorlagenBlock[] {
  const fussnoten = daten.map((d) => d.szenario.fussnote.trim()).filter((f, i, a) => f !== "" && a.indexOf(f) === i);
  return [
    { art: "ueberschrift", ebene: 2, text: "Sachdarstellung" },
    { art: "absatz", text: "Den Beträgen liegen folgende Annahmen zugrunde:" },
    { art: "aufzaehlung", punkte: daten.map(annahmenText) },
    ...fussnoten.map((text): VorlagenBlock => ({ art: "absatz", text })),
  ];
}

/** The cost table in the Rhein-Sieg layout: eight lines, one column per scenario, differences to the first. */
function kostentabelle(daten: readonly SzenarioDaten[]): VorlagenBlock[] {
  const basis = daten[0];
  const kopfzeile = [
    "€/Jahr",
    ...daten.map((d) => d.szenario.name),
    ...daten.slice(1).map((d) => `Differenz ${d.szenario.name} – ${basis.szenario.name}`),
  ];
  const zeilen = ZEILEN.map(({ schluessel, label }) => ({
    zellen: [
      label,
      ...daten.map((d) => euro(d.ergebnis.aufstellung[schluessel])),
      ...daten
        .slice(1)
        .map((d) => differenz(d.ergebnis.aufstellung[schluessel] - basis.ergebnis.aufstellung[schluessel])),
    ],
    summe: schluessel === "gesamtkosten" || schluessel === "eigenanteil",
  }));
  return [
    { art: "ueberschrift", ebene: 2, text: "Kostenvergleich" },
    { art: "tabelle", kopf: kopfzeile, zeilen },
  ];
}

function erstattung(daten: readonly SzenarioDaten[]): VorlagenBlock[] {
  const punkte = daten.map(({ szenario: s, ergebnis: e }) => {
    if (!e.erstattung || !e.regel) return `${s.name}: keine Landeserstattung angesetzt.`;
    const posten = e.erstattung.posten
      .filter((p) => p.betrag !== 0)
      .map((p) => `${p.bezeichnung}: ${euro(p.betrag)}`)
      .join("; ");
    return (
      `${s.name}: ${euro(e.erstattung.betrag)} je Jahr nach „${e.regel.titel}“ (${e.regel.id}, Stand: ${e.regel.status})` +
      `${posten ? ` (${posten})` : ""}. Quelle: ${quellenVermerk(e.regel.quelle)}.`
    );
  });
  return [
    { art: "ueberschrift", ebene: 2, text: "Kostenerstattung durch das Land NRW" },
    { art: "aufzaehlung", punkte },
  ];
}

function eigenanteil(daten: readonly SzenarioDaten[]): VorlagenBlock[] {
  const basis = daten[0];
  const saetze = daten.map((d) => `„${d.szenario.name}“ ${euro(d.ergebnis.aufstellung.eigenanteil)}`);
  const texte = [`Beim Kreis verbleibt ein jährlicher Eigenanteil von ${saetze.join(", ")}.`];
  for (const d of daten.slice(1)) {
    const diff = d.ergebnis.aufstellung.eigenanteil - basis.ergebnis.aufstellung.eigenanteil;
    const richtung = diff >= 0 ? "Mehrbelastung" : "Entlastung";
    texte.push(
      `${d.szenario.name} gegenüber ${basis.szenario.name}: jährliche ${richtung} von ${euro(Math.abs(diff))} (${differenz(diff)}).`,
    );
  }
  return [
    { art: "ueberschrift", ebene: 2, text: "Eigenanteil des Kreises" },
    ...texte.map((text): VorlagenBlock => ({ art: "absatz", text })),
  ];
}

export function baueVorlagenInhalt(szenarien: Szenario[], optionen: ArbeitsmappenOptionen): VorlagenInhalt {
  const daten = szenarioDaten(szenarien);
  const bloecke = [
    ...kopf(daten, optionen),
    ...sachdarstellung(daten),
    ...kostentabelle(daten),
    ...erstattung(daten),
    ...eigenanteil(daten),
    ...(optionen.mehrjahr ? mehrjahr(szenarien, optionen.mehrjahr) : []),
    // The same rule as the Umlage sheet (src/scenario/optionen.ts): the text never has a section the workbook lacks.
    ...(optionen.umlage && umlageMoeglich(szenarien) ? umlage(daten, optionen.umlage) : []),
  ];
  return { titel: `Finanzielle Auswirkungen: ${daten.map((d) => d.szenario.name).join(" / ")}`, bloecke };
}

function mehrjahr(szenarien: readonly Szenario[], o: NonNullable<ArbeitsmappenOptionen["mehrjahr"]>): VorlagenBlock[] {
  const a = mehrjahresannahmenAus(o, szenarien);
  const p = szenarien.map((s) => projiziere(kostenstrukturAusSzenario(s), a, regelnFuer([s])));
  const basis = szenarien.findIndex((s) => s.typ === "derzeitig");
  const ki = szenarien.findIndex((s) => s.typ === "ki");
  const vergleich = basis >= 0 && ki >= 0;
  const diff = (i: number) => p[ki].jahre[i].eigenanteil - p[basis].jahre[i].eigenanteil;
  const kopfzeile = ["Jahr", ...szenarien.map((s) => `Eigenanteil ${s.name}`)];
  if (vergleich) kopfzeile.push(`Mehrbelastung ${szenarien[ki].name}`);
  const zeilen: TabellenZeile[] = p[0].jahre.map((j, i) => ({
    zellen: [String(j.jahr), ...p.map((x) => euro(x.jahre[i].eigenanteil)), ...(vergleich ? [differenz(diff(i))] : [])],
  }));
  const summeDiff = vergleich ? p[ki].summeEigenanteil - p[basis].summeEigenanteil : 0;
  // The present value of the yearly differences, rounded once: the figure the sheet shows (the
  // difference of two rounded present values can be a cent off).
  const barwertDiff = vergleich
    ? barwert(
        p[0].jahre.map((_, i) => diff(i)),
        a.zinssatz,
      )
    : 0;
  zeilen.push({
    zellen: ["Summe", ...p.map((x) => euro(x.summeEigenanteil)), ...(vergleich ? [differenz(summeDiff)] : [])],
    summe: true,
  });
  zeilen.push({
    zellen: [
      `Barwert (auf ${a.vonJahr})`,
      ...p.map((x) => euro(x.barwertEigenanteil)),
      ...(vergleich ? [differenz(barwertDiff)] : []),
    ],
    summe: true,
  });
  const annahmen =
    `Eigene Annahmen, keine amtlichen Werte: Tarifsteigerung ${prozent(o.personalSteigerung)} je Jahr, ` +
    `Sachkostensteigerung ${prozent(o.sachSteigerung)} je Jahr, Zinssatz für den Barwert ${prozent(o.zinssatz)}; ` +
    `Preisstand ${a.preisbasisJahr ?? a.vonJahr}, abgezinst auf ${a.vonJahr}. Die Querschnittskosten sind in jedem ` +
    "Jahr der Querschnittssatz der Personalkosten dieses Jahres; IT- und Raumkosten folgen den Stellen des Jahres. " +
    "Die Landeserstattung folgt in jedem Jahr dem dann geltenden Regelwerk. " +
    personalkostenRegel(szenarien, a, `Tarifsteigerung ${prozent(o.personalSteigerung)}`);
  return [
    { art: "ueberschrift", ebene: 2, text: `Mehrjährige Betrachtung ${o.vonJahr}–${o.bisJahr}` },
    { art: "absatz", text: annahmen },
    { art: "tabelle", kopf: kopfzeile, zeilen },
  ];
}

function umlage(daten: readonly SzenarioDaten[], o: NonNullable<ArbeitsmappenOptionen["umlage"]>): VorlagenBlock[] {
  const ki = daten.find((d) => d.szenario.typ === "ki");
  if (!ki) return [];
  const basis = daten.find((d) => d.szenario.typ === "derzeitig");
  const betrag = ki.ergebnis.aufstellung.eigenanteil - (basis ? basis.ergebnis.aufstellung.eigenanteil : 0);
  const was = basis
    ? `den zusätzlichen Eigenanteil von „${ki.szenario.name}“ gegenüber „${basis.szenario.name}“ (${euro(betrag)} je Jahr)`
    : `den Eigenanteil von „${ki.szenario.name}“ (${euro(betrag)} je Jahr)`;
  const kopfBloecke: VorlagenBlock[] = [
    { art: "ueberschrift", ebene: 2, text: "Belastung der Gemeinden (Kreisumlage)" },
    { art: "absatz", text: `Über die Kreisumlage (§ 56 KrO NRW) tragen die Mitgliedsgemeinden ${was}.` },
  ];
  const positionen = o.mitglieder.map((m) => ({
    grundlage: m.grundlage === null ? 0 : euroZuCent(m.grundlage),
    minderbelastung: m.minderbelastung,
  }));
  if (positionen.every((p) => p.grundlage === 0)) {
    const hinweis =
      "Die Umlagegrundlagen der Gemeinden sind noch nicht eingetragen; die Verteilung folgt im Blatt „Umlage“.";
    return [...kopfBloecke, { art: "absatz", text: hinweis }];
  }
  const v = verteileUmlage(betrag, positionen);
  const zeilen: TabellenZeile[] = o.mitglieder.map((m, i) => ({
    zellen: [m.name, euro(positionen[i].grundlage), euro(v.belastungen[i])],
  }));
  const summe = (xs: readonly Cent[]) => xs.reduce((x, y) => x + y, 0);
  zeilen.push({
    zellen: ["Summe", euro(summe(positionen.map((p) => p.grundlage))), euro(summe(v.belastungen))],
    summe: true,
  });
  const punkte = `Das entspricht ${v.hebesatzpunkte.toLocaleString("de-DE", { maximumFractionDigits: 4 })} Hebesatzpunkten der Kreisumlage.`;
  return [
    ...kopfBloecke,
    { art: "absatz", text: punkte },
    { art: "tabelle", kopf: ["Gemeinde", "Umlagegrundlagen", "Belastung (€/Jahr)"], zeilen },
  ];
}
