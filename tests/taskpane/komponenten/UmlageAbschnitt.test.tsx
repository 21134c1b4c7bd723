/** @jest-environment jsdom */
/**
 * The Umlage table: one row per municipality with fields named by it, the burden recomputed while
 * typing (the same split as the sheet), amounts grouped as typed, and a two-column range pasted.
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RHEIN_SIEG_GEMEINDEN } from "../../../src/core";
import { erzeugeVorlagenSatz } from "../../../src/scenario/vorlagen";
import { werteAus } from "../../../src/taskpane/berechnung";
import { UmlageAbschnitt } from "../../../src/taskpane/komponenten/UmlageAbschnitt";
import { pruefeUmlage } from "../../../src/taskpane/optionenPruefung";
import { type UmlageZeile, umlageZeile } from "../../../src/taskpane/zustand";

const AUSWERTUNGEN = erzeugeVorlagenSatz("rhein-sieg-2013").map(werteAus);

function MitZustand({ anfang }: { anfang: UmlageZeile[] }): React.ReactElement {
  const [zeilen, setZeilen] = React.useState(anfang);
  return (
    <UmlageAbschnitt
      aktiv
      zeilen={zeilen}
      meldungen={pruefeUmlage(zeilen)}
      auswertungen={AUSWERTUNGEN}
      onAktiv={() => {}}
      onZeilen={setZeilen}
      onZeile={(id, werte) => setZeilen((alt) => alt.map((z) => (z.id === id ? { ...z, ...werte } : z)))}
    />
  );
}

async function zeige(anfang = RHEIN_SIEG_GEMEINDEN.map((n) => umlageZeile(n))) {
  const user = userEvent.setup();
  render(<MitZustand anfang={anfang} />);
  await user.click(screen.getByRole("button", { name: /^Umlage/ }));
  return user;
}

test("names every field by its municipality (19 distinct names) and says when the burden appears", async () => {
  await zeige();
  const grundlagen = screen.getAllByRole("textbox", { name: /^Umlagegrundlage .+ in €$/ });
  expect(new Set(grundlagen.map((f) => f.getAttribute("aria-label"))).size).toBe(19);
  const minder = screen.getAllByRole("textbox", { name: /^Minderbelastung .+ in Prozent$/ });
  expect(new Set(minder.map((f) => f.getAttribute("aria-label"))).size).toBe(19);
  expect(screen.getByRole("textbox", { name: "Umlagegrundlage Alfter in €" })).toBeInTheDocument();
  expect(screen.getByText("Die Belastung erscheint, sobald Umlagegrundlagen eingetragen sind.")).toBeInTheDocument();
});

test("shows each burden while typing, amounts grouped as typed", async () => {
  const user = await zeige([umlageZeile("Alfter"), umlageZeile("Bornheim")]);
  const alfter = screen.getByRole("textbox", { name: "Umlagegrundlage Alfter in €" });
  await user.type(alfter, "100000000");
  expect(alfter).toHaveValue("100.000.000");
  expect(screen.getByRole("cell", { name: "Belastung Alfter" })).toHaveTextContent("80.778");
  await user.type(screen.getByRole("textbox", { name: "Umlagegrundlage Bornheim in €" }), "300000000");
  // 80.778 € in the ratio 1 : 3, as the Umlage sheet splits it.
  expect(screen.getByRole("cell", { name: "Belastung Alfter" })).toHaveTextContent("20.194,50");
  expect(screen.getByRole("cell", { name: "Belastung Bornheim" })).toHaveTextContent("60.583,50");
  expect(
    screen.getByText(/Mehrbetrag „KIZ“ gegenüber „Derzeitige Struktur“, 80\.778 € je Jahr – 0,0202 Hebesatzpunkte/),
  ).toBeInTheDocument();
  // A reduction moves the relieved share to the others, live as well.
  await user.type(screen.getByRole("textbox", { name: "Minderbelastung Alfter in Prozent" }), "{Backspace}50");
  expect(screen.getByRole("cell", { name: "Belastung Alfter" })).toHaveTextContent("10.097,25");
  expect(screen.getByRole("cell", { name: "Belastung Bornheim" })).toHaveTextContent("70.680,75");
});

test("pastes a two-column range: known names updated, new ones added", async () => {
  const user = await zeige([umlageZeile("Alfter", 100_000_000), umlageZeile("Windeck")]);
  await user.click(screen.getByRole("textbox", { name: "Umlagegrundlage Windeck in €" }));
  await user.paste("Windeck\t300.000.000\nNeustadt\t0\n");
  expect(await screen.findByText("2 Gemeinden eingefügt (1 aktualisiert, 1 neu).")).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Umlagegrundlage Windeck in €" })).toHaveValue("300.000.000");
  expect(screen.getByRole("textbox", { name: "Umlagegrundlage Neustadt in €" })).toHaveValue("0");
  expect(screen.getByRole("cell", { name: "Belastung Windeck" })).toHaveTextContent("60.583,50");
});

test("refuses a pasted range that is not two or three columns, with a German message", async () => {
  const user = await zeige([umlageZeile("Alfter")]);
  await user.click(screen.getByRole("textbox", { name: "Umlagegrundlage Alfter in €" }));
  await user.paste("a\tb\tc\td\n");
  expect(await screen.findByText(/Eingefügter Bereich: Bitte zwei oder drei Spalten/)).toBeInTheDocument();
});
