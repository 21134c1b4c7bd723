/** @jest-environment jsdom */
/**
 * The Umlage section in the pane: named as its sheet, rows taken from the Excel selection with the
 * same checks as typed ones, and not offered for a kreisfreie Stadt.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UMLAGE_BLATTNAME } from "../../src/workbook/umlage/blatt";
import { testZugriff, zeigePlaner } from "./hilfen";

// Rendering the whole pane in jsdom is slow on a busy machine; the checks wait on conditions, not time.
jest.setTimeout(180_000);

const CHECKBOX = { name: `Blatt „${UMLAGE_BLATTNAME}“ in die Arbeitsmappe aufnehmen` };

test("übernimmt Gemeinden aus der Markierung und prüft sie wie Eingetipptes", async () => {
  const user = userEvent.setup();
  const { zugriff, aufzeichnung } = testZugriff(undefined, {
    adresse: "Grundlagen!A1:C4",
    werte: [
      ["Gemeinde", "Umlagegrundlage in €", "Minderbelastung in %"],
      ["Alfter", 24500000, 0],
      ["Troisdorf", "k.A.", 0.5],
      ["Windeck", 9000000, 0],
    ],
  });
  await zeigePlaner(zugriff);
  await user.click(screen.getByRole("button", { name: UMLAGE_BLATTNAME }));
  await user.click(screen.getByRole("checkbox", CHECKBOX));
  await user.click(screen.getByRole("button", { name: "Aus markiertem Bereich übernehmen" }));
  expect(
    await screen.findByText("3 Gemeinden aus Grundlagen!A1:C4 übernommen (Kopfzeile übersprungen)."),
  ).toHaveAttribute("role", "status");
  const tabelle = screen.getByRole("table", { name: "Mitgliedsgemeinden und ihre Belastung" });
  expect(
    within(tabelle)
      .getAllByRole("textbox", { name: /^Name der Gemeinde/ })
      .map((f) => (f as HTMLTextAreaElement).value),
  ).toEqual(["Alfter", "Troisdorf", "Windeck"]);
  // "k.A." is not a number: the same message as typing it, and inserting waits for a fix.
  expect(screen.getByRole("textbox", { name: "Umlagegrundlage Troisdorf in €" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  expect(screen.getByText("Troisdorf: Bitte eine Zahl in € eingeben oder leer lassen.")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  expect(aufzeichnung.eingefuegt).toHaveLength(0);
});

test("bietet für eine kreisfreie Stadt kein Blatt „Umlage“ an", async () => {
  const user = userEvent.setup();
  const { zugriff, aufzeichnung } = testZugriff();
  await zeigePlaner(zugriff);
  await user.click(screen.getByRole("button", { name: UMLAGE_BLATTNAME }));
  await user.click(screen.getByRole("checkbox", CHECKBOX));
  await user.click(screen.getByRole("button", { name: /Rhein-Sieg-Kreis \(19 Gemeinden\)/ }));
  await user.click(screen.getByRole("combobox", { name: /^Vorlage/ }));
  await user.click(await screen.findByRole("option", { name: "Kreisfreie Stadt ab 2017 (Beispiel)" }));
  await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
  expect(screen.queryByRole("checkbox", CHECKBOX)).toBeNull();
  expect(screen.getByText(/kreisfreie Stadt erhebt keine Kreisumlage/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/geschrieben/);
  expect(aufzeichnung.eingefuegt[0].blaetter.map((b) => b.name)).not.toContain(UMLAGE_BLATTNAME);
});
