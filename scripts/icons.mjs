#!/usr/bin/env node
// Draws the add-in icons (assets/icon-<size>.png): a blue tile with three rising bars, the
// "current structure vs. KI" comparison at a glance. Regenerate with `node scripts/icons.mjs`.
// Only Node's built-in zlib is used, so the icons need no image tool and no extra npm package.
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// 16/32/80: ribbon (bt:Image); 32/64: IconUrl/HighResolutionIconUrl; 128: Add-in catalogue and Admin Center.
export const GROESSEN = [16, 32, 64, 80, 128];

// Geometry on a 16-unit grid, so the bar edges fall on whole pixels at 16, 32, 64, 80 and 128 px.
const RASTER = 16;
const KACHEL = { x0: 0.5, y0: 0.5, x1: 15.5, y1: 15.5, radius: 3 };
const GRUNDLINIE = { x0: 3, x1: 13, y0: 11, y1: 12 };
const BALKEN = [
  { x0: 4, x1: 6, oben: 8, farbe: [255, 255, 255, 0.6] },
  { x0: 7, x1: 9, oben: 6, farbe: [255, 255, 255, 0.8] },
  { x0: 10, x1: 12, oben: 3, farbe: [255, 255, 255, 1] },
];
const WEISS = [255, 255, 255];
const BLAU_OBEN = [52, 120, 196];
const BLAU_UNTEN = [30, 84, 150];
const UEBERABTASTUNG = 8;

function inAbgerundetemRechteck(x, y, r) {
  if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) return false;
  const cx = Math.min(Math.max(x, r.x0 + r.radius), r.x1 - r.radius);
  const cy = Math.min(Math.max(y, r.y0 + r.radius), r.y1 - r.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r.radius ** 2;
}

/** Colour (straight RGBA, alpha 0..1) of one sample point in grid units. */
function abtasten(x, y) {
  if (!inAbgerundetemRechteck(x, y, KACHEL)) return [0, 0, 0, 0];
  const t = (y - KACHEL.y0) / (KACHEL.y1 - KACHEL.y0);
  let farbe = BLAU_OBEN.map((o, i) => o + (BLAU_UNTEN[i] - o) * t);
  for (const b of BALKEN) {
    // Slightly rounded bar tops; the bottoms sit flat on the base line.
    const balken = { x0: b.x0, x1: b.x1, y0: b.oben, y1: GRUNDLINIE.y0 + 0.5, radius: 0.5 };
    if (y <= GRUNDLINIE.y0 && inAbgerundetemRechteck(x, y, balken)) {
      const a = b.farbe[3];
      farbe = farbe.map((c, i) => c * (1 - a) + b.farbe[i] * a);
    }
  }
  if (x >= GRUNDLINIE.x0 && x <= GRUNDLINIE.x1 && y >= GRUNDLINIE.y0 && y <= GRUNDLINIE.y1) farbe = WEISS;
  return [...farbe, 1];
}

function zeichne(groesse) {
  const pixel = Buffer.alloc(groesse * groesse * 4);
  const n = UEBERABTASTUNG;
  for (let py = 0; py < groesse; py++) {
    for (let px = 0; px < groesse; px++) {
      // Premultiplied accumulation, so transparent corner samples do not darken the edge.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / groesse) * RASTER;
          const y = ((py + (sy + 0.5) / n) / groesse) * RASTER;
          const [cr, cg, cb, ca] = abtasten(x, y);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * groesse + px) * 4;
      pixel[o] = a ? Math.round(r / a) : 0;
      pixel[o + 1] = a ? Math.round(g / a) : 0;
      pixel[o + 2] = a ? Math.round(b / a) : 0;
      pixel[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixel;
}

const CRC_TABELLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABELLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(typ, daten) {
  const laenge = Buffer.alloc(4);
  laenge.writeUInt32BE(daten.length);
  const typUndDaten = Buffer.concat([Buffer.from(typ, "ascii"), daten]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typUndDaten));
  return Buffer.concat([laenge, typUndDaten, crc]);
}

export function png(groesse) {
  const pixel = zeichne(groesse);
  const kopf = Buffer.alloc(13);
  kopf.writeUInt32BE(groesse, 0);
  kopf.writeUInt32BE(groesse, 4);
  kopf.writeUInt8(8, 8); // bit depth
  kopf.writeUInt8(6, 9); // colour type RGBA
  // Compression, filter and interlace method bytes stay 0.
  const zeilen = Buffer.alloc(groesse * (groesse * 4 + 1));
  for (let y = 0; y < groesse; y++) {
    pixel.copy(zeilen, y * (groesse * 4 + 1) + 1, y * groesse * 4, (y + 1) * groesse * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", kopf),
    chunk("IDAT", deflateSync(zeilen, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const groesse of GROESSEN) {
    const ziel = path.join(ROOT, "assets", `icon-${groesse}.png`);
    writeFileSync(ziel, png(groesse));
    console.log(`${path.relative(ROOT, ziel)} (${groesse}×${groesse})`);
  }
}
