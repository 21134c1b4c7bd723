export * from "./monate";
export * from "./rechnung";
