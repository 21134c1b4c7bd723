/**
 * The .xlsx container, compressed once: small parts in one deflate pass each, a sheet part as a
 * stream (its XML is compressed while the next rows are written, in Node's zlib thread, and never
 * held whole). fflate's Zip only writes the container around the compressed data.
 */
import { once } from "node:events";
import * as zlib from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/** zlib's default: small parts, where the time does not matter. */
const STUFE = 6;
/**
 * A sheet of many rows is compressed fast: for a levy sheet of 100,000 municipalities (150 MB of XML)
 * level 1 takes about a quarter of level 6's time for a file a quarter larger (22 instead of 17 MB).
 */
export const STUFE_GROSS = 1;

const CRC_TABELLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 continued from `bisher`: Node's own from 20.15 and 22.2 on, else the table. */
function crc32(daten: Uint8Array, bisher: number): number {
  const nativ = (zlib as { crc32?: (d: Uint8Array, v: number) => number }).crc32;
  if (nativ) return nativ(daten, bisher);
  let c = (bisher ^ 0xffffffff) >>> 0;
  for (let i = 0; i < daten.length; i++) c = CRC_TABELLE[(c ^ daten[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export class Paket {
  private readonly stuecke: Uint8Array[] = [];
  private fehler: Error | null = null;
  private readonly zip = new Zip((fehler, stueck) => {
    if (fehler) this.fehler = fehler;
    else this.stuecke.push(stueck);
  });

  /** A part given whole. */
  teil(pfad: string, inhalt: string | Uint8Array): void {
    const daten = typeof inhalt === "string" ? Buffer.from(inhalt, "utf8") : inhalt;
    const datei: ZipInputFile = { filename: pfad, size: daten.length, crc: crc32(daten, 0), compression: 8 };
    this.zip.add(datei);
    datei.ondata?.(null, zlib.deflateRawSync(daten, { level: STUFE }), true);
  }

  /** A part written piece by piece through `schreibe`; compressed as it comes. */
  async strom(
    pfad: string,
    erzeuge: (schreibe: (text: string) => Promise<void>) => Promise<void>,
    stufe = STUFE,
  ): Promise<void> {
    const datei: ZipInputFile = { filename: pfad, size: 0, crc: 0, compression: 8 };
    this.zip.add(datei);
    const deflate = zlib.createDeflateRaw({ level: stufe });
    deflate.on("data", (stueck: Uint8Array<ArrayBuffer>) => datei.ondata?.(null, stueck, false));
    const fertig = once(deflate, "end");
    let crc = 0;
    let groesse = 0;
    await erzeuge(async (text) => {
      const daten = Buffer.from(text, "utf8");
      crc = crc32(daten, crc);
      groesse += daten.length;
      if (!deflate.write(daten)) await once(deflate, "drain");
    });
    deflate.end();
    await fertig;
    datei.crc = crc;
    datei.size = groesse;
    datei.ondata?.(null, new Uint8Array(0), true);
  }

  ende(): Buffer {
    this.zip.end();
    if (this.fehler) throw this.fehler;
    return Buffer.concat(this.stuecke);
  }
}

/** A package of parts given whole (the Word file's), compressed with zlib. */
export function packeTeile(teile: Iterable<[string, string | Uint8Array]>): Buffer {
  const paket = new Paket();
  for (const [pfad, inhalt] of teile) paket.teil(pfad, inhalt);
  return paket.ende();
}
