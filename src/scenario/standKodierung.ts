/**
 * How a frozen Stand is stored: compactly. The Stand itself (src/scenario/staende.ts, format version
 * 1: saved state, rule sets, result lines) is kept whole and unchanged, so later code can never change
 * what a committee saw; only its text is deflated (fflate) and written as Base64 inside a small
 * envelope:
 *
 *   { format: "ki-kostenplaner-stand", version: 2, deflate: "<Base64 of the deflated version-1 JSON>" }
 *
 * The Stand's JSON repeats the same field names and labels line after line; a Rhein-Sieg Stand with
 * multi-year plan and levy shrinks from about 9,700 to 2,810 characters (docs/ARCHITECTURE.md, "Compact Stände").
 * Version 1 bodies (stored before) are read as they are. An add-in older than this envelope reports
 * version 2 as "neuere Version" and keeps it, as it does for every newer format.
 *
 * Reading is as strict as for the JSON itself: the envelope's size and depth are checked before
 * JSON.parse (by the caller), its fields exactly, the Base64 alphabet before decoding, and the
 * inflated text is bounded while it is inflated (a small body cannot unfold into gigabytes); the
 * inflated text then passes the same checks as a version-1 body.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from "fflate";
import { SPEICHER_MAX_ZEICHEN } from "./speicherformat";
import { STANDFORMAT, STANDVERSION } from "./staende";

/** Version of the stored envelope; the Stand inside stays at STANDVERSION. */
export const STANDHUELLE_VERSION = 2;

/** UTF-8 takes at most three bytes per UTF-16 unit: more bytes cannot be a text the size check admits. */
const MAX_BYTES = 3 * SPEICHER_MAX_ZEICHEN;

function base64(bytes: Uint8Array): string {
  let s = "";
  // In pieces: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The stored text of a Stand: the envelope around its deflated JSON. */
export function kodiereStandText(stand: unknown): string {
  const json = JSON.stringify(stand);
  const gepackt = deflateSync(strToU8(json), { level: 9 });
  return JSON.stringify({ format: STANDFORMAT, version: STANDHUELLE_VERSION, deflate: base64(gepackt) });
}

/** True for a parsed value that is this envelope (of any version): the caller unpacks it first. */
export function istStandHuelle(json: unknown): json is Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return o.format === STANDFORMAT && typeof o.version === "number" && o.version > STANDVERSION;
}

function inflateBegrenzt(daten: Uint8Array): Uint8Array | string {
  const teile: Uint8Array[] = [];
  let laenge = 0;
  let zuGross = false;
  const strom = new Inflate((teil) => {
    laenge += teil.length;
    if (laenge <= MAX_BYTES) return void teile.push(teil);
    zuGross = true;
    // Stops inflating at once: what is left is not even unpacked.
    throw new Error("zu groß");
  });
  try {
    strom.push(daten, true);
  } catch (e) {
    if (zuGross) return "die entpackten Daten wären größer als erlaubt";
    return `die gepackten Daten sind beschädigt (${e instanceof Error ? e.message : String(e)})`;
  }
  const ganz = new Uint8Array(laenge);
  let pos = 0;
  for (const t of teile) {
    ganz.set(t, pos);
    pos += t.length;
  }
  return ganz;
}

/**
 * The version-1 JSON text inside an envelope, or a German reason (without the closing remark that the
 * Stand is kept, which the caller adds).
 */
export function entpackeStandHuelle(
  h: Record<string, unknown>,
): { ok: true; text: string } | { ok: false; grund: string } {
  if (h.version !== STANDHUELLE_VERSION) {
    return { ok: false, grund: `er wurde mit einer neueren Version (Format ${String(h.version)}) festgeschrieben` };
  }
  const fremd = Object.keys(h).filter((k) => k !== "format" && k !== "version" && k !== "deflate");
  if (fremd.length > 0) {
    return { ok: false, grund: `Stand enthält unbekannte Felder (${fremd.join(", ")}) einer neueren Version` };
  }
  const d = h.deflate;
  if (typeof d !== "string" || d.length === 0 || d.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(d)) {
    return { ok: false, grund: "die gepackten Daten fehlen oder sind kein Base64" };
  }
  const bin = atob(d);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const roh = inflateBegrenzt(bytes);
  if (typeof roh === "string") return { ok: false, grund: roh };
  return { ok: true, text: strFromU8(roh) };
}
