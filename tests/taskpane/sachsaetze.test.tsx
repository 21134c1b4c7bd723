/** @jest-environment jsdom */
/**
 * Issue 24, item 4 in the pane: a scenario's overhead, IT and room rate each takes a named, sourced
 * rate or is the Kreis's own figure. Taking one sets the number, shows source, status and caveat,
 * recomputes the comparison, is saved with the scenario and cited on "Annahmen"; typing a number
 * makes it the Kreis's own. Item C: the AGebV's assumed career group for A 9 is shown in the pane.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Speicherstand } from "../../src/scenario/speicherformat";
import { gibEin, szenarioKarte, testZugriff, vergleichsZeile, zeigePlaner } from "./hilfen";
import { annahmenGruppenKoepfe } from "../../src/workbook/annahmen/bezuege";

// Every step re-renders the whole pane; a busy machine must not fail the test (as the other pane tests).
jest.setTimeout(180_000);

type Nutzer = ReturnType<typeof userEvent.setup>;

async function waehle(user: Nutzer, bereich: HTMLElement, label: RegExp, option: string | RegExp): Promise<void> {
  await user.click(within(bereich).getByRole("combobox", { name: label }));
  await user.click(await screen.findByRole("option", { name: option }));
}

async function oeffneKarte(user: Nutzer, nummer: number): Promise<HTMLElement> {
  const karte = szenarioKarte(nummer);
  await user.click(within(karte).getByRole("button", { expanded: false }));
  return karte;
}

/** The source cell of an assumption row in the plan the pane handed over. */
function annahmenQuelle(plan: { blaetter: Array<{ name: string; zellen: unknown[][] }> }, label: string): string {
  const zellen = plan.blaetter.find((b) => b.name === "Annahmen")!.zellen as Array<Array<{ text?: string } | null>>;
  // The assumption block's first group header names the source column (workbook/annahmen/bezuege).
  const kopf = zellen[annahmenGruppenKoepfe()[0].zeile];
  const spalte = kopf.findIndex((c) => c?.text?.startsWith("Quelle") ?? false);
  return zellen.find((z) => z[0]?.text === label)![spalte]?.text ?? "";
}

test("übernimmt den Gemeinkostenzuschlag der AGebV als Querschnittssatz, mit Quelle, Stand und Vorbehalt", async () => {
  const user = userEvent.setup();
  const { zugriff, aufzeichnung } = testZugriff();
  await zeigePlaner(zugriff);
  const karte = await oeffneKarte(user, 2);
  const auswahl = within(karte).getByRole("combobox", { name: /^Querschnittssatz übernehmen aus/ });
  expect(auswahl).toHaveTextContent("Rhein-Sieg-Kreis 2013: 30 %");
  // The overhead rate is printed in the sheet (verified); the IT and room rates are derived from it.
  const rsk = within(karte)
    .getAllByText(/^Quelle: Rhein-Sieg-Kreis, „Kostenaufstellung Integrationsarbeit“/)
    .flatMap((x) => /\((verifiziert|abgeleitet|zu prüfen)\)$/.exec(x.textContent ?? "")?.[1] ?? []);
  expect(rsk).toEqual(["verifiziert", "abgeleitet", "abgeleitet"]);

  await waehle(user, karte, /^Querschnittssatz übernehmen aus/, "AGebV Bund 2021: 28,1 %");
  expect(within(karte).getByLabelText("Querschnittssatz in %")).toHaveValue("28,1");
  // 238.300 € × 28,1 % = 66.962,30 €.
  expect(vergleichsZeile("Querschnitts")).toEqual(["20.940", "66.962,30", "+46.022,30"]);
  const quelle = within(karte).getByText(/^Quelle: Allgemeine Gebührenverordnung des Bundes/);
  expect(quelle).toHaveTextContent("(verifiziert) – Bund, nicht kommunal NRW");

  await waitFor(() => expect(aufzeichnung.gespeichert.length).toBeGreaterThan(0));
  const stand = aufzeichnung.gespeichert[aufzeichnung.gespeichert.length - 1] as Speicherstand;
  expect(stand.szenarien[1].sachsatzQuellen).toEqual({
    querschnittssatz: "BUND-AGEBV-2021",
    itSatz: "RSK2013",
    raumSatz: "RSK2013",
  });

  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/geschrieben/);
  const zelle = annahmenQuelle(aufzeichnung.eingefuegt[0], "Querschnitts-/Sachkostensatz (auf Personalkosten)");
  expect(zelle).toMatch(
    /^\[\d+\] – verifiziert – Rhein-Sieg-Kreis 2013, \[\d+\] – verifiziert – AGebV Bund 2021 – Bund/,
  );
});

