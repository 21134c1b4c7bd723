/**
 * Break-even ("Gleichstand"): the value of one parameter at which the KI's Eigenanteil equals the
 * baseline's, all else as entered. WiBe calls this the point where the ranking flips.
 *
 * The Eigenanteil is piecewise linear in each parameter: linear between the points where a funding
 * cap starts or stops to bind (min(cap, cost)). The difference d(x) = EA_KI(x) − EA_Basis(x) is
 * evaluated without intermediate rounding at the segment ends, and the root is found in closed form
 * on the segment where d changes sign, so the answer does not depend on a search step. Amounts are
 * then given in whole cents, rates to a hundredth of a percentage point.
 */
import { KiFehler } from "./fehler";
import { Cent, formatEuro, rundeKaufmaennisch, zahlText } from "./geld";
import { MAX_BETRAG_EURO } from "./grenzen";
import { deutsch } from "./zahlformat";
import {
  FOERDERREGELN,
  Foerderregel,
  berechneErstattung,
  foerdereGrundstellen,
  zuwendungenJeStelle,
} from "./foerderregeln";
import { Kostenstruktur, regelImJahr } from "./projektion";

export type Sensitivitaetsparameter = "querschnittssatz" | "landeserstattung" | "personalkosten";

export interface Gleichstand {
  parameter: Sensitivitaetsparameter;
  /** gefunden = a break-even inside the valid range; keiner = none there; unabhaengig = d does not depend on it. */
  status: "gefunden" | "keiner" | "unabhaengig";
  /** The break-even: a fraction for the rate, cents for amounts; null unless gefunden. */
  wert: number | null;
  /** The value as entered (fraction or cents). */
  aktuell: number;
  /** EA_KI − EA_Basis at the value as entered, cents. */
  abstandAktuell: Cent;
  /** German sentence for the task pane. */
  satz: string;
}

export interface SensitivitaetsEingabe {
  basis: Kostenstruktur;
  ki: Kostenstruktur;
  /** Budget year (selects the rule set for regelwerk "auto"). */
  jahr: number;
  /** Vary the overhead rate of both structures together (default) or of the KI only. */
  querschnittNurKi?: boolean;
  regeln?: readonly Foerderregel[];
}

interface Bereich {
  von: number;
  bis: number;
}

/**
 * Root of a piecewise-linear function with the given breakpoints on [von, bis]; null if none. Where
 * the function is 0 on a whole segment (a cap absorbs every change), the root is that interval.
 */
function nullstelle(d: (x: number) => number, knicke: number[], b: Bereich): Bereich | null {
  const punkte = [...new Set([b.von, ...knicke.filter((k) => k > b.von && k < b.bis), b.bis])].sort((x, y) => x - y);
  const werte = punkte.map(d);
  for (let i = 0; i < punkte.length; i++) {
    if (werte[i] === 0) {
      let j = i;
      while (j + 1 < punkte.length && werte[j + 1] === 0) j++;
      return { von: punkte[i], bis: punkte[j] };
    }
    if (i + 1 === punkte.length) break;
    const [u, v, du, dv] = [punkte[i], punkte[i + 1], werte[i], werte[i + 1]];
    if (dv !== 0 && Math.sign(du) === Math.sign(dv)) continue;
    if (dv === 0) continue;
    // d is linear on [u, v]: the interpolation is the exact root.
    const x = u + (-du * (v - u)) / (dv - du);
    return { von: x, bis: x };
  }
  return null;
}

/** Eigenanteil without intermediate rounding; personnel costs scaled by `faktor`. */
function eigenanteilReal(
  s: Kostenstruktur,
  regel: Foerderregel | null,
  optionen: { satz?: number; faktor?: number; erstattung?: number },
): number {
  const faktor = optionen.faktor ?? 1;
  const grund = s.personalGrund * faktor;
  const zusatz = s.personalZusatz * faktor;
  const personal = grund + zusatz;
  const satz = optionen.satz ?? s.querschnittssatz;
  const gesamt = personal + personal * satz + s.it + s.raum + s.projektmittel;
  const erstattung =
    optionen.erstattung ??
    (regel
      ? berechneErstattung(regel, {
          koerperschaft: s.koerperschaft,
          personalkosten: grund,
          grundstellen: s.grundstellen?.map((g) => ({ ...g, kosten: g.kosten * faktor })),
          zusatzstellen: s.zusatzstellen,
          zusatzkosten: zusatz,
          zusatzposten: s.zusatzposten?.map((z) => ({ ...z, kosten: z.kosten * faktor })),
          sachausgaben: s.sachausgaben,
        }).betrag
      : 0);
  return gesamt - erstattung;
}

