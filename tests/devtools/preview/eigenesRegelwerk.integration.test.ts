/**
 * The pane's „Eigenes Regelwerk“ in a real browser at the pane's width: defined, chosen for the
 * KIZ, the live comparison follows, and nothing sticks out at 320 px. Saves
 * eigenes-regelwerk.png in .tmp/screenshots/ (`npm run screenshots`: docs/screenshots/).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden } from "../../../devtools/browser/chromium";
import { bildschirmfotoOrdner, nichtGelaufen } from "../../helpers/ausgaben";
import { starteVorschau, type Vorschau } from "../../helpers/vorschauImBrowser";

const vorhanden = chromiumVorhanden();
if (!vorhanden) nichtGelaufen("eigenes-regelwerk", `Eigenes Regelwerk im Browser (${CHROMIUM} fehlt)`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

/** Fills a field of one group of the section, e.g. "Verwaltung (Betrag je Stelle): Stellen höchstens". */
async function fuelle(seite: Page, wo: string, text: string) {
  const [gruppe, label] = wo.split(/: (?=[^:]+$)/);
  const feld = seite.getByRole("group", { name: gruppe, exact: true }).getByLabel(label, { exact: true });
  await feld.fill(text);
}

beschreibe("Eigenes Regelwerk im Browser", () => {
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

  test("anlegen, im KIZ wählen, Vergleich folgt; Bildschirmfoto des Abschnitts", async () => {
    const seite = vorschau.seite;
    await seite.goto(`${vorschau.server.url}/preview.html`);
    const pane = seite.locator("#aufgabenbereich");
    await pane.getByRole("heading", { name: "Szenarien" }).waitFor();
    await pane.getByRole("button", { name: "Eigenes Regelwerk" }).click();
    await pane.getByRole("button", { name: "Eigenes Regelwerk anlegen" }).click();
    const bereich = pane.getByRole("region", { name: "Eigenes Regelwerk" });
    await bereich.getByLabel("Name", { exact: false }).first().fill("Zuwendungsbescheid 2025");
    await bereich.getByLabel("Quelle", { exact: false }).first().fill("Bescheid BezReg Arnsberg vom 03.03.2025");
    await fuelle(seite, "Pädagogische Fachkraft (Betrag je Stelle): Höchstbetrag", "57.000");
    await fuelle(seite, "Pädagogische Fachkraft (Betrag je Stelle): Stellen höchstens", "2");
    await fuelle(seite, "Verwaltung (Betrag je Stelle): Höchstbetrag", "-1");
    await fuelle(seite, "Verwaltungsassistenz (Betrag für die ½ Stelle): Höchstbetrag", "22.500");
    await fuelle(seite, "Verwaltungsassistenz (Betrag für die ½ Stelle): Stellen höchstens", "0,5");
    await fuelle(seite, "Zusätzliche Stellen (Betrag je Stelle): Höchstbetrag", "57.000");
    await bereich.getByText("Der Höchstbetrag je Stelle (Verwaltung) darf nicht negativ sein.").waitFor();
    const bilder = bildschirmfotoOrdner();
    await bereich.screenshot({ path: path.join(bilder, "eigenes-regelwerk-meldungen.png") });

    await fuelle(seite, "Verwaltung (Betrag je Stelle): Höchstbetrag", "57.000");
    await fuelle(seite, "Verwaltung (Betrag je Stelle): Stellen höchstens", "1");
    await fuelle(seite, "Zusätzliche Stellen (Betrag je Stelle): Stellen höchstens", "3");
    await seite.getByLabel("Sachausgabenpauschale höchstens in €/Jahr").fill("50.000");
    expect(await bereich.getByRole("alert").count()).toBe(0);

    await pane.getByRole("button", { name: /^2\. KIZ/ }).click();
    await pane.getByRole("combobox", { name: /^Förderregelwerk/ }).click();
    await seite.getByRole("option", { name: "Eigenes Regelwerk: Zuwendungsbescheid 2025" }).click();
    // The KIZ's pooled personnel costs (238.300 €) meet the new caps 3 × 57.000 + 22.500 = 193.500 €.
    await pane
      .getByRole("row", { name: /^Kostenerstattung/ })
      .getByText("193.500")
      .first()
      .waitFor();
    await bereich.screenshot({ path: path.join(bilder, "eigenes-regelwerk.png") });
    const breite = await pane.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(breite.scroll).toBeLessThanOrEqual(breite.client);
    expect(vorschau.seitenfehler).toEqual([]);
  });
});
