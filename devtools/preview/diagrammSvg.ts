/**
 * Draws an Excel chart of the fake workbook as plain SVG markup: clustered columns, clustered
 * (horizontal) bars and lines, with title, legend and a value axis in German number format. One
 * pure function for the dev preview and the screenshot scripts, so a chart looks the same in both
 * and no chart library gets into the build.
 */

export interface DiagrammReihe {
  name: string;
  /** One value per category; null where the cell holds no number (a gap, as in Excel). */
  werte: Array<number | null>;
}

export interface Diagrammdaten {
  kategorien: string[];
  reihen: DiagrammReihe[];
}

export type Legendenposition = "Bottom" | "Top" | "Right" | "Left";

export interface DiagrammBeschreibung extends Diagrammdaten {
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered", "BarClustered", "Line", "LineMarkers". */
  typ: string;
  /** Empty: no title. */
  titel: string;
  /** Appended to axis labels and tooltips, e.g. "€". */
  einheit: string;
  /** null: no legend. */
  legende: Legendenposition | null;
}

/** Excel's default Office palette, in series order. */
export const REIHENFARBEN = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];

const SCHRIFT = "Calibri, Carlito, 'Segoe UI', Arial, sans-serif";

/**
 * Splits a chart's source range into categories and series as Excel does: "Columns" → the first
 * column holds the categories, each further column is a series named by its header cell; "Rows" →
 * the same transposed. "Auto" puts the series into the shorter dimension. `texte` are the
 * displayed cell texts (names and categories appear as formatted), `werte` the raw values.
 */
