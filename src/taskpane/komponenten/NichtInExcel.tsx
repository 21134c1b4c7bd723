import * as React from "react";
import { MessageBar, MessageBarType, Text } from "@fluentui/react";

/**
 * A column as Fluent's Stack with `childrenGap: 12, padding: 12` lays it out (flex items' margins do not
 * collapse, so `gap` spaces them alike), without Stack's code in the pane's start.
 */
const SPALTE: React.CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: 12,
  padding: 12,
  boxSizing: "border-box",
};

/** Shown when the page is opened outside Excel, where no workbook can be read or written. */
export function NichtInExcel(): React.ReactElement {
  return (
    <div style={SPALTE}>
      <Text as="h1" variant="xLarge">
        KI-Kostenplaner
      </Text>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        Diese Seite ist der Aufgabenbereich des Excel-Add-ins und funktioniert nur in Excel. Öffnen Sie in Excel „Start
        → KI-Kostenplaner → Kostenplaner“.
      </MessageBar>
      <Text>
        Ohne Excel können Sie den Kostenvergleich auf der Befehlszeile erzeugen:{" "}
        <code>npx ki-kostenplaner export --preset rhein-sieg-2013 --out kostenvergleich.xlsx</code>
      </Text>
    </div>
  );
}
