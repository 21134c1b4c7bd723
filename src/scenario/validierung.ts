/**
 * Checks a scenario before it is computed or written, with German messages keyed by field, so the
 * task pane can show each message at the field it concerns. The calculation core throws on the
 * first problem; this collects all of them and words them for a form rather than for a formula.
 */
import {
  KiFehler,
  EINGABEJAHR_MAX,
  EINGABEJAHR_MIN,
  MAX_ANZAHL,
  MAX_BETRAG_EURO,
  MAX_STELLENANTEIL,
  MAX_SZENARIONAME,
  MAX_VORLAGENNR,
  ersteFoerderung,
  foerderregelFuerJahr,
  normalisiereEntgeltgruppe,
} from "../core";
import { berechneSzenario, regelFuer } from "./berechnung";
import type { Stelle, Szenario } from "./modell";
import { satztabelleDes } from "./eigeneSatztabelle";
import { sachsatzAbweichung } from "./sachsaetze";

/**
 * Field keys: scenario fields by name ("jahr", "erstattung.sachausgaben", "pauschale.betrag"),
 * staff lines as "stelle:<id>:<feld>", and "szenario" for what belongs to no single field.
 */
export type Pruefmeldungen = Record<string, string>;

export function stellenFeld(stelle: Pick<Stelle, "id">, feld: keyof Stelle): string {
  return `stelle:${stelle.id}:${feld}`;
}

function betragFehler(wert: number, was: string): string | null {
  if (!Number.isFinite(wert)) return `${was}: Bitte eine Zahl eingeben, z. B. 1.234,50.`;
  if (wert < 0) return `${was} darf nicht negativ sein.`;
  if (wert > MAX_BETRAG_EURO) return `${was} ist unrealistisch hoch (höchstens 1 Billion €) – Tippfehler?`;
  return null;
}

function anzahlFehler(wert: number, was: string): string | null {
  if (!Number.isFinite(wert)) return `${was}: Bitte eine Zahl eingeben.`;
  if (wert < 0) return `${was} darf nicht negativ sein.`;
  if (wert > MAX_ANZAHL) return `${was} ist unrealistisch hoch – Tippfehler?`;
  return null;
}

function satzFehler(wert: number, was: string): string | null {
  if (!Number.isFinite(wert)) return `${was}: Bitte eine Zahl in Prozent eingeben, z. B. 30.`;
  if (wert < 0 || wert > 1) return `${was} muss zwischen 0 % und 100 % liegen.`;
  return null;
}

function pruefeStelle(s: Szenario, st: Stelle, m: Pruefmeldungen): void {
  if (!Number.isFinite(st.anteil))
    m[stellenFeld(st, "anteil")] = "Bitte den Stellenanteil als Zahl eingeben, z. B. 0,5.";
  else if (st.anteil <= 0) m[stellenFeld(st, "anteil")] = "Der Stellenanteil muss größer als 0 sein (Vollzeit = 1).";
  else if (st.anteil > MAX_STELLENANTEIL) m[stellenFeld(st, "anteil")] = "Der Stellenanteil ist unrealistisch hoch.";

  if (st.eigenerSatz !== null) {
    const f = betragFehler(st.eigenerSatz, "Der eigene Satz");
    if (f) m[stellenFeld(st, "eigenerSatz")] = f;
  }

  const gruppe = normalisiereEntgeltgruppe(st.gruppe);
  // State teachers cost nothing and lines covered by a stated total need no rate of their own.
  const brauchtSatz = st.art !== "landeslehrer" && !(s.personalkostenPauschale && st.art === "kommunal");
  if (!gruppe) {
    if (st.art !== "landeslehrer")
      m[stellenFeld(st, "gruppe")] = "Bitte eine Entgelt- oder Besoldungsgruppe angeben, z. B. EG 9b oder A 11.";
    return;
  }
  if (!brauchtSatz || st.eigenerSatz !== null) return;
  let tabelle;
  try {
    tabelle = satztabelleDes(s);
  } catch {
    return; // reported at the rate-table field
  }
  if (!tabelle.saetze.has(gruppe.schluessel)) {
    const vorhanden = tabelle.gruppen.length ? tabelle.gruppen.join(", ") : "keine";
    m[stellenFeld(st, "gruppe")] =
      `Für „${gruppe.anzeige}“ hat die Satztabelle ${tabelle.id} keinen Satz (vorhanden: ${vorhanden}). ` +
      "Bitte einen eigenen Satz eintragen oder eine andere Satztabelle wählen.";
  }
}

