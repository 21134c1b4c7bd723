/** Plan against actual costs (issue 27): the Stand → core input, and actual costs in. */
export * from "./auswahl";
export * from "./eingabe";
export * from "./istImport";
export { MONAT_KURZ, monatAusKopf, monatAusWert } from "./monatsangaben";
