/** @jest-environment jsdom */
/**
 * Issue 10 through the REAL task pane over the real access module and the fake host: a failed
 * load is retried and never saved over, starting anew keeps the stored data byte for byte as a
 * backup that the pane offers to restore, auto-save waits during cell editing and retries after a
 * failure, and a user's sheet with a generated name is offered a free name instead.
 */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { createFakeExcel, type FakeExcel } from "../../devtools/fakeHost";
import { SICHERUNG_PRAEFIX, ZUSTAND_SCHLUESSEL } from "../../src/excel/arbeitsmappenZugriff";
import type { ArbeitsmappenZugriff } from "../../src/excel/zugriff";
import { erzeugeVorlagenSatz } from "../../src/scenario";
import { kodiereSpeicherstand } from "../../src/scenario/speicherformat";
import { erstelleArbeitsmappenZugriff } from "../../src/taskpane/anbindung";
import { Kostenplaner } from "../../src/taskpane/Kostenplaner";
import { ladeAlleVoraus } from "../../src/taskpane/spaeter";
import { ladeFunktionen } from "../helpers/ladeFunktionen";

jest.setTimeout(60_000);

const NAME = "Unsere Planung 2025 (Kämmerei)";
const VORLAGE_NR = "DS 17/2025";

function gespeichert(): string {
  const s = erzeugeVorlagenSatz("rhein-sieg-2013");
  s[0].name = NAME;
  const optionen = {
    modus: "ki" as const,
    vorlageNr: VORLAGE_NR,
    mehrjahrAktiv: false,
    mehrjahr: null,
    umlageAktiv: false,
    umlage: [],
  };
  return JSON.stringify(kodiereSpeicherstand(s, optionen, new Date(2025, 2, 1)));
}
const ALT = gespeichert();

// The sections that come as chunks of their own (src/taskpane/spaeter.tsx) render in the first pass.
beforeAll(() => ladeAlleVoraus());

function mappe(): FakeExcel {
  const fake = createFakeExcel({ ki: ladeFunktionen(), blaetter: ["Tabelle1"] });
  fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, ALT);
  return fake;
}

function zeige(zugriff: ArbeitsmappenZugriff) {
  render(
    <Kostenplaner
      zugriff={zugriff}
      jetzt={() => new Date(2025, 2, 2)}
      speicherVerzoegerungMs={10}
      ladeWartezeitenMs={[5, 5]}
      speicherWartezeitenMs={[20]}
    />,
  );
}

function sicherungen(fake: FakeExcel): Array<[string, unknown]> {
  return Object.entries(fake.settings()).filter(([k]) => k.startsWith(SICHERUNG_PRAEFIX));
}

/** Lets the pane's clock run far past its pauses before loading again and saving, and what follows settle. */
async function vergehtZeit(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => void jest.advanceTimersByTime(5_000));
}

afterEach(() => jest.useRealTimers());

async function zeigtGespeichertes(): Promise<void> {
  expect(await screen.findByRole("region", { name: `Szenario 1: ${NAME}` })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: /Vorlage-Nr\./ })).toHaveValue(VORLAGE_NR);
}

test("a transient load failure is retried: the saved scenarios appear, nothing is saved over", async () => {
  jest.useFakeTimers();
  const fake = mappe();
  fake.stoereBei({ sync: 1 });
  zeige(erstelleArbeitsmappenZugriff(fake.Excel));
  await zeigtGespeichertes();
  await vergehtZeit();
  expect(fake.settings()[ZUSTAND_SCHLUESSEL]).toBe(ALT);
  expect(sicherungen(fake)).toEqual([]);
});