/** German message for an optional year that is not a whole year in range, or null. */
function jahrFehler(j: number | undefined): string | null {
  if (j === undefined || (Number.isInteger(j) && j >= EINGABEJAHR_MIN && j <= EINGABEJAHR_MAX)) return null;
  return `Bitte ein Jahr zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX} angeben.`;
}

/** First and last year of a post: whole years, in order; a stated personnel total has no per-post years. */
function pruefeZeitraum(s: Szenario, st: Stelle, m: Pruefmeldungen): void {
  for (const feld of ["abJahr", "bisJahr"] as const) {
    const f = jahrFehler(st[feld]);
    if (f) m[stellenFeld(st, feld)] = f;
  }
  if (st.abJahr !== undefined && st.bisJahr !== undefined && st.abJahr > st.bisJahr) {
    m[stellenFeld(st, "bisJahr")] = `Das letzte Jahr (${st.bisJahr}) liegt vor dem ersten (${st.abJahr}).`;
  }
  const mitZeitraum = st.abJahr !== undefined || st.bisJahr !== undefined;
  if (mitZeitraum && s.personalkostenPauschale && st.art === "kommunal") {
    m[stellenFeld(st, "abJahr")] ??=
      "Die Personalkosten-Pauschale gilt für die Grundstellen in jedem Jahr; ein Zeitraum je Grundstelle ist dann nicht möglich. Bitte den Zeitraum entfernen oder die Pauschale abschalten.";
  }
}

/**
 * The Sachausgaben's years: they must include the scenario's own year, whose cost table claims
 * them (other years of the plan follow the period).
 */
function pruefeSachausgabenZeitraum(s: Szenario, m: Pruefmeldungen): void {
  const { sachausgabenAb: ab, sachausgabenBis: bis } = s.erstattung;
  const fab = jahrFehler(ab);
  const fbis = jahrFehler(bis);
  if (fab) m["erstattung.sachausgabenAb"] = fab;
  if (fbis) m["erstattung.sachausgabenBis"] = fbis;
  if (fab || fbis) return;
  if (ab !== undefined && bis !== undefined && ab > bis) {
    m["erstattung.sachausgabenBis"] = `Das letzte Jahr (${bis}) liegt vor dem ersten (${ab}).`;
  } else if ((ab !== undefined && s.jahr < ab) || (bis !== undefined && s.jahr > bis)) {
    m["erstattung.sachausgabenAb"] =
      `Der Zeitraum der Sachausgaben muss das Jahr des Szenarios (${s.jahr}) enthalten, dessen Kostenvergleich sie abrechnet.`;
  }
}

/** German message for a Vorlage-Nr. that does not fit the printed header, or null. */
export function vorlageNrFehler(nr: string): string | null {
  const n = nr.trim().length;
  return n > MAX_VORLAGENNR ? `Die Vorlagennummer ist zu lang (${n} Zeichen, höchstens ${MAX_VORLAGENNR}).` : null;
}

/** The rate table the scenario names (built-in or the Kreis's own) and the rate it is carried with. */
function pruefeSatztabelle(s: Szenario, m: Pruefmeldungen): void {
  try {
    satztabelleDes(s);
  } catch (e) {
    m.satztabelle = e instanceof KiFehler ? e.message : "Unbekannte Satztabelle.";
  }
  if (s.satzSteigerung !== undefined && !(s.satzSteigerung > -1 && s.satzSteigerung <= 1)) {
    m.satzSteigerung = "Die jährliche Steigerung muss über −100 % und höchstens 100 % liegen.";
  }
}

