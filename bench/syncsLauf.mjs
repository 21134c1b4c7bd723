// context.sync() round-trips per task-pane action: the REAL Excel access module
// (src/excel/arbeitsmappenZugriff.ts) drives the fake Office.js host (devtools/fakeHost) with
// workbook plans from src/workbook and the BUILT KI.* functions. Every sync is a network trip in
// Excel on the web, so the count is what matters, not the time on the fake host.
//
// Each action also checks that it did what it claims (reference figures on the sheet, state read
// back, backup kept): a count of round-trips of an action that silently failed would be worthless.
//
// Runs in its own process under tsx (`node --import tsx`, started by suites/syncs.mjs), like
// arbeitsmappeLauf.mjs: the fake host is TypeScript and owns a HyperFormula instance.
import { createRequire } from "node:module";
import { ladeBundle } from "./ladeBundle.mjs";
import { tabelle } from "./werkzeug.mjs";

// The TypeScript sources are loaded through require, not `import`: tsx compiles them to CommonJS,
// and a module it loads through Node's ESM loader gets a data: URL as its address, from which the
// insert's own `import("./einfuegen/schreiben")` (the chunk loaded on first insert) cannot be
// resolved. Through require each module keeps its file path, as under jest and webpack.
const laden = createRequire(import.meta.url);
const modul = (pfad) => laden(pfad);
const fakeHostModul = "../devtools/fakeHost/index.ts";
const zugriffModul = "../src/excel/arbeitsmappenZugriff.ts";
const szenarioModul = "../src/scenario/index.ts";
const speicherModul = "../src/scenario/speicherformat.ts";
const mappenModul = "../src/workbook/index.ts";
const umlageModul = "../src/cli/umlageDatei.ts";
const standModul = "../src/scenario/staende.ts";
const { createFakeExcel } = modul(fakeHostModul);
const { SICHERUNG_PRAEFIX, ZUSTAND_SCHLUESSEL, ZugriffsFehler, erstelleArbeitsmappenZugriff } = modul(zugriffModul);
const { erzeugeVorlage, erzeugeVorlagenSatz } = modul(szenarioModul);
const { kodiereSpeicherstand } = modul(speicherModul);
const { baueArbeitsmappe, berechneBezuege } = modul(mappenModul);
const { rheinSiegUmlage } = modul(umlageModul);
const { erstelleStand, leseStandEintrag } = modul(standModul);
const rheinSiegMitglieder = () => rheinSiegUmlage().mitglieder;

export const ZIEL_EINFUEGEN = 3;

// Fixed date and council number: the plan, and so the work per insert, is the same on every run.
const DATUM = new Date(2013, 1, 4);
const VORLAGE_NR = "2013/728";
/**
 * User assumptions for the multi-year sheet (the pane's fields); not official figures. Up to 2019:
 * from 2020 no rule set is known to govern, and "auto" asks for a choice (issue 22).
 */
const MEHRJAHR = { vonJahr: 2013, bisJahr: 2019, personalSteigerung: 0.025, sachSteigerung: 0.02, zinssatz: 0.03 };
const SPEICHEROPTIONEN = {
  modus: "ki",
  vorlageNr: VORLAGE_NR,
  mehrjahrAktiv: true,
  mehrjahr: MEHRJAHR,
  umlageAktiv: false,
  umlage: [],
};

function plan(szenarien, modus, extras = {}) {
  return baueArbeitsmappe(szenarien, { modus, datum: DATUM, vorlageNr: VORLAGE_NR, ...extras });
}

/** "Annahmen!$C$14" → cell value on the fake host. */
function wertVon(fake, bezug) {
  const [blatt, adresse] = bezug.split("!");
  return fake.wert(blatt.replace(/^'|'$/g, ""), adresse.replace(/\$/g, ""));
}

/** The Rhein-Sieg comparison's result on the sheet: difference of the Eigenanteil 80.778 €. */
function differenzRheinSieg(fake, szenarien) {
  return wertVon(fake, berechneBezuege(szenarien).differenzen[0].eigenanteil);
}

