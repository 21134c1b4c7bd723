// Preloaded into the command line by tests (NODE_OPTIONS=--require …): every file opened inside
// KI_TEST_STOERORDNER accepts KI_TEST_STOERBYTES bytes and then fails with ENOSPC, as a full disk does.
// The product has no test hook; this replaces Node's own fs functions for that one process.
"use strict";
const fs = require("fs");
const path = require("path");

const ordner = path.resolve(process.env.KI_TEST_STOERORDNER || "/nirgends");
const grenze = Number(process.env.KI_TEST_STOERBYTES || 0);
const gestoert = new Map();

const oeffne = fs.openSync;
fs.openSync = function (p, ...rest) {
  const fd = oeffne.call(this, p, ...rest);
  if (typeof p === "string" && path.resolve(p).startsWith(ordner + path.sep)) gestoert.set(fd, 0);
  return fd;
};

const schreibe = fs.writeSync;
fs.writeSync = function (fd, puffer, versatz, laenge, position) {
  if (!gestoert.has(fd)) return schreibe.apply(this, arguments);
  const bisher = gestoert.get(fd);
  if (bisher >= grenze) {
    const e = new Error("ENOSPC: no space left on device, write");
    Object.assign(e, { code: "ENOSPC", errno: -28, syscall: "write" });
    throw e;
  }
  const gewollt = typeof laenge === "number" ? laenge : puffer.length - (versatz || 0);
  const n = schreibe.call(this, fd, puffer, versatz || 0, Math.min(gewollt, grenze - bisher), position);
  gestoert.set(fd, bisher + n);
  return n;
};

const schliesse = fs.closeSync;
fs.closeSync = function (fd) {
  gestoert.delete(fd);
  return schliesse.apply(this, arguments);
};
