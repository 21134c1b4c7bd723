/**
 * Entry of the acceptance add-in (manifest-abnahme.xml → abnahme.html): the checks run against the
 * Excel this pane is loaded in, with platform and version from Office.context.diagnostics.
 */
import * as React from "react";
import { inExcelStarten } from "../taskpane/inExcelStarten";
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

inExcelStarten(() => <Abnahme umgebung={umgebungInExcel()} />);
