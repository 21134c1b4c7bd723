/** @jest-environment jsdom */
/**
 * The main check through the REAL task pane: the pane drives the real Excel access module
 * against the fake host (HyperFormula + the BUILT KI.* functions from dist/). Load the Rhein-Sieg
 * preset, insert, read the computed cells of "Kostenvergleich", change the overhead on "Annahmen"
 * to 0.2 as a user would in Excel, check the recalculated totals, insert again: same sheets, no
 * duplicates, at most 3 round-trips for the insert.
 */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { createFakeExcel, type FakeExcel } from "../../devtools/fakeHost";
import type { ArbeitsmappenZugriff } from "../../src/excel/zugriff";
import { erstelleArbeitsmappenZugriff } from "../../src/taskpane/anbindung";
import { Kostenplaner } from "../../src/taskpane/Kostenplaner";
import { ladeAlleVoraus } from "../../src/taskpane/spaeter";
import { ladeFunktionen } from "../helpers/ladeFunktionen";

interface Einfuegung {
  gemeldet: number;
  gezaehlt: number;
  blaetter: string[];
}

function beobachteterZugriff(fake: FakeExcel): { zugriff: ArbeitsmappenZugriff; einfuegungen: Einfuegung[] } {
  const echt = erstelleArbeitsmappenZugriff(fake.Excel);
  const einfuegungen: Einfuegung[] = [];
  const zugriff: ArbeitsmappenZugriff = {
    ladeZustand: () => echt.ladeZustand(),
    ladeStart: () => echt.ladeStart(),
    speichereZustand: (json) => echt.speichereZustand(json),
    blattModi: () => echt.blattModi(),
    leseAuswahl: () => echt.leseAuswahl(),
    legeSicherungAn: () => echt.legeSicherungAn(),
    stelleWiederHer: (k, arbeit) => echt.stelleWiederHer(k, arbeit),
    schreibeStand: (json) => echt.schreibeStand(json),
    loescheStand: (k) => echt.loescheStand(k),
    sichereZustand: (json) => echt.sichereZustand(json),
    ladeStaende: (e) => echt.ladeStaende(e),
    async fuegeEin(plan, umbenennungen) {
      const vorher = fake.syncCount;
      const r = await echt.fuegeEin(plan, umbenennungen);
      einfuegungen.push({ gemeldet: r.syncs, gezaehlt: fake.syncCount - vorher, blaetter: r.blaetter });
      return r;
    },
  };
  return { zugriff, einfuegungen };
}

/**
 * The numbers in the comparison table's row whose first cell matches `label`, left to right. The
 * table ends at the first empty column of its header row ("Kostenart"); further blocks to the right
 * (chart data) are not part of it.
 */
function zahlenDerZeile(fake: FakeExcel, blatt: string, label: RegExp): number[] {
  const bereich = fake.benutzterBereich(blatt);
  if (!bereich) throw new Error(`${blatt} ist leer`);
  const werte = fake.werte(blatt, `A1:${bereich.split(":")[1]}`);
  const kopf = werte.find((z) => z[0] === "Kostenart");
  if (!kopf) throw new Error(`Keine Kopfzeile „Kostenart“ auf ${blatt}`);
  const ende = kopf.findIndex((w) => w === "");
  const zeile = werte.find((z) => typeof z[0] === "string" && label.test(z[0]));
  if (!zeile) throw new Error(`Keine Zeile ${label} auf ${blatt}`);
  return zeile.slice(0, ende < 0 ? undefined : ende).filter((w): w is number => typeof w === "number");
}

/** Cells on "Annahmen" that hold an overhead rate, found through the workbook names or the row label. */
function querschnittsZellen(fake: FakeExcel): string[] {
  const ausNamen = fake
    .namen()
    .filter((n) => /querschnitt/i.test(n.name) && /^=?'?Annahmen'?!/.test(n.formel))
    .map((n) => n.formel.replace(/^=?'?Annahmen'?!/, "").replace(/\$/g, ""));
  if (ausNamen.length > 0) return ausNamen;
  const bereich = fake.benutzterBereich("Annahmen") ?? "A1";
  const werte = fake.werte("Annahmen", `A1:${bereich.split(":")[1] ?? bereich}`);
  const zellen: string[] = [];
  werte.forEach((z, i) => {
    if (!z.some((w) => typeof w === "string" && /querschnitt/i.test(w))) return;
    z.forEach((w, j) => {
      if (w === 0.3) zellen.push(`${String.fromCharCode(65 + j)}${i + 1}`);
    });
  });
  return zellen;
}

