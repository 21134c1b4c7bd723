/**
 * Task pane entry: renders the Kostenplaner once Office is ready, with the one Excel access
 * module bound to the real Excel host and the Fluent theme taken from the Office theme.
 */
import * as React from "react";
import { erstelleArbeitsmappenZugriff } from "./anbindung";
import { Kostenplaner } from "./Kostenplaner";
import { inExcelStarten } from "./inExcelStarten";
import { officeFarben, themaAusOffice } from "./thema";

inExcelStarten(() => (
  <Kostenplaner zugriff={erstelleArbeitsmappenZugriff(Excel)} thema={themaAusOffice(officeFarben())} />
));
