/** @jest-environment jsdom */
/**
 * The Plan-Ist section in the whole pane over the fake host (issue 27 item 4): a saved choice comes
 * back with the state, actuals are read from the range selected in the workbook, and "Mit Plan-Ist
 * einfügen" writes the sheet through the one insert path (ownership record, no user cell touched),
 * in the mode of the saved state.
 */
import "@testing-library/jest-dom";
import { render, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { createFakeExcel } from "../../devtools/fakeHost";
import { ZUSTAND_SCHLUESSEL } from "../../src/excel/schluessel";
import type { ExcelHost } from "../../src/excel/zugriff";
import { kodiereSpeicherstand, type Speicherstand } from "../../src/scenario/speicherformat";
import { erstelleArbeitsmappenZugriff } from "../../src/taskpane/anbindung";
import { Kostenplaner } from "../../src/taskpane/Kostenplaner";
import { ladeAlleVoraus } from "../../src/taskpane/spaeter";
import { SEED004_OPTIONEN, seed004Stand, seed004Szenario } from "../helpers/planIstSeed004";

// The pane's later sections (./spaeter) are fetched first, so the pane renders whole in one pass.
beforeAll(() => ladeAlleVoraus());

Object.assign(globalThis, { TextEncoder, TextDecoder });
jest.setTimeout(120_000);

test("saved choice restored, actuals from the selection, the sheet inserted without touching the user's cells", async () => {
  const fake = createFakeExcel();
  const zugriff = erstelleArbeitsmappenZugriff(fake.Excel as unknown as ExcelHost);
  const stand = seed004Stand();
  await zugriff.schreibeStand(stand);
  // The editor's work must be valid to insert (the pane asks for a pay grade; the Stand keeps its own).
  const szenario = seed004Szenario();
  szenario.stellen = szenario.stellen.map((st) => ({ ...st, gruppe: "EG 10" }));
  const gespeichert = kodiereSpeicherstand([szenario], {
    ...SEED004_OPTIONEN,
    planIst: { standId: stand.id, jahr: null, besetzungen: { Assistenz: { abMonat: 10 } }, zuordnung: {}, ist: null },
  });
  fake.setzeEinstellungRoh(ZUSTAND_SCHLUESSEL, JSON.stringify(gespeichert));
  fake.setzeWert("Tabelle1", "A1", "Meine Notiz");
  const buchungen: Array<[string, string, string]> = [
    ["C1", "D1", "E1"],
    ["C2", "D2", "E2"],
    ["C3", "D3", "E3"],
    ["C4", "D4", "E4"],
  ];
  const werte = [
    ["Schlüssel", "Monat", "Betrag"],
    ["Fachkraft 1", "2013-09", "5.100,00"],
    ["Fachkraft 1", "2013-10", "5.100,00"],
    ["Leitung", "2013-10", "7.000,00"],
  ];
  buchungen.forEach((z, i) => z.forEach((a, j) => fake.setzeWert("Tabelle1", a, werte[i][j])));
  fake.waehleAus("Tabelle1!C1:E4");

  const user = userEvent.setup();
  const r = render(<Kostenplaner zugriff={zugriff} speicherVerzoegerungMs={20} jetzt={() => new Date(2013, 10, 5)} />);
  const pane = within(r.container);
  const bereich = await pane.findByRole("region", { name: "Plan-Ist" });
  // The saved choice is back: the Stand is chosen, and actuals are asked for.
  expect(await within(bereich).findByText("Es sind noch keine Istwerte eingelesen.")).toBeInTheDocument();
  expect(within(bereich).getByRole("combobox", { name: /^Stand \(Beschluss\)/ })).toHaveTextContent(
    "Kreistag 18.12.2012",
  );

  await user.click(within(bereich).getByRole("button", { name: "Aus markiertem Bereich" }));
  const meldungen = await within(bereich).findByRole("list", { name: "Meldungen beim Einlesen" });
  expect(meldungen).toHaveTextContent(
    /^Auswahl Tabelle1!C1:E4, Zeile 4: „Leitung“ passt zu keiner Stelle und keiner Kostenzeile; bitte zuordnen\.$/,
  );
  // Fachkraft 1: 10.200 € in two months, capped at 50.000 × 2/12 = 8.333,33 €.
  const erstattung = within(bereich).getByRole("table", { name: "Landeserstattung" });
  expect(within(erstattung).getByRole("row", { name: /^zustehend bis Oktober/ })).toHaveTextContent("8.333,33 €");

  await user.click(within(bereich).getByRole("button", { name: "Mit Plan-Ist einfügen" }));
  await waitFor(() =>
    expect(pane.getByRole("region", { name: "Arbeitsmappe" }).textContent).toMatch(/geschrieben|fehlgeschlagen/),
  );
  await waitFor(() => expect(fake.blattnamen()).toContain("Plan-Ist"));
  expect(fake.wert("Tabelle1", "A1")).toBe("Meine Notiz");
  expect(fake.raster("Plan-Ist").flat().join(" ")).toContain("Ist-Werte: Auswahl Tabelle1!C1:E4");
  // Inserted in the saved state's mode: plain Excel formulas.
  expect(await pane.findByText(/mit Excel-Formeln \(ohne Add-in lesbar\) geschrieben: .*Plan-Ist/)).toBeInTheDocument();

  // The choice and the matched actuals are saved with the state, the user's correction-free import too.
  await waitFor(() => {
    const s = JSON.parse(String(fake.settings()[ZUSTAND_SCHLUESSEL])) as Speicherstand;
    expect(s.optionen.planIst?.ist?.quelle).toBe("Auswahl Tabelle1!C1:E4");
    expect(s.optionen.planIst?.ist?.werte["Fachkraft 1"]?.slice(8, 10)).toEqual([510_000, 510_000]);
  });
});