// The sections that come as chunks of their own (src/taskpane/spaeter.tsx) render in the first pass.
beforeAll(() => ladeAlleVoraus());

test("Rhein-Sieg: einfügen, rechnen, Annahme ändern, erneut einfügen", async () => {
  const fake = createFakeExcel({ ki: ladeFunktionen(), blaetter: ["Tabelle1"] });
  const { zugriff, einfuegungen } = beobachteterZugriff(fake);
  const user = userEvent.setup();
  // Saving is debounced and is its own action; keep it out of the insert's round-trip count.
  render(<Kostenplaner zugriff={zugriff} jetzt={() => new Date(2024, 0, 15)} speicherVerzoegerungMs={600000} />);
  await screen.findByRole("heading", { name: "Szenarien" });
  // The heading shows once loading finished: opening the pane took a single round-trip.
  expect(fake.syncCount).toBe(1);

  await user.click(screen.getByRole("combobox", { name: /^Vorlage/ }));
  await user.click(await screen.findByRole("option", { name: "Rhein-Sieg-Kreis 2013 (Vergleich)" }));
  await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
  const vorKlick = fake.syncCount;
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/mit KI-Funktionen geschrieben/, undefined, { timeout: 15000 });
  // The whole pane action, click to message (sheet modes included), not only the access call.
  expect(fake.syncCount - vorKlick).toBeLessThanOrEqual(3);

  expect(fake.blattnamen()).toContain("Kostenvergleich");
  // Derzeitige Struktur, KIZ, difference KIZ − baseline.
  expect(zahlenDerZeile(fake, "Kostenvergleich", /^Gesamtkosten/)).toEqual([102316, 353094, 250778]);
  expect(zahlenDerZeile(fake, "Kostenvergleich", /^Kostenerstattung/)).toEqual([0, 170000, 170000]);
  expect(zahlenDerZeile(fake, "Kostenvergleich", /^Jährlicher Kostenanteil/)).toEqual([102316, 183094, 80778]);
  expect(einfuegungen).toHaveLength(1);
  expect(einfuegungen[0].gezaehlt).toBeLessThanOrEqual(3);
  expect(einfuegungen[0].gemeldet).toBe(einfuegungen[0].gezaehlt);
  // The pane shows which mode each generated sheet is in.
  await waitFor(() =>
    expect(screen.getByRole("list", { name: "Blätter und ihr Formelmodus" })).toHaveTextContent(
      "Kostenvergleich: KI-Funktionen",
    ),
  );

  // A user changes the overhead on the assumptions sheet in Excel.
  const zellen = querschnittsZellen(fake);
  expect(zellen.length).toBeGreaterThanOrEqual(1);
  for (const z of zellen) fake.setzeWert("Annahmen", z, 0.2);
  expect(zahlenDerZeile(fake, "Kostenvergleich", /^Gesamtkosten/)).toEqual([95336, 329264, 233928]);
  expect(zahlenDerZeile(fake, "Kostenvergleich", /^Jährlicher Kostenanteil/)).toEqual([95336, 159264, 63928]);

  const blaetterVorher = fake.blattnamen();
  const diagrammeVorher = blaetterVorher.map((b) => fake.diagramme(b).map((d) => d.name));
  const namenVorher = fake.namen().map((n) => n.name);
  const vorZweitemKlick = fake.syncCount;
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await waitFor(() => expect(einfuegungen).toHaveLength(2), { timeout: 15000 });
  expect(fake.syncCount - vorZweitemKlick).toBeLessThanOrEqual(3);
  expect(fake.blattnamen()).toEqual(blaetterVorher);
  expect(new Set(fake.blattnamen()).size).toBe(fake.blattnamen().length);
  expect(einfuegungen[1].gezaehlt).toBeLessThanOrEqual(3);
  expect(blaetterVorher.map((b) => fake.diagramme(b).map((d) => d.name))).toEqual(diagrammeVorher);
  expect(fake.namen().map((n) => n.name)).toEqual(namenVorher);
});
