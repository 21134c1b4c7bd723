/**
 * Issue 24: the pane's „Eigene Satztabelle“ at the pane's width (320 px): rows pasted as copied
 * from Excel, a bad row named with its number and left out, the source entered, the table chosen
 * for the current structure, and the live comparison follows. Saves eigene-satztabelle.png in
 * .tmp/screenshots/ (`npm run screenshots`: docs/screenshots/).
 */
import * as path from "path";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { bildschirmfotoOrdner, nichtGelaufen } from "../../helpers/ausgaben";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";

const vorhanden = chromiumVorhanden();
if (!vorhanden) nichtGelaufen("eigene-satztabelle", `Eigene Satztabelle im Browser (${CHROMIUM} fehlt)`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Eigene Satztabelle im Browser", () => {
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

  test("einfügen, Zeilenmeldung, Quelle, im Szenario wählen; Bildschirmfoto des Abschnitts", async () => {
    const seite = vorschau.seite;
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();
    await pane.getByRole("button", { name: "Eigene Satztabelle" }).click();
    const bereich = pane.getByRole("region", { name: "Eigene Satztabelle" });
    const eingabe = [
      "Entgeltgruppe\t€/Jahr\tJahr\tQuelle",
      "A 11\t81.250\t2013\tKGSt 2013/14",
      "EG 9b\t72340,50",
      "EG 6\tdreißig",
    ];
    await bereich.getByLabel("Zeilen einfügen").fill(eingabe.join("\n"));
    await bereich.getByRole("button", { name: "Eingefügte Zeilen übernehmen" }).click();
    await bereich.getByText("Zeile 3: Der Satz für „EG 6“ ist keine Zahl (z. B. 77.705 oder 77705,00).").waitFor();
    await bereich.getByText(/2 von 3 Zeilen aus dem Text übernommen \(Kopfzeile übersprungen\)/).waitFor();
    await bereich
      .getByLabel("Quelle der Sätze", { exact: false })
      .fill("KGSt-Bericht „Kosten eines Arbeitsplatzes“ 2013/14");
    await bereich.getByLabel("Jahr der Sätze").fill("2013");

    await pane.getByRole("button", { name: /^1\. Derzeitige Struktur/ }).click();
    await pane
      .getByRole("combobox", { name: /^Satztabelle/ })
      .first()
      .click();
    await seite.getByRole("option", { name: /^Eigene Satztabelle/ }).click();
    // 81.250 € for the A 11 post instead of the Rhein-Sieg 69.800 €.
    await pane
      .getByRole("row", { name: /^Personalkosten/ })
      .getByText("81.250")
      .first()
      .waitFor();
    const bilder = bildschirmfotoOrdner();
    await bereich.screenshot({ path: path.join(bilder, "eigene-satztabelle.png") });
    const breite = await pane.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(breite.scroll).toBeLessThanOrEqual(breite.client);
    expect(vorschau.seitenfehler).toEqual([]);
  });
});
