/**
 * Sections the first screen does not need (all collapsed, or below "In Arbeitsmappe einfügen") are
 * chunks of their own: the pane is usable before their code has even been fetched. Each starts
 * loading when it is first mounted, i.e. right after the first screen, and renders once it is there;
 * a part that is already loaded renders at once, in the same pass (tests load all parts first:
 * `ladeAlleVoraus`). A part that cannot be fetched says so in German instead of taking the pane down.
 * The contents of a closed section or card (`ladetext`) mount only when it opens: the pane fetches
 * them in the background once the first screen stands (`ladeImHintergrund`), and on a slow line a
 * section opened before that shows a short German loading note until they are there.
 */
import * as React from "react";
import { MessageBar, MessageBarType, Spinner, SpinnerSize } from "@fluentui/react";
import { fehlerText } from "./fehlerText";
import { nachladen } from "./nachladen";

const alle: Array<() => Promise<unknown>> = [];

/**
 * A component whose code comes later; `laden` imports its module dynamically and picks the component.
 * `ladetext`: what the place says while the code is fetched (otherwise it stays empty).
 */
export function spaeter<P extends object>(
  laden: () => Promise<React.ComponentType<P>>,
  ladetext?: string,
): React.FC<P> {
  let geladen: React.ComponentType<P> | null = null;
  let laufend: Promise<React.ComponentType<P>> | null = null;
  const hole = () =>
    (laufend ??= nachladen(laden).then(
      (k) => (geladen = k),
      (e: unknown) => {
        laufend = null; // the next mount tries again
        throw e;
      },
    ));
  alle.push(hole);
  return function Spaeter(props: P): React.ReactElement | null {
    const [komponente, setKomponente] = React.useState<React.ComponentType<P> | null>(() => geladen);
    const [fehler, setFehler] = React.useState<string | null>(null);
    React.useEffect(() => {
      if (komponente) return;
      let aktiv = true;
      hole().then(
        (k) => aktiv && setKomponente(() => k),
        (e: unknown) => aktiv && setFehler(fehlerText(e)),
      );
      return () => {
        aktiv = false;
      };
    }, [komponente]);
    if (fehler) return <MessageBar messageBarType={MessageBarType.error}>{fehler}</MessageBar>;
    if (komponente) return React.createElement(komponente, props);
    return ladetext ? <Spinner size={SpinnerSize.small} label={ladetext} labelPosition="right" /> : null;
  };
}

/** Fetches every part made with `spaeter` (tests: so the pane renders whole in its first pass). */
export async function ladeAlleVoraus(): Promise<void> {
  await Promise.all(alle.map((hole) => hole()));
}

/**
 * After the first screen: fetches every later part, so that opening a section rarely has to wait.
 * When the page is idle, so that the start's own remaining work (saved state, sheet modes) goes first.
 */
export function ladeImHintergrund(): void {
  const alleHolen = () => {
    for (const hole of alle) hole().catch(() => undefined); // a failed part says so where it is shown
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(alleHolen, { timeout: 2000 });
  else setTimeout(alleHolen, 0);
}

/** Starts `ladeImHintergrund` once `bereit` (the first screen with the saved state stands). */
export function useHintergrundLaden(bereit: boolean): void {
  React.useEffect(() => {
    if (bereit) ladeImHintergrund();
  }, [bereit]);
}
