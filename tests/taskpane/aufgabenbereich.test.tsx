/** @jest-environment jsdom */
/**
 * The task pane in jsdom: live comparison, presets, validation at the field, keyboard operation,
 * labels, persistence and the insert buttons, against a recording test double of the access module.
 */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BlattBelegtFehler } from "../../src/excel/arbeitsmappenZugriff";
import { gibEin, szenarioKarte, testZugriff, vergleichsZeile, warte, zeigePlaner } from "./hilfen";

const EINFUEGEN = { name: "In Arbeitsmappe einfügen" };
const NATIV = { name: "Ohne Add-in weitergeben" };

async function waehleImDropdown(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  option: string,
  bereich: HTMLElement = document.body,
) {
  // A Fluent dropdown's name is its label followed by the selected option.
  await user.click(within(bereich).getByRole("combobox", { name: new RegExp(`^${label}`) }));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("Vergleich", () => {
  test("zeigt die Rhein-Sieg-Zahlen und die Differenz zur Basis", async () => {
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    expect(vergleichsZeile("Personalkosten")).toEqual(["69.800", "238.300", "+168.500"]);
    expect(vergleichsZeile("Querschnitts")).toEqual(["20.940", "71.490", "+50.550"]);
    expect(vergleichsZeile("IT-Standardarbeitsplatz")).toEqual(["4.536", "18.144", "+13.608"]);
    expect(vergleichsZeile("Raumkosten")).toEqual(["5.040", "20.160", "+15.120"]);
    expect(vergleichsZeile("Gesamtkosten")).toEqual(["102.316", "353.094", "+250.778"]);
    expect(vergleichsZeile("Kostenerstattung")).toEqual(["0", "170.000", "+170.000"]);
    expect(vergleichsZeile("Jährlicher Kostenanteil")).toEqual(["102.316", "183.094", "+80.778"]);
    // The applied funding rule set, with its source.
    expect(screen.getByText(/Förderung nach „Förderrichtlinie KI 2012“/)).toHaveTextContent("25.06.2012");
    expect(screen.getByRole("img", { name: /Diagramm/ })).toHaveAccessibleName(
      /KIZ: Gesamtkosten 353\.094 €, Kostenanteil 183\.094 €/,
    );
  });

  test("rechnet live nach, wenn ein Feld geändert wird", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(within(szenarioKarte(1)).getByRole("button", { expanded: false }));
    const satz = within(szenarioKarte(1)).getByLabelText("Querschnittssatz in %");
    await user.clear(satz);
    await gibEin(user, satz, "20");
    expect(vergleichsZeile("Gesamtkosten")).toEqual(["95.336", "353.094", "+257.758"]);
  });

  test("Vorlagen: Satz laden, einzelne Vorlage hinzufügen, leer beginnen", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await waehleImDropdown(user, "Vorlage", "Kreisfreie Stadt – KI ab 2017 (Beispiel)");
    expect(screen.getByText(/Quelle: Stellenzahl nach Erlass/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Als Szenario hinzufügen" }));
    expect(szenarioKarte(3)).toHaveAccessibleName("Szenario 3: KI kreisfreie Stadt ab 2017");
    expect(screen.getByText(/Förderung nach „Ausbau der KI ab 2017“/)).toBeInTheDocument();

    await waehleImDropdown(user, "Vorlage", "Leer beginnen");
    await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
    expect(screen.queryByRole("region", { name: /^Szenario 3:/ })).toBeNull();
    expect(vergleichsZeile("Gesamtkosten")).toEqual(["0", "0", "±0"]);

    await waehleImDropdown(user, "Vorlage", "Rhein-Sieg-Kreis 2013 (Vergleich)");
    await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
    expect(vergleichsZeile("Jährlicher Kostenanteil")).toEqual(["102.316", "183.094", "+80.778"]);
  });
});

describe("Vorlage laden ersetzt, lässt sich aber zurücknehmen", () => {
  test("Rückgängig stellt die Szenarien vor dem Laden wieder her", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(within(szenarioKarte(2)).getByRole("button", { expanded: false }));
    const name = within(szenarioKarte(2)).getByLabelText("Name");
    await user.clear(name);
    await gibEin(user, name, "Mein KI-Entwurf");

    await waehleImDropdown(user, "Vorlage", "Leer beginnen");
    await user.click(screen.getByRole("button", { name: "Vorlage laden" }));
    expect(screen.queryByRole("region", { name: /Mein KI-Entwurf/ })).toBeNull();
    expect(screen.getByText(/die bisherigen Szenarien wurden ersetzt/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Rückgängig" }));
    expect(szenarioKarte(2)).toHaveAccessibleName("Szenario 2: Mein KI-Entwurf");
    expect(vergleichsZeile("Jährlicher Kostenanteil")).toEqual(["102.316", "183.094", "+80.778"]);
    expect(screen.queryByRole("button", { name: "Rückgängig" })).toBeNull();
  });
});

describe("Eingabeprüfung", () => {
  test("unbekannte Entgeltgruppe: Meldung an der Stellenzeile, Einfügen gesperrt mit Grund", async () => {
    const user = userEvent.setup();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    const karte = szenarioKarte(1);
    await user.click(within(karte).getByRole("button", { expanded: false }));
    const stelle = within(karte).getByRole("group", { name: /^Stelle 1/ });
    const gruppe = within(stelle).getByLabelText("Entgeltgruppe");
    await user.clear(gruppe);
    await gibEin(user, gruppe, "A 12");
    expect(gruppe).toHaveAttribute("aria-invalid", "true");
    expect(gruppe).toHaveAccessibleDescription(
      /Für „A 12“ hat die Satztabelle RSK2013 keinen Satz \(vorhanden: A 11\)/,
    );
    expect(screen.getByRole("button", EINFUEGEN)).toBeDisabled();
    expect(screen.getByRole("button", NATIV)).toBeDisabled();
    expect(screen.getByRole("button", EINFUEGEN)).toHaveAccessibleDescription(/Derzeitige Struktur: Für „A 12“/);
    expect(within(karte).getByRole("button", { expanded: true })).toHaveTextContent("1 Eingabe prüfen");
    expect(vergleichsZeile("Gesamtkosten")[0]).toBe("–");

    // An own rate makes the line computable again.
    await gibEin(user, within(stelle).getByLabelText("Eigener Satz in €/Jahr"), "80.000");
    expect(gruppe).not.toHaveAttribute("aria-invalid", "true");
    expect(vergleichsZeile("Personalkosten")[0]).toBe("80.000");
    expect(screen.getByRole("button", EINFUEGEN)).toBeEnabled();
    expect(aufzeichnung.eingefuegt).toHaveLength(0);
  });

  test("Text statt Zahl, negative Werte, Sachausgaben über den Projektmitteln", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    const karte = szenarioKarte(2);
    await user.click(within(karte).getByRole("button", { expanded: false }));
    const plaetze = within(karte).getByLabelText("Arbeitsplätze");
    await user.clear(plaetze);
    await gibEin(user, plaetze, "acht");
    expect(plaetze).toHaveAccessibleDescription("Die Zahl der Arbeitsplätze: Bitte eine Zahl eingeben.");
    await user.clear(plaetze);
    await gibEin(user, plaetze, "-1");
    expect(plaetze).toHaveAccessibleDescription("Die Zahl der Arbeitsplätze darf nicht negativ sein.");
    await user.clear(plaetze);
    await gibEin(user, plaetze, "8");
    expect(plaetze).not.toHaveAttribute("aria-invalid", "true");

    const sach = within(karte).getByLabelText("Sachausgaben (Pauschale) in €/Jahr");
    await user.clear(sach);
    await gibEin(user, sach, "6000");
    expect(sach).toHaveAccessibleDescription(/dürfen nicht höher sein als diese/);
    expect(screen.getByRole("button", EINFUEGEN)).toBeDisabled();

    const jahr = within(karte).getByLabelText("Jahr");
    await user.clear(jahr);
    await gibEin(user, jahr, "2011");
    expect(jahr).toHaveAccessibleDescription(/Für 2011 gab es keine Landesförderung/);
  });

  test("leerer Name und zu hoher Querschnittssatz", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    const karte = szenarioKarte(1);
    await user.click(within(karte).getByRole("button", { expanded: false }));
    await user.clear(within(karte).getByLabelText("Name", { exact: false }));
    expect(within(karte).getByText("Bitte einen Namen für das Szenario angeben.")).toBeInTheDocument();
    const satz = within(karte).getByLabelText("Querschnittssatz in %");
    await user.clear(satz);
    await gibEin(user, satz, "130");
    expect(satz).toHaveAccessibleDescription("Der Querschnittssatz muss zwischen 0 % und 100 % liegen.");
  });
});

