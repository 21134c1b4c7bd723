/** Shared imports for the fake-host tests. */
export { createFakeExcel, FakeExcel } from "../../src/excel/fakeHost";
export type { Groessenregel as GroessenregelTyp } from "../../src/excel/fakeHost";
