/**
 * Dev-only preview (npm start → https://localhost:3000/preview.html): the real task pane at 320 px
 * beside a rendered grid of a fake workbook. The fake host evaluates the sheets with HyperFormula
 * and the real KI.* functions of this build, so inserting from the pane, editing a cell and
 * watching the comparison recalculate works without Excel. Never part of the add-in bundle.
 */
import { customFunctions } from "./customFunctionsVorbereitung";
import "../../src/functions/functions";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createFakeExcel, type FakeExcel, type KiFunktionsMetadaten } from "../fakeHost";
import { erstelleArbeitsmappenZugriff } from "../../src/taskpane/anbindung";
import { Kostenplaner } from "../../src/taskpane/Kostenplaner";
import { themaAusOffice } from "../../src/taskpane/thema";
import { Tabellenraster } from "./Tabellenraster";

function Vorschau({ fake }: { fake: FakeExcel }): React.ReactElement {
  const zugriff = React.useMemo(() => erstelleArbeitsmappenZugriff(fake.Excel), [fake]);
  const thema = React.useMemo(() => themaAusOffice(null), []);
  return (
    <div style={{ display: "flex", height: "100vh", background: "#e9e9e9" }}>
      <div
        id="aufgabenbereich"
        style={{
          width: 320,
          flex: "0 0 320px",
          overflowY: "auto",
          overflowX: "hidden",
          background: "#fff",
          borderRight: "1px solid #bbb",
        }}
      >
        <Kostenplaner zugriff={zugriff} thema={thema} />
      </div>
      <div id="arbeitsmappe" style={{ flex: "1 1 auto", minWidth: 0 }}>
        <Tabellenraster fake={fake} />
      </div>
    </div>
  );
}

async function starte(): Promise<void> {
  const wurzel = createRoot(document.getElementById("root") as HTMLElement);
  try {
    const antwort = await fetch("functions.json");
    if (!antwort.ok) throw new Error(`functions.json: HTTP ${antwort.status}`);
    const metadaten = (await antwort.json()) as KiFunktionsMetadaten;
    const fake = createFakeExcel({ ki: customFunctions.quelle(metadaten), blaetter: ["Tabelle1"] });
    // For browser tests and the console: e.g. kiVorschau.fake.stoereBei({ befehl: 60 }) makes the
    // next insert fail like Excel would, to see what the pane says.
    (window as unknown as { kiVorschau?: { fake: FakeExcel } }).kiVorschau = { fake };
    wurzel.render(<Vorschau fake={fake} />);
  } catch (e) {
    wurzel.render(<p role="alert">Vorschau konnte nicht starten: {e instanceof Error ? e.message : String(e)}</p>);
  }
}

void starte();
