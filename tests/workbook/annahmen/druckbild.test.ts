/**
 * "Annahmen" as printed: every column of every table has a header (no empty unlabelled columns),
 * every distinct source is printed once in the numbered list and named by number in the rows,
 * nothing prints below 10 pt before fitting, and the sheet is narrow enough that fitting it to
 * one A4 landscape page wide keeps the text at 8 pt or more.
 */
import type { Szenario } from "../../../src/scenario";
import { erzeugeVorlagenSatz } from "../../../src/scenario/vorlagen";
import { baueArbeitsmappe } from "../../../src/workbook";
import { HOECHSTE_BLATTBREITE, zeilenVon } from "../../../src/workbook/annahmen/blatt";
import type { BlattPlan } from "../../../src/workbook/plan";
import { FARBE } from "../../../src/workbook/stil";
import { seitenhoehe, seitenumbrueche } from "../../../src/workbook/seiten";
import { zeilenhoehe, zeilenhoehenDesBlatts } from "../../../src/workbook/zeilenhoehen";

function annahmen(szenarien: Szenario[]): BlattPlan {
  const plan = baueArbeitsmappe(szenarien, {
    modus: "nativ",
    datum: new Date(2013, 1, 4),
    mehrjahr: null,
    umlage: null,
  });
  return plan.blaetter.find((b) => b.name === "Annahmen")!;
}

/** Row numbers (1-based) an A1 range covers. */
function zeilenDes(bereich: string): number[] {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(bereich.replace(/\$/g, ""));
  if (!m) return [];
  const von = Number(m[1]);
  const bis = Number(m[2] ?? m[1]);
  return Array.from({ length: bis - von + 1 }, (_, i) => von + i);
}

const text = (b: BlattPlan, z: number, s: number): string => {
  const c = b.zellen[z]?.[s];
  return c && "text" in c ? c.text : "";
};

/** The widest sheet: three scenarios, per-post caps and periods. */
function breitester(): Szenario[] {
  const s = [...erzeugeVorlagenSatz("kreis-2017"), ...erzeugeVorlagenSatz("kreis-2017").slice(1)];
  for (const sz of s.slice(1)) {
    sz.stellen.forEach((st, i) => {
      if (st.art === "kommunal") st.foerderposition = (["Fachkraft", "Verwaltung", "Assistenz"] as const)[i % 3];
    });
  }
  return s;
}

const FAELLE: Array<[string, () => Szenario[]]> = [
  ["rhein-sieg-2013", () => erzeugeVorlagenSatz("rhein-sieg-2013")],
  ["kreis-2017", () => erzeugeVorlagenSatz("kreis-2017")],
  ["stadt-2017", () => erzeugeVorlagenSatz("stadt-2017")],
  ["drei Szenarien mit Förderpositionen und Zeiträumen", breitester],
];

describe.each(FAELLE)("Annahmen gedruckt: %s", (_, szenarien) => {
  const b = annahmen(szenarien());
  // Row by row, left to right: the list of sources starts at the cell "Quellen".
  const alle = b.zellen.flatMap((z, i) => z.map((_, s) => text(b, i, s)));
  const listenStart = alle.indexOf("Quellen");

  it("is narrow enough to print at 8 pt or more on A4 landscape, one page wide", () => {
    expect(b.spaltenbreiten.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(HOECHSTE_BLATTBREITE);
    expect(b.druck?.seitenBreit).toBe(1);
  });

  it.each([10, 11])("starts every printed page with a header of its own (base font %i pt)", (grund) => {
    // Excel and LibreOffice repeat one range of title rows only (here: the sheet's title); every
    // other page must begin where a block with its own heading starts and hold it whole.
    expect(b.druck?.titelzeilen).toBe("$1:$1");
    const anfaenge = b.druck?.blockAnfaenge ?? [];
    const umbrueche = seitenumbrueche(b, grund);
    for (const z of umbrueche) expect(anfaenge).toContain(z);
    const kopf = (z: number) =>
      b.formate.some((f) => f.format.hintergrund === FARBE.kopfzeile && zeilenDes(f.bereich).includes(z + 1));
    const titel = (z: number) =>
      b.formate.some((f) => f.format.schriftgroesse === 12 && zeilenDes(f.bereich).includes(z + 1));
    for (const z of umbrueche) {
      // A table (title, [parameters,] header) or a group header, or a note/source of the list.
      const tabelle =
        kopf(z) ||
        ((titel(z) || /^Quellen$/.test(text(b, z, 0))) &&
          [1, 2, 3].some((k) => kopf(z + k) || /^\[\d+\]$/.test(text(b, z + k, 0))));
      const notiz = /^(Hinweis|Sachausgaben|Haushaltsjahr|\[\d+\])/.test(text(b, z, 0));
      expect({ z, ok: tabelle || notiz }).toEqual({ z, ok: true });
    }
    // No page holds more than fits: the rows between two breaks stay within the page height.
    const m = zeilenhoehenDesBlatts(b, grund);
    const h = b.zellen.map((_, z) => m.get(z) ?? zeilenhoehe(grund));
    const grenzen = [0, ...umbrueche, h.length];
    for (let k = 0; k + 1 < grenzen.length; k++) {
      const seite = h.slice(grenzen[k], grenzen[k + 1]).reduce((x, y) => x + y, 0) + (k > 0 ? h[0] : 0);
      expect(seite).toBeLessThanOrEqual(seitenhoehe(b.spaltenbreiten));
    }
  });

  it("sets no font below 10 pt", () => {
    for (const f of b.formate)
      if (f.format.schriftgroesse !== undefined) expect(f.format.schriftgroesse).toBeGreaterThanOrEqual(10);
  });

  it("labels every column of every table header", () => {
    b.zellen.forEach((zeile, z) => {
      const kopf = b.formate.some(
        (f) => f.format.hintergrund === FARBE.kopfzeile && zeilenDes(f.bereich).includes(z + 1),
      );
      if (!kopf) return;
      const belegt = zeile.map((_, s) => text(b, z, s));
      const letzte = belegt.map((t) => t !== "").lastIndexOf(true);
      expect(belegt.slice(0, letzte + 1).filter((t) => t === "")).toEqual([]);
    });
  });

  it("prints every source once, numbered, and the rows refer to the numbers", () => {
    expect(listenStart).toBeGreaterThan(0);
    const nummern = b.zellen.flatMap((z, i) => {
      const t = text(b, i, 0);
      return /^\[\d+\]$/.test(t) ? [t] : [];
    });
    expect(nummern).toEqual(nummern.map((_, i) => `[${i + 1}]`));
    const verweise = new Set(alle.flatMap((t) => (/^\[\d+\]$/.test(t) ? [] : (t.match(/\[\d+\]/g) ?? []))));
    for (const v of verweise) expect(nummern).toContain(v);
    // No long citation stands in a row above the list: the rows give its number only.
    const davor = alle.slice(0, listenStart);
    expect(davor.filter((t) => /Kostenaufstellung Integrationsarbeit|Richtlinie zur Förderung/.test(t))).toEqual([]);
  });
});

test("zeilenVon breaks at spaces and keeps every word", () => {
  const t = "Nur Personalkosten der kommunalen Stellen sind förderfähig; Räume tragen die Körperschaft.";
  const z = zeilenVon(t, 30);
  expect(z.join(" ")).toBe(t);
  for (const x of z) expect(x.length).toBeLessThanOrEqual(30);
});
