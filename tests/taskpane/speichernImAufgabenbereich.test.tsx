/** @jest-environment jsdom */
/**
 * The task pane in jsdom: saving after a pause, loading, unreadable stored data; posts with a period.
 * (One of several files split from the former aufgabenbereich.test.tsx, so that no file runs long.)
 */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import {
  EINFUEGEN,
  NATIV,
  benutzer,
  gibEin,
  szenarioKarte,
  testZugriff,
  vergleichsZeile,
  waehleImDropdown,
  zeigePlaner,
} from "./hilfen";

/** The pane's clock from here on: user-event's pauses between keys advance it instead of waiting on the machine. */
function aufUhrDesAufgabenbereichs(): ReturnType<typeof benutzer> {
  jest.useFakeTimers();
  return benutzer({ advanceTimers: jest.advanceTimersByTime });
}

/** Lets the pane's clock run well past its pause before saving, and every promise that follows settle. */
async function vergehtZeit(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => void jest.advanceTimersByTime(5_000));
}

describe("Speichern und Laden", () => {
  // A test that stops early (its limit) must not leave the next ones on fake timers.
  afterEach(() => jest.useRealTimers());

  test("speichert nach Änderungen einmal, nicht je Taste, und lädt den Stand beim nächsten Start", async () => {
    // The pane's clock, not the machine's speed, decides what "after a pause" means here.
    const user = aufUhrDesAufgabenbereichs();
    const erster = testZugriff();
    const { unmount } = await zeigePlaner(erster.zugriff);
    await act(async () => void jest.advanceTimersByTime(5_000));
    expect(erster.aufzeichnung.gespeichert).toHaveLength(0); // nothing changed yet
    await user.click(within(szenarioKarte(2)).getByRole("button", { expanded: false }));
    const name = within(szenarioKarte(2)).getByLabelText("Name", { exact: false });
    await user.clear(name);
    await user.type(name, "KIZ Variante B");
    // Fourteen keys without a pause: nothing saved yet; after the pause, one save.
    expect(erster.aufzeichnung.gespeichert).toHaveLength(0);
    await act(async () => void jest.advanceTimersByTime(5_000));
    await waitFor(() => expect(erster.aufzeichnung.gespeichert).toHaveLength(1));
    unmount();
    jest.useRealTimers();

    const gespeichert = erster.aufzeichnung.gespeichert[erster.aufzeichnung.gespeichert.length - 1];
    const zweiter = testZugriff({ status: "ok", json: gespeichert });
    await zeigePlaner(zweiter.zugriff);
    expect(szenarioKarte(2)).toHaveAccessibleName("Szenario 2: KIZ Variante B");
    expect(vergleichsZeile("Jährlicher Kostenanteil")).toEqual(["102.316", "183.094", "+80.778"]);
  });

  test("unlesbarer Stand: Meldung, Rohdaten sichtbar, nichts wird darüber gespeichert", async () => {
    const roh = '{"version":1,"szenarien":[{"name":"kaputt"';
    const { zugriff, aufzeichnung } = testZugriff({
      status: "unlesbar",
      roh,
      meldung: "Die gespeicherten Szenarien sind beschädigt und können nicht gelesen werden.",
    });
    await zeigePlaner(zugriff);
    // The stored state is read after the first screen: wait for its message, not for a moment.
    expect(
      await screen.findByText("Die gespeicherten Szenarien sind beschädigt und können nicht gelesen werden."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Gespeicherte Rohdaten (zum Kopieren)")).toHaveValue(roh);
    // From here the pane's clock: "nothing is saved" holds far longer than its pause before saving.
    const user = aufUhrDesAufgabenbereichs();
    await user.click(within(szenarioKarte(1)).getByRole("button", { expanded: false }));
    await user.type(within(szenarioKarte(1)).getByLabelText("Name", { exact: false }), " neu");
    await vergehtZeit();
    expect(aufzeichnung.gespeichert).toHaveLength(0);
  });

  test("gespeicherte Daten, die das Speicherformat ablehnt, werden gemeldet und nicht überschrieben", async () => {
    const { zugriff, aufzeichnung } = testZugriff({ status: "ok", json: { version: 99, etwas: "anderes" } });
    await zeigePlaner(zugriff);
    const roh = (await screen.findByLabelText("Gespeicherte Rohdaten (zum Kopieren)")) as HTMLTextAreaElement;
    expect(JSON.parse(roh.value)).toEqual({ version: 99, etwas: "anderes" });
    const user = aufUhrDesAufgabenbereichs();
    await user.click(screen.getByRole("button", NATIV));
    await screen.findByText(/geschrieben/);
    await vergehtZeit();
    expect(aufzeichnung.gespeichert).toHaveLength(0);
  });
});

describe("Stellen mit Zeitraum", () => {
  test("Ausbaustellen ab 2017: ein Szenario für 2016 rechnet ohne sie, ein letztes Jahr lässt eine Stelle enden", async () => {
    const user = benutzer();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    await waehleImDropdown(user, "Vorlage", "Kreis ab 2017 (Beispiel)");
    await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
    // AGebV 2021: 2 × 67.615 + 66.717 + ½ × 51.178 = 227.536 base posts, 3 × 67.615 = 202.845 Ausbau posts.
    expect(vergleichsZeile("Personalkosten")[1]).toBe("430.381");
    const karte = szenarioKarte(2);
    await user.click(within(karte).getByRole("button", { expanded: false }));
    const ausbau = within(karte).getByRole("group", { name: /Zusätzliche Fachkraft \(Ausbau\)/ });
    expect(within(ausbau).getByRole("textbox", { name: "Ab Jahr" })).toHaveValue("2017");
    const jahr = within(karte).getByRole("textbox", { name: "Jahr" });
    await user.clear(jahr);
    await gibEin(user, jahr, "2016");
    expect(vergleichsZeile("Personalkosten")[1]).toBe("227.536");
    await user.clear(jahr);
    await gibEin(user, jahr, "2017");
    const bis = within(ausbau).getByRole("textbox", { name: "Bis Jahr" });
    await gibEin(user, bis, "2016");
    expect(await within(ausbau).findByText("Das letzte Jahr (2016) liegt vor dem ersten (2017).")).toBeInTheDocument();
    await user.clear(bis);
    await gibEin(user, bis, "2019");
    expect(vergleichsZeile("Personalkosten")[1]).toBe("430.381");
    await user.click(screen.getByRole("button", EINFUEGEN));
    await screen.findByText(/geschrieben/);
    const annahmen = aufzeichnung.eingefuegt[0].blaetter.find((b) => b.name === "Annahmen")!;
    // One column "Zeitraum" with the post's period as the council reads it.
    const texte = annahmen.zellen.flat().map((z) => (z && "text" in z ? z.text : ""));
    expect(texte).toEqual(expect.arrayContaining(["Zeitraum", "2017–2019"]));
  });
});
