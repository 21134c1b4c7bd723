/**
 * Registers "Plan-Ist" with the workbook builder: built when the options carry `planIst` (the pane's
 * section or `export --ist`), from the chosen Stand or, without one, from the scenarios being built.
 * Imported for its side effect by src/workbook/index.ts, after the Stand sheets.
 */
import { planIstGrundlage, planIstGrundlageAusStand } from "../../scenario/planIst/eingabe";
import { registriereZusatzblatt } from "../zusatzblaetter";
import { bauePlanIstBlatt } from "./blatt";

registriereZusatzblatt("planIst", (szenarien, optionen) => {
  const p = optionen.planIst;
  if (!p) return null;
  const grundlage = p.stand
    ? planIstGrundlageAusStand(p.stand, p.wahl)
    : planIstGrundlage(szenarien, optionen.mehrjahr ?? null, p.wahl);
  return bauePlanIstBlatt({
    grundlage,
    optionen: p,
    modus: optionen.modus,
    druckkopf: { datum: optionen.datum, vorlageNr: optionen.vorlageNr },
  });
});
