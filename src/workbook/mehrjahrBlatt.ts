/**
 * The "Mehrjahresplanung" sheet: for every year from–to and every scenario, personnel costs carried
 * forward by the pay-rise rate, Sachkosten by the price rate, the state refund under the rule set
 * valid in that year, the Eigenanteil, the cumulative difference of the KI against the current
 * structure and its present value, with a line chart.
 *
 * Live formulas throughout: the year table reads the rates from the assumption cells at the top of
 * this sheet and the base-year amounts from the block below them, which in turn references the
 * "Annahmen"/"Kostenvergleich" cells where the workbook builder passes their addresses. Mode "ki"
 * uses KI.FORTSCHREIBUNG, KI.LANDESERSTATTUNG, KI.EIGENANTEIL and KI.BARWERT; mode "nativ" the same
 * arithmetic in Excel's own functions (the funding rules written out from the rule data), so both
 * modes give identical cents.
 */
import {
  FOERDERREGELN,
  Foerderregel,
  Kostenstruktur,
  Mehrjahresannahmen,
  Projektion,
  Vergleichsjahr,
  barwert,
  centZuEuro,
  foerderregelAuskunft,
  projiziere,
  pruefeMehrjahresannahmen,
  regelImJahr,
} from "../core";
import type { Szenario } from "../scenario/modell";
import { kostenstrukturAusSzenario } from "./mehrjahrSzenario";
import {
  EINGABE_HINTERGRUND,
  GELD,
  JAHR,
  KOPF_HINTERGRUND,
  PROZENT,
  Raster,
  adresse,
  bereich,
  spaltenname,
} from "./mehrjahrRaster";
import type { BlattPlan } from "./plan";
import type { Formelmodus, MehrjahrOptionen } from "../scenario/optionen";
import { druckA4Quer, type Druckkopf } from "./raster";

export const MEHRJAHR_BLATTNAME = "Mehrjahresplanung";

/** Base-year values of a scenario the sheet needs; each may come from a cell on another sheet. */
export type Basisgroesse =
  | "koerperschaft"
  | "personalGrund"
  | "personalZusatz"
  | "zusatzstellen"
  | "querschnitt"
  | "it"
  | "raum"
  | "projektmittel"
  | "sachausgaben"
  | "eigenanteil";

/**
 * Absolute, sheet-qualified address (e.g. "Annahmen!$C$12") holding a scenario's base value, or
 * null where the workbook has no such cell; then the sheet holds the value itself.
 */
export type Bezugsfunktion = (szenarioIndex: number, groesse: Basisgroesse) => string | null;

export interface MehrjahrBlattEingabe {
  szenarien: readonly Szenario[];
  optionen: MehrjahrOptionen;
  modus: Formelmodus;
  /** Date and council document number for the printed header, as on the other sheets. */
  druckkopf?: Omit<Druckkopf, "titel">;
  bezug?: Bezugsfunktion;
  /** Funding rule sets; default the built-in FOERDERREGELN. */
  regeln?: readonly Foerderregel[];
}

interface Basiszeile {
  groesse: Exclude<Basisgroesse, "eigenanteil">;
  label: string;
  wert: (s: Kostenstruktur) => number | string;
  geld: boolean;
}

const BASISZEILEN: readonly Basiszeile[] = [
  { groesse: "koerperschaft", label: "Körperschaft", wert: (s) => s.koerperschaft, geld: false },
  {
    groesse: "personalGrund",
    label: "Personalkosten Grundstellen",
    wert: (s) => centZuEuro(s.personalGrund),
    geld: true,
  },
  {
    groesse: "personalZusatz",
    label: "Personalkosten Zusatzstellen (ab 2017 förderfähig)",
    wert: (s) => centZuEuro(s.personalZusatz),
    geld: true,
  },
  { groesse: "zusatzstellen", label: "Zusatzstellen (Anzahl)", wert: (s) => s.zusatzstellen, geld: false },
  { groesse: "querschnitt", label: "Querschnitts-/Sachkosten", wert: (s) => centZuEuro(s.querschnitt), geld: true },
  { groesse: "it", label: "IT-Standardarbeitsplätze", wert: (s) => centZuEuro(s.it), geld: true },
  { groesse: "raum", label: "Raumkosten", wert: (s) => centZuEuro(s.raum), geld: true },
  { groesse: "projektmittel", label: "Projektmittel", wert: (s) => centZuEuro(s.projektmittel), geld: true },
  {
    groesse: "sachausgaben",
    label: "davon Sachausgaben (Pauschale ab 2017)",
    wert: (s) => centZuEuro(s.sachausgaben),
    geld: true,
  },
];