describe("Bedienung", () => {
  test("mit der Tastatur: Szenario öffnen, Feld ändern, einfügen", async () => {
    const user = userEvent.setup();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    const kopf = within(szenarioKarte(2)).getByRole("button", { expanded: false });
    for (let i = 0; i < 40 && document.activeElement !== kopf; i++) await user.tab();
    expect(kopf).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(kopf).toHaveAttribute("aria-expanded", "true");
    await user.tab();
    expect(within(szenarioKarte(2)).getByLabelText("Name", { exact: false })).toHaveFocus();
    await user.keyboard("{Control>}a{/Control}KIZ neu");
    expect(szenarioKarte(2)).toHaveAccessibleName("Szenario 2: KIZ neu");

    const knopf = screen.getByRole("button", EINFUEGEN);
    for (let i = 0; i < 200 && document.activeElement !== knopf; i++) await user.tab();
    expect(knopf).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByText(/Blätter mit KI-Funktionen geschrieben/);
    expect(aufzeichnung.eingefuegt).toHaveLength(1);
  });

  test("Szenarien hinzufügen, duplizieren, verschieben (Basis wechselt), entfernen", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(within(szenarioKarte(2)).getByRole("button", { expanded: false }));
    await user.click(screen.getByRole("button", { name: "„KIZ“ duplizieren" }));
    expect(szenarioKarte(3)).toHaveAccessibleName("Szenario 3: KIZ (Kopie)");
    await user.click(screen.getByRole("button", { name: "„KIZ“ nach oben verschieben" }));
    expect(szenarioKarte(1)).toHaveAccessibleName("Szenario 1: KIZ");
    // KIZ is now the baseline: the difference of "Derzeitige Struktur" is the negative.
    expect(vergleichsZeile("Jährlicher Kostenanteil").slice(0, 3)).toEqual(["183.094", "102.316", "−80.778"]);
    await user.click(screen.getByRole("button", { name: "„KIZ“ entfernen" }));
    expect(szenarioKarte(1)).toHaveAccessibleName("Szenario 1: Derzeitige Struktur");
    await user.click(screen.getByRole("button", { name: "Szenario hinzufügen" }));
    expect(szenarioKarte(3)).toHaveAccessibleName("Szenario 3: Neues Szenario");
    const stellenZahl = within(szenarioKarte(3)).queryAllByRole("group").length;
    await user.click(within(szenarioKarte(3)).getByRole("button", { name: /Stelle hinzufügen – „Neues Szenario“/ }));
    expect(within(szenarioKarte(3)).getAllByRole("group")).toHaveLength(stellenZahl + 1);
  });

  test("jedes Eingabefeld und jeder Knopf hat eine Beschriftung", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    // Open everything: both scenarios and the optional sections.
    for (const kopf of screen.getAllByRole("button", { expanded: false })) await user.click(kopf);
    await user.click(screen.getByRole("checkbox", { name: "Blatt „Umlage“ in die Arbeitsmappe aufnehmen" }));
    await user.click(screen.getByRole("button", { name: /Rhein-Sieg-Kreis \(19 Gemeinden\)/ }));
    const felder = document.querySelectorAll("input, textarea, select, button, [role=combobox], [role=checkbox]");
    expect(felder.length).toBeGreaterThan(100);
    for (const f of Array.from(felder)) {
      expect(f).toHaveAccessibleName();
    }
    // Labels are what a user would look for.
    for (const label of ["Vorlage-Nr. (optional)", "Von Jahr", "Abzinsungssatz in %"]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole("combobox", { name: /^Vorlage Rhein-Sieg-Kreis 2013/ })).toBeInTheDocument();
    expect(
      within(szenarioKarte(2)).getByRole("combobox", { name: /^Förderregelwerk Automatisch nach Jahr/ }),
    ).toBeInTheDocument();
  });
});

