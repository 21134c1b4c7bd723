// The benchmark suites, in the order scripts/bench.mjs runs them. A suite is
//   { id, titel, async lauf({ kurz, dist, root }) → { text, daten, pruefungen } }
// where `text` is printed, `daten` goes to bench/results.json, and `pruefungen` are the ASSERTED
// checks ({ name, ok, ist, ziel }); any check with ok: false makes `npm run bench` exit with 1.
// Assert only what is machine-independent (sizes, counts); report timings in `text`/`daten`.
// How to add one: bench/README.md.
import arbeitsmappe from "./arbeitsmappe.mjs";
import befehlszeile from "./befehlszeile.mjs";
import bundle from "./bundle.mjs";
import csv from "./csv.mjs";
import funktionen from "./funktionen.mjs";
import planIst from "./planIst.mjs";
import skalierung from "./skalierung.mjs";
import start from "./start.mjs";
import syncs from "./syncs.mjs";

export const SUITES = [bundle, funktionen, skalierung, arbeitsmappe, syncs, csv, planIst, befehlszeile, start];
