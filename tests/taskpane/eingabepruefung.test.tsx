/** @jest-environment jsdom */
/**
 * The task pane in jsdom: loading a preset can be undone; validation at the field blocks the insert with its reason.
 * (One of several files split from the former aufgabenbereich.test.tsx, so that no file runs long.)
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
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

describe("Vorlage laden ersetzt, lässt sich aber zurücknehmen", () => {
  test("Rückgängig stellt die Szenarien vor dem Laden wieder her", async () => {
    const user = benutzer();
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
    const user = benutzer();
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
    const user = benutzer();
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
    const user = benutzer();
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