test("IT-Satz aus Niedersachsen übernehmen, überschreiben (eigener Wert) und wieder Rhein-Sieg wählen", async () => {
  const user = userEvent.setup();
  const { zugriff, aufzeichnung } = testZugriff();
  await zeigePlaner(zugriff);
  const karte = await oeffneKarte(user, 2);
  await waehle(user, karte, /^IT-Satz übernehmen aus/, /^Niedersachsen 2023: 2\.270 €/);
  expect(within(karte).getByLabelText("IT-Satz in € je Arbeitsplatz")).toHaveValue("2.270");
  expect(vergleichsZeile("IT-Standardarbeitsplatz")).toEqual(["4.536", "18.160", "+13.624"]);
  expect(within(karte).getByText(/^Quelle: Niedersachsen, RdErl\. d\. MF v\. 08\.03\.2023/)).toHaveTextContent(
    "nicht für Stellen außerhalb der Landesverwaltung",
  );

  const feld = within(karte).getByLabelText("IT-Satz in € je Arbeitsplatz");
  await user.clear(feld);
  await gibEin(user, feld, "2500");
  expect(within(karte).getByRole("combobox", { name: /^IT-Satz übernehmen aus/ })).toHaveTextContent(
    "eigener Wert des Kreises (eingeben)",
  );
  expect(within(karte).getAllByText("Eigener Wert des Kreises: auf „Annahmen“ so vermerkt.")).toHaveLength(1);
  await user.click(screen.getByRole("button", { name: "In Arbeitsmappe einfügen" }));
  await screen.findByText(/geschrieben/);
  expect(annahmenQuelle(aufzeichnung.eingefuegt[0], "IT-Satz je Arbeitsplatz")).toMatch(
    /^\[\d+\] – abgeleitet – Rhein-Sieg-Kreis 2013, eigener Wert des Kreises$/,
  );

  await waehle(user, karte, /^IT-Satz übernehmen aus/, /^Rhein-Sieg-Kreis 2013: 2\.268 €/);
  expect(within(karte).getByLabelText("IT-Satz in € je Arbeitsplatz")).toHaveValue("2.268");
  expect(vergleichsZeile("IT-Standardarbeitsplatz")).toEqual(["4.536", "18.144", "+13.608"]);
});

test("Raumkosten je Büro: nur der Rhein-Sieg-Satz passt; Gesamtbeträge je Arbeitsplatz stehen nur zum Vergleich", async () => {
  const user = userEvent.setup();
  const { zugriff } = testZugriff();
  await zeigePlaner(zugriff);
  const karte = await oeffneKarte(user, 1);
  await user.click(within(karte).getByRole("combobox", { name: /^Raumkosten je Büro übernehmen aus/ }));
  const optionen = (await screen.findAllByRole("option")).map((o) => o.textContent);
  expect(optionen).toEqual(["Rhein-Sieg-Kreis 2013: 5.040 €/Jahr je Büro", "eigener Wert des Kreises (eingeben)"]);
  // Closed by choosing what is chosen (Escape leaves Fluent's layer over the page in jsdom).
  await user.click(screen.getByRole("option", { name: /^Rhein-Sieg-Kreis 2013/ }));
  await user.click(within(karte).getByRole("combobox", { name: /^IT-Satz übernehmen aus/ }));
  const it = (await screen.findAllByRole("option")).map((o) => o.textContent).join(" | ");
  expect(it).not.toMatch(/16\.560|9\.082/);
  await user.click(screen.getByRole("option", { name: /^Rhein-Sieg-Kreis 2013/ }));
  await user.click(within(karte).getByText(/^Alle belegten Vergleichssätze/));
  expect(within(karte).getByText(/AGebV Bund 2021: Sacheinzelkosten eines Arbeitsplatzes insgesamt/)).toHaveTextContent(
    "= 16.560 €/Jahr je Arbeitsplatz (abgeleitet)",
  );
  expect(within(karte).getByText(/kalkulatorische Raumkosten je Büroarbeitsplatz/)).toHaveTextContent(
    "2.170 €/Jahr je Arbeitsplatz (verifiziert)",
  );
});

test("AGebV-Tabelle: die angenommene Laufbahngruppe für A 9 steht an der Tabelle und an der Stelle", async () => {
  const user = userEvent.setup();
  const { zugriff } = testZugriff();
  await zeigePlaner(zugriff);
  const karte = await oeffneKarte(user, 1);
  await waehle(user, karte, /^Satztabelle/, /^AGebV Bund 2021/);
  expect(
    within(karte).getByText("Annahme: Laufbahngruppe für A 9 angenommen (gehobener Dienst, 29,3 %) – zu prüfen"),
  ).toBeInTheDocument();
  expect(within(karte).queryByText(/^Satz aus der Tabelle mit Annahme/)).toBeNull();
  const gruppe = within(karte).getByLabelText("Entgeltgruppe");
  await user.clear(gruppe);
  await gibEin(user, gruppe, "A 9");
  expect(within(karte).getByText(/^Satz aus der Tabelle mit Annahme/)).toHaveTextContent(
    "Laufbahngruppe für A 9 angenommen (gehobener Dienst, 29,3 %) – zu prüfen",
  );
  expect(vergleichsZeile("Personalkosten")[0]).toBe("55.624");
});
