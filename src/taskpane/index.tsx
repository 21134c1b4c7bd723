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