/** Zero-based rows of the fixed upper part. */
const Z = {
  titel: 0,
  untertitel: 1,
  annahmenKopf: 3,
  personal: 4,
  sach: 5,
  zins: 6,
  preisstand: 7,
  zeitraum: 8,
  basisKopf: 10,
  basis: 11,
} as const;

const REGELWERK_ZEILE = Z.basis + BASISZEILEN.length;

export function mehrjahresannahmenAus(o: MehrjahrOptionen): Mehrjahresannahmen {
  return {
    vonJahr: o.vonJahr,
    bisJahr: o.bisJahr,
    preisbasisJahr: o.vonJahr,
    personalSteigerung: o.personalSteigerung,
    sachSteigerung: o.sachSteigerung,
    zinssatz: o.zinssatz,
  };
}

function regelwerkText(s: Kostenstruktur): string {
  return s.regelwerk === null ? "keine Erstattung" : s.regelwerk;
}

/** Excel's ROUND of x × (1 + rate)^n to cents: the native form of KI.FORTSCHREIBUNG. */
function fortschreibungFormel(modus: Formelmodus, betrag: string, rate: string, jahre: string): string {
  return modus === "ki" ? `KI.FORTSCHREIBUNG(${betrag},${rate},${jahre})` : `ROUND(${betrag}*(1+${rate})^(${jahre}),2)`;
}

/** The refund of one rule set written out as native formula, from the rule data (no per-rule code). */
function erstattungNativ(
  regel: Foerderregel,
  s: Kostenstruktur,
  grund: string,
  zusatz: string,
  sach: string,
  zusatzstellen: string,
): string {
  const teile = regel.tatbestaende.map((t) => {
    switch (t.art) {
      case "grundfoerderung":
        return `MIN(${grund},${centZuEuro(t.hoechstbetrag)})`;
      case "zusatzstellen":
        return `MIN(${zusatz},ROUND(${centZuEuro(t.jeStelle)}*MIN(${zusatzstellen},${t.maxStellen[s.koerperschaft]}),2))`;
      case "sachausgaben":
        return `MIN(${sach},${centZuEuro(t.hoechstbetrag)})`;
    }
  });
  return teile.join("+");
}

