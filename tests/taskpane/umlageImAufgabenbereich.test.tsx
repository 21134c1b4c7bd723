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

test("zeigt die Belastung jeder Gemeinde beim Tippen, Felder nach Gemeinde benannt, Einfügen zweier Spalten", async () => {
  const user = userEvent.setup();
  const { zugriff } = testZugriff();
  await zeigePlaner(zugriff);
  await user.click(screen.getByRole("combobox", { name: /^Vorlage/ }));
  await user.click(await screen.findByRole("option", { name: "Rhein-Sieg-Kreis 2013 (Vergleich)" }));
  await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
  await user.click(screen.getByRole("button", { name: UMLAGE_BLATTNAME }));
  await user.click(screen.getByRole("button", { name: /Rhein-Sieg-Kreis \(19 Gemeinden\)/ }));
  // Every field is named by its municipality: 19 distinct names.
  const grundlagen = screen.getAllByRole("textbox", { name: /^Umlagegrundlage .+ in €$/ });
  expect(new Set(grundlagen.map((f) => f.getAttribute("aria-label"))).size).toBe(19);
  expect(screen.getByText("Die Belastung erscheint, sobald Umlagegrundlagen eingetragen sind.")).toBeInTheDocument();

  // Typed with thousands separators as it goes; the burden follows at once (80.778 € to 1 : 3).
  const alfter = screen.getByRole("textbox", { name: "Umlagegrundlage Alfter in €" });
  await user.type(alfter, "100000000");
  expect(alfter).toHaveValue("100.000.000");
  expect(screen.getByRole("cell", { name: "Belastung Alfter" })).toHaveTextContent("80.778");
  await user.type(screen.getByRole("textbox", { name: "Umlagegrundlage Bornheim in €" }), "300000000");
  expect(screen.getByRole("cell", { name: "Belastung Alfter" })).toHaveTextContent("20.194,50");
  expect(screen.getByRole("cell", { name: "Belastung Bornheim" })).toHaveTextContent("60.583,50");
  expect(
    screen.getByText(/Mehrbetrag „KIZ“ gegenüber „Derzeitige Struktur“, 80\.778 € je Jahr – 0,0202 Hebesatzpunkte/),
  ).toBeInTheDocument();

  // A two-column range from Excel: known names are updated, a new one is added.
  const feld = screen.getByRole("textbox", { name: "Umlagegrundlage Windeck in €" });
  await user.click(feld);
  await user.paste("Windeck\t100.000.000\nNeustadt\t0\n");
  expect(await screen.findByText("2 Gemeinden eingefügt (1 aktualisiert, 1 neu).")).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Umlagegrundlage Windeck in €" })).toHaveValue("100.000.000");
  expect(screen.getByRole("textbox", { name: "Umlagegrundlage Neustadt in €" })).toHaveValue("0");
  expect(screen.getByRole("cell", { name: "Belastung Windeck" })).toHaveTextContent("16.155,60");
});