export function reihenAusBereich(werte: unknown[][], texte: string[][], reihenNach: string): Diagrammdaten {
  const zeilen = werte.length;
  const spalten = Math.max(0, ...werte.map((z) => z.length));
  const nachSpalten = reihenNach === "Rows" ? false : reihenNach === "Columns" ? true : spalten <= zeilen;
  const text = (z: number, s: number) => texte[z]?.[s] ?? String(werte[z]?.[s] ?? "");
  const zahl = (z: number, s: number): number | null => {
    const v = werte[z]?.[s];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  if (nachSpalten) {
    return {
      kategorien: Array.from({ length: Math.max(0, zeilen - 1) }, (_, i) => text(i + 1, 0)),
      reihen: Array.from({ length: Math.max(0, spalten - 1) }, (_, k) => ({
        name: text(0, k + 1),
        werte: Array.from({ length: Math.max(0, zeilen - 1) }, (_, i) => zahl(i + 1, k + 1)),
      })),
    };
  }
  return {
    kategorien: Array.from({ length: Math.max(0, spalten - 1) }, (_, i) => text(0, i + 1)),
    reihen: Array.from({ length: Math.max(0, zeilen - 1) }, (_, k) => ({
      name: text(k + 1, 0),
      werte: Array.from({ length: Math.max(0, spalten - 1) }, (_, i) => zahl(k + 1, i + 1)),
    })),
  };
}

export interface Achse {
  min: number;
  max: number;
  schritt: number;
  striche: number[];
  nachkommastellen: number;
}

/**
 * A value axis with round steps (1, 2, 2.5 or 5 × 10ⁿ) that always includes 0, like Excel's
 * automatic scaling; about `ziel` intervals.
 */
export function achse(werte: number[], ziel = 5): Achse {
  let min = Math.min(0, ...werte);
  let max = Math.max(0, ...werte);
  if (min === max) max = min + 1;
  const roh = (max - min) / ziel;
  const potenz = 10 ** Math.floor(Math.log10(roh));
  const faktor = [1, 2, 2.5, 5, 10].find((f) => f * potenz >= roh * (1 - 1e-12)) ?? 10;
  const schritt = faktor * potenz;
  // The tolerance keeps exact multiples (−50.000 with steps of 50.000) from gaining a step.
  min = Math.floor(min / schritt + 1e-9) * schritt;
  max = Math.ceil(max / schritt - 1e-9) * schritt;
  const anzahl = Math.round((max - min) / schritt);
  const nachkommastellen = Math.min(6, Math.max(0, -Math.floor(Math.log10(schritt) + 1e-9) + (faktor === 2.5 ? 1 : 0)));
  const striche = Array.from({ length: anzahl + 1 }, (_, k) => runde(min + k * schritt, nachkommastellen));
  return { min, max, schritt, striche, nachkommastellen };
}

function runde(v: number, stellen: number): number {
  const r = Number(v.toFixed(stellen));
  return r === 0 ? 0 : r; // no "-0"
}

/** German number text, e.g. 353094 → "353.094 €". */
export function zahlText(v: number, einheit: string, nachkommastellen = 0, hoechstens = nachkommastellen): string {
  const t = new Intl.NumberFormat("de-DE", {
    minimumFractionDigits: nachkommastellen,
    maximumFractionDigits: hoechstens,
  }).format(v === 0 ? 0 : v);
  return einheit ? `${t} ${einheit}` : t;
}

export function escapeXml(t: string): string {
  return t
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Rough text width: SVG text cannot be measured without a browser, and Node draws the screenshots. */
function textbreite(t: string, groesse: number): number {
  return t.length * groesse * 0.56;
}

/** Word-wraps into at most `maxZeilen` lines of about `breite` px; the last line is cut with "…". */
function umbrechen(t: string, breite: number, groesse: number, maxZeilen: number): string[] {
  const zeichen = Math.max(4, Math.floor(breite / (groesse * 0.56)));
  const zeilen: string[] = [];
  let aktuell = "";
  for (const wort of t.split(/\s+/).filter(Boolean)) {
    if (aktuell === "") aktuell = wort;
    else if ((aktuell + " " + wort).length <= zeichen) aktuell += " " + wort;
    else {
      zeilen.push(aktuell);
      aktuell = wort;
    }
  }
  if (aktuell !== "" || zeilen.length === 0) zeilen.push(aktuell);
  if (zeilen.length > maxZeilen) {
    zeilen.length = maxZeilen;
    zeilen[maxZeilen - 1] += " …";
  }
  return zeilen.map((z) => (z.length > zeichen + 1 ? z.slice(0, zeichen - 1) + "…" : z));
}

function text(
  x: number,
  y: number,
  zeilen: string[],
  attribute: { groesse?: number; anker?: "start" | "middle" | "end"; fett?: boolean; klasse?: string } = {},
): string {
  const groesse = attribute.groesse ?? 12;
  const kopf =
    `<text x="${f(x)}" y="${f(y)}" font-size="${groesse}" text-anchor="${attribute.anker ?? "start"}"` +
    (attribute.fett ? ` font-weight="bold"` : "") +
    (attribute.klasse ? ` class="${attribute.klasse}"` : "") +
    ` fill="#404040">`;
  if (zeilen.length === 1) return `${kopf}${escapeXml(zeilen[0])}</text>`;
  const teile = zeilen.map(
    (z, i) => `<tspan x="${f(x)}" dy="${i === 0 ? 0 : Math.round(groesse * 1.2)}">${escapeXml(z)}</tspan>`,
  );
  return `${kopf}${teile.join("")}</text>`;
}

/** Coordinates with at most one decimal keep the markup short and stable for tests. */
function f(v: number): string {
  return String(Math.round(v * 10) / 10);
}

interface Rechteck {
  x: number;
  y: number;
  b: number;
  h: number;
}

function legende(
  d: DiagrammBeschreibung,
  breite: number,
  hoehe: number,
  oben: number,
): { svg: string; platz: Rechteck } {
  const innen: Rechteck = { x: 8, y: oben, b: breite - 16, h: hoehe - oben - 8 };
  if (!d.legende || d.reihen.length === 0) return { svg: "", platz: innen };
  const G = 12;
  const eintrag = (k: number, x: number, y: number, zeilen: string[]) =>
    `<g class="legendeneintrag">` +
    (istLinie(d.typ)
      ? `<line x1="${f(x)}" x2="${f(x + 16)}" y1="${f(y - 4)}" y2="${f(y - 4)}" stroke="${farbe(k)}" stroke-width="2.5"/>`
      : `<rect x="${f(x + 2)}" y="${f(y - 10)}" width="11" height="11" fill="${farbe(k)}"/>`) +
    text(x + 21, y, zeilen, { groesse: G }) +
    `</g>`;
  if (d.legende === "Right" || d.legende === "Left") {
    const textMax = Math.min(Math.max(...d.reihen.map((r) => textbreite(r.name, G))), breite * 0.3);
    const spalte = textMax + 30;
    const bloecke = d.reihen.map((r) => umbrechen(r.name, textMax, G, 3));
    const gesamt = bloecke.reduce((s, z) => s + z.length * G * 1.2 + 6, 0);
    let y = innen.y + Math.max(G, (innen.h - gesamt) / 2 + G);
    const x = d.legende === "Right" ? innen.x + innen.b - spalte + 6 : innen.x;
    const svg = bloecke.map((z, k) => {
      const s = eintrag(k, x, y, z);
      y += z.length * G * 1.2 + 6;
      return s;
    });
    const platz = { ...innen, b: innen.b - spalte - 4, x: d.legende === "Left" ? innen.x + spalte + 4 : innen.x };
    return { svg: `<g class="legende">${svg.join("")}</g>`, platz };
  }
  // Bottom/Top: entries in centred rows.
  const breiten = d.reihen.map((r) => Math.min(textbreite(r.name, G), innen.b - 30) + 34);
  const reihen: number[][] = [[]];
  let belegt = 0;
  breiten.forEach((b, k) => {
    if (belegt + b > innen.b && reihen[reihen.length - 1].length > 0) {
      reihen.push([]);
      belegt = 0;
    }
    reihen[reihen.length - 1].push(k);
    belegt += b;
  });
  const zeilenhoehe = G + 8;
  const hoeheLegende = reihen.length * zeilenhoehe;
  const y0 = d.legende === "Top" ? innen.y + G : innen.y + innen.h - hoeheLegende + G;
  const svg = reihen.map((ks, z) => {
    const summe = ks.reduce((s, k) => s + breiten[k], 0);
    let x = innen.x + (innen.b - summe) / 2;
    return ks
      .map((k) => {
        const zeilen = umbrechen(d.reihen[k].name, breiten[k] - 34, G, 1);
        const s = eintrag(k, x, y0 + z * zeilenhoehe, zeilen);
        x += breiten[k];
        return s;
      })
      .join("");
  });
  const platz =
    d.legende === "Top"
      ? { ...innen, y: innen.y + hoeheLegende + 4, h: innen.h - hoeheLegende - 4 }
      : { ...innen, h: innen.h - hoeheLegende - 4 };
  return { svg: `<g class="legende">${svg.join("")}</g>`, platz };
}

function farbe(k: number): string {
  return REIHENFARBEN[k % REIHENFARBEN.length];
}

function istLinie(typ: string): boolean {
  return /^Line/.test(typ);
}

function istBalken(typ: string): boolean {
  return /^Bar/.test(typ);
}

function tooltip(d: DiagrammBeschreibung, k: number, i: number, v: number): string {
  return escapeXml(`${d.reihen[k].name} – ${d.kategorien[i] ?? ""}: ${zahlText(v, d.einheit, 0, 2)}`);
}

/**
 * Category labels below a horizontal category axis: wrapped into up to three lines where there is
 * room, otherwise one line and only every n-th label so that none overlap (years on a long axis).
 */
function kategorieTexte(kategorien: string[], x: (i: number) => number, y: number, abstand: number): string {
  const G = 12;
  const mehrzeilig = abstand >= 60;
  const laengste = Math.max(...kategorien.map((c) => textbreite(c, G)));
  const schritt = mehrzeilig ? 1 : Math.max(1, Math.ceil((laengste + 8) / abstand));
  return kategorien
    .map((c, i) =>
      i % schritt === 0
        ? text(x(i), y, umbrechen(c, abstand * schritt - 6, G, mehrzeilig ? 3 : 1), { anker: "middle" })
        : "",
    )
    .join("");
}

/** SVG markup of the chart at `breite` × `hoehe` px. */
export function diagrammSvg(d: DiagrammBeschreibung, breite: number, hoehe: number): string {
  breite = Math.max(120, Math.round(breite));
  hoehe = Math.max(90, Math.round(hoehe));
  const teile: string[] = [
    `<rect class="hintergrund" width="${breite}" height="${hoehe}" fill="#fff" stroke="#bfbfbf"/>`,
  ];
  let oben = 8;
  if (d.titel) {
    const zeilen = umbrechen(d.titel, breite - 24, 16, 2);
    teile.push(text(breite / 2, 26, zeilen, { groesse: 16, anker: "middle", fett: true, klasse: "titel" }));
    oben = 26 + zeilen.length * 19;
  }
  const l = legende(d, breite, hoehe, oben);
  const platz = l.platz;
  const alle = d.reihen.flatMap((r) => r.werte.filter((v): v is number => v !== null));
  const n = d.kategorien.length;
  if (n === 0 || d.reihen.length === 0) {
    teile.push(text(breite / 2, platz.y + platz.h / 2, ["Keine Daten im Quellbereich"], { anker: "middle" }));
  } else if (istBalken(d.typ)) {
    teile.push(balken(d, platz, achse(alle)));
  } else {
    teile.push(saeulenOderLinien(d, platz, achse(alle)));
  }
  teile.push(l.svg);
  const titel = d.titel || d.name;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagramm" data-diagramm="${escapeXml(d.name)}" role="img"` +
    ` aria-label="${escapeXml(titel)}" width="${breite}" height="${hoehe}" viewBox="0 0 ${breite} ${hoehe}"` +
    ` font-family="${SCHRIFT}">${teile.join("")}</svg>`
  );
}

function saeulenOderLinien(d: DiagrammBeschreibung, platz: Rechteck, a: Achse): string {
  const G = 12;
  const labels = a.striche.map((v) => zahlText(v, d.einheit, a.nachkommastellen));
  const links = platz.x + Math.max(...labels.map((t) => textbreite(t, G))) + 8;
  const rechts = platz.x + platz.b - 6;
  const n = d.kategorien.length;
  const abstand = Math.max(1, (rechts - links) / n);
  const kategorieZeilen =
    abstand >= 60 ? Math.min(3, Math.max(...d.kategorien.map((c) => umbrechen(c, abstand - 6, G, 3).length))) : 1;
  const unten = platz.y + platz.h - kategorieZeilen * G * 1.2 - 6;
  const obenPlot = platz.y + 6;
  const y = (v: number) => unten - ((v - a.min) / (a.max - a.min)) * Math.max(1, unten - obenPlot);
  const x = (i: number) => links + abstand * (i + 0.5);
  const s: string[] = [];
  a.striche.forEach((v, k) => {
    s.push(`<line x1="${f(links)}" x2="${f(rechts)}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#d9d9d9"/>`);
    s.push(text(links - 6, y(v) + 4, [labels[k]], { groesse: G, anker: "end", klasse: "achsenwert" }));
  });
  if (istLinie(d.typ)) {
    d.reihen.forEach((r, k) => {
      // A missing value breaks the line, as Excel's default "show empty cells as gaps".
      const stuecke: string[][] = [[]];
      r.werte.forEach((v, i) => {
        if (v === null) stuecke.push([]);
        else stuecke[stuecke.length - 1].push(`${f(x(i))},${f(y(v))}`);
      });
      for (const p of stuecke.filter((p) => p.length > 0)) {
        s.push(
          `<polyline class="reihe" data-reihe="${escapeXml(r.name)}" fill="none" stroke="${farbe(k)}" stroke-width="2.5" stroke-linejoin="round" points="${p.join(" ")}"/>`,
        );
      }
      r.werte.forEach((v, i) => {
        if (v === null) return;
        const punkt = d.typ === "LineMarkers" || n <= 24 ? 3.5 : 0;
        s.push(
          `<circle class="punkt" data-reihe="${escapeXml(r.name)}" data-wert="${v}" cx="${f(x(i))}" cy="${f(y(v))}" r="${punkt}" fill="${farbe(k)}"><title>${tooltip(d, k, i, v)}</title></circle>`,
        );
      });
    });
  } else {
    const gruppe = abstand * 0.7;
    const breite = gruppe / d.reihen.length;
    d.reihen.forEach((r, k) =>
      r.werte.forEach((v, i) => {
        if (v === null) return;
        const x0 = links + abstand * i + abstand * 0.15 + breite * k;
        const y0 = Math.min(y(v), y(0));
        s.push(
          `<rect class="saeule" data-reihe="${escapeXml(r.name)}" data-kategorie="${escapeXml(d.kategorien[i])}" data-wert="${v}" x="${f(x0)}" y="${f(y0)}" width="${f(breite)}" height="${f(Math.abs(y(v) - y(0)))}" fill="${farbe(k)}"><title>${tooltip(d, k, i, v)}</title></rect>`,
        );
      }),
    );
  }
  s.push(`<line x1="${f(links)}" x2="${f(rechts)}" y1="${f(y(0))}" y2="${f(y(0))}" stroke="#8c8c8c"/>`);
  s.push(kategorieTexte(d.kategorien, x, unten + G + 4, abstand));
  return `<g class="plot">${s.join("")}</g>`;
}

/** Excel's clustered bar chart: categories on the vertical axis, the first one at the bottom. */
function balken(d: DiagrammBeschreibung, platz: Rechteck, a: Achse): string {
  const G = 12;
  const labels = a.striche.map((v) => zahlText(v, d.einheit, a.nachkommastellen));
  const n = d.kategorien.length;
  const kategorieBreite = Math.min(Math.max(...d.kategorien.map((c) => textbreite(c, G))), platz.b * 0.35);
  const links = platz.x + kategorieBreite + 10;
  const halbesLabel = textbreite(labels[labels.length - 1], G) / 2;
  const rechts = platz.x + platz.b - Math.max(6, halbesLabel);
  const obenPlot = platz.y + 4;
  const unten = platz.y + platz.h - G - 10;
  const abstand = Math.max(1, (unten - obenPlot) / n);
  const x = (v: number) => links + ((v - a.min) / (a.max - a.min)) * Math.max(1, rechts - links);
  const mitte = (i: number) => unten - abstand * (i + 0.5);
  const s: string[] = [];
  for (const v of a.striche) {
    s.push(`<line x1="${f(x(v))}" x2="${f(x(v))}" y1="${f(obenPlot)}" y2="${f(unten)}" stroke="#d9d9d9"/>`);
  }
  // Thin out value labels that would overlap.
  const labelAbstand = (rechts - links) / Math.max(1, a.striche.length - 1);
  const jeder = Math.max(1, Math.ceil((Math.max(...labels.map((t) => textbreite(t, G))) + 10) / labelAbstand));
  a.striche.forEach((v, k) => {
    if (k % jeder === 0)
      s.push(text(x(v), unten + G + 6, [labels[k]], { groesse: G, anker: "middle", klasse: "achsenwert" }));
  });
  const hoehe = (abstand * 0.7) / d.reihen.length;
  d.reihen.forEach((r, k) =>
    r.werte.forEach((v, i) => {
      if (v === null) return;
      // Within a category, too, the first series sits at the bottom.
      const y0 = unten - abstand * i - abstand * 0.15 - hoehe * (k + 1);
      const x0 = Math.min(x(v), x(0));
      s.push(
        `<rect class="saeule" data-reihe="${escapeXml(r.name)}" data-kategorie="${escapeXml(d.kategorien[i])}" data-wert="${v}" x="${f(x0)}" y="${f(y0)}" width="${f(Math.abs(x(v) - x(0)))}" height="${f(hoehe)}" fill="${farbe(k)}"><title>${tooltip(d, k, i, v)}</title></rect>`,
      );
    }),
  );
  s.push(`<line x1="${f(x(0))}" x2="${f(x(0))}" y1="${f(obenPlot)}" y2="${f(unten)}" stroke="#8c8c8c"/>`);
  const jederK = Math.max(1, Math.ceil((G * 1.2) / abstand));
  d.kategorien.forEach((c, i) => {
    if (i % jederK === 0) s.push(text(links - 6, mitte(i) + 4, umbrechen(c, kategorieBreite, G, 1), { anker: "end" }));
  });
  return `<g class="plot">${s.join("")}</g>`;
}