/** n scenarios from the Rhein-Sieg presets, alternating baseline and KIZ, with their own ids and names. */
function vieleSzenarien(n) {
  return Array.from({ length: n }, (_, i) => {
    const s = erzeugeVorlage(i % 2 === 0 ? "rsk-2013-derzeitig" : "rsk-2013-kiz");
    s.id = `${s.id}-${i + 1}`;
    s.name = `${s.name} (Variante ${Math.floor(i / 2) + 1})`;
    return s;
  });
}

/** 50 Stände of the Rhein-Sieg comparison, each with other Projektmittel of the KIZ. */
function fuenfzigStaende() {
  const basis = erzeugeVorlagenSatz("rhein-sieg-2013");
  const { ergebniszeilen, regelwerkVermerke } = modul(mappenModul);
  return Array.from({ length: 50 }, (_, i) => {
    const sz = JSON.parse(JSON.stringify(basis));
    sz[1].projektmittel += i * 1000;
    return erstelleStand(
      {
        id: `stand-${i + 1}`,
        bezeichnung: `Stand ${i + 1}`,
        datum: `2014-01-${String((i % 28) + 1).padStart(2, "0")}`,
        szenarien: sz,
        optionen: { ...SPEICHEROPTIONEN, mehrjahrAktiv: false, mehrjahr: null },
        regelwerke: regelwerkVermerke(sz),
        ergebnisse: ergebniszeilen(sz, {}),
      },
      DATUM,
    );
  });
}

async function staendeFaelle(ki, miss, unerwartet) {
  const staende = fuenfzigStaende();
  const mappe = createFakeExcel({ ki, blaetter: ["Tabelle1"] });
  const zugriff = erstelleArbeitsmappenZugriff(mappe.Excel);
  for (const s of staende) await zugriff.schreibeStand(s);
  await miss(mappe, {
    aktion: "Start des Aufgabenbereichs mit 50 Ständen (nur das Verzeichnis)",
    art: "lesen",
    fn: () => zugriff.ladeStart(),
    pruefe: (r, f) =>
      unerwartet(f) ??
      ((r.staende ?? []).filter((x) => x.kopf !== undefined).length === 50
        ? null
        : `${(r.staende ?? []).length} Stände im Verzeichnis statt 50`),
  });
  await miss(mappe, {
    aktion: "50 Stände lesen (nach dem ersten Bild, in Portionen)",
    art: "lesen",
    fn: async () => {
      const start = await zugriff.ladeStart();
      return zugriff.ladeStaende(
        (start.staende ?? []).map((x) => ({ schluessel: x.schluessel, zeichen: x.kopf?.zeichen })),
      );
    },
    pruefe: (r, f) =>
      unerwartet(f) ??
      (r.filter((x) => leseStandEintrag(x.schluessel, x.wert).status === "ok").length === 50
        ? null
        : `${r.length} Stände gelesen statt 50`),
  });
  const jetzt = staende[49].zustand;
  await miss(mappe, {
    aktion: "Einfügen mit „Vergleich mit Stand“ + „Änderungsprotokoll“ (50 Stände)",
    art: "einfuegen",
    fn: () =>
      zugriff.fuegeEin(
        plan(jetzt.szenarien, "nativ", { staende: { vergleich: staende[0], alle: staende, aktuell: jetzt } }),
      ),
    pruefe: (r, f) =>
      unerwartet(f) ??
      (r.blaetter.includes("Vergleich mit Stand") && r.blaetter.includes("Änderungsprotokoll")
        ? null
        : `Blätter ${r.blaetter.join(", ")}`),
  });
  await miss(mappe, {
    aktion: "Stand festschreiben (51. Stand)",
    art: "schreiben",
    fn: () => zugriff.schreibeStand(staende[0]),
    // A fresh key of its own: 51 Stände afterwards, none written over.
    pruefe: (k, f) => {
      const zahl = Object.keys(mappe.settings()).filter((x) => x.startsWith("KI-Kostenplaner.Stand.")).length;
      return unerwartet(f) ?? (zahl === 51 && typeof k === "string" ? null : `${zahl} Stände nach dem Festschreiben`);
    },
  });
}

