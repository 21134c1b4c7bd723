/** @jest-environment jsdom */
/**
 * The pane's „Eigenes Regelwerk“ (issue 13, item 5): define a rule set with German messages at the
 * fields, choose it for a scenario, see the live comparison follow it, and find it again after the
 * workbook is reopened.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gibEin, szenarioKarte, testZugriff, vergleichsZeile, zeigePlaner } from "./hilfen";

type Nutzer = ReturnType<typeof userEvent.setup>;

async function tippe(user: Nutzer, feld: HTMLElement, text: string) {
  await user.clear(feld);
  if (text) await gibEin(user, feld, text);
}

/** A field of one group (Förderposition, extra posts) of the section. */
function feld(bereich: HTMLElement, gruppe: string | RegExp, label: "Höchstbetrag" | "Stellen höchstens") {
  return within(within(bereich).getByRole("group", { name: gruppe })).getByLabelText(label);
}

async function legeAn(user: Nutzer) {
  await user.click(screen.getByRole("button", { name: "Eigenes Regelwerk" }));
  await user.click(screen.getByRole("button", { name: "Eigenes Regelwerk anlegen" }));
  return screen.getByRole("region", { name: "Eigenes Regelwerk" });
}

test("definieren, Meldungen am Feld, im Szenario wählen, speichern und wieder laden", async () => {
  const user = userEvent.setup();
  const erster = testZugriff();
  const { unmount } = await zeigePlaner(erster.zugriff);
  const bereich = await legeAn(user);
  // A new rule set has no source yet: said at the field, and inserting is blocked with the reason.
  expect(within(bereich).getByText("Die Quelle fehlt (z. B. „Bescheid BezReg Arnsberg vom …“).")).toBeInTheDocument();
  expect(screen.getByText(/^Eigenes Regelwerk: Die Quelle fehlt/)).toBeInTheDocument();

  await tippe(user, within(bereich).getByLabelText("Name", { exact: false }), "Bescheid 2025");
  await tippe(user, within(bereich).getByLabelText("Quelle", { exact: false }), "Bescheid BezReg Köln vom 03.03.2025");
  const fachkraft = feld(bereich, "Pädagogische Fachkraft (Betrag je Stelle)", "Höchstbetrag");
  await tippe(user, fachkraft, "-40000");
  await tippe(user, feld(bereich, "Pädagogische Fachkraft (Betrag je Stelle)", "Stellen höchstens"), "2");
  expect(
    within(bereich).getByText("Der Höchstbetrag je Stelle (Fachkraft) darf nicht negativ sein."),
  ).toBeInTheDocument();
  await tippe(user, fachkraft, "40.000");
  await tippe(user, feld(bereich, "Verwaltung (Betrag je Stelle)", "Höchstbetrag"), "50000");
  expect(within(bereich).getByText("Die Zahl der Stellen (Verwaltung) fehlt.")).toBeInTheDocument();
  await tippe(user, feld(bereich, "Verwaltung (Betrag je Stelle)", "Stellen höchstens"), "1");
  // "½ Stelle" is joined by a no-break space in the title.
  const assistenz = /^Verwaltungsassistenz \(Betrag für die ½\sStelle\)$/;
  await tippe(user, feld(bereich, assistenz, "Höchstbetrag"), "20000");
  await tippe(user, feld(bereich, assistenz, "Stellen höchstens"), "0,5");
  expect(within(bereich).queryByRole("alert")).toBeNull();
  expect(screen.queryByText(/^Eigenes Regelwerk: /)).toBeNull();

  // Chosen for the KIZ: its pooled personnel costs now meet 2 × 40.000 + 50.000 + 20.000.
  expect(vergleichsZeile("Kostenerstattung")).toEqual(["0", "170.000", "+170.000"]);
  const karte = szenarioKarte(2);
  await user.click(within(karte).getByRole("button", { expanded: false }));
  await user.click(within(karte).getByRole("combobox", { name: /^Förderregelwerk/ }));
  await user.click(await screen.findByRole("option", { name: "Eigenes Regelwerk: Bescheid 2025" }));
  expect(vergleichsZeile("Kostenerstattung")).toEqual(["0", "150.000", "+150.000"]);
  expect(within(karte).getByText(/Quelle: Bescheid BezReg Köln vom 03\.03\.2025/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: /^Eigenes Regelwerk\s*in Verwendung$/ })).toBeInTheDocument();

  await waitFor(() => {
    const letzter = erster.aufzeichnung.gespeichert.at(-1) as { szenarien: Array<{ erstattung: object }> } | undefined;
    expect(letzter?.szenarien[1].erstattung).toMatchObject({
      regelwerk: "EIGEN",
      eigenesRegelwerk: { name: "Bescheid 2025" },
    });
  });
  unmount();

  const gespeichert = erster.aufzeichnung.gespeichert.at(-1);
  expect(gespeichert).toMatchObject({
    optionen: { eigenesRegelwerk: { quelle: "Bescheid BezReg Köln vom 03.03.2025" } },
  });
  const zweiter = testZugriff({ status: "ok", json: gespeichert });
  await zeigePlaner(zweiter.zugriff);
  expect(vergleichsZeile("Kostenerstattung")).toEqual(["0", "150.000", "+150.000"]);
  await user.click(screen.getByRole("button", { name: /^Eigenes Regelwerk\s*in Verwendung$/ }));
  const wieder = screen.getByRole("region", { name: "Eigenes Regelwerk" });
  expect(feld(wieder, "Verwaltung (Betrag je Stelle)", "Höchstbetrag")).toHaveValue("50000");

  // Removing it puts the KIZ back on the rule set of its year.
  await user.click(within(wieder).getByRole("button", { name: "Eigenes Regelwerk entfernen" }));
  expect(vergleichsZeile("Kostenerstattung")).toEqual(["0", "170.000", "+170.000"]);
});

test("nur ganze Cent: 0,005 € wird am Feld abgelehnt, mit der Meldung des Kerns (issue 22)", async () => {
  const user = userEvent.setup();
  await zeigePlaner(testZugriff().zugriff);
  const bereich = await legeAn(user);
  const betrag = feld(bereich, /^Verwaltungsassistenz \(Betrag für die ½\sStelle\)$/, "Höchstbetrag");
  await tippe(user, betrag, "0,005");
  expect(
    within(bereich).getByText(
      "Der Höchstbetrag für die ½ Stelle (Assistenz) muss in ganzen Cent angegeben sein (höchstens zwei " +
        "Nachkommastellen), erhalten: 0,005 €.",
    ),
  ).toBeInTheDocument();
});