describe("Zusatzbereiche", () => {
  test("Mehrjahresplanung und Kreisumlage gehen als Optionen an den Arbeitsmappen-Bauer", async () => {
    const user = userEvent.setup();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", { name: "Mehrjahresplanung" }));
    await user.click(screen.getByRole("checkbox", { name: /Mehrjahresplanung/ }));
    expect(screen.getByLabelText("Tarifsteigerung (Personal) in % je Jahr")).toHaveValue("0");
    await gibEin(user, screen.getByLabelText("Tarifsteigerung (Personal) in % je Jahr"), ",5");
    await user.click(screen.getByRole("button", { name: "Umlage" }));
    await user.click(screen.getByRole("checkbox", { name: "Blatt „Umlage“ in die Arbeitsmappe aufnehmen" }));
    await user.click(screen.getByRole("button", { name: /Rhein-Sieg-Kreis \(19 Gemeinden\)/ }));
    const tabelle = screen.getByRole("table", { name: "Mitgliedsgemeinden und ihre Belastung" });
    expect(within(tabelle).getAllByRole("textbox", { name: /^Name der Gemeinde/ })).toHaveLength(19);
    expect(screen.getByLabelText("Umlagegrundlage Troisdorf in €")).toHaveValue("");
    await gibEin(user, screen.getByLabelText("Umlagegrundlage Troisdorf in €"), "120.000.000");
    const minderbelastung = screen.getByLabelText("Minderbelastung Troisdorf in Prozent");
    await user.clear(minderbelastung);
    await gibEin(user, minderbelastung, "50");
    await user.click(screen.getByRole("button", EINFUEGEN));
    await screen.findByText(/geschrieben/);
    // The options reach the builder, which adds a sheet for each; their content is its own tests' business.
    const namen = aufzeichnung.eingefuegt[0].blaetter.map((b) => b.name);
    expect(namen.slice(0, 2)).toEqual(["Kostenvergleich", "Annahmen"]);
    expect(namen).toContain("Mehrjahresplanung");
    expect(namen.some((n) => /umlage/i.test(n))).toBe(true);
    const umlage = aufzeichnung.eingefuegt[0].blaetter.find((b) => /umlage/i.test(b.name))!;
    const texte = umlage.zellen.flat().map((z) => (z && "text" in z ? z.text : ""));
    expect(texte).toContain("Troisdorf");
    expect(texte).toContain("Windeck");
  });

  test("Sensitivität nennt den Gleichstand", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", { name: "Sensitivität (Gleichstand)" }));
    expect(screen.getByText(/Gleichstand bei einer Landeserstattung von 250\.778 €/)).toBeInTheDocument();
    expect(screen.getByText(/Querschnittssatz/, { selector: "span" })).toBeInTheDocument();
  });
});

