/**
 * The Vorlage section as plain text, for hosts that block downloads: the pane offers it to copy.
 * Table cells are separated by tabs, so pasting into Word or Excel keeps the columns.
 */
import type { VorlagenInhalt } from "./inhalt";

export function vorlageAlsText(inhalt: VorlagenInhalt): string {
  const zeilen: string[] = [];
  for (const b of inhalt.bloecke) {
    if (b.art === "ueberschrift") zeilen.push(b.ebene === 1 ? b.text.toUpperCase() : b.text, "");
    else if (b.art === "absatz") zeilen.push(b.text, "");
    else if (b.art === "aufzaehlung") zeilen.push(...b.punkte.map((p) => `– ${p}`), "");
    else {
      if (b.kopf.length > 0) zeilen.push(b.kopf.join("\t"));
      zeilen.push(...b.zeilen.map((z) => z.zellen.join("\t")), "");
    }
  }
  return `${zeilen.join("\n").trimEnd()}\n`;
}
