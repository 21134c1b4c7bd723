/** @jest-environment jsdom */
/**
 * "Szenarien als Datei speichern": the pane's work and Stände as one file (Blob download), which the
 * same reader as `export --szenarien` accepts; in Office's desktop webviews the text goes to the clipboard.
 */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { erzeugeVorlagenSatz } from "../../../src/scenario/vorlagen";
import { leseSzenarioDatei, SZENARIO_DATEINAME } from "../../../src/scenario/szenarioDatei";
import { erstelleStand } from "../../../src/scenario/staende";
import { kodiereZustand } from "../../../src/taskpane/anbindung";
import { SzenarienDatei } from "../../../src/taskpane/komponenten/SzenarienDatei";
import { anfangszustand } from "../../../src/taskpane/zustand";
import type { Speicherstand } from "../../../src/scenario/speicherformat";

const KNOPF = { name: "Szenarien als Datei speichern" };
const JETZT = new Date("2013-12-09T09:00:00Z");

function leseText(b: Blob): Promise<string> {
  return new Promise((ok, fehler) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result));
    r.onerror = () => fehler(r.error);
    r.readAsText(b);
  });
}

const zustand = { ...anfangszustand(erzeugeVorlagenSatz("rhein-sieg-2013")), vorlageNr: "2013/728" };
const gespeichert = kodiereZustand(zustand, JETZT) as Speicherstand;
const stand = erstelleStand(
  {
    id: "stand-1",
    bezeichnung: "Kreisausschuss 09.12.2013",
    datum: "2013-12-09",
    szenarien: zustand.szenarien,
    optionen: gespeichert.optionen,
    regelwerke: [],
    ergebnisse: [{ schluessel: "x", bereich: "Kostenvergleich", bezeichnung: "Eigenanteil", cent: 18309400 }],
  },
  JETZT,
);

afterEach(() => jest.restoreAllMocks());

test("Download: die Datei enthält Szenarien, Optionen und Stände und ist für die Befehlszeile lesbar", async () => {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:ki"), revokeObjectURL: () => {} });
  const namen: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    namen.push(this.download);
  });
  render(<SzenarienDatei zustand={zustand} staende={[stand]} gesperrt={false} downloadErlaubt jetzt={() => JETZT} />);
  await userEvent.click(screen.getByRole("button", KNOPF));
  expect(namen).toEqual([SZENARIO_DATEINAME]);
  expect(blobs[0].type).toBe("application/json");
  const r = leseSzenarioDatei(await leseText(blobs[0]));
  if (!r.ok) throw new Error(r.meldung);
  expect(r.datei.zustand).toEqual(gespeichert);
  expect(r.datei.staende).toEqual([stand]);
  expect(await screen.findByText(/wird heruntergeladen \(2 Szenarien, 1 Stand\)/)).toBeInTheDocument();
});

test("ohne Download (Excel-Desktop): der Inhalt kommt in die Zwischenablage, mit Anleitung", async () => {
  const kopiert: string[] = [];
  Object.defineProperty(navigator, "clipboard", {
    value: { writeText: async (t: string) => void kopiert.push(t) },
    configurable: true,
  });
  render(
    <SzenarienDatei zustand={zustand} staende={[]} gesperrt={false} downloadErlaubt={false} jetzt={() => JETZT} />,
  );
  await userEvent.click(screen.getByRole("button", KNOPF));
  expect(await screen.findByText(/Excel lässt hier keine Downloads zu/)).toBeInTheDocument();
  const r = leseSzenarioDatei(kopiert[0]);
  expect(r.ok && r.datei.zustand.szenarien.map((s) => s.name)).toEqual(zustand.szenarien.map((s) => s.name));
});

test("gesperrt, solange eine Eingabe ungültig ist (wie Einfügen und Festschreiben)", () => {
  render(<SzenarienDatei zustand={zustand} staende={[]} gesperrt downloadErlaubt />);
  expect(screen.getByRole("button", KNOPF)).toBeDisabled();
});
