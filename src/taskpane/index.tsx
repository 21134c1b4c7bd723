/**
 * Task pane entry: renders the Kostenplaner once Office is ready, with the one Excel access
 * module bound to the real Excel host and the Fluent theme taken from the Office theme.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { erstelleArbeitsmappenZugriff } from "./anbindung";
import { Kostenplaner } from "./Kostenplaner";
import { NichtInExcel } from "./komponenten/NichtInExcel";
import { officeFarben, themaAusOffice } from "./thema";

function zeigeHinweis(): void {
  const ziel = document.getElementById("root");
  if (ziel) createRoot(ziel).render(<NichtInExcel />);
}

// Offline or blocked, office.js never loads and `Office` does not exist: the same German hint as
// in a plain browser, not a ReferenceError.
if (typeof Office === "undefined") zeigeHinweis();
else
  Office.onReady((info) => {
    const ziel = document.getElementById("root");
    if (!ziel) return;
    const root = createRoot(ziel);
    // Opened in a plain browser (or another Office app), office.js defines no Excel API: say so
    // instead of failing with a blank page.
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
      root.render(<NichtInExcel />);
      return;
    }
    const zugriff = erstelleArbeitsmappenZugriff(Excel);
    root.render(<Kostenplaner zugriff={zugriff} thema={themaAusOffice(officeFarben())} />);
  });
