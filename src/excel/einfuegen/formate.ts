/**
 * Cell formats of a plan (bold, colours, alignment, borders) applied to an Office.js range.
 * Only queues property writes; the insert's last context.sync() sends them.
 */
import type { Format, Linie } from "../../workbook/plan";

const LINIEN: Record<Linie, { style: Excel.BorderLineStyle; weight: Excel.BorderWeight }> = {
  duenn: { style: "Continuous" as Excel.BorderLineStyle, weight: "Thin" as Excel.BorderWeight },
  mittel: { style: "Continuous" as Excel.BorderLineStyle, weight: "Medium" as Excel.BorderWeight },
  doppelt: { style: "Double" as Excel.BorderLineStyle, weight: "Thick" as Excel.BorderWeight },
};

const RAHMEN_INDEX: Record<keyof NonNullable<Format["rahmen"]>, Excel.BorderIndex> = {
  oben: "EdgeTop" as Excel.BorderIndex,
  unten: "EdgeBottom" as Excel.BorderIndex,
  links: "EdgeLeft" as Excel.BorderIndex,
  rechts: "EdgeRight" as Excel.BorderIndex,
  innenWaagerecht: "InsideHorizontal" as Excel.BorderIndex,
  innenSenkrecht: "InsideVertical" as Excel.BorderIndex,
};

const AUSRICHTUNG: Record<NonNullable<Format["ausrichtung"]>, Excel.HorizontalAlignment> = {
  links: "Left" as Excel.HorizontalAlignment,
  zentriert: "Center" as Excel.HorizontalAlignment,
  rechts: "Right" as Excel.HorizontalAlignment,
};

export function formatiere(bereich: Excel.Range, f: Format): void {
  if (f.fett !== undefined) bereich.format.font.bold = f.fett;
  if (f.kursiv !== undefined) bereich.format.font.italic = f.kursiv;
  if (f.schriftgroesse !== undefined) bereich.format.font.size = f.schriftgroesse;
  if (f.schriftfarbe !== undefined) bereich.format.font.color = f.schriftfarbe;
  if (f.hintergrund !== undefined) bereich.format.fill.color = f.hintergrund;
  if (f.ausrichtung !== undefined) bereich.format.horizontalAlignment = AUSRICHTUNG[f.ausrichtung];
  if (f.umbruch !== undefined) bereich.format.wrapText = f.umbruch;
  if (f.rahmen) {
    for (const [seite, linie] of Object.entries(f.rahmen) as Array<[keyof typeof RAHMEN_INDEX, Linie | undefined]>) {
      if (!linie) continue;
      const rand = bereich.format.borders.getItem(RAHMEN_INDEX[seite]);
      rand.style = LINIEN[linie].style;
      rand.weight = LINIEN[linie].weight;
    }
  }
}
