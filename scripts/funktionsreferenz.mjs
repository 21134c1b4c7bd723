#!/usr/bin/env node
// Writes the README's "Funktionsreferenz" from the BUILT add-in: names, descriptions and parameters
// from dist/functions.json, and every example result computed by dist/functions.js, the code Excel
// runs. So the README cannot promise a result the functions do not deliver.
//
//   npx webpack --mode production && node scripts/funktionsreferenz.mjs            (README aktualisieren)
//   node scripts/funktionsreferenz.mjs --pruefen                                   (nur prüfen, Exit 1 wenn veraltet)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import * as prettier from "prettier";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const README = path.join(ROOT, "README.md");
const ANFANG = "<!-- funktionsreferenz:anfang (erzeugt von scripts/funktionsreferenz.mjs, nicht von Hand ändern) -->";
const ENDE = "<!-- funktionsreferenz:ende -->";

/** A cell range in an example: shown by its address, passed to the function as its values. */
const bereich = (adresse, werte) => ({ adresse, werte });

/**
 * One example per function. Figures are those of the Rhein-Sieg-Kreis sheet of 04.02.2013
 * (src/core/quellen.ts); where a function needs inputs the sheet does not have, the
 * example says that they are freely chosen.
 */
const BEISPIELE = {
  PERSONALKOSTEN: [
    { argumente: ["A 11"], einheit: "€", notiz: "1 Stelle A 11 nach der Rhein-Sieg-Tabelle RSK2013" },
    {
      argumente: [bereich("A2:A3", [["A 11"], ["A 11"]]), bereich("B2:B3", [[1], [0.5]])],
      einheit: "€",
      notiz: "A2:A3 enthalten zweimal „A 11“, B2:B3 die Stellenanteile 1 und 0,5",
    },
    {
      argumente: ["A 12", 1, "BUND-AGEBV-2021"],
      einheit: "€",
      notiz: "A 12 nach der AGebV des Bundes 2021 (63.344 × 1,293 + 2.950; Bund, nicht kommunal NRW)",
    },
  ],
  QUERSCHNITTSKOSTEN: [{ argumente: [69800], einheit: "€", notiz: "30 % von 69.800 €, Rhein-Sieg-Kreis 2013" }],
  ITKOSTEN: [{ argumente: [2], einheit: "€", notiz: "2 Arbeitsplätze à 2.268 €" }],
  RAUMKOSTEN: [{ argumente: [4], einheit: "€", notiz: "4 Büros à 5.040 €, KI im Rhein-Sieg-Vergleich" }],
  GESAMTKOSTEN: [
    { argumente: [69800, 2, 1, 2000], einheit: "€", notiz: "derzeitige Struktur im Rhein-Sieg-Vergleich" },
    { argumente: [238300, 8, 4, 5000], einheit: "€", notiz: "Kommunales Integrationszentrum im Rhein-Sieg-Vergleich" },
  ],
  LANDESERSTATTUNG: [
    { argumente: [238300, 2013, "Kreis"], einheit: "€", notiz: "Landespauschale 2013 für einen Kreis" },
    {
      argumente: [
        bereich("A2:B5", [
          ["Fachkraft", 45000],
          ["Fachkraft", 60000],
          ["Verwaltung", 50000],
          ["Assistenz", 25000],
        ]),
        2013,
      ],
      einheit: "€",
      notiz:
        "Höchstbetrag je Stelle: A2:B5 enthält Fachkraft 45.000, Fachkraft 60.000, Verwaltung 50.000, Assistenz 25.000 (frei gewählte Beispielwerte) → 45.000 + 50.000 + 50.000 + 20.000. Ein einzelner Betrag wird wie bisher gegen die Summe der Höchstbeträge (170.000 €) gedeckelt. Eine dritte Spalte gibt den Stellenanteil an (Teilzeit zählt anteilig). Als `regelwerk` nimmt die Funktion auch einen Bereich Förderposition | Höchstbetrag je Stelle | Stellen höchstens mit Zeilen Fachkraft, Verwaltung, Assistenz (Betrag für die halbe Stelle), Zusatzstelle, Sachausgaben (nur Betrag) und einer Pflichtzeile Quelle (optional Name, Finanzierungsart).",
    },
  ],
  EIGENANTEIL: [{ argumente: [353094, 170000], einheit: "€", notiz: "jährlicher Kostenanteil des Kreises für das KI" }],
  KOSTENAUFSTELLUNG: [
    {
      argumente: [238300, 8, 4, 5000, 170000],
      einheit: "€",
      notiz: "die KI-Spalte der Rhein-Sieg-Aufstellung, übergelaufen in 8 × 2 Zellen",
    },
  ],
  SATZ: [
    { argumente: ["IT"], einheit: "€", notiz: "IT-Standardarbeitsplatz je Jahr" },
    { argumente: ["Querschnitt"], einheit: "", notiz: "Querschnittssatz als Anteil, also 30 %" },
    {
      argumente: ["Querschnitt", 2021, "BUND-AGEBV-2021"],
      einheit: "",
      notiz: "Gemeinkostenzuschlag der AGebV des Bundes (28,1 %; Bund, nicht kommunal NRW)",
    },
  ],
  FORTSCHREIBUNG: [
    {
      argumente: [69800, 0.025, 2],
      einheit: "€",
      notiz: "69.800 € zwei Jahre mit frei gewählten 2,5 % je Jahr fortgeschrieben",
    },
  ],
  BARWERT: [
    {
      argumente: [bereich("B2:B4", [[183094], [183094], [183094]]), 0.03],
      einheit: "€",
      notiz: "drei Jahre Eigenanteil 183.094 € in B2:B4, frei gewählter Zins 3 %",
    },
  ],
  UMLAGE: [
    {
      argumente: [80778, bereich("C2:C4", [[1000000], [2000000], [3000000]])],
      einheit: "€",
      notiz: "Mehrkosten 80.778 € auf drei Gemeinden mit frei gewählten Umlagegrundlagen 1, 2 und 3 Mio. € in C2:C4",
    },
  ],
};

