/**
 * The preview in a real browser after an injected failure: Excel breaks the insert off halfway
 * (commands before the failure applied), the pane says in German what happened and what to do,
 * and the next insert completes the tables. Saves docs/screenshots/fehler-nach-abbruch.png.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, chromiumVorhanden, starteChromium, type LaufenderBrowser } from "../../../devtools/browser/chromium";
import { bildschirmfotoOrdner } from "../../helpers/ausgaben";
import { starteStatischenServer, type StatischerServer } from "../../../devtools/browser/statischerServer";

const WURZEL = path.resolve(__dirname, "../../..");
const AUSGABE = path.join(WURZEL, ".tmp/preview-fehler");
const BILD = path.join(bildschirmfotoOrdner(), "fehler-nach-abbruch.png");

const vorhanden = chromiumVorhanden();
if (!vorhanden) console.warn(`Browser-Test übersprungen: ${CHROMIUM} fehlt (apt-get install chromium).`);
const beschreibe = vorhanden ? describe : describe.skip;

jest.setTimeout(300_000);

beschreibe("Vorschau nach einem abgebrochenen Einfügen", () => {
  let server: StatischerServer;
  let browser: LaufenderBrowser;
  let seite: Page;

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", AUSGABE],
      { cwd: WURZEL, stdio: "pipe" },
    );
    server = await starteStatischenServer(AUSGABE, "preview.html");
    browser = await starteChromium({ fenster: { width: 1400, height: 1000 } });
    seite = browser.kontext.pages()[0] ?? (await browser.kontext.newPage());
  });

  afterAll(async () => {
    await browser?.schliesse();
    await server?.schliesse();
  });

  test("German message that says what to do; the next insert completes the tables", async () => {
    await seite.goto(`${server.url}/preview.html`);
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
