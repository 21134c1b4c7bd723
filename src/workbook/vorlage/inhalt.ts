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
import { type VorlagenAngaben, umlageMoeglich } from "../../scenario/optionen";
import { ZUSATZBLAETTER, type ZusatzblattEintrag } from "../../scenario/zusatzblaetter";
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
  /** kopf: [] for a table of labels and values without a header row. */
  | { art: "tabelle"; kopf: string[]; zeilen: TabellenZeile[] };

export interface VorlagenInhalt {
  /** Document title in the file properties. */
  titel: string;
  bloecke: VorlagenBlock[];
}

/** The Kämmerei's optional fields: one type, in the scenario layer (saved with the state). */
export type { VorlagenAngaben };

/** An amount in running text: cents only where the figure has them. */
const euro = (c: Cent) => formatEuro(c);
const prozent = (x: number) => `${(x * 100).toLocaleString("de-DE", { maximumFractionDigits: 2 })} %`;
const zahl = (x: number) => x.toLocaleString("de-DE", { maximumFractionDigits: 2 });
/** "1 Büro", "2 Büros", "1,5 Büros". */
const anzahl = (n: number, einzahl: string, mehrzahl: string) => `${zahl(n)} ${n === 1 ? einzahl : mehrzahl}`;

/**
 * One amount format for a whole table: with cents in every cell as soon as one figure has cents,
 * whole euros otherwise, so "80.778 €" never stands beside "45.678.901,23 €". Differences carry
 * their sign, as in the workbook's difference column ("+80.778 €").
 */
export function tabellenformat(werte: readonly Cent[]): { betrag(c: Cent): string; differenz(c: Cent): string } {
  const stellen = werte.some((c) => c % 100 !== 0) ? 2 : 0;
  const betrag = (c: Cent) =>
    `${(c / 100).toLocaleString("de-DE", { minimumFractionDigits: stellen, maximumFractionDigits: stellen })} €`;
  return { betrag, differenz: (c: Cent) => (c > 0 ? `+${betrag(c)}` : betrag(c)) };
}

