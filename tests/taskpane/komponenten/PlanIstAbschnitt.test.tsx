/** @jest-environment jsdom */
/**
 * The Plan-Ist section (issue 27 item 4): choose a frozen Stand, read actuals from a CSV file with its
 * findings named by file and line, correct a key, see the forecast and the refund, and find the
 * choice in what the pane saves. The section alone over the pane's reducer (fast); the whole pane
 * with the insert through the fake host: planIstUeberFakeHost.test.tsx. Seed 004's case (tests/helpers/planIstSeed004.ts); the amounts are the
 * ones worked out by hand in tests/core/planIst/seed004.test.ts.
 */
import "@testing-library/jest-dom";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Auswahlinhalt } from "../../../src/excel/auswahl";
import { leseSpeicherstand, type Speicherstand } from "../../../src/scenario/speicherformat";
import { kodiereZustand } from "../../../src/taskpane/anbindung";
import { PlanIstAbschnitt } from "../../../src/taskpane/komponenten/PlanIstAbschnitt";
import { type PlanerZustand, anfangszustand, planerReducer } from "../../../src/taskpane/zustand";
import { SEED004_IST_CSV, seed004Stand } from "../../helpers/planIstSeed004";
import { gibEin } from "../hilfen";

// jsdom lacks the Encoding API every browser the add-in runs in has.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const STAND = seed004Stand();

/** The section alone over the pane's reducer; `gespeichert` is what the pane would save now. */
function zeige(o: { staende?: boolean; leseAuswahl?: () => Promise<Auswahlinhalt> } = {}) {
  const z: { aktuell: PlanerZustand | null } = { aktuell: null };
  const eingefuegt: string[] = [];
  function Huelle(): React.ReactElement {
    const [zustand, aendern] = React.useReducer(planerReducer, undefined, () => anfangszustand([]));
    z.aktuell = zustand;
    return (
      <PlanIstAbschnitt
        planer={{ zustand, aendern, gruende: [], laden: { ladeFehler: null } }}
        staende={{ staende: o.staende === false ? [] : [STAND] }}
        zugriff={o.leseAuswahl ? { leseAuswahl: o.leseAuswahl } : {}}
        laeuft={null}
        onEinfuegen={(modus) => void eingefuegt.push(modus)}
      />
    );
  }
  render(<Huelle />);
  return { gespeichert: () => kodiereZustand(z.aktuell!) as Speicherstand, eingefuegt };
}

function abschnitt(): HTMLElement {
  return screen.getByRole("region", { name: "Plan-Ist" });
}

async function waehleStand(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(within(abschnitt()).getByRole("combobox", { name: /^Stand \(Beschluss\)/ }));
  await user.click(await screen.findByRole("option", { name: "Kreistag 18.12.2012 (18.12.2012)" }));
}

/** Seed 004's file with three faults: an unknown key, a line twice, a month column of 2014. */
function fehlerhafteDatei(): File {
  const zeilen = SEED004_IST_CSV.split("\r\n");
  zeilen[0] += ";01.2014";
  zeilen[4] = zeilen[4].replace(/^Assistenz;/, "Assistenzkraft;");
  zeilen.push(zeilen[5]);
  // Windows-1252, as a finance system writes it: "Schlüssel", "Mär" with one byte each.
  const text = zeilen.join("\r\n");
  const bytes = Uint8Array.from([...text].map((c) => ({ ü: 0xfc, ä: 0xe4 })[c] ?? c.charCodeAt(0)));
  return new File([bytes], "ist-2013.csv", { type: "text/csv" });
}

function zeile(tabelle: string, name: RegExp): HTMLElement {
  return within(screen.getByRole("table", { name: tabelle })).getByRole("row", { name });
}

test("without a Stand the section says what to do first and offers no insert of its own", async () => {
  zeige({ staende: false });
  expect(within(abschnitt()).getByText(/Erst einen Stand festschreiben/)).toBeInTheDocument();
  expect(within(abschnitt()).queryByRole("button", { name: "Mit Plan-Ist einfügen" })).toBeNull();
});