test("after failed loads nothing is saved or inserted; „Neu beginnen“ keeps the stored data as a backup that can be restored", async () => {
  const fake = mappe();
  const echt = erstelleArbeitsmappenZugriff(fake.Excel);
  let ladenGeht = false;
  const zugriff: ArbeitsmappenZugriff = {
    ...echt,
    ladeStart: () => (ladenGeht ? echt.ladeStart() : Promise.reject(new Error("RichApi.Error: GeneralException"))),
  };
  jest.useFakeTimers();
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  zeige(zugriff);
  expect(await screen.findByText(/ließen sich nicht aus der Arbeitsmappe laden \(3 Versuche/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" })).toBeDisabled();
  await user.type(screen.getByRole("textbox", { name: /Vorlage-Nr\./ }), "X");
  await vergehtZeit();
  expect(fake.settings()[ZUSTAND_SCHLUESSEL]).toBe(ALT);

  // The path that used to save the default preset over readable saved scenarios.
  await user.click(screen.getByRole("button", { name: /^Neu beginnen/ }));
  await waitFor(() => expect(fake.settings()[ZUSTAND_SCHLUESSEL]).not.toBe(ALT));
  expect(sicherungen(fake)).toEqual([[expect.stringMatching(/^KI-Kostenplaner\.Zustand\.Sicherung\./), ALT]]);
  expect(JSON.parse(String(fake.settings()[ZUSTAND_SCHLUESSEL])).optionen.vorlageNr).toBe("X");
  expect(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" })).toBeEnabled();
  expect(screen.getByText(/enthält eine Sicherung früher gespeicherter Szenarien/)).toBeInTheDocument();

  ladenGeht = true;
  await user.click(screen.getByRole("button", { name: "Letzte Sicherung wiederherstellen" }));
  await zeigtGespeichertes();
  expect(fake.settings()[ZUSTAND_SCHLUESSEL]).toBe(ALT);
  // The state replaced by the restore was backed up too.
  expect(sicherungen(fake)).toHaveLength(2);
});

test("auto-save during cell editing waits for the edit to end; nothing is lost", async () => {
  const fake = mappe();
  const user = userEvent.setup();
  zeige(erstelleArbeitsmappenZugriff(fake.Excel));
  await zeigtGespeichertes();
  fake.zellbearbeitung(true);
  const feld = screen.getByRole("textbox", { name: /Vorlage-Nr\./ });
  await user.clear(feld);
  await user.type(feld, "DS 18/2025");
  // The save has started and waits for the edit to end (a condition, not a time).
  await waitFor(() => expect(fake.wartendeLaeufe).toBeGreaterThan(0));
  expect(fake.settings()[ZUSTAND_SCHLUESSEL]).toBe(ALT);
  expect(screen.queryByText(/Gerade nicht in der Arbeitsmappe gespeichert/)).toBeNull();
  fake.zellbearbeitung(false);
  await waitFor(() =>
    expect(JSON.parse(String(fake.settings()[ZUSTAND_SCHLUESSEL])).optionen.vorlageNr).toBe("DS 18/2025"),
  );
  expect(JSON.parse(String(fake.settings()[ZUSTAND_SCHLUESSEL])).szenarien[0].name).toBe(NAME);
});

test("a failed auto-save is announced quietly and retried", async () => {
  const fake = mappe();
  const user = userEvent.setup();
  zeige(erstelleArbeitsmappenZugriff(fake.Excel));
  await zeigtGespeichertes();
  fake.stoereBei({ sync: 1 });
  await user.type(screen.getByRole("textbox", { name: /Vorlage-Nr\./ }), "a");
  expect(
    await screen.findByText(/Gerade nicht in der Arbeitsmappe gespeichert.*Neuer Versuch in 1 s/),
  ).toBeInTheDocument();
  await waitFor(() =>
    expect(JSON.parse(String(fake.settings()[ZUSTAND_SCHLUESSEL])).optionen.vorlageNr).toBe(`${VORLAGE_NR}a`),
  );
  await waitFor(() => expect(screen.queryByText(/Gerade nicht in der Arbeitsmappe gespeichert/)).toBeNull());
});

test("a user's own sheet with a generated name: the pane offers a free name and inserts there", async () => {
  const fake = mappe();
  const user = userEvent.setup();
  zeige(erstelleArbeitsmappenZugriff(fake.Excel));
  await zeigtGespeichertes();
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/mit KI-Funktionen geschrieben/, undefined, { timeout: 15000 });
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Kostenvergleich").delete();
    context.workbook.worksheets.add("Kostenvergleich").getRange("A1").values = [["Meine Rechnung"]];
    await context.sync();
  });

  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  expect(await screen.findByText(/nicht vom KI-Kostenplaner stammt\. Es wird nicht überschrieben/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Als „Kostenvergleich (2)“ einfügen" }));
  await screen.findByText(/geschrieben: Kostenvergleich \(2\), Annahmen/, undefined, { timeout: 15000 });
  expect(fake.benutzterBereich("Kostenvergleich")).toBe("A1");
  expect(fake.wert("Kostenvergleich", "A1")).toBe("Meine Rechnung");
  expect(fake.diagramme("Kostenvergleich (2)")).toHaveLength(1);

  // Later inserts in this session keep to the chosen name.
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/geschrieben: Kostenvergleich \(2\), Annahmen/, undefined, { timeout: 15000 });
  expect(fake.blattnamen().filter((b) => b.startsWith("Kostenvergleich"))).toHaveLength(2);
});

test("an insert Excel breaks off: German message what to do, the next insert completes it", async () => {
  const fake = mappe();
  const user = userEvent.setup();
  zeige(erstelleArbeitsmappenZugriff(fake.Excel));
  await zeigtGespeichertes();
  fake.stoereBei({ befehl: 60 });
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  expect(
    await screen.findByText(/Excel hat das Einfügen abgebrochen.*nicht verändert.*erneut „Einfügen“ wählen/),
  ).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/mit KI-Funktionen geschrieben/, undefined, { timeout: 15000 });
  expect(fake.blattnamen()).toEqual(["Tabelle1", "Kostenvergleich", "Annahmen"]);
  expect(fake.diagramme("Kostenvergleich")).toHaveLength(1);
});
