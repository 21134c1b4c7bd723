/**
 * Layout styles of the pane. Colours come from CSS variables that the root sets from the Fluent
 * theme (see Kostenplaner), so one static style set serves the light and the dark Office themes.
 */
import { type IDropdownStyles, mergeStyleSets, type Theme } from "@fluentui/react";

export function themaVariablen(t: Theme): Record<string, string> {
  return {
    "--ki-hg": t.palette.white,
    "--ki-text": t.palette.neutralPrimary,
    "--ki-hinweis": t.palette.neutralSecondary,
    "--ki-rahmen": t.palette.neutralQuaternary,
    "--ki-flaeche": t.palette.neutralLighter,
    "--ki-akzent": t.palette.themePrimary,
    "--ki-akzent-hell": t.palette.themeLighter,
    "--ki-fehler": t.semanticColors.errorText,
    "--ki-basis": t.palette.neutralTertiary,
  };
}

export const stile = mergeStyleSets({
  wurzel: {
    boxSizing: "border-box",
    minWidth: 280,
    maxWidth: 720,
    padding: "12px 12px 32px",
    color: "var(--ki-text)",
    background: "var(--ki-hg)",
    fontSize: 14,
    // German compounds are long; the page is lang="de", so the browser hyphenates at syllables.
    hyphens: "auto",
    selectors: { "*, *::before, *::after": { boxSizing: "border-box" } },
  },
  kopf: { margin: "0 0 4px", fontSize: 20, fontWeight: 600 },
  abschnitt: { marginTop: 20 },
  abschnittTitel: { fontSize: 16, fontWeight: 600, margin: "0 0 8px" },
  karte: {
    border: "1px solid var(--ki-rahmen)",
    borderRadius: 4,
    marginBottom: 8,
    background: "var(--ki-hg)",
  },
  karteKopf: {
    display: "flex",
    alignItems: "center",
    gap: 4,
    width: "100%",
    padding: "8px",
    border: "none",
    background: "var(--ki-flaeche)",
    color: "inherit",
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    borderRadius: 4,
    selectors: { ":focus-visible": { outline: "2px solid var(--ki-akzent)", outlineOffset: -2 } },
  },
  karteName: { flex: "1 1 auto", fontWeight: 600, overflowWrap: "anywhere" },
  karteInhalt: { padding: "4px 8px 12px" },
  marke: {
    flex: "0 0 auto",
    fontSize: 11,
    padding: "1px 6px",
    borderRadius: 8,
    border: "1px solid var(--ki-rahmen)",
    whiteSpace: "nowrap",
  },
  markeFehler: { borderColor: "var(--ki-fehler)", color: "var(--ki-fehler)" },
  zweiSpalten: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    columnGap: 8,
  },
  knopfLeiste: { display: "flex", flexWrap: "wrap", gap: 6, marginTop: 8 },
  kleinerKnopf: { marginTop: 6, minWidth: 0, padding: "0 10px" },
  stelle: {
    border: "1px solid var(--ki-rahmen)",
    borderRadius: 4,
    padding: "4px 8px 8px",
    margin: "8px 0",
    minWidth: 0,
  },
  stelleTitel: { fontWeight: 600, padding: "0 4px", overflowWrap: "anywhere" },
  hinweis: { color: "var(--ki-hinweis)", marginTop: 4, overflowWrap: "anywhere" },
  quelle: { color: "var(--ki-hinweis)", fontSize: 12, marginTop: 6, overflowWrap: "anywhere" },
  /** One rate with its source choice and citation, set apart from the next. */
  satzfeld: { marginTop: 8, paddingLeft: 8, borderLeft: "2px solid var(--ki-rahmen)" },
  gruppe: { marginTop: 12, paddingTop: 4, borderTop: "1px solid var(--ki-rahmen)" },
  gruppeTitel: { fontWeight: 600, fontSize: 14, margin: "8px 0 0" },
  tabelleRahmen: { overflowX: "auto", maxWidth: "100%" },
  tabelle: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: 12,
    fontVariantNumeric: "tabular-nums",
    selectors: {
      "th, td": { padding: "3px 4px", borderBottom: "1px solid var(--ki-rahmen)", verticalAlign: "top" },
      // Headers hyphenate at the compound joints Vergleich marks (soft hyphens) and at syllables.
      "thead th": { textAlign: "right", fontWeight: 600, hyphens: "auto" },
      "thead th:first-child": { textAlign: "left" },
      "tbody th": { textAlign: "left", fontWeight: 400, hyphens: "auto" },
      td: { textAlign: "right", whiteSpace: "nowrap" },
    },
  },
  summenZeile: { selectors: { "th, td": { fontWeight: 600, borderTop: "1px solid var(--ki-text)" } } },
  fehlerZelle: { color: "var(--ki-fehler)" },
  diagramm: { display: "block", width: "100%", height: "auto", marginTop: 8 },
  ausklappKopf: {
    display: "flex",
    alignItems: "center",
    gap: 6,
    width: "100%",
    padding: "8px 0",
    border: "none",
    borderBottom: "1px solid var(--ki-rahmen)",
    background: "transparent",
    color: "inherit",
    font: "inherit",
    fontSize: 16,
    fontWeight: 600,
    textAlign: "left",
    cursor: "pointer",
    selectors: { ":focus-visible": { outline: "2px solid var(--ki-akzent)" } },
  },
  /** The Umlage table: fixed columns so 320 px holds name, base, reduction and burden in one row. */
  umlageTabelle: {
    tableLayout: "fixed",
    selectors: {
      "th, td": { padding: "2px 2px", verticalAlign: "middle" },
      "thead th": { fontSize: 11, lineHeight: "13px", verticalAlign: "bottom" },
      "td input": { textAlign: "right" },
    },
  },
  zellEingabe: {
    display: "block",
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
    font: "inherit",
    fontSize: 12,
    lineHeight: "16px",
    padding: "2px 3px",
    color: "var(--ki-text)",
    background: "var(--ki-hg)",
    border: "1px solid var(--ki-basis)",
    borderRadius: 2,
    resize: "none",
    overflow: "hidden",
    overflowWrap: "break-word",
    selectors: {
      ":focus-visible": { outline: "2px solid var(--ki-akzent)", outlineOffset: 0 },
      "&[aria-invalid=true]": { borderColor: "var(--ki-fehler)" },
    },
  },
  zellBetrag: { textAlign: "right", whiteSpace: "nowrap" },
  /** Read by screen readers, not shown. */
  nurVorleser: {
    position: "absolute",
    width: 1,
    height: 1,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  zusammenfassung: {
    cursor: "pointer",
    fontWeight: 600,
    padding: "4px 0",
    selectors: { ":focus-visible": { outline: "2px solid var(--ki-akzent)", outlineOffset: 2 } },
  },
  modusListe: { margin: "6px 0 0", paddingLeft: 18, fontSize: 12 },
  rohdaten: { fontFamily: "Consolas, monospace", fontSize: 11 },
});

/**
 * Dropdowns whose chosen text wraps instead of ending in "…": at 320 px a rule set's title
 * ("Automatisch nach Jahr (Förderrichtlinie KI 2012)") would otherwise be cut.
 */
export const UMBRECHENDES_DROPDOWN: Partial<IDropdownStyles> = {
  title: {
    whiteSpace: "normal",
    height: "auto",
    minHeight: 32,
    lineHeight: "18px",
    padding: "6px 28px 6px 8px",
    overflow: "visible",
    textOverflow: "clip",
  },
  dropdownItem: { height: "auto", minHeight: 36, whiteSpace: "normal", padding: "6px 8px" },
  dropdownItemSelected: { height: "auto", minHeight: 36, whiteSpace: "normal", padding: "6px 8px" },
  dropdownOptionText: { whiteSpace: "normal", overflow: "visible" },
};
