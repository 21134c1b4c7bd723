/** Shared imports for the fake-host tests. */
export { createFakeExcel, FakeExcel } from "../../../devtools/fakeHost";
export type { Groessenregel as GroessenregelTyp } from "../../../devtools/fakeHost";
