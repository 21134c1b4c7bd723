/**
 * Maps the Office theme (Office.context.officeTheme) to a Fluent UI theme, so the pane looks like
 * part of Excel in the light, dark-grey and black themes. Without a host theme (preview, tests,
 * older hosts) the pane uses Excel's light look.
 */
import { createTheme, type IPalette, type Theme } from "@fluentui/react";

export interface OfficeFarben {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
}

/** Excel's brand green: the accent Excel itself uses for its ribbon and selections. */
const EXCEL_GRUEN = "#107c41";
const EXCEL_GRUEN_DUNKEL = "#4cb879";

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: [number, number, number]): string {
  return (
    "#" +
    [r, g, b]
      .map((x) =>
        Math.round(Math.min(255, Math.max(0, x)))
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")
  );
}

/** Mixes `farbe` with `ziel` by `anteil` (0 = farbe, 1 = ziel). */
function mische(farbe: string, ziel: string, anteil: number): string {
  const a = rgb(farbe) ?? [0, 0, 0];
  const b = rgb(ziel) ?? [0, 0, 0];
  return hex([a[0] + (b[0] - a[0]) * anteil, a[1] + (b[1] - a[1]) * anteil, a[2] + (b[2] - a[2]) * anteil]);
}

function helligkeit(farbe: string): number {
  const c = rgb(farbe);
  if (!c) return 1;
  return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
}

export function istDunkel(farben: OfficeFarben): boolean {
  return farben.isDarkTheme ?? helligkeit(farben.bodyBackgroundColor) < 0.5;
}

/** A full Fluent palette from the host's background and foreground, with Excel green as accent. */
export function paletteAusOffice(farben: OfficeFarben): Partial<IPalette> {
  const dunkel = istDunkel(farben);
  const hg = rgb(farben.bodyBackgroundColor) ? farben.bodyBackgroundColor : dunkel ? "#1f1f1f" : "#ffffff";
  const vg = rgb(farben.bodyForegroundColor) ? farben.bodyForegroundColor : dunkel ? "#ffffff" : "#000000";
  const akzent = dunkel ? EXCEL_GRUEN_DUNKEL : EXCEL_GRUEN;
  const n = (anteil: number) => mische(hg, vg, anteil);
  return {
    themePrimary: akzent,
    themeLighterAlt: mische(akzent, hg, 0.95),
    themeLighter: mische(akzent, hg, 0.85),
    themeLight: mische(akzent, hg, 0.7),
    themeTertiary: mische(akzent, hg, 0.4),
    themeSecondary: mische(akzent, hg, 0.15),
    themeDarkAlt: mische(akzent, vg, 0.1),
    themeDark: mische(akzent, vg, 0.25),
    themeDarker: mische(akzent, vg, 0.45),
    white: hg,
    neutralLighterAlt: n(0.02),
    neutralLighter: n(0.04),
    neutralLight: n(0.08),
    neutralQuaternaryAlt: n(0.12),
    neutralQuaternary: n(0.16),
    neutralTertiaryAlt: n(0.22),
    neutralTertiary: n(0.42),
    neutralSecondaryAlt: n(0.55),
    neutralSecondary: n(0.62),
    neutralPrimaryAlt: n(0.78),
    neutralPrimary: n(0.9),
    neutralDark: n(0.95),
    black: vg,
  };
}

export function themaAusOffice(farben: OfficeFarben | null | undefined): Theme {
  if (!farben) return createTheme({ palette: paletteAusOffice({ ...HELL }) });
  return createTheme({ palette: paletteAusOffice(farben), isInverted: istDunkel(farben) });
}

const HELL: OfficeFarben = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#ffffff",
  controlForegroundColor: "#000000",
  isDarkTheme: false,
};

/** The host's theme colours, or null outside Office / on hosts without the theme API. */
export function officeFarben(): OfficeFarben | null {
  try {
    if (typeof Office === "undefined") return null;
    const t = Office.context?.officeTheme;
    if (!t || !t.bodyBackgroundColor) return null;
    return {
      bodyBackgroundColor: t.bodyBackgroundColor,
      bodyForegroundColor: t.bodyForegroundColor,
      controlBackgroundColor: t.controlBackgroundColor,
      controlForegroundColor: t.controlForegroundColor,
      isDarkTheme: typeof t.isDarkTheme === "boolean" ? t.isDarkTheme : undefined,
    };
  } catch {
    return null;
  }
}