test("Stand chosen, CSV read with its faults named, a key corrected: forecast and refund at once, saved", async () => {
  const user = userEvent.setup();
  const t = zeige();
  const bereich = abschnitt();
  await waehleStand(user);
  expect(within(bereich).getByRole("combobox", { name: /^Jahr/ })).toHaveTextContent("2013");
  expect(within(bereich).getByText("Es sind noch keine Istwerte eingelesen.")).toBeInTheDocument();
  expect(within(bereich).getByRole("button", { name: "Mit Plan-Ist einfügen" })).toBeDisabled();

  await user.upload(within(bereich).getByLabelText("Ist-Werte aus CSV-Datei"), fehlerhafteDatei());
  const meldungen = await within(bereich).findByRole("list", { name: "Meldungen beim Einlesen" });
  const texte = within(meldungen)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(texte).toEqual(
    expect.arrayContaining([
      "ist-2013.csv, Zeile 1: Die Spalte „01.2014“ liegt nicht im Jahr 2013; ihre Werte sind nicht eingelesen.",
      "ist-2013.csv, Zeile 5: „Assistenzkraft“ passt zu keiner Stelle und keiner Kostenzeile; bitte zuordnen.",
      "ist-2013.csv, Zeile 9: „Raum“ steht doppelt (zuerst in Zeile 6); nur die erste Zeile zählt.",
    ]),
  );
  expect(texte).toHaveLength(3);
  // Without the Assistenz: due 8.333,33 + 8.333,33 + 8.000 = 24.666,66 €.
  expect(zeile("Landeserstattung", /^zustehend bis Oktober/)).toHaveTextContent("24.666,66 €");

  // The unknown key is corrected to the post; the rows are matched again at once.
  const liste = within(bereich).getByRole("list", { name: "Zuordnung der Schlüssel" });
  await user.click(within(liste).getByRole("combobox", { name: /^Zuordnung für „Assistenzkraft“/ }));
  await user.click(await screen.findByRole("option", { name: "Assistenz" }));
  await waitFor(() => expect(within(bereich).getAllByText(/Zeile \d/)).toHaveLength(2));
  expect(within(bereich).queryByText(/Assistenzkraft“ passt zu keiner/)).toBeNull();
  expect(within(liste).getByText("von Ihnen zugeordnet")).toBeInTheDocument();

  // Seed 004 by hand: due 26.333,33 €, planned 168.000 € (140.000,01 € to October), forecast 54.333,34 €;
  // costs: forecast 101.487,96 €.
  expect(zeile("Landeserstattung", /^zustehend bis Oktober/)).toHaveTextContent("26.333,33 €");
  expect(zeile("Landeserstattung", /^geplant \(Jahr\)/)).toHaveTextContent("168.000 €");
  expect(zeile("Landeserstattung", /^geplant bis Oktober/)).toHaveTextContent("140.000,01 €");
  expect(zeile("Landeserstattung", /^Prognose Jahresende/)).toHaveTextContent("54.333,34 €");
  expect(zeile("Kosten 2013", /^Prognose Jahresende/)).toHaveTextContent("101.487,96 €");
  expect(within(bereich).getByText(/^Annahme/)).toBeInTheDocument();
  await user.click(within(bereich).getByRole("button", { name: "Mit Plan-Ist einfügen" }));
  expect(t.eingefuegt).toEqual(["ki"]);

  // Saved with the workbook state: the Stand, the correction and the matched actuals, readable strictly.
  const s = t.gespeichert();
  expect(s.optionen.planIst?.zuordnung).toEqual({ Assistenzkraft: "Assistenz" });
  expect(s.optionen.planIst?.standId).toBe("stand-kt-2012-12-18");
  expect(s.optionen.planIst?.ist?.werte.Assistenz?.[9]).toBe(180_000);
  expect(s.optionen.planIst?.ist?.fehler).toHaveLength(2);
  expect(leseSpeicherstand(s).ok).toBe(true);
});

test("months filled: a post from September lowers the plan; a vacancy typed wrong is named", async () => {
  const user = userEvent.setup();
  const t = zeige();
  await waehleStand(user);
  await user.upload(
    within(abschnitt()).getByLabelText("Ist-Werte aus CSV-Datei"),
    new File([SEED004_IST_CSV], "ist.csv", { type: "text/csv" }),
  );
  await within(abschnitt()).findByRole("table", { name: "Landeserstattung" });
  await user.click(within(abschnitt()).getByRole("button", { name: "Besetzung der Stellen nach Monaten" }));
  await user.click(within(abschnitt()).getByRole("combobox", { name: /^Fachkraft 1: besetzt ab/ }));
  await user.click(await screen.findByRole("option", { name: "September" }));
  // Fachkraft 1 planned for 4 months: cap 50.000 × 4/12 = 16.666,67 € instead of 50.000 € → 134.666,67 €.
  await waitFor(() => expect(zeile("Landeserstattung", /^geplant \(Jahr\)/)).toHaveTextContent("134.666,67 €"));
  const vakanz = within(abschnitt()).getByRole("textbox", { name: "Verwaltung: Vakanz (Monate)" });
  await gibEin(user, vakanz, "Mär bis Mai");
  await user.tab();
  expect(await within(abschnitt()).findByText(/„Mär bis Mai“ ist kein Monat und kein Zeitraum/)).toBeInTheDocument();
  await user.clear(vakanz);
  await gibEin(user, vakanz, "3-5");
  await user.tab();
  await waitFor(() => {
    expect(t.gespeichert().optionen.planIst?.besetzungen).toEqual({
      "Fachkraft 1": { abMonat: 9 },
      Verwaltung: { vakanzen: [{ vonMonat: 3, bisMonat: 5 }] },
    });
  });
});

test("a file the import cannot read at all is refused with the CLI's German message", async () => {
  const user = userEvent.setup();
  zeige();
  await waehleStand(user);
  await user.upload(
    within(abschnitt()).getByLabelText("Ist-Werte aus CSV-Datei"),
    new File(["Name;Wert\nA;1"], "falsch.csv", { type: "text/csv" }),
  );
  expect(await within(abschnitt()).findByRole("alert")).toHaveTextContent(
    /^falsch\.csv, Zeile 1: Die Kopfzeile ist nicht erkannt/,
  );
});