const zahl = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 10, useGrouping: false });
const betrag = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });

function argumentText(a) {
  if (a && typeof a === "object") return a.adresse;
  if (typeof a === "string") return `"${a}"`;
  return zahl.format(a);
}

function ergebnisText(wert, einheit) {
  if (typeof wert === "number") return einheit ? `${betrag.format(wert)} ${einheit}` : zahl.format(wert);
  return String(wert);
}

class StubFehler {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

function ladeFunktionen(dist) {
  const registriert = {};
  const CustomFunctions = {
    Error: StubFehler,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!" },
    associate(id, fn) {
      if (typeof id === "string") registriert[id] = fn;
      else Object.assign(registriert, id);
    },
  };
  const skript = path.join(dist, "functions.js");
  vm.runInContext(readFileSync(skript, "utf8"), vm.createContext({ CustomFunctions, console }), { filename: skript });
  const metadaten = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8"));
  return { metadaten, funktionen: registriert };
}

/** Calls a function the way Excel does: omitted arguments as null, ranges and matrix parameters as 2-D arrays. */
function rufe(fn, parameter, argumente) {
  const werte = parameter.map((p, i) => {
    if (i >= argumente.length) return null;
    const a = argumente[i];
    if (a && typeof a === "object") return a.werte;
    return p.dimensionality === "matrix" ? [[a]] : a;
  });
  return fn(...werte);
}

const md = (text) => text.replace(/\|/g, "\\|");

function abschnitt(f, fn) {
  const signatur = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
  const zeilen = [`### KI.${f.name}`, "", md(f.description), "", `\`=KI.${f.name}(${signatur})\``, ""];
  for (const p of f.parameters) zeilen.push(`- \`${p.name}\`${p.optional ? " (optional)" : ""}: ${md(p.description)}`);
  zeilen.push("");
  const beispiele = BEISPIELE[f.name];
  if (!beispiele) throw new Error(`Kein Beispiel für KI.${f.name}: bitte in scripts/funktionsreferenz.mjs ergänzen.`);
  for (const b of beispiele) {
    const formel = `=KI.${f.name}(${b.argumente.map(argumentText).join(";")})`;
    const ergebnis = rufe(fn, f.parameters, b.argumente);
    if (ergebnis instanceof StubFehler) {
      throw new Error(`Beispiel ${formel} liefert ${ergebnis.code}: ${ergebnis.message}`);
    }
    if (Array.isArray(ergebnis)) {
      zeilen.push(`Beispiel: \`${formel}\` – ${b.notiz}:`, "");
      if (ergebnis[0].length === 2 && typeof ergebnis[0][0] === "string") {
        zeilen.push("| Zeile | €/Jahr |", "| --- | ---: |");
        for (const [text, wert] of ergebnis) zeilen.push(`| ${md(text)} | ${betrag.format(wert)} |`);
      } else {
        zeilen.push(...ergebnis.map((zeile) => `- ${zeile.map((w) => ergebnisText(w, b.einheit)).join(" | ")}`));
      }
      zeilen.push("");
    } else {
      zeilen.push(`Beispiel: \`${formel}\` → **${ergebnisText(ergebnis, b.einheit)}** – ${b.notiz}`, "");
    }
  }
  return zeilen.join("\n");
}

export function referenz(dist = DIST) {
  const { metadaten, funktionen } = ladeFunktionen(dist);
  const fehlend = Object.keys(BEISPIELE).filter((n) => !metadaten.functions.some((f) => f.name === n));
  if (fehlend.length) throw new Error(`Beispiele für Funktionen, die es nicht mehr gibt: ${fehlend.join(", ")}`);
  return metadaten.functions.map((f) => abschnitt(f, funktionen[f.id])).join("\n");
}

async function neuesReadme(dist) {
  const alt = readFileSync(README, "utf8");
  const a = alt.indexOf(ANFANG);
  const e = alt.indexOf(ENDE);
  if (a < 0 || e < a) throw new Error(`README.md braucht die Marken\n${ANFANG}\n${ENDE}`);
  const text = `${alt.slice(0, a + ANFANG.length)}\n\n${referenz(dist)}\n${alt.slice(e)}`;
  const optionen = (await prettier.resolveConfig(README)) ?? {};
  return { alt, neu: await prettier.format(text, { ...optionen, filepath: README }) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pruefen = process.argv.includes("--pruefen");
  const distArg = process.argv.indexOf("--dist");
  const dist = distArg > 0 ? path.resolve(process.argv[distArg + 1]) : DIST;
  try {
    const { alt, neu } = await neuesReadme(dist);
    if (pruefen) {
      if (alt !== neu) {
        console.error(
          "Die Funktionsreferenz in README.md passt nicht zum Build. Aktualisieren: node scripts/funktionsreferenz.mjs",
        );
        process.exit(1);
      }
      console.log("Funktionsreferenz in README.md ist aktuell.");
    } else {
      writeFileSync(README, neu);
      console.log(`README.md: Funktionsreferenz aus ${path.relative(ROOT, dist) || "."}/functions.json geschrieben.`);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
