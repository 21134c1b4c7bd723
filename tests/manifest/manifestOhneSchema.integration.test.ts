/**
 * @jest-environment jsdom
 *
 * The same manifest checks as a fresh clone runs them, with the schema folder hidden: the XSD
 * validation is skipped, and every check the project owns must pass on its own.
 */
import * as path from "path";
import { pruefeManifest, schemaDatei } from "./manifestPruefungen";

const VERSTECKT = path.resolve(__dirname, "../../.tmp/keine-schemas");

it("finds no schema in the hidden folder", () => {
  expect(schemaDatei(VERSTECKT)).toBeNull();
});

pruefeManifest(schemaDatei(VERSTECKT), false);
