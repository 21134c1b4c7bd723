/**
 * Task pane entry: renders the Kostenplaner once Office is ready, with the one Excel access
 * module bound to the real Excel host and the Fluent theme taken from the Office theme.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { erstelleArbeitsmappenZugriff } from "./anbindung";
import { Kostenplaner } from "./Kostenplaner";
import { officeFarben, themaAusOffice } from "./thema";

Office.onReady(() => {
  const ziel = document.getElementById("root");
  if (!ziel) return;
  const zugriff = erstelleArbeitsmappenZugriff(Excel);
  createRoot(ziel).render(<Kostenplaner zugriff={zugriff} thema={themaAusOffice(officeFarben())} />);
});
