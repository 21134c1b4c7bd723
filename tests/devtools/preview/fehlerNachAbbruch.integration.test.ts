/**
 * The preview in a real browser after an injected failure: Excel breaks the insert off halfway
 * (commands before the failure applied), the pane says in German what happened and what to do,
 * and the next insert completes the tables. Saves docs/screenshots/fehler-nach-abbruch.png.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";
import { bildschirmfotoOrdner } from "../../helpers/ausgaben";

const BILD = path.join(bildschirmfotoOrdner(), "fehler-nach-abbruch.png");

const vorhanden = chromiumVorhanden();
if (!vorhanden) console.warn(`Browser-Test übersprungen: ${CHROMIUM} fehlt (apt-get install chromium).`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Vorschau nach einem abgebrochenen Einfügen", () => {
  let vorschau: Vorschau;
  let seite: Page;

  beforeAll(async () => {
    vorschau = await starteVorschau({
      startseite: "preview.html",
      fenster: { width: 1400, height: 1000 },
    });
    seite = vorschau.seite;
  });

  afterAll(async () => {
    await vorschau?.schliesse();
  });

  test("German message that says what to do; the next insert completes the tables", async () => {
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();
    await seite.evaluate(() => {
      const w = window as unknown as { kiVorschau: { fake: { stoereBei(s: { befehl: number }): void } } };
      w.kiVorschau.fake.stoereBei({ befehl: 60 });
    });
    await pane.getByRole("button", { name: "In Arbeitsmappe einfügen" }).click();
    const meldung = pane.getByText(/Excel hat das Einfügen abgebrochen/);
    await meldung.waitFor();
    expect(await meldung.textContent()).toMatch(
      /Ihre eigenen Zellen und Blätter wurden nicht verändert.*Bitte erneut „Einfügen“ wählen/,
    );
    await meldung.scrollIntoViewIfNeeded();
    await seite.screenshot({ path: BILD });

    await pane.getByRole("button", { name: "In Arbeitsmappe einfügen" }).click();
    await pane.getByText(/mit KI-Funktionen geschrieben/).waitFor();
    await seite.getByRole("tab", { name: "Kostenvergleich", exact: true }).click();
    const tabelle = seite.locator('table[data-blatt="Kostenvergleich"]');
    await tabelle.waitFor();
    expect(await tabelle.textContent()).toMatch(/\+80\.778 €/);
  });
});
