/** @jest-environment jsdom */
/**
 * Issue 21 through the REAL task pane over the real access module and the fake host: "In den
 * Editor laden" asks first and keeps the current (even unsaved) work as a backup with a way back;
 * two panes on one workbook never save over each other — the later one is told and chooses.
 */
import "@testing-library/jest-dom";
import { render, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { createFakeExcel, type FakeExcel } from "../../devtools/fakeHost";
import { SICHERUNG_PRAEFIX, ZUSTAND_SCHLUESSEL } from "../../src/excel/arbeitsmappenZugriff";
import type { ExcelHost } from "../../src/excel/zugriff";
import { erstelleArbeitsmappenZugriff } from "../../src/taskpane/anbindung";
import { Kostenplaner } from "../../src/taskpane/Kostenplaner";
import { ladeAlleVoraus } from "../../src/taskpane/spaeter";

jest.setTimeout(180_000);

const JETZT = () => new Date(2013, 1, 4, 10, 0, 0);

function vorlageNr(wert: unknown): string | undefined {
  return typeof wert === "string"
    ? (JSON.parse(wert) as { optionen: { vorlageNr: string } }).optionen.vorlageNr
    : undefined;
}

function gespeichert(fake: FakeExcel): string | undefined {
  return vorlageNr(fake.settings()[ZUSTAND_SCHLUESSEL]);
}

function gesichert(fake: FakeExcel): string[] {
  return Object.entries(fake.settings())
    .filter(([k]) => k.startsWith(SICHERUNG_PRAEFIX))
    .map(([, v]) => vorlageNr(v) ?? "");
}

// The sections that come as chunks of their own (src/taskpane/spaeter.tsx) render in the first pass.
beforeAll(() => ladeAlleVoraus());

function zeige(host: unknown) {
  const zugriff = erstelleArbeitsmappenZugriff(host as ExcelHost);
  const r = render(<Kostenplaner zugriff={zugriff} speicherVerzoegerungMs={20} jetzt={JETZT} />);
  return within(r.container);
}

test("„In den Editor laden“ asks, keeps the current work as a backup, and offers the way back", async () => {
  const fake = createFakeExcel();
  const user = userEvent.setup();
  const pane = zeige(fake.Excel);
  await pane.findByRole("heading", { name: "Szenarien" });
  const nr = pane.getByRole("textbox", { name: /Vorlage-Nr\./ });
  await user.type(nr, "DS 1");
  await waitFor(() => expect(gespeichert(fake)).toBe("DS 1"));
  await user.type(pane.getByRole("textbox", { name: /^Bezeichnung des Stands/ }), "Ausschuss");
  // A Stand needs its meeting date (issue 25: never today by default).
  await user.type(pane.getByRole("textbox", { name: /^Datum der Sitzung/ }), "09.12.2013");
  await user.click(pane.getByRole("button", { name: "Stand festschreiben" }));
  const zeile = await pane.findByRole("listitem", { name: "Stand Ausschuss" });

  // Work after freezing, not yet saved when the Stand is loaded.
  await user.type(nr, "-neu");
  await user.click(within(zeile).getByRole("button", { name: "In den Editor laden" }));
  expect(pane.getByText("„Ausschuss“ in den Editor laden?")).toBeInTheDocument();
  expect(pane.getByRole("textbox", { name: /Vorlage-Nr\./ })).toHaveValue("DS 1-neu");
  await user.click(pane.getByRole("button", { name: "Abbrechen" }));
  expect(pane.queryByText("„Ausschuss“ in den Editor laden?")).toBeNull();
  expect(pane.getByRole("textbox", { name: /Vorlage-Nr\./ })).toHaveValue("DS 1-neu");

  await user.click(within(zeile).getByRole("button", { name: "In den Editor laden" }));
  await user.click(pane.getByRole("button", { name: "Laden (jetzigen Stand sichern)" }));
  expect(await pane.findByText(/bisheriger Arbeitsstand ist als Sicherung vom \d\d\.\d\d\.\d{4}/)).toBeInTheDocument();
  expect(pane.getByRole("textbox", { name: /Vorlage-Nr\./ })).toHaveValue("DS 1");
  expect(gesichert(fake)).toContain("DS 1-neu");
  await waitFor(() => expect(gespeichert(fake)).toBe("DS 1"));

  await user.click(pane.getByRole("button", { name: "Vorherigen Arbeitsstand wiederherstellen" }));
  await waitFor(() => expect(pane.getByRole("textbox", { name: /Vorlage-Nr\./ })).toHaveValue("DS 1-neu"));
  expect(gespeichert(fake)).toBe("DS 1-neu");
  expect(gesichert(fake)).toEqual(expect.arrayContaining(["DS 1-neu", "DS 1"]));
});

test.each([
  ["Meine Fassung behalten", "B", "A"],
  ["Die andere Fassung übernehmen", "A", "B"],
])("two panes: the later save is told, keeps both, and „%s“ decides", async (knopf, gilt, sicherung) => {
  const fake = createFakeExcel();
  const user = userEvent.setup();
  const a = zeige(fake.Excel);
  const b = zeige(fake.weiteresFenster("B"));
  await a.findByRole("heading", { name: "Szenarien" });
  await b.findByRole("heading", { name: "Szenarien" });
  await user.type(a.getByRole("textbox", { name: /Vorlage-Nr\./ }), "A");
  await waitFor(() => expect(gespeichert(fake)).toBe("A"));
  await user.type(b.getByRole("textbox", { name: /Vorlage-Nr\./ }), "B");
  const konflikt = await b.findByLabelText("Speicherkonflikt");
  // Fluent's MessageBar renders its text a timer tick after the bar itself (DelayedRender): wait for it.
  await waitFor(() =>
    expect(konflikt).toHaveTextContent(
      /Ein anderes Fenster.*Ihre Fassung liegt in der Sicherung vom \d\d\.\d\d\.\d{4}/,
    ),
  );
  expect(gespeichert(fake)).toBe("A");
  expect(gesichert(fake)).toEqual(["B"]);

  await user.click(within(konflikt).getByRole("button", { name: knopf }));
  await waitFor(() => expect(b.queryByLabelText("Speicherkonflikt")).toBeNull());
  await waitFor(() => expect(gespeichert(fake)).toBe(gilt));
  expect(b.getByRole("textbox", { name: /Vorlage-Nr\./ })).toHaveValue(gilt);
  expect(gesichert(fake)).toContain(sicherung);
});
