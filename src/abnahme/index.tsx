/**
 * Entry of the acceptance add-in (manifest-abnahme.xml → abnahme.html): the checks run against the
 * Excel this pane is loaded in, with platform and version from Office.context.diagnostics.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { NichtInExcel } from "../taskpane/komponenten/NichtInExcel";
import { Abnahme } from "./Abnahme";
import type { Umgebung } from "./typen";

function umgebungInExcel(): Umgebung {
  const d = Office.context.diagnostics;
  return {
    excel: Excel,
    plattform: `${String(d.platform)} (${String(d.host)})`,
    version: d.version,
    unterstuetzt: (set, version) => Office.context.requirements.isSetSupported(set, version),
    jetzt: () => new Date(),
    warte: (ms) => new Promise((fertig) => setTimeout(fertig, ms)),
  };
}

Office.onReady((info) => {
  const ziel = document.getElementById("root");
  if (!ziel) return;
  const root = createRoot(ziel);
  if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
    root.render(<NichtInExcel />);
    return;
  }
  root.render(<Abnahme umgebung={umgebungInExcel()} />);
});