function erstattungCent(s: Kostenstruktur, regel: Foerderregel | null): Cent {
  return regel
    ? berechneErstattung(regel, {
        koerperschaft: s.koerperschaft,
        personalkosten: s.personalGrund,
        grundstellen: s.grundstellen,
        zusatzstellen: s.zusatzstellen,
        zusatzkosten: s.personalZusatz,
        zusatzposten: s.zusatzposten,
        sachausgaben: s.sachausgaben,
      }).betrag
    : 0;
}

/** The Eigenanteil as the cost table computes it: each line in whole cents. */
function eigenanteilCent(s: Kostenstruktur, regel: Foerderregel | null): Cent {
  const gesamt = s.personalGrund + s.personalZusatz + s.querschnitt + s.it + s.raum + s.projektmittel;
  return gesamt - erstattungCent(s, regel);
}

function prozent(satz: number): string {
  return `${deutsch(satz * 100, { maximumFractionDigits: 2 })} %`;
}

/** "um 30.228 € teurer": one plain phrase, no brackets inside the sentence's own. */
function teurerOderGuenstiger(abstand: number): string {
  return `um ${formatEuro(Math.abs(abstand))} ${abstand > 0 ? "teurer" : "günstiger"}`;
}

/** Caps of the funding rules, as the points where the Eigenanteil bends when personnel costs scale. */
function knickeDerPersonalkosten(s: Kostenstruktur, regel: Foerderregel | null): number[] {
  if (!regel) return [];
  const knicke: number[] = [];
  for (const t of regel.tatbestaende) {
    if (t.art === "grundfoerderung" && s.grundstellen) {
      // Per-post caps: the refund bends where one post's scaled cost reaches its own cap.
      for (const p of foerdereGrundstellen(regel, t, s.grundstellen)) {
        if (p.kosten > 0 && p.deckel > 0) knicke.push(p.deckel / p.kosten);
      }
    } else if (t.art === "grundfoerderung" && s.personalGrund > 0) knicke.push(t.hoechstbetrag / s.personalGrund);
    if (t.art === "zusatzstellen" && s.zusatzposten) {
      // Per post, as for the base posts: each bends where its scaled cost reaches its cap.
      const max = t.maxStellen[s.koerperschaft];
      zuwendungenJeStelle(t.jeStelle, 1, max, s.zusatzposten).forEach((z, k) => {
        const st = s.zusatzposten?.[k];
        // The funded part's cost is kosten × funded share / share.
        const kosten = st && st.anteil > 0 ? (st.kosten * z.gefoerderterAnteil) / st.anteil : 0;
        if (kosten > 0 && z.deckel > 0) knicke.push(z.deckel / kosten);
      });
    } else if (t.art === "zusatzstellen" && s.personalZusatz > 0) {
      const n = Math.min(s.zusatzstellen, t.maxStellen[s.koerperschaft]);
      knicke.push((t.jeStelle * n) / s.personalZusatz);
    }
  }
  return knicke;
}

function querschnittGleichstand(
  e: SensitivitaetsEingabe,
  rb: Foerderregel | null,
  rk: Foerderregel | null,
): Gleichstand {
  const nurKi = e.querschnittNurKi === true;
  const d = (satz: number) => eigenanteilReal(e.ki, rk, { satz }) - eigenanteilReal(e.basis, rb, nurKi ? {} : { satz });
  const aktuell = e.ki.querschnittssatz;
  const abstandAktuell = eigenanteilCent(e.ki, rk) - eigenanteilCent(e.basis, rb);
  const wem = nurKi ? "des KI" : "(für beide Strukturen)";
  const basis = { parameter: "querschnittssatz" as const, aktuell, abstandAktuell };
  if (d(0) === d(1)) {
    return {
      ...basis,
      status: "unabhaengig",
      wert: null,
      satz: `Der Querschnittssatz ${wem} ändert den Abstand nicht, weil beide Strukturen gleich hohe Personalkosten haben.`,
    };
  }
  const treffer = nullstelle(d, [], { von: 0, bis: 1 });
  if (treffer === null) {
    return {
      ...basis,
      status: "keiner",
      wert: null,
      satz: `Kein Gleichstand bei einem Querschnittssatz ${wem} zwischen 0 % und 100 %. Das KI bleibt für den Kreis ${
        d(0) > 0 ? "teurer" : "günstiger"
      }, bei 0 % um ${formatEuro(Math.abs(d(0)))}, bei 100 % um ${formatEuro(Math.abs(d(1)))} je Jahr.`,
    };
  }
  // The root is one point here: a constant d was handled above.
  const wert = Math.round(treffer.von * 1e6) / 1e6;
  const steigend = d(1) > d(0);
  return {
    ...basis,
    status: "gefunden",
    wert,
    satz: `Gleichstand bei einem Querschnittssatz ${wem} von ${prozent(wert)} (angesetzt: ${prozent(aktuell)}); ${
      steigend ? "darüber" : "darunter"
    } ist das KI für den Kreis teurer, ${steigend ? "darunter" : "darüber"} günstiger.`,
  };
}