describe("Arbeitsmappe", () => {
  test("Einfügen ruft den Zugriff mit dem Plan auf und zeigt die Modi der Blätter", async () => {
    const user = userEvent.setup();
    const { zugriff, aufzeichnung } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", EINFUEGEN));
    expect(await screen.findByText(/mit KI-Funktionen geschrieben: .*Kostenvergleich/)).toBeInTheDocument();
    expect(aufzeichnung.eingefuegt).toHaveLength(1);
    expect(aufzeichnung.eingefuegt[0].blaetter.every((b) => b.modus === "ki")).toBe(true);
    expect(screen.getByRole("list", { name: "Blätter und ihr Formelmodus" })).toHaveTextContent(
      "Kostenvergleich: KI-Funktionen (braucht das Add-in)",
    );
    await user.click(screen.getByRole("button", NATIV));
    expect(await screen.findByText(/mit Excel-Formeln \(ohne Add-in lesbar\) geschrieben/)).toBeInTheDocument();
    expect(aufzeichnung.eingefuegt[1].blaetter.every((b) => b.modus === "nativ")).toBe(true);
    expect(screen.getByRole("list", { name: "Blätter und ihr Formelmodus" })).toHaveTextContent(
      "Kostenvergleich: Excel-Formeln (ohne Add-in lesbar)",
    );
  });

  test("belegter Blattname: derselbe fertige Plan geht unter dem angebotenen Namen an den Zugriff", async () => {
    const user = userEvent.setup();
    const { zugriff, aufzeichnung } = testZugriff();
    const schreibe = zugriff.fuegeEin.bind(zugriff);
    let erster = true;
    zugriff.fuegeEin = async (plan, namen) => {
      if (!erster) return schreibe(plan, namen);
      erster = false;
      aufzeichnung.uebergeben.push({ plan, umbenennungen: namen && new Map(namen) });
      throw new BlattBelegtFehler("Kostenvergleich", "Kostenvergleich (2)");
    };
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", EINFUEGEN));
    await user.click(await screen.findByRole("button", { name: "Als „Kostenvergleich (2)“ einfügen" }));
    expect(await screen.findByText(/geschrieben: Kostenvergleich \(2\)/)).toBeInTheDocument();
    const [vorher, nachher] = aufzeichnung.uebergeben;
    // Not built again: the very plan object, renamed in the excel layer.
    expect(nachher.plan).toBe(vorher.plan);
    expect([...(nachher.umbenennungen ?? [])]).toEqual([["Kostenvergleich", "Kostenvergleich (2)"]]);
    expect(aufzeichnung.eingefuegt[0].blaetter[0].name).toBe("Kostenvergleich (2)");
  });

  test("ein Fehler beim Einfügen erscheint als Meldung", async () => {
    const user = userEvent.setup();
    const { zugriff } = testZugriff();
    zugriff.fuegeEin = async () => {
      throw new Error("Die Arbeitsmappe ist schreibgeschützt.");
    };
    await zeigePlaner(zugriff);
    await user.click(screen.getByRole("button", EINFUEGEN));
    expect(
      await screen.findByText("Einfügen fehlgeschlagen: Die Arbeitsmappe ist schreibgeschützt."),
    ).toBeInTheDocument();
  });
});

