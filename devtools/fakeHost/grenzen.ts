/**
 * Excel's limits that the add-in could run into, checked where Excel checks them: in the queued
 * command, so a violation fails at context.sync() (after the earlier commands of the batch ran),
 * not when the property is assigned.
 */
import { FakeOfficeFehler } from "./officeFehler";

export const MAX_FORMELLAENGE = 8192;
export const MAX_KOPF_FUSS = 255;
export const MAX_NAMENSKOMMENTAR = 255;
export const MAX_NAMENSLAENGE = 255;
export const MAX_ZELLTEXT = 32767;
/**
 * Excel on the web: "a payload size limit for requests and responses of 5MB" (Resource limits and
 * performance optimization for Office Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization). Counted here in characters of setting values, the
 * part of a request this add-in can make large; the fake applies it on every platform (the stricter one).
 */
export const MAX_NUTZLAST = 5_000_000;

/** Raised when one sync sends or receives more than MAX_NUTZLAST characters. */
export function nutzlastFehler(art: "Anfrage" | "Antwort", zeichen: number): FakeOfficeFehler {
  return new FakeOfficeFehler(
    "RequestPayloadSizeLimitExceeded",
    `Die ${art} dieses Abgleichs ist ${zeichen} Zeichen groß; Excel im Web erlaubt höchstens ${MAX_NUTZLAST}.`,
  );
}

export function pruefeFormellaenge(formel: string): void {
  if (formel.length > MAX_FORMELLAENGE) {
    throw new FakeOfficeFehler(
      "InvalidArgument",
      `Die Formel ist ${formel.length} Zeichen lang; Excel erlaubt höchstens ${MAX_FORMELLAENGE}.`,
    );
  }
}

export function pruefeZelltext(text: string): void {
  if (text.length > MAX_ZELLTEXT) {
    throw new FakeOfficeFehler("InvalidArgument", `Eine Zelle fasst höchstens ${MAX_ZELLTEXT} Zeichen.`);
  }
}

/** Excel limits the whole header (or footer) – left, centre and right section with their codes. */
export function pruefeKopfFusszeile(abschnitte: readonly string[], was: "Kopfzeile" | "Fußzeile"): void {
  const belegt = abschnitte.filter((a) => a !== "");
  const laenge = belegt.reduce((n, a) => n + a.length + 2, 0);
  if (laenge > MAX_KOPF_FUSS) {
    throw new FakeOfficeFehler(
      "InvalidArgument",
      `Die ${was} ist ${laenge} Zeichen lang; Excel erlaubt höchstens ${MAX_KOPF_FUSS}.`,
    );
  }
}

export function pruefeNamensKommentar(kommentar: string): void {
  if (kommentar.length > MAX_NAMENSKOMMENTAR) {
    throw new FakeOfficeFehler(
      "InvalidArgument",
      `Der Kommentar des Namens ist ${kommentar.length} Zeichen lang; höchstens ${MAX_NAMENSKOMMENTAR}.`,
    );
  }
}

/** Column letters up to XFD followed by a row number: "KI1" is a cell, not a name. */
function istZellbezug(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (!m) return false;
  const spalte = [...m[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return spalte <= 16384 && Number(m[2]) >= 1 && Number(m[2]) <= 1048576;
}

/** R, C, R1C1-style references and A1 references are no names in Excel. */
export function pruefeDefiniertenNamen(name: string): void {
  const ungueltig =
    name.length > MAX_NAMENSLAENGE ||
    /^[RrCc]$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name) ||
    /^[Rr]\d+$/.test(name) ||
    /^[Cc]\d+$/.test(name) ||
    istZellbezug(name);
  if (ungueltig) throw new FakeOfficeFehler("InvalidArgument", `"${name}" ist kein gültiger Name.`);
}
