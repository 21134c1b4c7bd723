/**
 * Every bound the project checks, defined once and used by core, KI.* functions, scenario checks,
 * task pane and CLI alike. Two year ranges on purpose:
 * - KI.* functions and the core accept 1900–2200, wide enough for any historical or long-range
 *   formula a user writes in a cell (a formula must not fail for a plausible year);
 * - the forms (scenario year, multi-year plan) accept 2000–2100, the years a cost plan is made for;
 *   a year outside is almost certainly a typing error there.
 */

/** Years the core and the KI.* functions accept. */
export const JAHR_MIN = 1900;
export const JAHR_MAX = 2200;

/** Years the scenario form and the multi-year plan options accept. */
export const EINGABEJAHR_MIN = 2000;
export const EINGABEJAHR_MAX = 2100;

/** Longest multi-year plan: one column per year, and Barwert over more years says nothing. */
export const MAX_PLANJAHRE = 60;

/** Amounts beyond this are certainly typing errors; it also keeps cents far below 2^53. */
export const MAX_BETRAG_EURO = 1e12;

/** Largest staff share of one line (Stellenanteil); more is a typing error. */
export const MAX_STELLENANTEIL = 1000;

/** Largest count (rooms, workplaces) on a scenario; more is a typing error. */
export const MAX_ANZAHL = 100000;

/**
 * Longest Vorlage-Nr. (pane and --vorlage-nr). It is printed in every sheet's header, which Excel
 * limits to 255 characters; 80 leaves room for the title and date even when every "&" is doubled.
 */
export const MAX_VORLAGENNR = 80;

/** Longest scenario name; it heads columns and legends, where longer names are unreadable anyway. */
export const MAX_SZENARIONAME = 100;
