/** @jest-environment jsdom */
/**
 * "Text für die Vorlage (Word)": a .docx download where the host allows it, otherwise (Office
 * desktop webviews, a failing download) the same text to copy.
 */
import "@testing-library/jest-dom";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import { TextDecoder, TextEncoder } from "node:util";
import { DATEINAME, VorlageWord, hostErlaubtDownload } from "../../../src/taskpane/komponenten/VorlageWord";
import { erzeugeVorlagenSatz } from "../../../src/scenario/vorlagen";
import { anfangszustand, planerReducer } from "../../../src/taskpane/zustand";
import { kodiereZustand, zustandAusLadeergebnis } from "../../../src/taskpane/anbindung";
import * as React from "react";

// jsdom lacks the encoders every browser has; the docx library needs them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

function leseBlob(b: Blob): Promise<Uint8Array> {
  return new Promise((ok, fehler) => {
    const r = new FileReader();
    r.onload = () => ok(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => fehler(r.error);
    r.readAsArrayBuffer(b);
  });
}

const KNOPF = { name: "Text für die Vorlage (Word)" };
const zustand = anfangszustand(erzeugeVorlagenSatz("rhein-sieg-2013"));

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});

test("Download: eine .docx-Datei mit den Rhein-Sieg-Zahlen über Blob, Objekt-URL und <a download>", async () => {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:ki"), revokeObjectURL: () => {} });
  const klicks: HTMLAnchorElement[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    klicks.push(this);
  });
  render(<VorlageWord zustand={zustand} aendern={() => {}} gesperrt={false} downloadErlaubt />);
  await userEvent.setup().click(screen.getByRole("button", KNOPF));
  // The first click loads the Word writer (its own chunk in the build) and packs the file.
  await screen.findByText(/wird heruntergeladen/, undefined, { timeout: 15_000 });
  expect(klicks).toHaveLength(1);
  expect(klicks[0].download).toBe(DATEINAME);
  expect(klicks[0].href).toBe("blob:ki");
  expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const bytes = await leseBlob(blobs[0]);
  const dokument = strFromU8(unzipSync(bytes)["word/document.xml"]);
  for (const betrag of ["102.316 €", "353.094 €", "170.000 €", "183.094 €", "+80.778 €"])
    expect(dokument).toContain(betrag);
});

test("Office-Desktop blockiert Downloads: der Bereich sagt es und zeigt den Text zum Kopieren", async () => {
  (globalThis as { Office?: unknown }).Office = { context: { platform: "PC" } };
  expect(hostErlaubtDownload()).toBe(false);
  render(<VorlageWord zustand={zustand} aendern={() => {}} gesperrt={false} />);
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", KNOPF));
  expect(await screen.findByText(/Excel lässt hier keine Downloads zu/)).toBeInTheDocument();
  const feld = screen.getByRole("textbox", { name: "Text für die Vorlage" });
  expect(feld).toHaveAttribute("readonly");
  expect((feld as HTMLTextAreaElement).value).toContain("Jährlicher Kostenanteil\t102.316 €\t183.094 €\t+80.778 €");
  await user.click(screen.getByRole("button", { name: "Text kopieren" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Kopiert" })).toBeInTheDocument());
  // user-event provides the clipboard of the test window.
  expect(await navigator.clipboard.readText()).toBe((feld as HTMLTextAreaElement).value);
});

test("ein fehlgeschlagener Download führt ebenfalls zum Text", async () => {
  Object.assign(URL, {
    createObjectURL: () => {
      throw new Error("blockiert");
    },
  });
  render(<VorlageWord zustand={zustand} aendern={() => {}} gesperrt={false} downloadErlaubt />);
  await userEvent.setup().click(screen.getByRole("button", KNOPF));
  expect(
    await screen.findByText(/Der Download ist fehlgeschlagen \(blockiert\)/, undefined, { timeout: 15_000 }),
  ).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Text für die Vorlage" })).toBeInTheDocument();
});

test("Excel im Web lässt Downloads zu; gesperrt bei ungültigen Eingaben", () => {
  (globalThis as { Office?: unknown }).Office = { context: { platform: "OfficeOnline" } };
  expect(hostErlaubtDownload()).toBe(true);
  render(<VorlageWord zustand={zustand} aendern={() => {}} gesperrt />);
  expect(screen.getByRole("button", KNOPF)).toBeDisabled();
});

/** The section inside the pane's real state: what is typed goes through the reducer. */
function MitZustand(p: { anfang: typeof zustand; beiAenderung: (z: typeof zustand) => void }) {
  const [z, aendern] = React.useReducer(planerReducer, p.anfang);
  React.useEffect(() => {
    p.beiAenderung(z);
  }, [z, p]);
  return <VorlageWord zustand={z} aendern={aendern} gesperrt={false} downloadErlaubt={false} />;
}

test("die Angaben der Kämmerei gehören zum Zustand: gespeichert, wieder geladen und im Text", async () => {
  let jetzt = zustand;
  const user = userEvent.setup();
  const { unmount } = render(<MitZustand anfang={zustand} beiAenderung={(z) => (jetzt = z)} />);
  await user.click(screen.getByText("Angaben für die Vorlage (freiwillig)"));
  await user.type(screen.getByRole("textbox", { name: "Haushaltsjahr" }), "2014");
  await user.type(screen.getByRole("textbox", { name: "Deckungsvorschlag" }), "Produkt 05.01");
  expect(jetzt.vorlagenAngaben).toEqual({ haushaltsjahr: "2014", deckungsvorschlag: "Produkt 05.01" });
  // Saved and loaded as a colleague opening the workbook would: the fields come back.
  const gespeichert = JSON.parse(JSON.stringify(kodiereZustand(jetzt))) as { optionen: Record<string, unknown> };
  expect(gespeichert.optionen.vorlagenAngaben).toEqual({ haushaltsjahr: "2014", deckungsvorschlag: "Produkt 05.01" });
  const geladen = zustandAusLadeergebnis({ status: "ok", json: gespeichert });
  if (geladen.status !== "ok") throw new Error(geladen.status);
  expect(geladen.zustand.vorlagenAngaben).toEqual(jetzt.vorlagenAngaben);
  unmount();
  render(<MitZustand anfang={geladen.zustand} beiAenderung={() => {}} />);
  await user.click(screen.getByRole("button", KNOPF));
  const text = (await screen.findByRole("textbox", { name: "Text für die Vorlage" })) as HTMLTextAreaElement;
  expect(text.value).toMatch(/Haushaltsjahr\s+2014/);
  expect(text.value).toMatch(/Deckungsvorschlag\s+Produkt 05\.01/);
});

test("ohne ausgefüllte Angabe speichert der Zustand kein Feld dafür (ältere Versionen lesen ihn weiter)", () => {
  const leer = { ...zustand, vorlagenAngaben: { haushaltsjahr: " ", produkt: "" } };
  const gespeichert = kodiereZustand(leer) as { optionen: Record<string, unknown> };
  expect("vorlagenAngaben" in gespeichert.optionen).toBe(false);
});