function erstattungGleichstand(
  e: SensitivitaetsEingabe,
  rb: Foerderregel | null,
  rk: Foerderregel | null,
): Gleichstand {
  const eaBasis = eigenanteilCent(e.basis, rb);
  const eaKi = eigenanteilCent(e.ki, rk);
  const erstattung = erstattungCent(e.ki, rk);
  const gesamt = eaKi + erstattung;
  const basis = { parameter: "landeserstattung" as const, aktuell: erstattung, abstandAktuell: eaKi - eaBasis };
  // EA_KI(R) = Gesamtkosten − R: exact in cents, no rounding involved.
  const wert = gesamt - eaBasis;
  if (wert < 0) {
    return {
      ...basis,
      status: "keiner",
      wert: null,
      satz: `Kein Gleichstand bei der Landeserstattung: Das KI ist schon ohne Erstattung für den Kreis günstiger (${formatEuro(
        -wert,
      )} weniger).`,
    };
  }
  const regelText = rk
    ? wert > erstattung
      ? ` Die Förderregeln (${rk.id}) geben bei diesen Kosten nur ${formatEuro(erstattung)} her.`
      : ` Die Förderregeln (${rk.id}) geben bei diesen Kosten ${formatEuro(erstattung)}.`
    : " Für das KI ist derzeit keine Landeserstattung angesetzt.";
  return {
    ...basis,
    status: "gefunden",
    wert,
    satz: `Gleichstand bei einer Landeserstattung von ${formatEuro(wert)} (angesetzt: ${formatEuro(
      erstattung,
    )}); mit mehr Erstattung ist das KI für den Kreis günstiger.${regelText}`,
  };
}

function personalGleichstand(e: SensitivitaetsEingabe, rb: Foerderregel | null, rk: Foerderregel | null): Gleichstand {
  const aktuell = e.ki.personalGrund + e.ki.personalZusatz;
  const eaBasis = eigenanteilCent(e.basis, rb);
  const abstandAktuell = eigenanteilCent(e.ki, rk) - eaBasis;
  const basis = { parameter: "personalkosten" as const, aktuell, abstandAktuell };
  if (aktuell === 0) {
    return {
      ...basis,
      status: "unabhaengig",
      wert: null,
      satz: "Für das KI sind keine Personalkosten angesetzt; ein Gleichstand über die Personalkosten lässt sich nicht bestimmen.",
    };
  }
  // Scale all KI personnel costs by one factor f (P = f × entered): the mix of base and extra posts stays.
  const eaBasisReal = eigenanteilReal(e.basis, rb, {});
  const d = (f: number) => eigenanteilReal(e.ki, rk, { faktor: f }) - eaBasisReal;
  const maxFaktor = (MAX_BETRAG_EURO * 100) / aktuell;
  const treffer = nullstelle(d, knickeDerPersonalkosten(e.ki, rk), { von: 0, bis: maxFaktor });
  if (treffer === null) {
    return {
      ...basis,
      status: "keiner",
      wert: null,
      satz: `Kein Gleichstand über die Personalkosten: Das KI ist für den Kreis auch ohne Personalkosten ${teurerOderGuenstiger(
        d(0),
      )}.`,
    };
  }
  const wert = rundeKaufmaennisch(treffer.von * aktuell);
  const bis = rundeKaufmaennisch(treffer.bis * aktuell);
  if (bis !== wert) {
    return {
      ...basis,
      status: "gefunden",
      wert,
      satz: `Gleichstand bei Personalkosten des KI von ${formatEuro(wert)} bis ${formatEuro(bis)} (angesetzt: ${formatEuro(
        aktuell,
      )}): In diesem Bereich gleicht die Landeserstattung jede Änderung aus; darüber ist das KI für den Kreis teurer.`,
    };
  }
  return {
    ...basis,
    status: "gefunden",
    wert,
    satz: `Gleichstand bei Personalkosten des KI von ${formatEuro(wert)} (angesetzt: ${formatEuro(
      aktuell,
    )}, alle Stellen im gleichen Verhältnis); darüber ist das KI für den Kreis teurer, darunter günstiger.`,
  };
}

/** Break-even for the overhead rate, the refund and the KI's personnel costs, in that order. */
export function gleichstaende(e: SensitivitaetsEingabe): Gleichstand[] {
  const regeln = e.regeln ?? FOERDERREGELN;
  if (!Number.isInteger(e.jahr))
    throw new KiFehler("wert", `Das Jahr muss eine ganze Zahl sein, nicht ${zahlText(e.jahr)}.`);
  const rb = regelImJahr(e.basis.regelwerk, e.jahr, regeln);
  const rk = regelImJahr(e.ki.regelwerk, e.jahr, regeln);
  return [querschnittGleichstand(e, rb, rk), erstattungGleichstand(e, rb, rk), personalGleichstand(e, rb, rk)];
}
