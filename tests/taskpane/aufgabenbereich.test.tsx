/** @jest-environment jsdom */
/**
 * The task pane in jsdom: the live comparison and the presets, against a recording test double of the access module.
 * (One of several files split from the former aufgabenbereich.test.tsx, so that no file runs long.)
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { benutzer, gibEin, szenarioKarte, testZugriff, vergleichsZeile, waehleImDropdown, zeigePlaner } from "./hilfen";

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
    const user = benutzer();
    const { zugriff } = testZugriff();
    await zeigePlaner(zugriff);
    await user.click(within(szenarioKarte(1)).getByRole("button", { expanded: false }));
    const satz = within(szenarioKarte(1)).getByLabelText("Querschnittssatz in %");
    await user.clear(satz);
    await gibEin(user, satz, "20");
    expect(vergleichsZeile("Gesamtkosten")).toEqual(["95.336", "353.094", "+257.758"]);
  });

  test("Vorlagen: Satz laden, einzelne Vorlage hinzufügen, leer beginnen", async () => {
    const user = benutzer();
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