const angabe = (x: string | undefined) => (x ?? "").trim();

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
  const quelle = s.quelle.trim() === "" ? "eigene Angaben" : s.quelle;
  const pauschale = s.personalkostenPauschale;
  // The lump sum's source only when it is not the scenario's own (named once at the end), and
  // never in brackets: sources carry brackets of their own.
  const personal = pauschale
    ? [
        pauschale.erlaeuterung,
        pauschale.quelle.trim() === "" || pauschale.quelle === quelle ? "" : `laut ${pauschale.quelle}`,
      ]
        .filter((t) => t !== "")
        .join(", ")
    : stellenText(s.stellen.filter((st) => stelleImJahr(st, s.jahr)));
  const teile = [
    `${s.koerperschaft}, Haushaltsjahr ${s.jahr}`,
    `Personal: ${personal || "keine Stellen"}`,
    `Querschnitts- und Sachkosten ${prozent(s.querschnittssatz)} der Personalkosten`,
    `${anzahl(s.arbeitsplaetze, "IT-Arbeitsplatz", "IT-Arbeitsplätze")} à ${euro(euroZuCent(s.itSatz))}`,
    `${anzahl(s.bueros, "Büro", "Büros")} à ${euro(euroZuCent(s.raumSatz))}`,
    `Projektmittel ${euro(euroZuCent(s.projektmittel))}`,
  ];
  const zeitraeume = zeitraumAngaben(s);
  if (zeitraeume.length > 0) teile.push(`nur in einzelnen Jahren: ${zeitraeume.join(", ")}`);
  // A source that ends its own sentence ("… anpassen.") gets no second full stop.
  return `${s.name}: ${teile.join("; ")}. Quelle: ${quelle}${/[.!?]$/.test(quelle.trim()) ? "" : "."}`;
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
  const f = tabellenformat(daten.flatMap((d) => ZEILEN.map((z) => d.ergebnis.aufstellung[z.schluessel])));
  const zeilen = ZEILEN.map(({ schluessel, label }) => ({
    zellen: [
      label,
      ...daten.map((d) => f.betrag(d.ergebnis.aufstellung[schluessel])),
      ...daten
        .slice(1)
        .map((d) => f.differenz(d.ergebnis.aufstellung[schluessel] - basis.ergebnis.aufstellung[schluessel])),
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
    const posten = e.erstattung.posten.filter((p) => p.betrag !== 0);
    // The parts only when there is more than one: a single part repeats the total. Not in
    // brackets, since the parts' names carry their own.
    const davon =
      posten.length > 1 ? ` Davon ${posten.map((p) => `${p.bezeichnung}: ${euro(p.betrag)}`).join("; ")}.` : "";
    return (
      `${s.name}: ${euro(e.erstattung.betrag)} je Jahr nach „${e.regel.titel}“ (${e.regel.id}, Stand: ${e.regel.status}).` +
      `${davon} Quelle: ${quellenVermerk(e.regel.quelle)}.`
    );
  });
  return [
    { art: "ueberschrift", ebene: 2, text: "Kostenerstattung durch das Land NRW" },
    { art: "aufzaehlung", punkte },
  ];
}

/** "„KIZ“ belastet den Kreis jährlich um 80.778 € mehr als „Derzeitige Struktur“." */
function vergleichSatz(d: SzenarioDaten, basis: SzenarioDaten): string {
  const diff = d.ergebnis.aufstellung.eigenanteil - basis.ergebnis.aufstellung.eigenanteil;
  const a = `„${d.szenario.name}“`;
  const b = `„${basis.szenario.name}“`;
  if (diff === 0) return `${a} belastet den Kreis jährlich ebenso hoch wie ${b}.`;
  return diff > 0
    ? `${a} belastet den Kreis jährlich um ${euro(diff)} mehr als ${b}.`
    : `${a} entlastet den Kreis jährlich um ${euro(-diff)} gegenüber ${b}.`;
}

function eigenanteil(daten: readonly SzenarioDaten[]): VorlagenBlock[] {
  const basis = daten[0];
  const betrag = (d: SzenarioDaten) => euro(d.ergebnis.aufstellung.eigenanteil);
  const teile = daten.map((d) => `${betrag(d)} bei „${d.szenario.name}“`);
  const liste = teile.length > 1 ? `${teile.slice(0, -1).join(", ")} und ${teile[teile.length - 1]}` : "";
  const erster =
    daten.length === 1
      ? `Beim Kreis verbleibt ein jährlicher Eigenanteil von ${betrag(basis)}.`
      : `Beim Kreis verbleibt ein jährlicher Eigenanteil von ${liste}.`;
  const texte = [erster, ...daten.slice(1).map((d) => vergleichSatz(d, basis))];
  return [
    { art: "ueberschrift", ebene: 2, text: "Eigenanteil des Kreises" },
    ...texte.map((text): VorlagenBlock => ({ art: "absatz", text })),
  ];
}

/** The measure the overview speaks of: the KI scenario (or the last one), compared with the current structure. */
function massnahme(daten: readonly SzenarioDaten[]): { ziel: SzenarioDaten; basis: SzenarioDaten | null } {
  const ziel = daten.find((d) => d.szenario.typ === "ki") ?? daten[daten.length - 1];
  const basis = daten.find((d) => d !== ziel && d.szenario.typ === "derzeitig") ?? null;
  return { ziel, basis };
}

/**
 * The overview a Kämmerei fills in at the top of "Finanzielle Auswirkungen": budget year and
 * product if given, the measure's yearly expenses, income (the Land's refund) and net burden, the
 * extra burden over the current structure and how it is covered. Rows without a value are left out.
 */
function uebersicht(daten: readonly SzenarioDaten[], angaben: VorlagenAngaben): VorlagenBlock[] {
  const { ziel, basis } = massnahme(daten);
  const a = ziel.ergebnis.aufstellung;
  const mehr = basis ? a.eigenanteil - basis.ergebnis.aufstellung.eigenanteil : null;
  const f = tabellenformat([a.gesamtkosten, a.landeserstattung, a.eigenanteil, ...(mehr === null ? [] : [mehr])]);
  const zeilen: TabellenZeile[] = [
    { zellen: ["Haushaltsjahr", angabe(angaben.haushaltsjahr)] },
    { zellen: ["Produkt/Kostenstelle", angabe(angaben.produkt)] },
    { zellen: [`Jährliche Aufwendungen „${ziel.szenario.name}“`, f.betrag(a.gesamtkosten)] },
    { zellen: ["Jährliche Erträge (Landeserstattung)", f.betrag(a.landeserstattung)] },
    { zellen: ["Jährlicher Eigenanteil des Kreises", f.betrag(a.eigenanteil)], summe: true },
    ...(basis && mehr !== null
      ? [
          {
            zellen: [
              `${mehr >= 0 ? "Mehrbelastung" : "Entlastung"} gegenüber „${basis.szenario.name}“`,
              f.betrag(Math.abs(mehr)),
            ],
          },
        ]
      : []),
    { zellen: ["Deckungsvorschlag", angabe(angaben.deckungsvorschlag)] },
  ].filter((z) => z.zellen[1] !== "");
  const beschluss = angabe(angaben.beschlussvorschlag);
  return [
    ...(beschluss === ""
      ? []
      : [
          { art: "ueberschrift", ebene: 2, text: "Beschlussvorschlag" } as const,
          { art: "absatz", text: beschluss } as const,
        ]),
    { art: "ueberschrift", ebene: 2, text: "Übersicht" },
    { art: "tabelle", kopf: [], zeilen },
  ];
}

export function baueVorlagenInhalt(
  szenarien: Szenario[],
  optionen: ArbeitsmappenOptionen,
  angaben: VorlagenAngaben = {},
): VorlagenInhalt {
  const daten = szenarioDaten(szenarien);
  const bloecke = [
    ...kopf(daten, optionen),
    ...uebersicht(daten, angaben),
    ...sachdarstellung(daten),
    ...kostentabelle(daten),
    ...erstattung(daten),
    ...eigenanteil(daten),
    ...(optionen.mehrjahr ? mehrjahr(szenarien, optionen.mehrjahr) : []),
    // The same rule as the Umlage sheet (src/scenario/optionen.ts): the text never has a section the workbook lacks.
    ...(optionen.umlage && umlageMoeglich(szenarien) ? umlage(daten, optionen.umlage) : []),
    ...zusatzblattAbsaetze(optionen),
  ];
  return { titel: `Finanzielle Auswirkungen: ${daten.map((d) => d.szenario.name).join(" / ")}`, bloecke };
}

/** The paragraphs of the chosen on/off sheets (src/scenario/zusatzblaetter.ts), in catalogue order. */
export function zusatzblattAbsaetze(
  optionen: ArbeitsmappenOptionen,
  katalog: readonly ZusatzblattEintrag[] = ZUSATZBLAETTER,
): VorlagenBlock[] {
  return katalog.flatMap((e) =>
    e.vorlageAbsatz && optionen.zusatzblaetter?.includes(e.id)
      ? [{ art: "absatz" as const, text: e.vorlageAbsatz }]
      : [],
  );
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
  const summeDiff = vergleich ? p[ki].summeEigenanteil - p[basis].summeEigenanteil : 0;
  // The present value of the yearly differences, rounded once: the figure the sheet shows (the
  // difference of two rounded present values can be a cent off).
  const barwertDiff = vergleich
    ? barwert(
        p[0].jahre.map((_, i) => diff(i)),
        a.zinssatz,
      )
    : 0;
  const f = tabellenformat([
    ...p.flatMap((x) => [...x.jahre.map((j) => j.eigenanteil), x.summeEigenanteil, x.barwertEigenanteil]),
    ...(vergleich ? [...p[0].jahre.map((_, i) => diff(i)), summeDiff, barwertDiff] : []),
  ]);
  const zeilen: TabellenZeile[] = p[0].jahre.map((j, i) => ({
    zellen: [
      String(j.jahr),
      ...p.map((x) => f.betrag(x.jahre[i].eigenanteil)),
      ...(vergleich ? [f.differenz(diff(i))] : []),
    ],
  }));
  zeilen.push({
    zellen: ["Summe", ...p.map((x) => f.betrag(x.summeEigenanteil)), ...(vergleich ? [f.differenz(summeDiff)] : [])],
    summe: true,
  });
  zeilen.push({
    zellen: [
      `Barwert auf ${a.vonJahr}`,
      ...p.map((x) => f.betrag(x.barwertEigenanteil)),
      ...(vergleich ? [f.differenz(barwertDiff)] : []),
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
    ? `den zusätzlichen Eigenanteil von „${ki.szenario.name}“ gegenüber „${basis.szenario.name}“, ${euro(betrag)} je Jahr`
    : `den Eigenanteil von „${ki.szenario.name}“, ${euro(betrag)} je Jahr`;
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
  const summe = (xs: readonly Cent[]) => xs.reduce((x, y) => x + y, 0);
  const summen = [summe(positionen.map((p) => p.grundlage)), summe(v.belastungen)];
  const f = tabellenformat([...positionen.map((p) => p.grundlage), ...v.belastungen, ...summen]);
  const zeilen: TabellenZeile[] = o.mitglieder.map((m, i) => ({
    zellen: [m.name, f.betrag(positionen[i].grundlage), f.betrag(v.belastungen[i])],
  }));
  zeilen.push({ zellen: ["Summe", ...summen.map(f.betrag)], summe: true });
  const hp = v.hebesatzpunkte;
  const punkte = `Das entspricht ${hp.toLocaleString("de-DE", { maximumFractionDigits: 4 })} ${hp === 1 ? "Hebesatzpunkt" : "Hebesatzpunkten"} der Kreisumlage.`;
  return [
    ...kopfBloecke,
    { art: "absatz", text: punkte },
    { art: "tabelle", kopf: ["Gemeinde", "Umlagegrundlagen", "Belastung je Jahr"], zeilen },
  ];
}
