import * as React from "react";
import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";

/** Shown when the page is opened outside Excel, where no workbook can be read or written. */
export function NichtInExcel(): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 12, padding: 12 }}>
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
    </Stack>
  );
}
