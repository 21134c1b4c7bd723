/** Shared setup for the task-pane tests: a recording test double of the Excel access module. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Auswahlinhalt } from "../../src/excel/auswahl";
import { umbenannt } from "../../src/excel/einfuegen/umbenennen";
import type { ArbeitsmappenZugriff } from "../../src/excel/zugriff";
import type { Ladeergebnis } from "../../src/scenario/speicherformat";
import type { ArbeitsmappenPlan } from "../../src/workbook/plan";
import type { Formelmodus } from "../../src/scenario/optionen";
import { Kostenplaner } from "../../src/taskpane/Kostenplaner";
import { ladeAlleVoraus } from "../../src/taskpane/spaeter";

export interface Aufzeichnung {
  /** The plans as written, with the chosen sheet names applied. */
  eingefuegt: ArbeitsmappenPlan[];
  /** The plans as the pane handed them over, and the names chosen instead of taken ones. */
  uebergeben: Array<{ plan: ArbeitsmappenPlan; umbenennungen: ReadonlyMap<string, string> | undefined }>;
  gespeichert: unknown[];
}

export function testZugriff(
  start: Ladeergebnis = { status: "leer" },
  auswahl: Auswahlinhalt = { adresse: "Tabelle1!A1", werte: [] },
): {
  zugriff: ArbeitsmappenZugriff;
  aufzeichnung: Aufzeichnung;
} {
  const aufzeichnung: Aufzeichnung = { eingefuegt: [], uebergeben: [], gespeichert: [] };
  const modi: Record<string, Formelmodus> = {};
  const zugriff: ArbeitsmappenZugriff = {
    async fuegeEin(uebergeben, umbenennungen) {
      aufzeichnung.uebergeben.push({ plan: uebergeben, umbenennungen: umbenennungen && new Map(umbenennungen) });
      const plan = umbenannt(uebergeben, umbenennungen);
      aufzeichnung.eingefuegt.push(plan);
      for (const b of plan.blaetter) modi[b.name] = b.modus;
      return { blaetter: plan.blaetter.map((b) => b.name), syncs: 2, modi: { ...modi } };
    },
    async ladeZustand() {
      return start;
    },
    async ladeStart() {
      return { zustand: start, modi: { ...modi }, sicherungen: [] };
    },
    async speichereZustand(json) {
      aufzeichnung.gespeichert.push(JSON.parse(JSON.stringify(json)));
    },
    async blattModi() {
      return { ...modi };
    },
    async leseAuswahl() {
      return auswahl;
    },
    async legeSicherungAn() {
      return null;
    },
    async schreibeStand() {
      return "KI-Kostenplaner.Stand.test";
    },
    async loescheStand() {},
    async stelleWiederHer() {
      return start;
    },
    async sichereZustand() {
      return "KI-Kostenplaner.Zustand.Sicherung.2024-01-15T00:00:00.test";
    },
    async ladeStaende() {
      return [];
    },
  };
  return { zugriff, aufzeichnung };
}

export const FESTES_DATUM = new Date(2024, 0, 15);

/** Renders the pane and waits until the stored state has been read. */
export async function zeigePlaner(zugriff: ArbeitsmappenZugriff, speicherVerzoegerungMs = 20) {
  // The sections that come as chunks of their own (src/taskpane/spaeter.tsx) render in the first pass.
  await ladeAlleVoraus();
  const r = render(
    <Kostenplaner zugriff={zugriff} speicherVerzoegerungMs={speicherVerzoegerungMs} jetzt={() => FESTES_DATUM} />,
  );
  await screen.findByRole("heading", { name: "Szenarien" });
  return r;
}

export const EINFUEGEN = { name: "In Arbeitsmappe einfügen" };
export const NATIV = { name: "Ohne Add-in weitergeben" };

/**
 * The simulated user, as user-event sets it up (one timer turn between the steps of an action, as a
 * browser gives the page; `delay: null` would skip it and let assertions run before the pane's
 * follow-up renders, which is what some of these tests rely on).
 */
export function benutzer(o: Parameters<typeof userEvent.setup>[0] = {}): ReturnType<typeof userEvent.setup> {
  return userEvent.setup(o);
}

export async function waehleImDropdown(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  option: string,
  bereich: HTMLElement = document.body,
) {
  // A Fluent dropdown's name is its label followed by the selected option.
  await user.click(within(bereich).getByRole("combobox", { name: new RegExp(`^${label}`) }));
  await user.click(await screen.findByRole("option", { name: option }));
}

export function vergleichsZeile(label: string | RegExp): string[] {
  const tabelle = screen.getByRole("table");
  // The row found by its header's name (the label), not by the row's name: that one is computed from
  // every cell's text, which made each lookup cost as much as rendering a card.
  const kopf = within(tabelle).getByRole("rowheader", {
    name: new RegExp(`^${typeof label === "string" ? label : label.source}`),
  });
  const zeile = kopf.closest("tr") as HTMLElement;
  return within(zeile)
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

export function szenarioKarte(nummer: number): HTMLElement {
  return screen.getByRole("region", { name: new RegExp(`^Szenario ${nummer}:`) });
}

export function warte(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Puts `text` into a field as one input, the way pasting does. Typing key by key re-renders the whole
 * pane per character; tests that are about the value, not the keys, use this (keyboard operation has
 * its own test).
 */
export async function gibEin(user: ReturnType<typeof userEvent.setup>, feld: HTMLElement, text: string): Promise<void> {
  await user.click(feld);
  await user.paste(text);
}
