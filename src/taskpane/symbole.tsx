/**
 * The few icons Fluent UI's own controls ask for (dropdown chevron, checkbox tick, message-bar
 * symbols), registered as inline SVG. Fluent's icon font would come from Microsoft's CDN, which
 * the pane's Content-Security-Policy forbids; unregistered icons would render as empty boxes.
 */
import * as React from "react";
import { registerIcons } from "@fluentui/react";

function svg(pfad: React.ReactNode): React.ReactElement {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: "-0.125em" }}
    >
      {pfad}
    </svg>
  );
}

const kreis = <circle cx="8" cy="8" r="6.25" />;

export const SYMBOLE: Record<string, React.ReactElement> = {
  ChevronDown: svg(<path d="M3.5 6l4.5 4.5L12.5 6" />),
  ChevronUp: svg(<path d="M3.5 10L8 5.5l4.5 4.5" />),
  ChevronRight: svg(<path d="M6 3.5L10.5 8 6 12.5" />),
  ChevronDownSmall: svg(<path d="M5 7l3 3 3-3" />),
  ChevronUpSmall: svg(<path d="M5 9l3-3 3 3" />),
  CheckMark: svg(<path d="M3 8.5l3.2 3L13 4.5" />),
  Clear: svg(<path d="M4 4l8 8M12 4l-8 8" />),
  Cancel: svg(<path d="M4 4l8 8M12 4l-8 8" />),
  Info: svg(
    <>
      {kreis}
      <path d="M8 7.2V11.5M8 4.8v.1" />
    </>,
  ),
  ErrorBadge: svg(
    <>
      {kreis}
      <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
    </>,
  ),
  Blocked2: svg(
    <>
      {kreis}
      <path d="M3.6 12.4l8.8-8.8" />
    </>,
  ),
  Warning: svg(<path d="M8 2L14.5 13.5h-13zM8 6.5v3.5M8 11.8v.1" />),
  Completed: svg(
    <>
      {kreis}
      <path d="M5.2 8.3l1.9 1.9 3.8-4" />
    </>,
  ),
  DoubleChevronDown: svg(<path d="M4 3.5l4 4 4-4M4 8.5l4 4 4-4" />),
  DoubleChevronUp: svg(<path d="M4 12.5l4-4 4 4M4 7.5l4-4 4 4" />),
};

let registriert = false;

export function registriereSymbole(): void {
  if (registriert) return;
  registriert = true;
  registerIcons({ icons: SYMBOLE }, { disableWarnings: true });
}
