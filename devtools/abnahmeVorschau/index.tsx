/**
 * Dev-only page (development build: abnahme-vorschau.html): the acceptance pane over the fake host,
 * so CI runs the same list of checks in Chromium that a Kreis runs in its Excel. The KI.* functions
 * of this build are bridged into the fake host as the installed main add-in would provide them.
 */
import { customFunctions } from "../preview/customFunctionsVorbereitung";
import "../../src/functions/functions";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createFakeExcel, type KiFunktionsMetadaten } from "../fakeHost";
import { Abnahme } from "../../src/abnahme/Abnahme";
import type { Umgebung } from "../../src/abnahme/typen";

async function starte(): Promise<void> {
  const wurzel = createRoot(document.getElementById("root") as HTMLElement);
  try {
    const antwort = await fetch("functions.json");
    if (!antwort.ok) throw new Error(`functions.json: HTTP ${antwort.status}`);
    const metadaten = (await antwort.json()) as KiFunktionsMetadaten;
    const fake = createFakeExcel({ ki: customFunctions.quelle(metadaten), blaetter: ["Tabelle1"] });
    const umgebung: Umgebung = {
      excel: fake.Excel,
      plattform: "Fake-Host (nur Entwicklung)",
      version: "kein Excel: HyperFormula",
      // The fake host emulates the ExcelApi up to 1.9 (page layout); nothing newer.
      unterstuetzt: (set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= 9,
      jetzt: () => new Date(),
      warte: (ms) => new Promise((fertig) => setTimeout(fertig, ms)),
    };
    wurzel.render(
      <div style={{ width: 360, background: "#fff", minHeight: "100vh" }} id="aufgabenbereich">
        <Abnahme umgebung={umgebung} />
      </div>,
    );
  } catch (e) {
    wurzel.render(<p role="alert">Vorschau konnte nicht starten: {e instanceof Error ? e.message : String(e)}</p>);
  }
}

void starte();