describe("Speichern und Laden", () => {
  // A test that stops early (its limit) must not leave the next ones on fake timers.
  afterEach(() => jest.useRealTimers());

  test("speichert nach Änderungen einmal, nicht je Taste, und lädt den Stand beim nächsten Start", async () => {
    // The pane's clock, not the machine's speed, decides what "after a pause" means here.
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
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
    const user = userEvent.setup();
    const roh = '{"version":1,"szenarien":[{"name":"kaputt"';
    const { zugriff, aufzeichnung } = testZugriff({
      status: "unlesbar",
      roh,
      meldung: "Die gespeicherten Szenarien sind beschädigt und können nicht gelesen werden.",
    });
    await zeigePlaner(zugriff);
    expect(
      screen.getByText("Die gespeicherten Szenarien sind beschädigt und können nicht gelesen werden."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Gespeicherte Rohdaten (zum Kopieren)")).toHaveValue(roh);
    await user.click(within(szenarioKarte(1)).getByRole("button", { expanded: false }));
    await user.type(within(szenarioKarte(1)).getByLabelText("Name", { exact: false }), " neu");
    await act(() => warte(100));
    expect(aufzeichnung.gespeichert).toHaveLength(0);
  });

  test("gespeicherte Daten, die das Speicherformat ablehnt, werden gemeldet und nicht überschrieben", async () => {
    const user = userEvent.setup();
    const { zugriff, aufzeichnung } = testZugriff({ status: "ok", json: { version: 99, etwas: "anderes" } });
    await zeigePlaner(zugriff);
    const roh = (await screen.findByLabelText("Gespeicherte Rohdaten (zum Kopieren)")) as HTMLTextAreaElement;
    expect(JSON.parse(roh.value)).toEqual({ version: 99, etwas: "anderes" });
    await user.click(screen.getByRole("button", NATIV));
    await screen.findByText(/geschrieben/);
    await act(() => warte(100));
    expect(aufzeichnung.gespeichert).toHaveLength(0);
  });
});

describe("Stellen mit Zeitraum", () => {
  test("Ausbaustellen ab 2017: ein Szenario für 2016 rechnet ohne sie, ein letztes Jahr lässt eine Stelle enden", async () => {
    const user = userEvent.setup();
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
