export * from "./fehler";
export * from "./geld";
export * from "./entgeltgruppen";
export * from "./quellen";
export * from "./satztabellen";
export * from "./foerderregeln";
export * from "./standardsaetze";
export * from "./kostenaufstellung";
