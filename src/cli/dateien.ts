/**
 * The command line's file access, in one place so every file it reads or writes follows the same rules:
 *
 * - Reading: only regular files, at most a given number of bytes. A device (/dev/zero), a pipe or an
 *   endless file gets a German message instead of being read until the process is killed.
 * - Writing: into a temporary file in the target folder, flushed to disk, then renamed over the
 *   target. A failed write (disk full) removes the temporary file; the file that was there stays whole.
 * - An existing target is replaced only when the user said so (--ueberschreiben); a symbolic link as
 *   target is refused (a write through it would change a file elsewhere).
 */
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { AufrufFehler } from "./argumente";

export class SchreibFehler extends Error {}

/** The option that allows replacing existing files (README, --help). */
export const UEBERSCHREIBEN_OPTION = "--ueberschreiben";

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}

/**
 * Reads at most `maxBytes` bytes of a regular file; more, or anything but a regular file, is an input
 * error (exit 2) naming the option. The loop stops at maxBytes + 1 bytes even when the size the file
 * system reports is wrong (files in /proc report 0).
 */
export function leseBegrenzt(datei: string, maxBytes: number, option: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(datei, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new AufrufFehler(`${option}: „${datei}“ lässt sich nicht lesen (${lesefehlerGrund(e)}).`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new AufrufFehler(
        `${option}: „${datei}“ ist keine gewöhnliche Datei (${st.isDirectory() ? "ein Ordner" : "ein Gerät oder eine Pipe"}). Bitte eine gespeicherte Datei angeben.`,
      );
    }
    const zuGross = () =>
      new AufrufFehler(
        `${option}: „${datei}“ ist größer als ${mb(maxBytes)} und wird nicht gelesen – ist es die richtige Datei?`,
      );
    if (st.size > maxBytes) throw zuGross();
    const puffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(st.size + 1, 64 * 1024)));
    let gelesen = 0;
    let daten = puffer;
    for (;;) {
      if (gelesen === daten.length) {
        if (daten.length > maxBytes) throw zuGross();
        const groesser = Buffer.alloc(Math.min(maxBytes + 1, daten.length * 2));
        daten.copy(groesser, 0, 0, gelesen);
        daten = groesser;
      }
      const n = readSync(fd, daten, gelesen, daten.length - gelesen, null);
      if (n === 0) break;
      gelesen += n;
    }
    return daten.subarray(0, gelesen);
  } finally {
    closeSync(fd);
  }
}

function lesefehlerGrund(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "die Datei gibt es nicht";
  if (code === "EACCES" || code === "EPERM") return "keine Leserechte";
  if (code === "EISDIR") return "ein Ordner, keine Datei";
  return code ?? "unbekannter Fehler";
}

/**
 * Refuses a target that may not be written: a symbolic link, a folder or other non-file, or an existing
 * file without permission to replace it. Checked for every target before anything is written, so a
 * refused .docx does not leave a new .xlsx behind.
 */
export function pruefeZiel(ziel: string, ueberschreiben: boolean): void {
  let st;
  try {
    st = lstatSync(ziel);
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === "ENOENT") return;
    throw new AufrufFehler(`„${ziel}“ lässt sich nicht prüfen (${lesefehlerGrund(e)}).`);
  }
  if (st.isSymbolicLink()) {
    throw new AufrufFehler(
      `„${ziel}“ ist eine symbolische Verknüpfung. Die Befehlszeile schreibt nicht durch Verknüpfungen, ` +
        "damit keine Datei an anderer Stelle verändert wird. Bitte den Pfad der eigentlichen Datei angeben.",
    );
  }
  if (!st.isFile())
    throw new AufrufFehler(`„${ziel}“ ist ${st.isDirectory() ? "ein Ordner" : "keine gewöhnliche Datei"}.`);
  if (!ueberschreiben) {
    throw new AufrufFehler(
      `„${ziel}“ gibt es schon und wird nicht überschrieben. Bitte einen anderen Namen wählen oder ` +
        `${UEBERSCHREIBEN_OPTION} angeben.`,
    );
  }
}

/** The temporary file next to the target: same folder, so the rename cannot cross file systems. */
function temporaerName(ziel: string): string {
  const zufall = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(ziel), `.${path.basename(ziel)}.${process.pid}.${zufall}.tmp`);
}

/**
 * Writes `daten` to `ziel` atomically (see the module comment). Throws AufrufFehler for what the user
 * can fix (missing folder, no rights, existing file, link) and SchreibFehler for a failing machine
 * (disk full); in both cases nothing of the new file remains and an existing file is unchanged.
 */
export function schreibeAtomar(ziel: string, daten: Uint8Array, ueberschreiben: boolean): void {
  pruefeZiel(ziel, ueberschreiben);
  const tmp = temporaerName(ziel);
  let fd: number;
  try {
    // "wx": O_CREAT | O_EXCL, never opens an existing file or follows a link planted under this name.
    fd = openSync(tmp, "wx", 0o666);
  } catch (e) {
    throw schreibfehler(ziel, e);
  }
  try {
    try {
      let geschrieben = 0;
      while (geschrieben < daten.length) {
        geschrieben += writeSync(fd, daten, geschrieben, daten.length - geschrieben);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    ersetze(tmp, ziel, ueberschreiben);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or never created: nothing to remove
    }
    throw e instanceof AufrufFehler ? e : schreibfehler(ziel, e);
  }
}

/**
 * rename() replaces the target in one step (a link at the target is replaced, not followed). Without
 * permission to overwrite, link() puts the file in place only if no file of that name appeared since
 * the check; file systems without hard links fall back to the check made before.
 */
function ersetze(tmp: string, ziel: string, ueberschreiben: boolean): void {
  if (!ueberschreiben) {
    try {
      linkSync(tmp, ziel);
      unlinkSync(tmp);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      if (code === "EEXIST") pruefeZiel(ziel, false);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
    }
  }
  renameSync(tmp, ziel);
}

/** Moves a finished file (written beside the target, e.g. by LibreOffice) into place by the same rules. */
export function verschiebeAtomar(quelle: string, ziel: string, ueberschreiben: boolean): void {
  pruefeZiel(ziel, ueberschreiben);
  try {
    ersetze(quelle, ziel, ueberschreiben);
  } catch (e) {
    throw e instanceof AufrufFehler ? e : schreibfehler(ziel, e);
  }
}

/** A wrong path is the user's to fix (exit 2); a full or failing disk is the machine's (exit 1). */
export function schreibfehler(datei: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  const unveraendert = "Eine vorhandene Datei dieses Namens ist unverändert.";
  if (code === "ENOENT") return new AufrufFehler(`Der Ordner für „${datei}“ existiert nicht.`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new AufrufFehler(`Keine Schreibrechte für „${datei}“ oder seinen Ordner.`);
  if (code === "EBUSY")
    return new AufrufFehler(`„${datei}“ ist gerade geöffnet (z. B. in Excel). Bitte schließen und erneut versuchen.`);
  if (code === "EISDIR") return new AufrufFehler(`„${datei}“ ist ein Ordner, keine Datei.`);
  if (code === "ENOTDIR")
    return new AufrufFehler(`Der Pfad „${datei}“ führt durch eine Datei statt durch einen Ordner.`);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new SchreibFehler(`„${datei}“ konnte nicht geschrieben werden: Der Datenträger ist voll. ${unveraendert}`);
  }
  const grund = code || (e instanceof Error ? e.message : String(e));
  return new SchreibFehler(`„${datei}“ konnte nicht geschrieben werden (${grund}). ${unveraendert}`);
}