async function lauf({ dist }) {
  const ki = ladeBundle(dist);
  const aktionen = [];

  /**
   * Runs one pane action on `fake` and records its round-trips as the fake host counts them
   * (including the sync Excel.run adds for commands still queued when the batch returns).
   * `pruefe(ergebnis)` returns null when the action did what it should, else what went wrong.
   */
  async function miss(fake, { aktion, art, fn, pruefe }) {
    fake.resetSyncCount();
    let ergebnis;
    let fehler = null;
    try {
      ergebnis = await fn();
    } catch (e) {
      fehler = e;
    }
    const syncs = fake.syncCount;
    const befund = pruefe(ergebnis, fehler);
    aktionen.push({
      aktion,
      art,
      syncs,
      gemeldet: ergebnis && typeof ergebnis.syncs === "number" ? ergebnis.syncs : null,
      ziel: art === "einfuegen" ? ZIEL_EINFUEGEN : null,
      wirkt: befund === null,
      befund: befund ?? (fehler ? `erwarteter Fehler: ${fehler.message.slice(0, 60)} …` : null),
    });
    return ergebnis;
  }

  const rheinSieg = erzeugeVorlagenSatz("rhein-sieg-2013");
  const unerwartet = (fehler) => (fehler ? `Fehler: ${fehler.message}` : null);

  // --- Workbook 1: the pane's life cycle on the Rhein-Sieg comparison --------------------------
  const mappe = createFakeExcel({ ki, blaetter: ["Tabelle1"] });
  const zugriff = erstelleArbeitsmappenZugriff(mappe.Excel);
  await miss(mappe, {
    aktion: "Start des Aufgabenbereichs: Stand + Blattmodi (leere Mappe)",
    art: "lesen",
    fn: () => zugriff.ladeStart(),
    pruefe: (r, f) =>
      unerwartet(f) ??
      (r.zustand.status === "leer" && Object.keys(r.modi).length === 0
        ? null
        : `Start lieferte ${JSON.stringify(r)} statt leer`),
  });
  const pruefeRheinSieg = (r, f) => {
    if (f) return `Fehler: ${f.message}`;
    const d = differenzRheinSieg(mappe, rheinSieg);
    return d === 80778 ? null : `Differenz Eigenanteil ${d} statt 80778`;
  };
  await miss(mappe, {
    aktion: "Einfügen KI-Funktionen, erstes Mal (Rhein-Sieg)",
    art: "einfuegen",
    fn: () => zugriff.fuegeEin(plan(rheinSieg, "ki")),
    pruefe: pruefeRheinSieg,
  });
  await miss(mappe, {
    aktion: "Einfügen KI-Funktionen, zweites Mal (Aktualisierung)",
    art: "einfuegen",
    fn: () => zugriff.fuegeEin(plan(rheinSieg, "ki")),
    pruefe: (r, f) =>
      pruefeRheinSieg(r, f) ??
      (mappe.blattnamen().length === 3 ? null : `Blätter ${mappe.blattnamen().join(", ")} (doppelt?)`),
  });
  await miss(mappe, {
    aktion: "Einfügen Excel-Formeln in dieselbe Mappe (Wechsel ki → nativ)",
    art: "einfuegen",
    fn: () => zugriff.fuegeEin(plan(rheinSieg, "nativ")),
    pruefe: pruefeRheinSieg,
  });
  await miss(mappe, {
    aktion: "Blattmodi lesen (nach dem Einfügen)",
    art: "lesen",
    fn: () => zugriff.blattModi(),
    pruefe: (r, f) =>
      unerwartet(f) ?? (r.Kostenvergleich === "nativ" && r.Annahmen === "nativ" ? null : `Modi ${JSON.stringify(r)}`),
  });
  const stand = kodiereSpeicherstand(rheinSieg, SPEICHEROPTIONEN, DATUM);
  await miss(mappe, {
    aktion: "Speichern, erstes Mal",
    art: "schreiben",
    fn: () => zugriff.speichereZustand(stand),
    pruefe: (_, f) =>
      unerwartet(f) ??
      // The access layer adds the revision (src/excel/zustandSpeicher.ts) at the end of the stored JSON.
      (String(mappe.settings()[ZUSTAND_SCHLUESSEL]).startsWith(JSON.stringify(stand).slice(0, -1))
        ? null
        : "Stand nicht in den Einstellungen"),
  });
  await miss(mappe, {
    aktion: "Speichern über einen lesbaren Stand",
    art: "schreiben",
    fn: () => zugriff.speichereZustand(stand),
    pruefe: (_, f) =>
      unerwartet(f) ??
      (Object.keys(mappe.settings()).some((k) => k.startsWith(SICHERUNG_PRAEFIX)) ? "unnötige Sicherung" : null),
  });
  await miss(mappe, {
    aktion: "Laden eines gespeicherten Stands",
    art: "lesen",
    fn: () => zugriff.ladeZustand(),
    pruefe: (r, f) =>
      unerwartet(f) ??
      (r.status === "ok" && JSON.stringify(r.json) === JSON.stringify(stand) ? null : `Status ${r.status}`),
  });
  const abgeschnitten = JSON.stringify(stand).slice(0, 200);
  mappe.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, abgeschnitten);
  await miss(mappe, {
    aktion: "Laden eines beschädigten Stands (bleibt erhalten)",
    art: "lesen",
    fn: () => zugriff.ladeZustand(),
    pruefe: (r, f) =>
      unerwartet(f) ?? (r.status === "unlesbar" && r.roh === abgeschnitten ? null : `Status ${r.status}`),
  });
  await miss(mappe, {
    aktion: "Speichern über einen beschädigten Stand (mit Sicherung)",
    art: "schreiben",
    fn: () => zugriff.speichereZustand(stand),
    pruefe: (_, f) => {
      if (f) return `Fehler: ${f.message}`;
      const s = mappe.settings();
      const sicherung = Object.keys(s).find((k) => k.startsWith(SICHERUNG_PRAEFIX));
      return sicherung && s[sicherung] === abgeschnitten ? null : "keine Sicherung des beschädigten Stands";
    },
  });

  // --- Workbook 2: first insert with native formulas --------------------------------------------
  const nativ = createFakeExcel({ ki, blaetter: ["Tabelle1"] });
  await miss(nativ, {
    aktion: "Einfügen Excel-Formeln, erstes Mal (Rhein-Sieg)",
    art: "einfuegen",
    fn: () => erstelleArbeitsmappenZugriff(nativ.Excel).fuegeEin(plan(rheinSieg, "nativ")),
    pruefe: (r, f) => {
      if (f) return `Fehler: ${f.message}`;
      const d = differenzRheinSieg(nativ, rheinSieg);
      return d === 80778 ? null : `Differenz Eigenanteil ${d} statt 80778`;
    },
  });

  // --- Workbook 3: Mehrjahresplanung and Kreisumlage sheets -------------------------------------
  const gross = createFakeExcel({ ki, blaetter: ["Tabelle1"] });
  const zugriffGross = erstelleArbeitsmappenZugriff(gross.Excel);
  const extras = { mehrjahr: MEHRJAHR, umlage: { mitglieder: rheinSiegMitglieder() } };
  const vierBlaetter = (r, f) => {
    if (f) return `Fehler: ${f.message}`;
    return r.blaetter.length === 4 ? null : `Blätter ${r.blaetter.join(", ")} (Mehrjahr/Umlage fehlen)`;
  };
  await miss(gross, {
    aktion: "Einfügen mit Mehrjahresplanung + Umlage, erstes Mal",
    art: "einfuegen",
    fn: () => zugriffGross.fuegeEin(plan(rheinSieg, "ki", extras)),
    pruefe: vierBlaetter,
  });
  await miss(gross, {
    aktion: "Einfügen mit Mehrjahresplanung + Umlage, zweites Mal",
    art: "einfuegen",
    fn: () => zugriffGross.fuegeEin(plan(rheinSieg, "ki", extras)),
    pruefe: vierBlaetter,
  });
  await miss(gross, {
    aktion: "Einfügen ohne Mehrjahr/Umlage (2 Blätter werden verwaist)",
    art: "einfuegen",
    fn: () => zugriffGross.fuegeEin(plan(rheinSieg, "ki")),
    pruefe: (r, f) =>
      unerwartet(f) ??
      (String(gross.wert("Umlage", "A1")).includes("nicht mehr erzeugt")
        ? null
        : "Umlage-Blatt nicht als verwaist markiert"),
  });

  // --- Workbook 4: many scenarios – the count must not grow with the plan -----------------------
  const viele = vieleSzenarien(12);
  const mappeViele = createFakeExcel({ ki, blaetter: ["Tabelle1"] });
  await miss(mappeViele, {
    aktion: "Einfügen 12 Szenarien mit Mehrjahr + Umlage",
    art: "einfuegen",
    fn: () => erstelleArbeitsmappenZugriff(mappeViele.Excel).fuegeEin(plan(viele, "ki", extras)),
    pruefe: (r, f) => unerwartet(f) ?? (r.blaetter.length === 4 ? null : `Blätter ${r.blaetter.join(", ")}`),
  });

  // --- Workbook 4b: 50 frozen Stände – start and insert (with comparison and trail) stay within the target --
  await staendeFaelle(ki, miss, unerwartet);

  // --- Workbook 5: a foreign sheet of the same name stops the insert before anything is written --
  const fremd = createFakeExcel({ ki, blaetter: ["Kostenvergleich"] });
  await miss(fremd, {
    aktion: "Einfügen abgelehnt: fremdes Blatt „Kostenvergleich“",
    art: "einfuegen",
    fn: () => erstelleArbeitsmappenZugriff(fremd.Excel).fuegeEin(plan(rheinSieg, "ki")),
    pruefe: (_, f) =>
      f instanceof ZugriffsFehler && fremd.blattnamen().length === 1 ? null : "nicht mit ZugriffsFehler abgelehnt",
  });

  const einfuegen = aktionen.filter((a) => a.art === "einfuegen");
  const pruefungen = [
    {
      name: `context.sync() je Einfügen ≤ ${ZIEL_EINFUEGEN} (${einfuegen.length} Fälle)`,
      ok: einfuegen.every((a) => a.syncs <= ZIEL_EINFUEGEN),
      ist: `höchstens ${Math.max(...einfuegen.map((a) => a.syncs))}${einfuegen
        .filter((a) => a.syncs > ZIEL_EINFUEGEN)
        .map((a) => `; ${a.aktion}: ${a.syncs}`)
        .join("")}`,
      ziel: `≤ ${ZIEL_EINFUEGEN}`,
    },
    {
      name: "jede gemessene Aktion wirkt (Ergebnis in der Mappe geprüft)",
      ok: aktionen.every((a) => a.wirkt),
      ist: aktionen.every((a) => a.wirkt)
        ? `${aktionen.length} von ${aktionen.length}`
        : aktionen
            .filter((a) => !a.wirkt)
            .map((a) => `${a.aktion}: ${a.befund}`)
            .join("; "),
      ziel: "alle",
    },
  ];

  const text = [
    "Gezählt vom Fake-Host (jedes context.sync(), auch das implizite am Ende von Excel.run); " +
      "„gemeldet“ = was fuegeEin selbst zurückgibt.",
    tabelle(
      ["Aktion", "syncs", "gemeldet", "Ziel", "", "Wirkung"],
      aktionen.map((a) => [
        a.aktion,
        String(a.syncs),
        a.gemeldet === null ? "—" : String(a.gemeldet),
        a.ziel === null ? "berichtet" : `≤ ${a.ziel}`,
        a.ziel === null ? "" : a.syncs <= a.ziel ? "✔" : "✖",
        a.wirkt ? "✔" : `✖ ${a.befund}`,
      ]),
    ),
  ].join("\n");

  return { text, daten: { zielEinfuegen: ZIEL_EINFUEGEN, aktionen }, pruefungen };
}

const ergebnis = await lauf({ dist: process.argv[process.argv.indexOf("--dist") + 1] });
process.stdout.write(JSON.stringify(ergebnis));