/** The rule set of the refund: known for the year under "auto", or the one chosen. */
function pruefeRegelwerk(s: Szenario, m: Pruefmeldungen): void {
  try {
    if (s.erstattung.regelwerk === "auto") {
      if (!m.jahr) foerderregelFuerJahr(s.jahr);
    } else {
      regelFuer(s);
    }
  } catch (e) {
    const text = e instanceof KiFehler ? e.message : String(e);
    // A year before any funding is the year's fault; a year whose rule is unknown asks for a choice.
    const erstes = ersteFoerderung();
    const vorFoerderung = erstes !== null && s.jahr < erstes;
    if (s.erstattung.regelwerk === "auto" && vorFoerderung) m.jahr = text;
    else m["erstattung.regelwerk"] = text;
  }
}

/** A rate recorded as a named source's must be that source's rate, or the sheet would cite it wrongly. */
function pruefeSachsatzQuellen(s: Szenario, m: Pruefmeldungen): void {
  const felder = [
    ["querschnittssatz", "Der Querschnittssatz"],
    ["itSatz", "Der IT-Satz"],
    ["raumSatz", "Der Raumkostensatz"],
  ] as const;
  for (const [feld, was] of felder) {
    const f = m[feld] ? null : sachsatzAbweichung(s, feld, was);
    if (f) m[feld] = f;
  }
}

export function pruefeSzenario(s: Szenario): Pruefmeldungen {
  const m: Pruefmeldungen = {};
  if (s.name.trim() === "") m.name = "Bitte einen Namen für das Szenario angeben.";
  else if (s.name.length > MAX_SZENARIONAME) m.name = `Der Name ist zu lang (höchstens ${MAX_SZENARIONAME} Zeichen).`;

  if (!Number.isInteger(s.jahr) || s.jahr < EINGABEJAHR_MIN || s.jahr > EINGABEJAHR_MAX) {
    m.jahr = `Bitte ein Jahr zwischen ${EINGABEJAHR_MIN} und ${EINGABEJAHR_MAX} angeben.`;
  }

  pruefeSatztabelle(s, m);

  for (const st of s.stellen) {
    pruefeStelle(s, st, m);
    pruefeZeitraum(s, st, m);
  }

  if (s.personalkostenPauschale) {
    const f = betragFehler(s.personalkostenPauschale.betrag, "Die Personalkosten-Pauschale");
    if (f) m["pauschale.betrag"] = f;
  }

  const anzahlen: Array<[keyof Szenario, string]> = [
    ["arbeitsplaetze", "Die Zahl der Arbeitsplätze"],
    ["bueros", "Die Zahl der Büros"],
  ];
  for (const [feld, was] of anzahlen) {
    const f = anzahlFehler(s[feld] as number, was);
    if (f) m[feld] = f;
  }
  const betraege: Array<[keyof Szenario, string]> = [
    ["projektmittel", "Die Projektmittel"],
    ["itSatz", "Der IT-Satz"],
    ["raumSatz", "Der Raumkostensatz"],
  ];
  for (const [feld, was] of betraege) {
    const f = betragFehler(s[feld] as number, was);
    if (f) m[feld] = f;
  }
  const q = satzFehler(s.querschnittssatz, "Der Querschnittssatz");
  if (q) m.querschnittssatz = q;
  pruefeSachsatzQuellen(s, m);

  if (s.erstattung.aktiv) {
    pruefeSachausgabenZeitraum(s, m);
    const f = betragFehler(s.erstattung.sachausgaben, "Die Sachausgaben");
    if (f) m["erstattung.sachausgaben"] = f;
    else if (Number.isFinite(s.projektmittel) && s.erstattung.sachausgaben > s.projektmittel) {
      m["erstattung.sachausgaben"] =
        "Die Sachausgaben sind Teil der Projektmittel und dürfen nicht höher sein als diese.";
    }
    pruefeRegelwerk(s, m);
  }

  if (Object.keys(m).length === 0) {
    // Whatever the field checks above do not anticipate still surfaces, worded by the core.
    try {
      berechneSzenario(s);
    } catch (e) {
      m.szenario = e instanceof KiFehler ? e.message : `Das Szenario lässt sich nicht berechnen: ${String(e)}`;
    }
  }
  return m;
}
