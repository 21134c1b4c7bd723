/**
 * Mounting a pane page once Office is ready, shared by the Kostenplaner and the acceptance pane:
 * outside Excel (a plain browser, another Office app) or when office.js never loaded (offline,
 * blocked) the page shows the same German hint instead of a blank page or a ReferenceError.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { NichtInExcel } from "./komponenten/NichtInExcel";

/** Renders `inhalt()` into #root when the page runs in Excel; `inhalt` may use `Excel` and `Office`. */
export function inExcelStarten(inhalt: () => React.ReactElement): void {
  const zeige = (element: React.ReactElement) => {
    const ziel = document.getElementById("root");
    if (ziel) createRoot(ziel).render(element);
  };
  if (typeof Office === "undefined") {
    zeige(<NichtInExcel />);
    return;
  }
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
    zeige(inExcel ? inhalt() : <NichtInExcel />);
  });
}
