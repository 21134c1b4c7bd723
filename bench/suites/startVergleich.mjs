// The pane start side by side with a baseline build (default none; `--basis <git-ref>` builds that
// commit in a temp folder, `--basis-dist <dir>` takes a finished build): the same cold start as
// suites/start.mjs (headless Chromium, CPU 4× throttled, the Excel stand-in with an empty workbook),
// in interleaved rounds: each round starts both builds one after the other (the order alternates),
// and the ratio candidate/baseline is formed within the round. Reported: milliseconds until "In
// Arbeitsmappe einfügen" is usable, the ratio (target ≤ 0,6× for issue 26), and the gzip size of
// what taskpane.html loads at start. Timings are reported, never asserted.
import { existsSync } from "node:fs";
import path from "node:path";
import { CHROMIUM, CPU_DROSSELUNG, einStart, starteBrowser, starteServer } from "../aufgabenbereichStart.mjs";
import { basisBauen, startSkripte } from "../startBasis.mjs";
import { fmt, kb, tabelle } from "../werkzeug.mjs";

const ZIEL_VERHAELTNIS = 0.6;
const ZIEL_START_GZIP = 120 * 1024;

function option(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? null : process.argv[i + 1];
}

function median(werte) {
  const w = werte.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (w.length === 0) return null;
  const m = Math.floor(w.length / 2);
  return w.length % 2 ? w[m] : (w[m - 1] + w[m]) / 2;
}

const spanne = (werte, stellen) => {
  const w = werte.filter((x) => typeof x === "number");
  return w.length ? `${fmt(Math.min(...w), stellen)}–${fmt(Math.max(...w), stellen)}` : "—";
};

function basisAus(root) {
  const dist = option("--basis-dist");
  if (dist) return { ref: path.basename(path.resolve(dist)), commit: null, dist: path.resolve(dist) };
  const ref = option("--basis");
  return ref ? basisBauen(root, ref) : null;
}

const MEILENSTEINE = [
  ["taskpaneJs", "taskpane.js geladen"],
  ["ersterInhalt", "erster Inhalt in #root"],
  ["einfuegen", "„In Arbeitsmappe einfügen“ bedienbar"],
];

async function runden({ n, seiten, officeJsOrdner }) {
  const browser = await starteBrowser();
  const laeufe = seiten.map(() => []);
  try {
    // Not counted: Chromium's first-use work, once per build.
    for (const s of seiten) await einStart({ kontext: browser.kontext, basis: s.url, officeJsOrdner, mitExcel: true });
    for (let r = 0; r < n; r++) {
      const reihenfolge = r % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of reihenfolge) {
        laeufe[i].push(
          await einStart({ kontext: browser.kontext, basis: seiten[i].url, officeJsOrdner, mitExcel: true }),
        );
      }
    }
  } finally {
    await browser.schliesse();
  }
  return laeufe;
}

export default {
  id: "startvergleich",
  titel: `Start des Aufgabenbereichs neben einer Basis (CPU ${CPU_DROSSELUNG}× gedrosselt, verschränkte Runden)`,
  async lauf({ kurz, dist, root }) {
    const basis = basisAus(root);
    if (!basis) {
      const grund = "keine Basis angegeben (--basis <git-ref>, z. B. main, oder --basis-dist <ordner>)";
      return { text: `übersprungen: ${grund}`, daten: { uebersprungen: grund }, pruefungen: [] };
    }
    if (!existsSync(CHROMIUM)) {
      const grund = `Chromium fehlt unter ${CHROMIUM} (CHROMIUM_PATH setzen)`;
      return { text: `übersprungen: ${grund}`, daten: { uebersprungen: grund }, pruefungen: [] };
    }
    const officeJsOrdner = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
    const groessen = { basis: startSkripte(basis.dist), kandidat: startSkripte(dist) };
    const n = kurz ? 3 : 10;
    const server = [await starteServer(basis.dist), await starteServer(dist)];
    let laeufe;
    try {
      laeufe = await runden({ n, seiten: server, officeJsOrdner });
    } finally {
      for (const s of server) await s.schliesse();
    }
    const [lb, lk] = laeufe;
    const verhaeltnisse = lk.map((k, i) =>
      k.einfuegen !== null && lb[i].einfuegen !== null ? k.einfuegen / lb[i].einfuegen : null,
    );
    const vMedian = median(verhaeltnisse);
    const name = `${basis.ref}${basis.commit ? ` (${basis.commit})` : ""}`;
    const zeilen = MEILENSTEINE.map(([k, titel]) => {
      const b = lb.map((l) => l[k]);
      const c = lk.map((l) => l[k]);
      const v = c.map((x, i) => (typeof x === "number" && typeof b[i] === "number" ? x / b[i] : null));
      return [
        titel,
        `${fmt(median(b), 0)} (${spanne(b, 0)})`,
        `${fmt(median(c), 0)} (${spanne(c, 0)})`,
        `${fmt(median(v), 2)}× (${spanne(v, 2)})`,
      ];
    });
    zeilen.push([
      "Start-Skripte gzip -9 (ohne office.js)",
      kb(groessen.basis.gzip),
      kb(groessen.kandidat.gzip),
      `${fmt(groessen.kandidat.gzip / groessen.basis.gzip, 2)}×`,
    ]);
    const skripte = (g) => g.dateien.map((d) => `${d.datei} ${kb(d.gzip)}`).join(" + ");
    const text = [
      `ms seit Beginn der Navigation, Median (min–max) aus ${n} Runden; Basis: Build von ${name}, dieselbe Messung in derselben Runde.`,
      tabelle(["Meilenstein", name, "dieser Build", "× Basis (Spanne)"], zeilen),
      `„In Arbeitsmappe einfügen“ bedienbar: ${fmt(vMedian, 2)}× der Basis – Ziel ≤ ${fmt(ZIEL_VERHAELTNIS, 1)}× ${
        vMedian !== null && vMedian <= ZIEL_VERHAELTNIS ? "✔" : "(nicht erreicht, berichtet)"
      }; erreicht in ${lb.filter((l) => l.einfuegen !== null).length}/${n} (Basis) und ${
        lk.filter((l) => l.einfuegen !== null).length
      }/${n} Starts (dieser Build)`,
      `Start-Skripte: Basis ${skripte(groessen.basis)}; dieser Build ${skripte(groessen.kandidat)} – Ziel ≤ ${kb(
        ZIEL_START_GZIP,
      )} ${groessen.kandidat.gzip <= ZIEL_START_GZIP ? "✔" : "(nicht erreicht, berichtet)"}`,
    ].join("\n");
    return {
      text,
      daten: {
        basis,
        cpuDrosselung: CPU_DROSSELUNG,
        runden: n,
        groessen,
        verhaeltnisMedian: vMedian,
        laeufe: { basis: lb, kandidat: lk },
      },
      pruefungen: [],
    };
  },
};
