/**
 * Issue 24, item 4: the scenario card's "Sach- und Raumkosten" at the pane's width (320 px) in
 * Chromium: the KIZ takes the AGebV overhead rate and Lower Saxony's IT rate, types its own room
 * rate, and opens the list of all published rates. The comparison follows; nothing overflows the
 * pane. Saves sachsaetze.png in .tmp/screenshots/ (`npm run screenshots`: docs/screenshots/).
 */
import * as path from "path";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { bildschirmfotoOrdner, nichtGelaufen } from "../../helpers/ausgaben";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";

const vorhanden = chromiumVorhanden();
if (!vorhanden) nichtGelaufen("sachsaetze", `Sach- und Raumkosten im Browser (${CHROMIUM} fehlt)`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Sach- und Raumkosten im Browser", () => {
  let vorschau: Vorschau;

  beforeAll(async () => {
    vorschau = await starteVorschau({
      startseite: "preview.html",
      fenster: { width: 2000, height: 5000 },
    });
  });

  afterAll(async () => {
    await vorschau?.schliesse();
  });

  test("Sätze übernehmen, eigenen Wert eingeben, Vergleichssätze aufklappen; Bildschirmfoto", async () => {
    const seite = vorschau.seite;
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();
    await pane.getByRole("button", { name: /^2\. KIZ/ }).click();
    const karte = pane.getByRole("region", { name: /^Szenario 2:/ });
    const sach = karte.getByRole("group", { name: "Sach- und Raumkosten" });
    await sach.getByRole("combobox", { name: /^Querschnittssatz übernehmen aus/ }).click();
    await seite.getByRole("option", { name: "AGebV Bund 2021: 28,1 %" }).click();
    await sach.getByRole("combobox", { name: /^IT-Satz übernehmen aus/ }).click();
    await seite.getByRole("option", { name: /^Niedersachsen 2023: 2\.270 €/ }).click();
    await sach.getByLabel("Raumkosten in € je Büro").fill("4.800");
    await sach.getByText(/^Alle belegten Vergleichssätze/).click();
    // 238.300 € × 28,1 % = 66.962,30 €; 8 × 2.270 €; 4 × 4.800 €.
    await pane
      .getByRole("row", { name: /^Querschnitts/ })
      .getByText("66.962,30")
      .waitFor();
    await pane
      .getByRole("row", { name: /^IT-Standardarbeitsplatz/ })
      .getByText("18.160")
      .waitFor();
    await pane
      .getByRole("row", { name: /^Raumkosten/ })
      .getByText("19.200")
      .waitFor();
    await sach.getByText("Eigener Wert des Kreises: auf „Annahmen“ so vermerkt.").waitFor();
    await sach.screenshot({ path: path.join(bildschirmfotoOrdner(), "sachsaetze.png") });
    const breite = await pane.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(breite.scroll).toBeLessThanOrEqual(breite.client);
    expect(vorschau.seitenfehler).toEqual([]);
  });
});
