/** @jest-environment jsdom */
/**
 * The task pane in jsdom: keyboard operation, adding and moving scenarios, a label on every field and button.
 * (One of several files split from the former aufgabenbereich.test.tsx, so that no file runs long.)
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { EINFUEGEN, benutzer, szenarioKarte, testZugriff, vergleichsZeile, zeigePlaner } from "./hilfen";

describe("Bedienung", () => {
  test("mit der Tastatur: Szenario öffnen, Feld ändern, einfügen", async () => {
    const user = benutzer();
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
    const user = benutzer();
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
    const user = benutzer();
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
