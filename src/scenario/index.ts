export * from "./modell";
export * from "./berechnung";
export * from "./vorlagen";
export * from "./eigenesRegelwerk";
export * from "./eigeneSatztabelle";
export * from "./sachsaetze";
