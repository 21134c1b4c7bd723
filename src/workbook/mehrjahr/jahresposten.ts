/**
 * The base-year amounts one plan year of the multi-year sheet starts from. Without a period on any
 * post these are the cells of the base block in every year. Where the posts of a year differ from
 * those of the scenario's own year (an Ausbau post from 2017, a seconded teacher until 2019), the
 * year sums the cost cells of exactly the posts present then on "Annahmen", IT and rooms scale with
 * the people present (each post line's share rounded up to whole persons, against those of the
 * scenario's own year), and Sachausgaben outside their years leave the project funds — as the core
 * projects it. The overhead is not here: every year takes the rate × that year's personnel costs.
 */
import {
  type Foerderstelle,
  type GrundstellenKosten,
  type Kostenstruktur,
  type Zeitstelle,
  centZuEuro,
  imZeitraum,
  koepfeDerZeile,
  personalImJahr,
  wieImStellenjahr,
} from "../../core";

/** Base-block rows the year formulas may read. */
export type Basiszeilengroesse =
  "personalGrund" | "personalZusatz" | "zusatzstellen" | "it" | "raum" | "projektmittel" | "sachausgaben";

/**
 * Absolute, sheet-qualified address of the cost or the share of a scenario's post (by its position
 * in the scenario's list), or null: then the formula holds the amount itself.
 */
export type Stellenbezugsfunktion = (szenarioIndex: number, nr: number, spalte: "kosten" | "anteil") => string | null;

/** A base post with its cost cell, for the per-post caps. */
export interface Grundposten extends GrundstellenKosten {
  kostenBezug: string;
}

/**
 * Expressions (no "=") of the base-year amounts of one scenario in one year. Each is a cell, a
 * number, a function call or a sum in parentheses, so a formula can multiply it as it stands.
 */
export interface Jahresbasis {
  grund: string;
  zusatz: string;
  zusatzstellen: string;
  /** IT and room costs of the scenario's year, scaled to the people of this year where they differ. */
  it: string;
  raum: string;
  projektmittel: string;
  /** null: no Sachausgaben are spent or claimed this year. */
  sachausgaben: string | null;
}

export interface Jahresbezug {
  basis: (g: Basiszeilengroesse) => string;
  stelle: (nr: number, spalte: "kosten" | "anteil") => string | null;
}

function summeDer(posten: readonly Zeitstelle[], bz: Jahresbezug, spalte: "kosten" | "anteil"): string {
  if (posten.length === 0) return "0";
  const terme = posten.map(
    (z) => bz.stelle(z.nr, spalte) ?? String(spalte === "kosten" ? centZuEuro(z.kosten) : z.anteil),
  );
  return terme.length === 1 ? terme[0] : `(${terme.join("+")})`;
}

/** People of the post lines present in `jahr`: Σ ROUNDUP(share; 0), as zeitplan.koepfeDerZeile counts. */
function koepfeIm(s: Kostenstruktur, jahr: number, bz: Jahresbezug): string {
  const da = (s.zeitplan?.koepfe ?? []).filter((k) => imZeitraum(jahr, k.abJahr, k.bisJahr));
  if (da.length === 0) return "0";
  const terme = da.map((k) => {
    const zelle = bz.stelle(k.nr, "anteil");
    return zelle ? `ROUNDUP(${zelle},0)` : String(koepfeDerZeile(k.anteil));
  });
  return terme.length === 1 ? terme[0] : `(${terme.join("+")})`;
}

/** A base amount of the scenario's year for the people of `jahr` (as zeitplan.nachKoepfen). */
function nachKoepfen(betrag: string, s: Kostenstruktur, jahr: number, bz: Jahresbezug): string {
  const plan = s.zeitplan;
  if (!plan) return betrag;
  const [k1, k0] = [koepfeIm(s, jahr, bz), koepfeIm(s, plan.stellenjahr, bz)];
  return `IF(${k0}=0,${betrag},${betrag}*${k1}/${k0})`;
}

export function jahresbasis(s: Kostenstruktur, jahr: number, bz: Jahresbezug): Jahresbasis {
  const plan = s.zeitplan;
  const wieBasis: Jahresbasis = {
    grund: bz.basis("personalGrund"),
    zusatz: bz.basis("personalZusatz"),
    zusatzstellen: bz.basis("zusatzstellen"),
    it: bz.basis("it"),
    raum: bz.basis("raum"),
    projektmittel: bz.basis("projektmittel"),
    sachausgaben: bz.basis("sachausgaben"),
  };
  if (!plan || wieImStellenjahr(plan, jahr)) return wieBasis;
  const p = personalImJahr(plan, jahr, s.personalGrund);
  return {
    grund: plan.grundPauschal ? wieBasis.grund : summeDer(p.grundposten, bz, "kosten"),
    zusatz: summeDer(p.zusatzposten, bz, "kosten"),
    zusatzstellen: summeDer(p.zusatzposten, bz, "anteil"),
    it: nachKoepfen(wieBasis.it, s, jahr, bz),
    raum: nachKoepfen(wieBasis.raum, s, jahr, bz),
    projektmittel: p.mitSachausgaben ? wieBasis.projektmittel : `(${wieBasis.projektmittel}-${wieBasis.sachausgaben})`,
    sachausgaben: p.mitSachausgaben ? wieBasis.sachausgaben : null,
  };
}

/**
 * The base posts of a year one by one with their cost cells (per-post caps), or null where the
 * posts are pooled. `nrImStellenjahr` lists the positions of the base posts of the scenario's own
 * year, in the order of `s.grundstellen`.
 */
export function grundpostenImJahr(
  s: Kostenstruktur,
  jahr: number,
  bz: Jahresbezug,
  nrImStellenjahr: readonly number[],
): Grundposten[] | null {
  const ref = (nr: number, kosten: number) => bz.stelle(nr, "kosten") ?? String(centZuEuro(kosten));
  if (s.zeitplan) {
    const p = personalImJahr(s.zeitplan, jahr, s.personalGrund);
    if (!p.grundstellen) return null;
    return p.grundstellen.map((g, k) => ({ ...g, kostenBezug: ref(p.grundposten[k].nr, g.kosten) }));
  }
  if (!s.grundstellen) return null;
  return s.grundstellen.map((g, k) => ({ ...g, kostenBezug: ref(nrImStellenjahr[k] ?? -1, g.kosten) }));
}

/** An extra post with its cost cell, for the per-post caps. */
export interface Zusatzposten extends Foerderstelle {
  kostenBezug: string;
}

/**
 * The extra posts of a year one by one with their cost cells, in listed order. `nrImStellenjahr`
 * lists the positions of the extra posts of the scenario's own year, in the order of `s.zusatzposten`.
 */
export function zusatzpostenImJahr(
  s: Kostenstruktur,
  jahr: number,
  bz: Jahresbezug,
  nrImStellenjahr: readonly number[],
): Zusatzposten[] {
  const ref = (nr: number, kosten: number) => bz.stelle(nr, "kosten") ?? String(centZuEuro(kosten));
  if (s.zeitplan) {
    const p = personalImJahr(s.zeitplan, jahr, s.personalGrund);
    return p.zusatzposten.map((z) => ({ kosten: z.kosten, anteil: z.anteil, kostenBezug: ref(z.nr, z.kosten) }));
  }
  return (s.zusatzposten ?? []).map((z, k) => ({ ...z, kostenBezug: ref(nrImStellenjahr[k] ?? -1, z.kosten) }));
}