export function baueMehrjahresBlatt(e: MehrjahrBlattEingabe): BlattPlan {
  const regeln = e.regeln ?? FOERDERREGELN;
  const a = mehrjahresannahmenAus(e.optionen);
  pruefeMehrjahresannahmen(a);
  if (e.szenarien.length === 0) throw new Error("Die Mehrjahresplanung braucht mindestens ein Szenario.");
  const strukturen = e.szenarien.map(kostenstrukturAusSzenario);
  const projektionen: Projektion[] = strukturen.map((s) => projiziere(s, a, regeln));
  const basisIndex = e.szenarien.findIndex((s) => s.typ === "derzeitig");
  const kiIndex = e.szenarien.findIndex((s) => s.typ === "ki");
  const mitVergleich = basisIndex >= 0 && kiIndex >= 0;
  const n = e.szenarien.length;
  const jahre = a.bisJahr - a.vonJahr + 1;
  const r = new Raster();
  const fett = { fett: true };
  const kopf = { fett: true, hintergrund: KOPF_HINTERGRUND, umbruch: true };

  // --- title and own assumptions ---------------------------------------------------------------
  r.text(Z.titel, 0, `Mehrjahresplanung ${a.vonJahr}–${a.bisJahr}`, { fett: true, schriftgroesse: 14 });
  r.text(
    Z.untertitel,
    0,
    "Eigenanteil je Jahr mit Personal- und Sachkostensteigerung und der im jeweiligen Jahr gültigen Landesförderung. " +
      "Steigerungs- und Zinssätze sind eigene Annahmen, keine amtlichen Werte.",
    { kursiv: true },
  );
  r.text(Z.annahmenKopf, 0, "Eigene Annahmen", kopf);
  r.text(Z.annahmenKopf, 1, "Wert", kopf);
  r.text(Z.annahmenKopf, 2, "Quelle", kopf);
  const annahme = (zeile: number, label: string, wert: number, format: string, quelle: string) => {
    r.text(zeile, 0, label);
    r.zahl(zeile, 1, wert, { zahlenformat: format, hintergrund: EINGABE_HINTERGRUND });
    r.text(zeile, 2, quelle, { kursiv: true });
  };
  annahme(
    Z.personal,
    "Personalkostensteigerung je Jahr",
    a.personalSteigerung,
    PROZENT,
    "Eigene Annahme (z. B. erwartete Tarif- und Besoldungsanpassungen); keine amtliche Zahl",
  );
  annahme(
    Z.sach,
    "Sachkostensteigerung je Jahr",
    a.sachSteigerung,
    PROZENT,
    "Eigene Annahme (Preisentwicklung) für Querschnitts-, IT-, Raumkosten und Projektmittel; keine amtliche Zahl",
  );
  annahme(
    Z.zins,
    "Zinssatz für den Barwert",
    a.zinssatz,
    PROZENT,
    "Eigene Annahme (z. B. Kreditzins des Kreises); abgezinst auf das erste Planjahr",
  );
  annahme(
    Z.preisstand,
    "Preisstand der Ausgangswerte (Jahr)",
    a.preisbasisJahr ?? a.vonJahr,
    JAHR,
    "Die Beträge aus „Annahmen“ gelten für dieses Jahr und werden von dort aus fortgeschrieben",
  );
  r.text(Z.zeitraum, 0, "Planungszeitraum");
  r.text(Z.zeitraum, 1, `${a.vonJahr}–${a.bisJahr}`, { ausrichtung: "rechts" });
  r.text(Z.zeitraum, 2, "Für einen anderen Zeitraum das Blatt aus dem Aufgabenbereich neu einfügen", {
    kursiv: true,
  });
  const p = adresse(Z.personal, 1, true);
  const q = adresse(Z.sach, 1, true);
  const zins = adresse(Z.zins, 1, true);
  const preisstand = adresse(Z.preisstand, 1, true);

  // --- base-year values per scenario ---------------------------------------------------------------
  r.text(Z.basisKopf, 0, "Ausgangswerte je Szenario (€/Jahr)", kopf);
  e.szenarien.forEach((s, j) => r.text(Z.basisKopf, 1 + j, s.name, kopf));
  r.text(Z.basisKopf, 1 + n, "Quelle", kopf);
  const basisAdresse = (j: number, g: Basiszeile["groesse"] | "regelwerk") =>
    adresse(g === "regelwerk" ? REGELWERK_ZEILE : Z.basis + BASISZEILEN.findIndex((b) => b.groesse === g), 1 + j, true);
  BASISZEILEN.forEach((b, i) => {
    const zeile = Z.basis + i;
    r.text(zeile, 0, b.label);
    strukturen.forEach((s, j) => {
      // Sachausgaben only matter with a refund; without one the sheet shows 0 rather than a linked amount.
      const verknuepfbar = b.groesse !== "sachausgaben" || s.regelwerk !== null;
      const ziel = verknuepfbar ? (e.bezug?.(j, b.groesse) ?? null) : null;
      const wert = b.wert(s);
      const format = b.geld ? { zahlenformat: GELD } : b.groesse === "zusatzstellen" ? { zahlenformat: "0.##" } : {};
      if (ziel) r.formel(zeile, 1 + j, `=${ziel}`, wert, format);
      else if (typeof wert === "string") r.text(zeile, 1 + j, wert, format);
      else r.zahl(zeile, 1 + j, wert, format);
    });
  });
  r.text(REGELWERK_ZEILE, 0, "Landesförderung (Regelwerk)");
  strukturen.forEach((s, j) => r.text(REGELWERK_ZEILE, 1 + j, regelwerkText(s)));
  r.text(
    Z.basis,
    1 + n,
    e.bezug
      ? "Verknüpft mit „Annahmen“/„Kostenvergleich“"
      : "Werte aus den Szenarien des Aufgabenbereichs (beim Einfügen übernommen)",
    { kursiv: true },
  );
  r.text(REGELWERK_ZEILE, 1 + n, "„auto“ = das im jeweiligen Jahr gültige Regelwerk", { kursiv: true });

  // --- year table --------------------------------------------------------------------------------
  const gruppenZeile = REGELWERK_ZEILE + 2;
  const kopfZeile = gruppenZeile + 1;
  const erste = kopfZeile + 1;
  const letzte = erste + jahre - 1;
  const spEa = (j: number) => 1 + j;
  const spDiff = 1 + n;
  const spKum = spDiff + 1;
  const spRegel = mitVergleich ? spKum + 1 : 1 + n;
  const detail = (j: number, k: 0 | 1 | 2 | 3) => spRegel + 1 + 4 * j + k;
  const letzteSpalte = detail(n - 1, 3);

  r.text(gruppenZeile, 0, "Jahr", kopf);
  r.text(gruppenZeile, 1, "Eigenanteil (€/Jahr)", kopf);
  if (mitVergleich) r.text(gruppenZeile, spDiff, "Vergleich", kopf);
  r.text(gruppenZeile, spRegel, "Förderung", kopf);
  e.szenarien.forEach((s, j) => r.text(gruppenZeile, detail(j, 0), s.name, kopf));
  // The header cell above the years stays empty: Excel then takes the years as chart categories.
  r.setze(kopfZeile, 0, null, kopf);
  e.szenarien.forEach((s, j) => r.text(kopfZeile, spEa(j), s.name, kopf));
  if (mitVergleich) {
    r.text(kopfZeile, spDiff, `Mehrbelastung ${e.szenarien[kiIndex].name} ggü. ${e.szenarien[basisIndex].name}`, kopf);
    r.text(kopfZeile, spKum, "Mehrbelastung kumuliert", kopf);
  }
  const refundIndex = strukturen.findIndex((s) => s.regelwerk !== null);
  r.text(kopfZeile, spRegel, refundIndex >= 0 ? `Regelwerk (${e.szenarien[refundIndex].name})` : "Regelwerk", kopf);
  e.szenarien.forEach((_, j) => {
    ["Personalkosten", "Sachkosten", "Gesamtkosten", "Landeserstattung"].forEach((t, k) =>
      r.text(kopfZeile, detail(j, k as 0 | 1 | 2 | 3), t, kopf),
    );
  });

  const vergleich: Vergleichsjahr[] = [];
  if (mitVergleich) {
    let kumuliert = 0;
    projektionen[kiIndex].jahre.forEach((jw, i) => {
      const differenz = jw.eigenanteil - projektionen[basisIndex].jahre[i].eigenanteil;
      kumuliert += differenz;
      vergleich.push({ jahr: jw.jahr, differenz, kumuliert });
    });
  }

  for (let i = 0; i < jahre; i++) {
    const zeile = erste + i;
    const jahr = a.vonJahr + i;
    // Column fixed, row relative: the same formula text works in every year row.
    const jahrZelle = `$${spaltenname(0)}${zeile + 1}`;
    const nJahre = `${jahrZelle}-${preisstand}`;
    r.zahl(zeile, 0, jahr, { zahlenformat: JAHR, fett: true });
    strukturen.forEach((s, j) => {
      const jw = projektionen[j].jahre[i];
      const f = (groesse: Basiszeile["groesse"], rate: string) =>
        fortschreibungFormel(e.modus, basisAdresse(j, groesse), rate, nJahre);
      const [spP, spS, spG, spE] = [detail(j, 0), detail(j, 1), detail(j, 2), detail(j, 3)];
      r.formel(zeile, spP, `=${f("personalGrund", p)}+${f("personalZusatz", p)}`, centZuEuro(jw.personal));
      r.formel(
        zeile,
        spS,
        `=${f("querschnitt", q)}+${f("it", q)}+${f("raum", q)}+${f("projektmittel", q)}`,
        centZuEuro(jw.sachkosten),
      );
      r.formel(zeile, spG, `=${adresse(zeile, spP)}+${adresse(zeile, spS)}`, centZuEuro(jw.gesamtkosten));
      const regel = regelImJahr(s.regelwerk, jahr, regeln);
      if (!regel) {
        r.zahl(zeile, spE, 0);
      } else if (e.modus === "ki") {
        r.formel(
          zeile,
          spE,
          `=KI.LANDESERSTATTUNG(${f("personalGrund", p)},${jahrZelle},${basisAdresse(j, "koerperschaft")},` +
            `${basisAdresse(j, "zusatzstellen")},${f("personalZusatz", p)},${f("sachausgaben", q)},` +
            `${basisAdresse(j, "regelwerk")})`,
          centZuEuro(jw.erstattung),
        );
      } else {
        r.formel(
          zeile,
          spE,
          `=${erstattungNativ(regel, s, f("personalGrund", p), f("personalZusatz", p), f("sachausgaben", q), basisAdresse(j, "zusatzstellen"))}`,
          centZuEuro(jw.erstattung),
        );
      }
      r.formel(
        zeile,
        spEa(j),
        e.modus === "ki"
          ? `=KI.EIGENANTEIL(${adresse(zeile, spG)},${adresse(zeile, spE)})`
          : `=${adresse(zeile, spG)}-${adresse(zeile, spE)}`,
        centZuEuro(jw.eigenanteil),
      );
    });
    if (mitVergleich) {
      const v = vergleich[i];
      r.formel(
        zeile,
        spDiff,
        `=${adresse(zeile, spEa(kiIndex))}-${adresse(zeile, spEa(basisIndex))}`,
        centZuEuro(v.differenz),
      );
      r.formel(
        zeile,
        spKum,
        i === 0 ? `=${adresse(zeile, spDiff)}` : `=${adresse(zeile - 1, spKum)}+${adresse(zeile, spDiff)}`,
        centZuEuro(v.kumuliert),
      );
    }
    const regelDesJahres = refundIndex >= 0 ? projektionen[refundIndex].jahre[i].regel : null;
    r.text(zeile, spRegel, regelDesJahres ? regelDesJahres.id : "keine Förderung");
  }

  // --- totals and present values ---------------------------------------------------------------
  const summenZeile = letzte + 1;
  const barwertZeile = letzte + 2;
  r.text(summenZeile, 0, "Summe", fett);
  r.text(barwertZeile, 0, `Barwert (auf ${a.vonJahr})`, fett);
  const spalteBereich = (sp: number) => bereich(erste, sp, letzte, sp);
  const barwertFormel = (sp: number) => {
    if (e.modus === "ki") return `=KI.BARWERT(${spalteBereich(sp)},${zins})`;
    const erstes = adresse(erste, sp);
    return jahre === 1
      ? `=ROUND(${erstes},2)`
      : `=ROUND(${erstes}+NPV(${zins},${bereich(erste + 1, sp, letzte, sp)}),2)`;
  };
  const summe = (werte: number[]) => werte.reduce((x, y) => x + y, 0);
  projektionen.forEach((pr, j) => {
    r.formel(summenZeile, spEa(j), `=SUM(${spalteBereich(spEa(j))})`, centZuEuro(pr.summeEigenanteil));
    r.formel(barwertZeile, spEa(j), barwertFormel(spEa(j)), centZuEuro(pr.barwertEigenanteil));
    const detailWerte: Array<(x: (typeof pr.jahre)[number]) => number> = [
      (x) => x.personal,
      (x) => x.sachkosten,
      (x) => x.gesamtkosten,
      (x) => x.erstattung,
    ];
    detailWerte.forEach((w, k) => {
      const sp = detail(j, k as 0 | 1 | 2 | 3);
      r.formel(summenZeile, sp, `=SUM(${spalteBereich(sp)})`, centZuEuro(summe(pr.jahre.map(w))));
    });
  });
  if (mitVergleich) {
    const differenzen = vergleich.map((v) => v.differenz);
    r.formel(summenZeile, spDiff, `=SUM(${spalteBereich(spDiff)})`, centZuEuro(summe(differenzen)));
    const barwertDiff = barwert(differenzen, a.zinssatz);
    r.formel(barwertZeile, spDiff, barwertFormel(spDiff), centZuEuro(barwertDiff));
  }

  // --- notes -------------------------------------------------------------------------------------
  let z = barwertZeile + 2;
  const notiz = (t: string) => r.text(z++, 0, t, { kursiv: true });
  notiz(
    "Fortschreibung: Betrag × (1 + Steigerung) ^ (Jahr − Preisstand), je Kostenzeile auf Cent gerundet " +
      (e.modus === "ki" ? "(KI.FORTSCHREIBUNG)." : "(RUNDEN)."),
  );
  notiz(
    "Barwert: Summe der Jahresbeträge, jeweils mit dem Zinssatz auf das erste Planjahr abgezinst; das erste Jahr " +
      "zählt voll. Entspricht erstem Jahr + NBW(Zins; übrige Jahre).",
  );
  notiz(
    "Landesförderung: je Jahr nach dem dann gültigen Regelwerk; Zusatzstellen und Sachausgaben werden erst ab 2017 " +
      "gefördert und nur, wenn das Szenario welche enthält. Eine Zuwendung übersteigt nie die geförderten Kosten.",
  );
  if (e.modus === "nativ") {
    notiz(
      "Modus „nativ“: Die Förderregeln sind beim Einfügen als Formeln ausgeschrieben; bei Änderungen neu einfügen.",
    );
  }
  const angewandt = new Map<string, string>();
  strukturen.forEach((s, j) =>
    projektionen[j].jahre.forEach((jw) => {
      if (jw.regel && !angewandt.has(jw.regel.id)) {
        angewandt.set(jw.regel.id, foerderregelAuskunft(jw.regel, s.koerperschaft).satz);
      }
    }),
  );
  for (const satz of angewandt.values()) notiz(satz);

  // --- formats, chart, print ---------------------------------------------------------------------
  r.formatiere(bereich(erste, 1, barwertZeile, letzteSpalte), { zahlenformat: GELD });
  r.formatiere(bereich(erste, spRegel, letzte, spRegel), { ausrichtung: "zentriert" });
  r.formatiere(bereich(summenZeile, 0, summenZeile, letzteSpalte), {
    fett: true,
    rahmen: { oben: "duenn" },
  });
  r.formatiere(bereich(barwertZeile, 0, barwertZeile, letzteSpalte), { fett: true, rahmen: { unten: "doppelt" } });
  r.formatiere(bereich(kopfZeile, 0, kopfZeile, letzteSpalte), { rahmen: { unten: "duenn" } });

  const diagrammOben = z + 1;
  // Eigenanteile per scenario and, with a comparison, the KI's extra burden as third line.
  const datenEnde = mitVergleich ? spDiff : n;
  return {
    name: MEHRJAHR_BLATTNAME,
    modus: e.modus,
    zellen: r.zellen,
    formate: r.formate,
    spaltenbreiten: [46, ...Array.from({ length: letzteSpalte }, () => 17)],
    namen: [],
    diagramme: [
      {
        name: "KI_Mehrjahresplanung_Eigenanteil",
        typ: "linien",
        daten: bereich(kopfZeile, 0, letzte, datenEnde),
        reihenIn: "spalten",
        titel: mitVergleich ? "Eigenanteil und Mehrbelastung je Jahr" : "Eigenanteil je Jahr",
        von: adresse(diagrammOben, 0),
        bis: adresse(diagrammOben + 18, Math.min(letzteSpalte, 7)),
      },
    ],
    druck: druckA4Quer({
      druckbereich: bereich(0, 0, diagrammOben + 18, letzteSpalte),
      titelzeilen: `$${gruppenZeile + 1}:$${kopfZeile + 1}`,
      kopf: { titel: `Mehrjahresplanung ${a.vonJahr}–${a.bisJahr}`, ...e.druckkopf },
      fusszeileLinks: "KI-Kostenplaner – eigene Annahmen, keine amtlichen Werte",
    }),
  };
}
