// The floor for every KI.* benchmark: the same arithmetic written as plainly as V8 allows, in
// integer cents, reading the same Excel-shaped arguments, with no checks and no messages. No
// function can beat it by much; "× Minimum" in the tables says how far a KI.* function is above it.
// These are NOT reference implementations: they skip validation and exact decimal rounding, so
// they may differ from KI.* by a cent on half-cent inputs. Only their cost matters.

/** Built-in grades in cents (NI2024 and RSK2013 merged: only the lookup's cost matters). */
const EINGEBAUT = new Map([
  ["A 11", 6980000],
  ["EG 6", 5590000],
  ["EG 9b", 7160000],
  ["EG 9c", 7230000],
  ["EG 14", 10030000],
]);

const cent = (euro) => Math.round(euro * 100);

/** Linear scan of a two-column range, as VLOOKUP(...; FALSE) does. */
function suche(tabelle, gruppe) {
  for (let i = 0; i < tabelle.length; i++) if (tabelle[i][0] === gruppe) return cent(tabelle[i][1]);
  return 0;
}

export function personalkosten(gruppe, anteil, tabelle) {
  let summe = 0;
  for (let i = 0; i < gruppe.length; i++) {
    for (let j = 0; j < gruppe[i].length; j++) {
      const satz = Array.isArray(tabelle) ? suche(tabelle, gruppe[i][j]) : (EINGEBAUT.get(gruppe[i][j]) ?? 0);
      const a = anteil === null ? 1 : anteil.length === 1 && anteil[0].length === 1 ? anteil[0][0] : anteil[i][j];
      summe += Math.round(satz * (a ?? 1));
    }
  }
  return summe / 100;
}

export const querschnitt = (p, s) => Math.round(cent(p) * (s ?? 0.3)) / 100;
export const stueck = (satzCent) => (n, s) => (n * (s === null ? satzCent : cent(s))) / 100;

export function gesamt(p, a, b, pm, s) {
  const pc = cent(p);
  return (pc + Math.round(pc * (s ?? 0.3)) + a * 226800 + b * 504000 + cent(pm ?? 0)) / 100;
}

/** One amount, as a range of one cell ([[x]], the shape Excel passes) or a plain number. */
export const erstattung = (p) => Math.min(cent(typeof p === "number" ? p : p[0][0]), 17000000) / 100;

const HOECHST_JE_POSTEN = new Map([
  ["Fachkraft", 5000000],
  ["Verwaltung", 5000000],
  ["Assistenz", 4000000],
]);

/** Per post: min(costs, cap × share), summed in cents. */
export function erstattungJePosten(posten) {
  let summe = 0;
  for (let i = 0; i < posten.length; i++) {
    const z = posten[i];
    const anteil = z[2] ?? 1;
    summe += Math.min(cent(z[1]), Math.round((HOECHST_JE_POSTEN.get(z[0]) ?? 0) * anteil));
  }
  return summe / 100;
}
export const eigen = (g, l) => (cent(g) - cent(l ?? 0)) / 100;

const LABELS = ["Personal", "Querschnitt", "IT", "Raum", "Projekt", "Gesamt", "Land", "Eigenanteil"];

export function kostenaufstellung(personal, a, b, pm, land, anteile, tabelle) {
  const pc =
    typeof personal[0][0] === "number" ? cent(personal[0][0]) : cent(personalkosten(personal, anteile, tabelle));
  const q = Math.round(pc * 0.3);
  const g = pc + q + a * 226800 + b * 504000 + cent(pm ?? 0);
  const l = cent(land ?? 0);
  const w = [pc, q, a * 226800, b * 504000, cent(pm ?? 0), g, l, g - l];
  return LABELS.map((t, i) => [t, w[i] / 100]);
}

const SAETZE = { Querschnitt: 0.3, IT: 2268, Raum: 5040, Landespauschale: 170000 };
export const satz = (name) => SAETZE[name];

export const fortschreibung = (b, s, j) => Math.round(cent(b) * (1 + s) ** j) / 100;

/** Running discount factor: one multiplication per year. */
export function barwert(zahlungen, zins, basis) {
  const z = zahlungen.length === 1 ? zahlungen[0] : zahlungen.map((r) => r[0]);
  const q = 1 + zins;
  let f = q ** (1 - (basis ?? 1));
  let s = 0;
  for (let i = 0; i < z.length; i++) {
    s += cent(z[i] ?? 0) / f;
    f *= q;
  }
  return Math.round(s) / 100;
}

/** Largest remainder in whole cents: floor each share, hand out the rest by remainder (sort). */
export function umlage(betrag, grundlagen) {
  const g = grundlagen.map((r) => r[0] ?? 0);
  const b = cent(betrag);
  let summe = 0;
  for (const x of g) summe += x;
  const anteile = new Array(g.length);
  const reste = new Array(g.length);
  let verteilt = 0;
  for (let i = 0; i < g.length; i++) {
    const genau = (b * g[i]) / summe;
    anteile[i] = Math.floor(genau);
    reste[i] = i;
    verteilt += anteile[i];
  }
  reste.sort((x, y) => (b * g[y]) / summe - anteile[y] - ((b * g[x]) / summe - anteile[x]));
  for (let k = 0; k < b - verteilt; k++) anteile[reste[k]]++;
  return anteile.map((c) => [c / 100]);
}
