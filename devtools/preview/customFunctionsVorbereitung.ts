/**
 * Installs the CustomFunctions stand-in before the functions module runs: ES imports evaluate in
 * source order, and functions.ts registers its functions at module top level.
 */
import { installiereCustomFunctionsStub } from "../fakeHost";

export const customFunctions = installiereCustomFunctionsStub();
