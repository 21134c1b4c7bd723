/**
 * When a generated sheet name is taken by a user's sheet, the plan is written under another name
 * ("Kostenvergleich (2)"): the sheet gets the new name and every formula that points at it, on any
 * sheet of the plan, is rewritten. Names point at their sheet through `blattPraefix`, so they follow.
 */
import { blattPraefix } from "../../workbook/adressen";
import type { ArbeitsmappenPlan, Zelle } from "../../workbook/plan";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first free "Name (n)" for n ≥ 2, compared case-insensitively like Excel. */
export function freierName(name: string, vergeben: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const kandidat = `${name} (${n})`;
    if (!vergeben.has(kandidat.toLowerCase())) return kandidat;
  }
}

function zelleUm(z: Zelle | undefined, muster: RegExp, ersatz: string): Zelle | undefined {
  if (z === null || z === undefined || !("formel" in z)) return z;
  return { ...z, formel: z.formel.replace(muster, ersatz) };
}

/** The plan with every chosen name applied (generated name → name chosen instead); unchanged without any. */
export function umbenannt(plan: ArbeitsmappenPlan, namen: ReadonlyMap<string, string> = new Map()): ArbeitsmappenPlan {
  let p = plan;
  for (const [alt, neu] of namen) p = benennePlanUm(p, alt, neu);
  return p;
}

export function benennePlanUm(plan: ArbeitsmappenPlan, alt: string, neu: string): ArbeitsmappenPlan {
  // Unquoted (Annahmen!A1) or quoted ('Annahmen'!A1), not part of a longer sheet name.
  const muster = new RegExp(`(?<![A-Za-z0-9ÄÖÜäöüß_.'])(?:${escape(alt)}|'${escape(alt.replace(/'/g, "''"))}')!`, "g");
  const ersatz = blattPraefix(neu).replace(/\$/g, "$$$$");
  return {
    ...plan,
    blaetter: plan.blaetter.map((b) => ({
      ...b,
      name: b.name === alt ? neu : b.name,
      zellen: b.zellen.map((zeile) => zeile.map((z) => zelleUm(z, muster, ersatz) as Zelle)),
    })),
  };
}
