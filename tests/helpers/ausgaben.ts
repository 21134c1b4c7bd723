/**
 * Where tests put what they produce besides a verdict. Screenshots go to an ignored folder, so that
 * `npm test` leaves the working tree clean; `npm run screenshots` points them at docs/screenshots.
 * Checks a test had to leave out are noted in .tmp/nicht-gelaufen/, and `npm test` lists them in its
 * final lines.
 */
import * as fs from "fs";
import * as path from "path";

const WURZEL = path.resolve(__dirname, "../..");

/** Folder for screenshots: KI_BILDSCHIRMFOTOS if set (relative to the repository), else .tmp/screenshots. */
export function bildschirmfotoOrdner(): string {
  const ziel = path.resolve(WURZEL, process.env.KI_BILDSCHIRMFOTOS || ".tmp/screenshots");
  fs.mkdirSync(ziel, { recursive: true });
  return ziel;
}

export const NICHT_GELAUFEN = path.join(WURZEL, ".tmp", "nicht-gelaufen");

/** Records one check that did not run and why, for the summary of `npm test` (one line per key). */
export function nichtGelaufen(schluessel: string, text: string): void {
  fs.mkdirSync(NICHT_GELAUFEN, { recursive: true });
  fs.writeFileSync(path.join(NICHT_GELAUFEN, `${schluessel.replace(/[^\w-]+/g, "_")}.txt`), `${text}\n`);
}
