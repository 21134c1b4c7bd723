/**
 * Plan against actual costs (issue 27): the Stand → core input, and actual costs in. How a caller
 * (the pane's section, the CLI) uses it:
 *
 *   const g = planIstGrundlageAusStand(stand, { besetzungen });      // or planIstGrundlage(szenarien, mehrjahr)
 *   const imp = liesIstCsv(bytes, name, { jahr: g.eingabe.jahr, ziele: istZiele(g.eingabe), zuordnung });
 *   // or liesIstBereich(selection.values, …); show imp.fehler, imp.hinweise and imp.zuordnungen (each
 *   // key of the file with the line it went to, or null: the user picks a line → `zuordnung`)
 *   const r = planIst(g.eingabe, imp.istwerte);                       // core: forecast, refund due, notes
 *   optionen.planIst = { stand, wahl, ist: imp.istwerte, istQuelle: name };   // the sheet "Plan-Ist"
 */
export * from "./auswahl";
export * from "./eingabe";
export * from "./istImport";
export { MONAT_KURZ, monatAusKopf, monatAusWert } from "./monatsangaben";
