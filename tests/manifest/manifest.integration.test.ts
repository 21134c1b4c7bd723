/**
 * @jest-environment jsdom
 *
 * The manifest checks with Microsoft's XSDs, taken from KI_MANIFEST_SCHEMAS or from the optional
 * folder ../shared/schemas/addin-manifest beside the checkout (README, "Voraussetzungen"). Without
 * them the XSD validation is left out, noted for the summary of `npm test`, and the checks the
 * project owns still run.
 */
import * as path from "path";
import { nichtGelaufen } from "../helpers/ausgaben";
import { pruefeManifest, schemaDatei } from "./manifestPruefungen";

// Starts xmllint and the production build checks: a limit against a hang, not a speed test (the suite must pass on a busy machine).
jest.setTimeout(300_000);

const ORDNER = path.resolve(__dirname, "../..", process.env.KI_MANIFEST_SCHEMAS || "../shared/schemas/addin-manifest");
const xsd = schemaDatei(ORDNER);
if (!xsd) {
  nichtGelaufen(
    "manifest-xsd",
    `XSD-Prüfung der Manifeste (kein OfficeAppManifestV1_1.xsd in ${ORDNER}; KI_MANIFEST_SCHEMAS setzen)`,
  );
}

pruefeManifest(xsd, true);
